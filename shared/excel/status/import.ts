/**
 * Import av statusarbeidsbok (issue 12, point 7): reads a filled status workbook (either
 * language) into a preview — which tiltak get which status update — or every error, each a
 * Message with sheet, row, column letter and field. Nothing changes until
 * `applyStatusImport`, which adds the updates through `addStatusUpdate`, all or nothing.
 *
 * - The file passes the budget import's limits (../limits) before exceljs sees it, and the
 *   whole read runs under the same time limit.
 * - A «Status» row is an update when any of its fill-in columns (status, comment, forbruk,
 *   changed frist) or an actual value on «KPI» is filled. An empty status keeps the last
 *   status; forbruk, KPI values and the changed frist not filled in keep the last update's
 *   (forbruk is cumulative). A tiltak without a last status needs one.
 * - Refused per cell: an unknown status, negative or impossible forbruk, a date outside the
 *   plan year, an unknown tiltak or KPI id, a tiltak twice, a formula in a text field.
 */
import type ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { IsoDate } from '../../domain/dates';
import type { PlanDocument } from '../../domain/document';
import type { Action } from '../../domain/entities';
import { activeClosure, FOLLOW_UP_STATUSES, findPeriod, type FollowUpStatus, type KpiValue, type Spending, type StatusUpdate } from '../../domain/follow-up';
import { newId } from '../../domain/ids';
import { addStatusUpdate } from '../../edits/follow-up';
import { isMessageError, msg, type MessageLanguage } from '../../i18n/message';
import { MAX_KRONER, parseKroner, parseNumber } from '../../input';
import { cellText, plainCell, type PlainCell } from '../cells';
import { describe, found, isFormula, readDate, readText, type Parsed } from '../import/cells';
import { Abort, checkTime, collectRows, Errors, findSheet, sheetList, sortErrors, Table, type Clock } from '../import/sheet';
import type { ImportError } from '../import/types';
import { DEFAULT_LIMITS, checkAndUnpackWorkbook, limitError, type WorkbookLimits } from '../limits';
import { loadCheckedWorkbook } from '../load-workbook';
import { nameKey, planContext } from '../plan-context';
import { allStatusWords, lastUpdates, statusActions, type KpiColumnKey, type StatusColumnKey, type StatusWords } from './layout';

/** One tiltak's update in the preview (forhåndsvisning). */
export interface StatusImportRow {
  /** Row on «Status» (or «KPI» when the tiltak has only KPI values). */
  row: number;
  actionId: string;
  number: string;
  title: string;
  /** The last status before this import (null: none). */
  before: FollowUpStatus | null;
  after: FollowUpStatus;
  /** The update that would be added. */
  update: StatusUpdate;
}

/** Forhåndsvisning av statusimport: the updates that applying would add, in sheet order. */
export interface StatusImportPreview {
  year: number;
  planId: string;
  periodId: string;
  rows: StatusImportRow[];
}

/** Result of reading a status workbook. */
export type ReadStatusResult = { ok: true; preview: StatusImportPreview } | { ok: false; errors: ImportError[] };

/** Options for readStatusWorkbook. */
export interface StatusImportOptions {
  /** Per dato of the updates (default today; moved into the plan year when outside it). */
  date?: IsoDate;
  /** Forfatter of the updates. */
  author?: string;
  /** Overrides of the default limits. */
  limits?: Partial<WorkbookLimits>;
}

// Timers exist in every host shared/ runs in (browser, worker, Node); the ES lib does not declare them.
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;

const field = (key: StatusColumnKey) => `statusWorkbook.words.columns.${key}`;
const kpiField = (key: KpiColumnKey) => `statusWorkbook.words.kpiColumns.${key}`;

function today(): IsoDate {
  return new Date().toISOString().slice(0, 10);
}

const ddmmyyyy = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;

/** Forbruk: whole kroner, 0 or more; empty = not filled in (null). */
export function readSpending(cell: PlainCell, language: MessageLanguage): Parsed<number | null> {
  const expectation = msg('statusWorkbook.expected.spending');
  if (cell.kind === 'empty') return { ok: true, value: null };
  if (isFormula(cell)) return { ok: false, expected: expectation, found: found('formula', { formula: cell.kind === 'uncalculated' ? cell.formula : (cell.formula ?? '') }) };
  if (cell.kind === 'number') {
    const v = cell.value;
    if (v < 0) return { ok: false, expected: expectation, found: msg('statusWorkbook.found.negative', { value: v }) };
    if (!Number.isInteger(v)) return { ok: false, expected: expectation, found: msg('statusWorkbook.found.notWhole', { value: v }) };
    if (v > MAX_KRONER) return { ok: false, expected: expectation, found: msg('statusWorkbook.found.tooLarge', { value: v }) };
    return { ok: true, value: v };
  }
  if (cell.kind === 'string') {
    const t = cell.value.trim();
    if (/^[-−]/.test(t)) return { ok: false, expected: expectation, found: msg('statusWorkbook.found.negative', { value: t }) };
    const r = parseKroner(t, { language });
    return r.ok ? { ok: true, value: r.value } : { ok: false, expected: expectation, found: describe(cell), reason: r.error };
  }
  return { ok: false, expected: expectation, found: describe(cell) };
}

/** A KPI value: any finite number; empty = not filled in (null). */
export function readKpiNumber(cell: PlainCell, language: MessageLanguage): Parsed<number | null> {
  if (cell.kind === 'empty') return { ok: true, value: null };
  if (isFormula(cell)) return { ok: false, expected: msg('statusWorkbook.expected.kpiValue'), found: found('formula', { formula: cell.kind === 'uncalculated' ? cell.formula : (cell.formula ?? '') }) };
  if (cell.kind === 'number') return { ok: true, value: cell.value };
  if (cell.kind === 'string') {
    const r = parseNumber(cell.value, { language });
    return r.ok ? { ok: true, value: r.value } : { ok: false, expected: msg('statusWorkbook.expected.kpiValue'), found: describe(cell), reason: r.error };
  }
  return { ok: false, expected: msg('statusWorkbook.expected.kpiValue'), found: describe(cell) };
}

function readStatus(cell: PlainCell): Parsed<FollowUpStatus | null> {
  const choices = msg('statusWorkbook.expected.status', { choices: FOLLOW_UP_STATUSES.map((s) => allStatusWords()[0]?.status[s] ?? s).join(', ') });
  if (cell.kind === 'empty') return { ok: true, value: null };
  if (isFormula(cell)) return { ok: false, expected: choices, found: found('formula', { formula: cell.kind === 'uncalculated' ? cell.formula : (cell.formula ?? '') }) };
  const t = nameKey(cellText(cell) ?? '');
  for (const words of allStatusWords()) {
    for (const s of FOLLOW_UP_STATUSES) if (t === nameKey(words.status[s]) || t === s.toLowerCase()) return { ok: true, value: s };
  }
  return { ok: false, expected: choices, found: describe(cell) };
}

function findStatusSheet(wb: ExcelJS.Workbook): { ws: Worksheet; words: StatusWords } | null {
  for (const words of allStatusWords()) {
    const ws = findSheet(wb, [words.sheets.status]);
    if (ws) return { ws, words };
  }
  return null;
}

function col<K extends string>(table: Table, key: K, headers: (w: StatusWords) => Readonly<Record<K, string>>): number | null {
  return table.col(...allStatusWords().map((w) => headers(w)[key]));
}

/** What a «Status» row says (before the last update fills the gaps). */
interface RowInput {
  row: number;
  action: Action;
  status: FollowUpStatus | null;
  comment: string;
  spending: Partial<Record<Spending['source'], number>>;
  expectedDeadline: IsoDate | null;
  filled: boolean;
}

/** Checks the hidden Info sheet (when there) against the year and period asked for. */
function checkInfo(wb: ExcelJS.Workbook, year: number, period: { id: string; shortName: string }, errors: Errors): void {
  const info = findSheet(wb, allStatusWords().map((w) => w.sheets.info));
  if (!info) return;
  const value = (label: (w: StatusWords) => string): string | null => {
    const keys = allStatusWords().map((w) => nameKey(label(w)));
    let out: string | null = null;
    info.eachRow((row) => {
      if (out === null && keys.includes(nameKey(cellText(plainCell(row.getCell(1).value)) ?? ''))) out = (cellText(plainCell(row.getCell(2).value)) ?? '').trim();
    });
    return out;
  };
  const y = value((w) => w.info.year);
  if (y !== null && y !== String(year)) errors.add(msg('statusWorkbook.sheets.wrongYear', { found: y, year }, { sheet: info.name }));
  const p = value((w) => w.info.period);
  if (p !== null && nameKey(p) !== nameKey(period.shortName) && p !== period.id) errors.add(msg('statusWorkbook.sheets.wrongPeriod', { found: p, period: period.shortName }, { sheet: info.name }));
}

/**
 * Les statusarbeidsbok: checks the file against the limits, loads it with exceljs and reads
 * the updates for the plan of `year` and period `periodArg` (id or short name). Returns a
 * preview (nothing is changed) or every error found. Never throws for a bad file.
 */
export async function readStatusWorkbook(bytes: Uint8Array, doc: PlanDocument, year: number, periodArg: string, opts: StatusImportOptions = {}): Promise<ReadStatusResult> {
  const limits: WorkbookLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const clock: Clock = { deadline: Date.now() + limits.timeLimitMs, seconds: Math.round(limits.timeLimitMs / 1000) };
  const ctxResult = planContext(doc, year);
  if (!ctxResult.ok) return { ok: false, errors: [ctxResult.error] };
  const plan = ctxResult.context.plan;
  const period = findPeriod(plan, periodArg);
  if (!period) return { ok: false, errors: [msg('followUp.refused.unknownPeriod', { year, period: periodArg })] };
  if (activeClosure(plan.followUp, period.id)) return { ok: false, errors: [msg('statusWorkbook.sheets.periodClosed', { period: period.shortName })] };

  // The check unpacks every part once; exceljs reads those parts, not the file again.
  const check = checkAndUnpackWorkbook(bytes, limits);
  if (!check.ok) return { ok: false, errors: [check.error] };

  let timer: unknown;
  try {
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Abort([limitError('timeout', { seconds: clock.seconds })])), Math.max(0, clock.deadline - Date.now()));
    });
    const wb = await Promise.race([loadCheckedWorkbook(check.parts), timeout]);
    checkTime(clock);
    return readLoaded(wb, doc, year, period, opts, clock);
  } catch (err) {
    if (err instanceof Abort) return { ok: false, errors: err.errors };
    return { ok: false, errors: [limitError('unreadable')] };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

function readLoaded(
  wb: ExcelJS.Workbook,
  doc: PlanDocument,
  year: number,
  period: NonNullable<ReturnType<typeof findPeriod>>,
  opts: StatusImportOptions,
  clock: Clock,
): ReadStatusResult {
  const ctxResult = planContext(doc, year);
  if (!ctxResult.ok) return { ok: false, errors: [ctxResult.error] };
  const { plan } = ctxResult.context;
  const errors = new Errors();
  const found_ = findStatusSheet(wb);
  if (!found_) {
    const [nb, en] = allStatusWords();
    return { ok: false, errors: [msg('statusWorkbook.sheets.missingSheet', { nb: nb?.sheets.status ?? '', en: en?.sheets.status ?? '', sheets: sheetList(wb) })] };
  }
  const { ws, words } = found_;
  const language = words.language;
  checkInfo(wb, year, period, errors);
  const table = new Table(ws);
  const c = (key: StatusColumnKey) => col(table, key, (w) => w.columns);
  for (const key of ['number', 'status'] as const) {
    if (c(key) === null) errors.add(msg('statusWorkbook.sheets.missingColumn', { sheet: ws.name, column: words.columns[key] }, { sheet: ws.name, row: 1 }));
  }
  if (errors.list.length > 0) return { ok: false, errors: errors.list };

  const active = statusActions(ctxResult.context.actions, plan);
  const byId = new Map(active.map((a) => [a.id, a]));
  const byNumber = new Map(active.map((a) => [nameKey(a.number), a]));
  const last = lastUpdates(plan, period);
  const S = ws.name;
  const inputKeys: StatusColumnKey[] = ['status', 'comment', 'spentOwn', 'spentPartner', 'spentExternal', 'expectedDeadline'];
  const readCols = [c('number'), c('id'), ...inputKeys.map(c)].filter((x): x is number => x !== null);
  const rows: RowInput[] = [];
  const rowOfAction = new Map<string, number>();
  const cellAt = (row: ExcelJS.Row, key: StatusColumnKey): PlainCell => {
    const n = c(key);
    return n === null ? { kind: 'empty' } : plainCell(row.getCell(n).value);
  };
  for (const { row, rowNumber } of collectRows(ws, readCols, clock)) {
    const numberCol = c('number') ?? 1;
    const idCol = c('id');
    const idText = idCol === null ? '' : (cellText(plainCell(row.getCell(idCol).value)) ?? '').trim();
    const nrText = (cellText(cellAt(row, 'number')) ?? '').trim();
    let action: Action | undefined;
    if (idText !== '') {
      action = byId.get(idText);
      if (!action) {
        errors.cell(S, rowNumber, idCol ?? numberCol, field('id'), msg('statusWorkbook.expected.knownAction', { year }), msg('statusWorkbook.found.unknownId', { value: idText }));
        continue;
      }
    } else {
      action = byNumber.get(nameKey(nrText));
      if (!action) {
        errors.cell(S, rowNumber, numberCol, field('number'), msg('statusWorkbook.expected.knownAction', { year }), msg('statusWorkbook.found.unknownId', { value: nrText }));
        continue;
      }
    }
    const other = rowOfAction.get(action.id);
    if (other !== undefined) {
      errors.cell(S, rowNumber, idCol ?? numberCol, field('id'), msg('statusWorkbook.expected.uniqueAction'), msg('statusWorkbook.found.duplicate', { otherRow: other }));
      continue;
    }
    rowOfAction.set(action.id, rowNumber);
    const at = (key: StatusColumnKey) => c(key) ?? 1;
    const input: RowInput = { row: rowNumber, action, status: null, comment: '', spending: {}, expectedDeadline: null, filled: false };
    const status = readStatus(cellAt(row, 'status'));
    if (status.ok) input.status = status.value;
    else errors.cell(S, rowNumber, at('status'), field('status'), status.expected, status.found);
    const comment = readText(cellAt(row, 'comment'), 10000, false);
    if (comment.ok) input.comment = comment.value.trim();
    else errors.cell(S, rowNumber, at('comment'), field('comment'), comment.expected, comment.found);
    for (const [key, source] of [
      ['spentOwn', 'own'],
      ['spentPartner', 'partner'],
      ['spentExternal', 'external'],
    ] as const) {
      const r = readSpending(cellAt(row, key), language);
      if (!r.ok) errors.cell(S, rowNumber, at(key), field(key), r.expected, r.found, r.reason);
      else if (r.value !== null) input.spending[source] = r.value;
    }
    const deadlineCell = cellAt(row, 'expectedDeadline');
    const deadline = readDate(deadlineCell);
    if (!deadline.ok) errors.cell(S, rowNumber, at('expectedDeadline'), field('expectedDeadline'), deadline.expected, deadline.found, deadline.reason);
    else if (deadline.value !== null) {
      if (Number(deadline.value.slice(0, 4)) !== year) {
        errors.cell(S, rowNumber, at('expectedDeadline'), field('expectedDeadline'), msg('statusWorkbook.expected.dateInYear', { year }), msg('statusWorkbook.found.outsideYear', { value: ddmmyyyy(deadline.value) }));
      } else input.expectedDeadline = deadline.value;
    }
    input.filled = input.status !== null || input.comment !== '' || Object.keys(input.spending).length > 0 || input.expectedDeadline !== null;
    rows.push(input);
  }

  // KPI sheet: actual values (and baselines) per KPI.
  const kpiInput = new Map<string, { row: number; values: Map<string, { actual: number | null; baseline: number | null }> }>();
  const kpiWs = findSheet(wb, allStatusWords().map((w) => w.sheets.kpis));
  if (kpiWs) {
    const kt = new Table(kpiWs);
    const k = (key: KpiColumnKey) => col(kt, key, (w) => w.kpiColumns);
    const K = kpiWs.name;
    const actionCol = k('actionId');
    const kpiIdCol = k('kpiId');
    const actualCol = k('actual');
    for (const key of ['actionId', 'kpiId', 'actual'] as const) {
      if (k(key) === null) errors.add(msg('statusWorkbook.sheets.missingColumn', { sheet: K, column: words.kpiColumns[key] }, { sheet: K, row: 1 }));
    }
    if (actionCol !== null && kpiIdCol !== null && actualCol !== null) {
      const baselineCol = k('baseline');
      const kCols = [actualCol, ...(baselineCol === null ? [] : [baselineCol])];
      for (const { row, rowNumber } of collectRows(kpiWs, kCols, clock)) {
        const actual = readKpiNumber(plainCell(row.getCell(actualCol).value), language);
        if (!actual.ok) errors.cell(K, rowNumber, actualCol, kpiField('actual'), actual.expected, actual.found, actual.reason);
        const baselineCell: PlainCell = baselineCol === null ? { kind: 'empty' } : plainCell(row.getCell(baselineCol).value);
        const baseline = readKpiNumber(baselineCell, language);
        if (!baseline.ok && baselineCol !== null) errors.cell(K, rowNumber, baselineCol, kpiField('baseline'), baseline.expected, baseline.found, baseline.reason);
        if (!actual.ok || !baseline.ok || actual.value === null) continue;
        const actionId = (cellText(plainCell(row.getCell(actionCol).value)) ?? '').trim();
        const action = byId.get(actionId);
        if (!action) {
          errors.cell(K, rowNumber, actionCol, kpiField('actionId'), msg('statusWorkbook.expected.knownAction', { year }), msg('statusWorkbook.found.unknownId', { value: actionId }));
          continue;
        }
        const kpiId = (cellText(plainCell(row.getCell(kpiIdCol).value)) ?? '').trim();
        if (!action.kpis.some((x) => x.id === kpiId)) {
          errors.cell(K, rowNumber, kpiIdCol, kpiField('kpiId'), msg('statusWorkbook.expected.knownKpi', { number: action.number }), msg('statusWorkbook.found.unknownId', { value: kpiId }));
          continue;
        }
        let entry = kpiInput.get(action.id);
        if (!entry) {
          entry = { row: rowNumber, values: new Map() };
          kpiInput.set(action.id, entry);
        }
        if (entry.values.has(kpiId)) {
          errors.cell(K, rowNumber, kpiIdCol, kpiField('kpiId'), msg('statusWorkbook.expected.knownKpi', { number: action.number }), msg('statusWorkbook.found.duplicate', { otherRow: entry.row }));
          continue;
        }
        entry.values.set(kpiId, { actual: actual.value, baseline: baseline.value });
      }
    }
  }

  // Tiltak with KPI values but no Status row (a trimmed workbook): an update too.
  const rowActions = new Set(rows.map((r) => r.action.id));
  for (const [actionId, entry] of kpiInput) {
    const action = byId.get(actionId);
    if (action && !rowActions.has(actionId)) rows.push({ row: entry.row, action, status: null, comment: '', spending: {}, expectedDeadline: null, filled: true });
  }

  const date = updateDate(opts.date ?? today(), year, period);
  const previews: StatusImportRow[] = [];
  for (const r of rows) {
    const kpis = kpiInput.get(r.action.id);
    if (!r.filled && !kpis) continue;
    const prev = last.get(r.action.id);
    const status = r.status ?? prev?.status ?? null;
    if (status === null) {
      const onKpiSheet = !rowActions.has(r.action.id);
      if (onKpiSheet && kpiWs) errors.cell(kpiWs.name, r.row, col(new Table(kpiWs), 'actual', (w) => w.kpiColumns) ?? 1, kpiField('actual'), msg('statusWorkbook.expected.statusForUpdate'), found('empty'));
      else errors.cell(S, r.row, c('status') ?? 1, field('status'), msg('statusWorkbook.expected.statusForUpdate'), found('empty'));
      continue;
    }
    const kpiValues: KpiValue[] = [];
    for (const kpi of r.action.kpis) {
      const given = kpis?.values.get(kpi.id);
      const before = prev?.kpiValues.find((v) => v.kpiId === kpi.id);
      const actual = given?.actual ?? before?.actual ?? null;
      const baseline = given !== undefined ? given.baseline : (before?.baseline ?? null);
      if (actual !== null || baseline !== null) kpiValues.push({ kpiId: kpi.id, actual, baseline });
    }
    const spending: Spending[] = [];
    for (const source of ['own', 'partner', 'external'] as const) {
      const amount = r.spending[source] ?? prev?.spending.find((s) => s.source === source)?.amount;
      if (amount !== undefined) spending.push({ source, amount });
    }
    const update: StatusUpdate = {
      id: newId('upd'),
      actionId: r.action.id,
      periodId: period.id,
      status,
      comment: r.comment,
      kpiValues,
      spending,
      expectedDeadline: r.expectedDeadline ?? prev?.expectedDeadline ?? null,
      date,
      author: (opts.author ?? '').slice(0, 200),
    };
    previews.push({ row: r.row, actionId: r.action.id, number: r.action.number, title: r.action.title, before: prev?.status ?? null, after: status, update });
  }
  if (errors.list.length > 0) return { ok: false, errors: sortErrors(errors.list) };

  // The edits' own checks, all at once: nothing is applied unless every update passes.
  const preview: StatusImportPreview = { year, planId: plan.id, periodId: period.id, rows: previews };
  let next = doc;
  for (const p of previews) {
    try {
      next = addStatusUpdate(next, plan.id, p.update);
    } catch (err) {
      const reason = isMessageError(err) ? err.detail : msg('common.unknownReason');
      errors.add(msg('statusWorkbook.sheets.refusedUpdate', { row: p.row, number: p.number, reason }, { sheet: S, row: p.row }));
    }
  }
  if (errors.list.length > 0) return { ok: false, errors: errors.list };
  return { ok: true, preview };
}

/** The update's per dato: `date` when it is in the plan year, else the period's end (after) or start (before). */
function updateDate(date: IsoDate, year: number, period: { from: IsoDate; to: IsoDate }): IsoDate {
  if (Number(date.slice(0, 4)) === year) return date;
  return date > period.to ? period.to : period.from;
}

/**
 * Bruk statusimport: adds the preview's updates through `addStatusUpdate`, all or nothing
 * (a refusal throws the EditError and the caller keeps its document). Pure.
 */
export function applyStatusImport(doc: PlanDocument, preview: StatusImportPreview): PlanDocument {
  let next = doc;
  for (const r of preview.rows) next = addStatusUpdate(next, preview.planId, r.update);
  return next;
}

