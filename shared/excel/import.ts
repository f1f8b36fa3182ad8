/**
 * Import av budsjettarbeidsboken: reads a workbook (exported by Handlingsrom, or a simple
 * starter sheet) back into a preview of what would change — added, changed and removed
 * tiltak and a changed frame — or a list of errors, each naming sheet, row, column letter
 * and field. Nothing changes until `applyImport`, which is pure and all-or-nothing.
 *
 * - The file passes ./limits (size, zip structure, zip bomb, rows, columns) before exceljs
 *   sees it, and the whole import runs under a time limit.
 * - Tiltak are matched by the hidden Id column, then by Nr; Finansiering rows by Tiltak nr.
 * - Derived columns (Innsatsområde, Egne midler, Partnerfinansiering, Eksterne midler,
 *   Udekket, the status sums, Aktiv) are ignored, whatever their cached or recalculated
 *   values: financing comes from the Finansiering sheet alone.
 * - A cell that still shows exactly what the export wrote for a field keeps the field's
 *   value, so export → import of an unchanged workbook changes nothing at all.
 */
import ExcelJS from 'exceljs';
import type { Row, Worksheet } from 'exceljs';
import type { PlanDocument } from '../domain/document';
import { parseDateNb, type IsoDate } from '../domain/dates';
import {
  actionSchema,
  type Action,
  type ActionStatus,
  type BudgetFrame,
  type FundingLine,
  type FundingSource,
  type FundingStatus,
  type Kpi,
  type Priority,
  type Strategy,
} from '../domain/entities';
import { newId } from '../domain/ids';
import { blankAction } from '../domain/factories';
import { nextFreeNumber } from '../edits/plans';
import { excelNb } from '../i18n/excel';
import { renderMessage } from '../i18n/message';
import { MAX_KRONER, parseKroner } from '../money/kroner';
import { interpolate } from '../rules/messages';
import { cellText, excelDateToIsoDate, plainCell, serialToIsoDate, type PlainCell } from './cells';
import { formatKpis, formatNameList, normaliseCellText, parseKpis, parseNameList } from './codec';
import type { ExcelProgress } from './export';
import { uncountedFundingLines } from './funding-coverage';
import {
  ACTION_COLUMNS,
  FRAME_LABELS,
  FUNDING_COLUMNS,
  FUNDING_STATUS_LABELS,
  PRIORITY_WORDS,
  SHEET,
  SOURCE_LABELS,
  STATUS_LABELS,
  columnIndex,
  columnLetter,
  type ActionColumnKey,
  type ColumnSpec,
} from './layout';
import { checkWorkbookZip, DEFAULT_LIMITS, limitError, type LimitCode, type WorkbookLimits } from './limits';
import { nameIndex, nameKey, planContext, uniqueLabels, type PlanContext } from './plan-context';

// Timers exist in every host shared/ runs in (browser, worker, Node); the ES lib does not declare them.
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;

/** One import error (importfeil): where, what was expected, what was found, and the message. */
export interface ImportError {
  /** `cell`, a sheet-level code, or a file-level LimitCode (i18n `excel.limits.<code>`). */
  code: 'cell' | 'missing-sheet' | 'missing-column' | 'wrong-year' | 'no-plan' | 'adopted' | 'funding-not-counted' | LimitCode;
  /** Arknavn, or null for the whole file. */
  sheet: string | null;
  /** 1-based row, or null. */
  row: number | null;
  /** Column letter (A, B, … AA), or null. */
  column: string | null;
  /** Norwegian field name (the column header), or null. */
  field: string | null;
  expected: string | null;
  found: string | null;
  /** Norwegian message that says what and where. */
  message: string;
}

/** A changed tiltak: before, after, and the Norwegian names of the changed fields. */
export interface ActionChange {
  before: Action;
  after: Action;
  fields: string[];
}

/** A changed frame (økonomiske rammer). */
export interface FrameChange {
  before: BudgetFrame;
  after: BudgetFrame;
  fields: string[];
}

/** Forhåndsvisning av import: what applying the workbook would change. */
export interface ImportPreview {
  /** `workbook` (exported by Handlingsrom) or `starter` (a simple sheet: every row a new tiltak). */
  kind: 'workbook' | 'starter';
  year: number;
  planId: string;
  added: Action[];
  changed: ActionChange[];
  removed: Action[];
  frame: FrameChange | null;
}

/** Result of reading a workbook. */
export type ReadWorkbookResult = { ok: true; preview: ImportPreview } | { ok: false; errors: ImportError[] };

/** Options for readWorkbook. */
export interface ImportOptions {
  onProgress?: (progress: ExcelProgress) => void;
  /** Overrides of the default limits. */
  limits?: Partial<WorkbookLimits>;
}

/** At most this many errors are listed; the rest would only repeat the pattern. */
export const MAX_ERRORS = 500;

/** True when the preview changes anything. */
export function hasChanges(preview: ImportPreview): boolean {
  return preview.added.length + preview.changed.length + preview.removed.length > 0 || preview.frame !== null;
}

class Abort extends Error {
  constructor(readonly errors: ImportError[]) {
    super(errors[0]?.message ?? 'Import avbrutt');
  }
}

function fileError(code: LimitCode, params: Record<string, string | number> = {}): ImportError {
  const e = limitError(code, params);
  return { code, sheet: null, row: null, column: null, field: null, expected: null, found: null, message: e.message };
}

function sheetError(code: ImportError['code'], template: string, params: Record<string, string | number>, where: Partial<ImportError> = {}): ImportError {
  return {
    code,
    sheet: null,
    row: null,
    column: null,
    field: null,
    expected: null,
    found: null,
    ...where,
    message: interpolate(template, params),
  };
}

/** Norwegian description of what a cell holds («fant …»). */
function describe(cell: PlainCell): string {
  const f = excelNb.found;
  switch (cell.kind) {
    case 'empty':
      return f.empty;
    case 'error':
      return interpolate(f.error, { value: cell.value });
    case 'uncalculated':
      return interpolate(f.uncalculated, { formula: cell.formula });
    case 'date': {
      const iso = excelDateToIsoDate(cell.value);
      return iso === null ? f.invalidDate : `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
    }
    case 'number':
      return String(cell.value).replace('.', ',');
    case 'boolean':
    case 'string': {
      const t = cellText(cell) ?? '';
      return interpolate(f.unknown, { value: t.length > 60 ? `${t.slice(0, 57)}…` : t });
    }
  }
}

type Parsed<T> = { ok: true; value: T } | { ok: false; expected: string; found: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(expected: string, found: string): Parsed<T> => ({ ok: false, expected, found });
const E = excelNb.expected;

function readText(cell: PlainCell, max: number, required: boolean): Parsed<string> {
  const t = cellText(cell);
  if (t === null) return fail(interpolate(E.text, { max }), describe(cell));
  if (required && t.trim() === '') return fail(E.value, describe(cell));
  if (t.length > max) return fail(interpolate(E.text, { max }), interpolate(excelNb.found.characters, { count: t.length }));
  return ok(t);
}

function readMoney(cell: PlainCell, emptyIsZero: boolean): Parsed<number> {
  if (cell.kind === 'empty') return emptyIsZero ? ok(0) : fail(E.amount, describe(cell));
  if (cell.kind === 'number') {
    const v = cell.value;
    return Number.isInteger(v) && v >= 0 && v <= MAX_KRONER ? ok(v) : fail(E.amount, describe(cell));
  }
  if (cell.kind === 'string') {
    const r = parseKroner(cell.value);
    return r.ok ? ok(r.value) : fail(E.amount, describe(cell));
  }
  return fail(E.amount, describe(cell));
}

function readInteger(cell: PlainCell, max: number): Parsed<number> {
  if (cell.kind === 'empty') return ok(0);
  let v: number | null = null;
  if (cell.kind === 'number') v = cell.value;
  else if (cell.kind === 'string' && /^[\d\s\u00a0\u202f]+$/.test(cell.value.trim())) v = Number(cell.value.replace(/[\s\u00a0\u202f]/g, ''));
  return v !== null && Number.isInteger(v) && v >= 0 && v <= max ? ok(v) : fail(E.integer, describe(cell));
}

function readDate(cell: PlainCell): Parsed<IsoDate | null> {
  switch (cell.kind) {
    case 'empty':
      return ok(null);
    case 'number': {
      const d = serialToIsoDate(cell.value);
      return d === null ? fail(E.date, describe(cell)) : ok(d);
    }
    case 'date': {
      const d = excelDateToIsoDate(cell.value);
      return d === null ? fail(E.date, describe(cell)) : ok(d);
    }
    case 'string': {
      const d = parseDateNb(cell.value);
      return d === null ? fail(E.date, describe(cell)) : ok(d);
    }
    default:
      return fail(E.date, describe(cell));
  }
}

function readPriority(cell: PlainCell, fallback: Priority | null): Parsed<Priority> {
  if (cell.kind === 'empty' && fallback !== null) return ok(fallback);
  const t = (cellText(cell) ?? '').trim().toLocaleLowerCase('nb');
  for (const p of [1, 2, 3] as const) {
    if (t === String(p) || t === PRIORITY_WORDS[p] || t.startsWith(`${p} `) || t.startsWith(`${p}-`) || t.startsWith(`${p}(`)) return ok(p);
  }
  return fail(E.priority, describe(cell));
}

function readEnum<T extends string>(cell: PlainCell, labels: Readonly<Record<T, string>>, expected: string, fallback: T | null): Parsed<T> {
  if (cell.kind === 'empty' && fallback !== null) return ok(fallback);
  const t = nameKey(cellText(cell) ?? '');
  for (const [key, label] of Object.entries(labels) as [T, string][]) {
    if (t === nameKey(label) || t === key.toLowerCase()) return ok(key);
  }
  return fail(expected, describe(cell));
}

function readNumberText(cell: PlainCell): Parsed<string> {
  const t = cellText(cell);
  if (t === null || t.trim() === '') return fail(E.number, describe(cell));
  const s = t.trim();
  return s.length > 20 ? fail(E.number, describe(cell)) : ok(s);
}

/** Header row of a sheet: normalised header → 1-based column. */
class Table {
  readonly columns = new Map<string, number>();

  constructor(readonly ws: Worksheet) {
    ws.getRow(1).eachCell({ includeEmpty: false }, (cell, col) => {
      const t = cellText(plainCell(cell.value));
      if (t && !this.columns.has(nameKey(t))) this.columns.set(nameKey(t), col);
    });
  }

  private readonly cache = new Map<string, number | null>();

  /** Column of the first header that matches one of the names (memoised: asked once per cell). */
  col(...headers: string[]): number | null {
    const memo = headers.join('\u0000');
    const hit = this.cache.get(memo);
    if (hit !== undefined) return hit;
    let found: number | null = null;
    for (const h of headers) {
      const c = this.columns.get(nameKey(h));
      if (c !== undefined) {
        found = c;
        break;
      }
    }
    this.cache.set(memo, found);
    return found;
  }
}

function findSheet(wb: ExcelJS.Workbook, name: string): Worksheet | undefined {
  return wb.worksheets.find((ws) => nameKey(ws.name) === nameKey(name));
}

/** Deep equality of plain JSON-like values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  const ra = a as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && sameValue(ra[k], rb[k]));
}

/** Name lookups over the strategy for one import. */
interface Lookups {
  strategy: Strategy;
  initiatives: Map<string, string[]>;
  projects: Map<string, string[]>;
  guidingStrategies: Map<string, string[]>;
  actors: Map<string, string[]>;
  focusAreas: Map<string, string[]>;
  initiativeName: Map<string, string>;
  projectName: Map<string, string>;
  strategyText: Map<string, string>;
  actorName: Map<string, string>;
  initiativeArea: Map<string, string>;
}

function lookups(ctx: PlanContext): Lookups {
  const s = ctx.strategy;
  const areaLabels = uniqueLabels(s.focusAreas, (f) => f.id, (f) => f.name);
  return {
    strategy: s,
    initiatives: nameIndex(s.initiatives, (i) => i.id, (i) => i.name),
    projects: nameIndex(s.crossCuttingProjects, (p) => p.id, (p) => p.name),
    guidingStrategies: nameIndex(s.guidingStrategies, (g) => g.id, (g) => g.text),
    actors: nameIndex(s.actors, (a) => a.id, (a) => a.name),
    focusAreas: nameIndex(s.focusAreas, (f) => f.id, (f) => areaLabels.get(f.id) ?? f.name),
    initiativeName: new Map(s.initiatives.map((i) => [i.id, i.name])),
    projectName: new Map(s.crossCuttingProjects.map((p) => [p.id, p.name])),
    strategyText: new Map(s.guidingStrategies.map((g) => [g.id, g.text])),
    actorName: new Map(s.actors.map((a) => [a.id, a.name])),
    initiativeArea: new Map(s.initiatives.map((i) => [i.id, i.focusAreaId])),
  };
}

/**
 * Resolves a list cell to ids. Ambiguous names prefer ids the tiltak already had, then
 * ones that pass `prefer`; unknown or still ambiguous names fail.
 */
function resolveList(
  text: string,
  index: Map<string, string[]>,
  expected: string,
  had: readonly string[],
  prefer: (id: string) => boolean = () => false,
): Parsed<string[]> {
  const parsed = parseNameList(text, (k) => index.has(k));
  if (parsed.unknown.length > 0) return fail(expected, parsed.unknown.map((u) => interpolate(excelNb.found.unknown, { value: u })).join(', '));
  const ids: string[] = [];
  for (const name of parsed.names) {
    const candidates = index.get(nameKey(name)) ?? [];
    const pick =
      candidates.length === 1
        ? candidates[0]
        : (candidates.find((c) => had.includes(c) && !ids.includes(c)) ?? (candidates.filter(prefer).length === 1 ? candidates.find(prefer) : undefined));
    if (pick === undefined) return fail(expected, interpolate(excelNb.found.ambiguous, { value: name }));
    if (!ids.includes(pick)) ids.push(pick);
  }
  return ok(ids);
}

/** Collects errors up to MAX_ERRORS. */
class Errors {
  readonly list: ImportError[] = [];

  cell(sheet: string, row: number, col: number, field: string, expected: string, found: string): void {
    if (this.list.length >= MAX_ERRORS) return;
    const column = columnLetter(col);
    this.list.push({
      code: 'cell',
      sheet,
      row,
      column,
      field,
      expected,
      found,
      message: interpolate(excelNb.cell, { sheet, row, column, field, expected, found }),
    });
  }

  add(e: ImportError): void {
    if (this.list.length < MAX_ERRORS) this.list.push(e);
  }
}

const HEADER: Record<ActionColumnKey, string> = Object.fromEntries(ACTION_COLUMNS.map((c) => [c.key, c.header])) as Record<ActionColumnKey, string>;
const FUNDING_HEADER = Object.fromEntries(FUNDING_COLUMNS.map((c) => [c.key, c.header])) as Record<(typeof FUNDING_COLUMNS)[number]['key'], string>;

/** Norwegian names of the fields that differ between two versions of a tiltak. */
export function changedFields(before: Action, after: Action): string[] {
  const fields: [keyof Action, string][] = [
    ['number', HEADER.number],
    ['title', HEADER.title],
    ['initiativeIds', HEADER.initiatives],
    ['crossCuttingProjectId', HEADER.crossCuttingProject],
    ['guidingStrategyIds', HEADER.guidingStrategies],
    ['owner', HEADER.owner],
    ['partnerIds', HEADER.partners],
    ['cost', HEADER.cost],
    ['funding', SHEET.funding],
    ['hours', HEADER.hours],
    ['start', HEADER.start],
    ['deadline', HEADER.deadline],
    ['priority', HEADER.priority],
    ['status', HEADER.status],
    ['kpis', HEADER.kpis],
    ['description', HEADER.description],
    ['notes', HEADER.notes],
  ];
  return fields.filter(([k]) => !sameValue(before[k], after[k])).map(([, label]) => label);
}

interface Clock {
  deadline: number;
  seconds: number;
}

function checkTime(clock: Clock): void {
  if (Date.now() > clock.deadline) throw new Abort([fileError('timeout', { seconds: clock.seconds })]);
}

/** Progress reporting, at most every 250 steps. */
function progressReporter(onProgress: ImportOptions['onProgress']) {
  let done = 0;
  let total = 0;
  let last = 0;
  return {
    setTotal(n: number) {
      total = n;
      onProgress?.({ done, total });
    },
    step(n = 1) {
      done += n;
      if (onProgress && (done - last >= 250 || done >= total)) {
        last = done;
        onProgress({ done: Math.min(done, total), total });
      }
    },
  };
}

/** Per-row data read from the Tiltak sheet before matching. */
interface ActionRow {
  row: Row;
  rowNumber: number;
  number: string;
  id: string | null;
}

interface FundingRow {
  row: Row;
  rowNumber: number;
  number: string;
}

function rowIsEmpty(row: Row, cols: readonly number[]): boolean {
  return cols.every((c) => plainCell(row.getCell(c).value).kind === 'empty');
}

function collectRows(ws: Worksheet, cols: readonly number[], clock: Clock): { row: Row; rowNumber: number }[] {
  const rows: { row: Row; rowNumber: number }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    if (rows.length % 1000 === 0) checkTime(clock);
    if (!rowIsEmpty(row, cols)) rows.push({ row, rowNumber });
  });
  return rows;
}

/** Reads the full workbook (Tiltak + Finansiering + Rammer). */
function readFullWorkbook(wb: ExcelJS.Workbook, ws: Worksheet, ctx: PlanContext, year: number, clock: Clock, progress: ReturnType<typeof progressReporter>): ReadWorkbookResult {
  const errors = new Errors();
  const L = lookups(ctx);
  const T = SHEET.actions;
  const table = new Table(ws);
  const col = (key: ActionColumnKey) => table.col(HEADER[key]);
  for (const key of ['number', 'title'] as const) {
    if (col(key) === null) {
      errors.add(sheetError('missing-column', excelNb.sheets.missingColumn, { sheet: ws.name, field: HEADER[key] }, { sheet: ws.name, row: 1, field: HEADER[key] }));
    }
  }
  const fundingWs = findSheet(wb, SHEET.funding);
  if (!fundingWs) {
    errors.add(
      sheetError('missing-sheet', excelNb.sheets.missingSheet, { sheet: SHEET.funding, sheets: wb.worksheets.map((w) => `«${w.name}»`).join(', ') }, { sheet: SHEET.funding }),
    );
  }
  const fTable = fundingWs ? new Table(fundingWs) : null;
  const fcol = (key: (typeof FUNDING_COLUMNS)[number]['key']) => fTable?.col(FUNDING_HEADER[key]) ?? null;
  if (fundingWs) {
    for (const key of ['actionNumber', 'source', 'amount', 'status'] as const) {
      if (fcol(key) === null) {
        errors.add(
          sheetError('missing-column', excelNb.sheets.missingColumn, { sheet: fundingWs.name, field: FUNDING_HEADER[key] }, { sheet: fundingWs.name, row: 1, field: FUNDING_HEADER[key] }),
        );
      }
    }
  }

  // Rammer: year check and frame values.
  let frameAfter: BudgetFrame = ctx.plan.frame;
  const frameFields: string[] = [];
  const rammer = findSheet(wb, SHEET.frame);
  if (rammer) {
    const byLabel = new Map<string, number>();
    rammer.eachRow({ includeEmpty: false }, (row, r) => {
      const label = cellText(plainCell(row.getCell(1).value));
      if (label && !byLabel.has(nameKey(label))) byLabel.set(nameKey(label), r);
    });
    const valueAt = (label: string) => {
      const r = byLabel.get(nameKey(label));
      return r === undefined ? null : { r, cell: plainCell(rammer.getRow(r).getCell(2).value) };
    };
    const y = valueAt(FRAME_LABELS.year);
    if (y && y.cell.kind !== 'empty' && !(y.cell.kind === 'number' && y.cell.value === year)) {
      const found = cellText(y.cell) ?? describe(y.cell);
      errors.add(
        sheetError('wrong-year', excelNb.sheets.wrongYear, { found, year }, {
          sheet: rammer.name, row: y.r, column: 'B', field: FRAME_LABELS.year, expected: interpolate(E.year, { year }), found,
        }),
      );
    }
    const next: BudgetFrame = { ...frameAfter, targetShares: { ...frameAfter.targetShares } };
    const own = valueAt(FRAME_LABELS.ownFunds);
    if (own) {
      const v = readMoney(own.cell, false);
      if (v.ok) next.ownFunds = v.value;
      else errors.cell(rammer.name, own.r, 2, FRAME_LABELS.ownFunds, v.expected, v.found);
    }
    const cap = valueAt(FRAME_LABELS.capacityHours);
    if (cap) {
      const v = readInteger(cap.cell, 10_000_000);
      if (v.ok) next.capacityHours = v.value;
      else errors.cell(rammer.name, cap.r, 2, FRAME_LABELS.capacityHours, v.expected, v.found);
    }
    const targetHeader = byLabel.get(nameKey(FRAME_LABELS.targetHeader[0]));
    if (targetHeader !== undefined) {
      rammer.eachRow({ includeEmpty: false }, (row, r) => {
        if (r <= targetHeader) return;
        const label = cellText(plainCell(row.getCell(1).value));
        if (!label) return;
        const ids = L.focusAreas.get(nameKey(label));
        const field = `${FRAME_LABELS.targetHeader[1]} ${label}`;
        if (!ids || ids.length !== 1 || ids[0] === undefined) {
          errors.cell(rammer.name, r, 1, FRAME_LABELS.targetHeader[0], E.focusArea, interpolate(excelNb.found.unknown, { value: label }));
          return;
        }
        const cell = plainCell(row.getCell(2).value);
        if (cell.kind === 'empty') {
          delete next.targetShares[ids[0]];
          return;
        }
        const v = cell.kind === 'number' ? cell.value : cell.kind === 'string' ? Number(cell.value.replace(',', '.').replace('%', '').trim()) : NaN;
        if (!Number.isFinite(v) || v < 0 || v > 100) errors.cell(rammer.name, r, 2, field, interpolate(E.valid, { detail: '0–100' }), describe(cell));
        else next.targetShares[ids[0]] = v;
      });
    }
    if (next.ownFunds !== frameAfter.ownFunds) frameFields.push(FRAME_LABELS.ownFunds);
    if (next.capacityHours !== frameAfter.capacityHours) frameFields.push(FRAME_LABELS.capacityHours);
    if (!sameValue(next.targetShares, frameAfter.targetShares)) {
      const keys = new Set([...Object.keys(next.targetShares), ...Object.keys(frameAfter.targetShares)]);
      if ([...keys].some((k) => next.targetShares[k] !== frameAfter.targetShares[k])) frameFields.push(FRAME_LABELS.targetHeader[1]);
      else next.targetShares = frameAfter.targetShares;
    }
    if (frameFields.length > 0) frameAfter = next;
  }
  if (errors.list.some((e) => e.code !== 'cell')) return { ok: false, errors: errors.list };

  // Tiltak rows: Nr and Id first, for matching.
  const inputCols = ACTION_COLUMNS.filter((c: ColumnSpec) => c.derived !== true)
    .map((c) => col(c.key))
    .filter((c): c is number => c !== null);
  const rawRows = collectRows(ws, inputCols, clock);
  const fundingInputCols = fTable
    ? FUNDING_COLUMNS.filter((c: ColumnSpec) => c.derived !== true)
        .map((c) => fcol(c.key))
        .filter((c): c is number => c !== null)
    : [];
  const rawFunding = fundingWs ? collectRows(fundingWs, fundingInputCols, clock) : [];
  progress.setTotal(2 + rawRows.length + rawFunding.length);
  progress.step(2);

  const numberCol = col('number') ?? 1;
  const idCol = col('id');
  const actionRows: ActionRow[] = [];
  const rowByNumber = new Map<string, number>();
  for (const { row, rowNumber } of rawRows) {
    const nr = readNumberText(plainCell(row.getCell(numberCol).value));
    if (!nr.ok) {
      errors.cell(T, rowNumber, numberCol, HEADER.number, nr.expected, nr.found);
      continue;
    }
    const key = nameKey(nr.value);
    const other = rowByNumber.get(key);
    if (other !== undefined) {
      errors.cell(T, rowNumber, numberCol, HEADER.number, E.uniqueNumber, interpolate(excelNb.found.duplicate, { value: nr.value, otherRow: other }));
      continue;
    }
    rowByNumber.set(key, rowNumber);
    const idText = idCol === null ? '' : (cellText(plainCell(row.getCell(idCol).value)) ?? '').trim();
    actionRows.push({ row, rowNumber, number: nr.value, id: idText === '' ? null : idText });
  }

  // Matching: the hidden Id first, then Nr.
  const existing = ctx.actions;
  const byId = new Map(existing.map((a) => [a.id, a]));
  const byNumber = new Map(existing.map((a) => [nameKey(a.number), a]));
  const claimed = new Set<string>();
  const match = new Map<ActionRow, Action>();
  for (const r of actionRows) {
    const a = r.id === null ? undefined : byId.get(r.id);
    if (a && !claimed.has(a.id)) {
      claimed.add(a.id);
      match.set(r, a);
    }
  }
  for (const r of actionRows) {
    if (match.has(r)) continue;
    const a = byNumber.get(nameKey(r.number));
    if (a && !claimed.has(a.id)) {
      claimed.add(a.id);
      match.set(r, a);
    }
  }

  // Finansiering rows, grouped by Tiltak nr.
  const fundingByNumber = new Map<string, FundingRow[]>();
  const fNumberCol = fcol('actionNumber') ?? 1;
  for (const { row, rowNumber } of rawFunding) {
    progress.step();
    const nr = readNumberText(plainCell(row.getCell(fNumberCol).value));
    const sheet = fundingWs?.name ?? SHEET.funding;
    if (!nr.ok) {
      errors.cell(sheet, rowNumber, fNumberCol, FUNDING_HEADER.actionNumber, nr.expected, nr.found);
      continue;
    }
    const key = nameKey(nr.value);
    if (!rowByNumber.has(key)) {
      errors.cell(sheet, rowNumber, fNumberCol, FUNDING_HEADER.actionNumber, E.existingNumber, interpolate(excelNb.found.unknown, { value: nr.value }));
      continue;
    }
    const list = fundingByNumber.get(key);
    if (list) list.push({ row, rowNumber, number: nr.value });
    else fundingByNumber.set(key, [{ row, rowNumber, number: nr.value }]);
  }

  // A line outside the rows its tiltak's formulas sum: the workbook's totals left it out.
  if (fundingWs && fTable) {
    const coverage = { actionSheet: ws.name, fundingSheet: fundingWs.name, actions: actionRows, sourceColumn: fcol('source'), actionColumn: col, numberColumn: fNumberCol };
    for (const m of uncountedFundingLines({ ...coverage, linesOf: (a) => fundingByNumber.get(nameKey(a.number)) ?? [] })) {
      const where = { sheet: m.where?.sheet ?? null, row: m.where?.row ?? null, column: m.where?.column ?? null };
      errors.add({ code: 'funding-not-counted', ...where, field: FUNDING_HEADER.actionNumber, expected: null, found: null, message: renderMessage(m, 'nb', true) });
    }
  }

  const usedIds = new Set(existing.map((a) => a.id));
  const after: { row: ActionRow; before: Action | null; action: Action }[] = [];
  for (const r of actionRows) {
    progress.step();
    if (after.length % 500 === 0) checkTime(clock);
    const before = match.get(r) ?? null;
    const action = readActionRow(r, before, ctx, L, table, errors, fundingWs?.name ?? SHEET.funding, fTable, fundingByNumber.get(nameKey(r.number)) ?? []);
    if (!action) continue;
    if (before === null) {
      let id = r.id !== null && /^[A-Za-z0-9_-]{1,64}$/.test(r.id) && !usedIds.has(r.id) ? r.id : newId('act');
      while (usedIds.has(id)) id = newId('act');
      usedIds.add(id);
      action.id = id;
      action.lineageId = id;
    }
    after.push({ row: r, before, action });
  }
  if (errors.list.length > 0) return { ok: false, errors: sortErrors(errors.list) };

  const added: Action[] = [];
  const changed: ActionChange[] = [];
  for (const { before, action } of after) {
    if (before === null) added.push(action);
    else {
      const fields = changedFields(before, action);
      if (fields.length > 0) changed.push({ before, after: action, fields });
    }
  }
  const removed = existing.filter((a) => !claimed.has(a.id));
  const frame = frameFields.length > 0 ? { before: ctx.plan.frame, after: frameAfter, fields: frameFields } : null;
  return finish(ctx, { kind: 'workbook', year, planId: ctx.plan.id, added, changed, removed, frame });
}

/** Errors in reading order: sheet (as in the workbook), row, column. */
function sortErrors(list: ImportError[]): ImportError[] {
  const order: string[] = [SHEET.summary, SHEET.actions, SHEET.funding, SHEET.frame];
  const sheetRank = (e: ImportError) => (e.sheet === null ? -1 : order.indexOf(e.sheet) < 0 ? order.length : order.indexOf(e.sheet));
  return [...list].sort(
    (a, b) => sheetRank(a) - sheetRank(b) || (a.row ?? 0) - (b.row ?? 0) || columnIndex(a.column ?? '') - columnIndex(b.column ?? ''),
  );
}

function finish(ctx: PlanContext, preview: ImportPreview): ReadWorkbookResult {
  if (ctx.plan.status === 'adopted' && hasChanges(preview)) {
    return { ok: false, errors: [sheetError('adopted', excelNb.sheets.adopted, { year: ctx.plan.year })] };
  }
  return { ok: true, preview };
}

/** Reads one Tiltak row (and its Finansiering rows) into a tiltak; null after errors. */
function readActionRow(
  r: ActionRow,
  before: Action | null,
  ctx: PlanContext,
  L: Lookups,
  table: Table,
  errors: Errors,
  fundingSheet: string,
  fTable: Table | null,
  fundingRows: readonly FundingRow[],
): Action | null {
  const T = SHEET.actions;
  const errorsBefore = errors.list.length;
  const base: Action = before ?? { ...blankAction('', ctx.plan.id, r.number), lineageId: '' };
  const action: Action = { ...base, number: r.number };
  const cellOf = (key: ActionColumnKey): { col: number; cell: PlainCell } | null => {
    const c = table.col(HEADER[key]);
    return c === null ? null : { col: c, cell: plainCell(r.row.getCell(c).value) };
  };
  /** True when the cell shows exactly what export wrote for the old value. */
  const unchanged = (cell: PlainCell, exported: string) =>
    before !== null && normaliseCellText(cellText(cell) ?? '\u0000') === normaliseCellText(exported);
  const field = <T>(key: ActionColumnKey, parse: (cell: PlainCell) => Parsed<T>, set: (v: T) => void) => {
    const c = cellOf(key);
    if (!c) return;
    const p = parse(c.cell);
    if (p.ok) set(p.value);
    else errors.cell(T, r.rowNumber, c.col, HEADER[key], p.expected, p.found);
  };
  const textField = (key: 'title' | 'owner' | 'description' | 'notes', max: number, required: boolean) =>
    field(key, (cell) => (unchanged(cell, base[key]) ? ok(base[key]) : readText(cell, max, required)), (v) => {
      action[key] = key === 'title' ? v.trim() : v;
    });

  textField('title', 500, true);
  textField('owner', 300, false);
  textField('description', 10_000, false);
  textField('notes', 10_000, false);

  const areaCell = cellOf('focusArea');
  const areaIds = areaCell ? (L.focusAreas.get(nameKey(cellText(areaCell.cell) ?? '')) ?? []) : [];
  field(
    'initiatives',
    (cell) => {
      const names = formatNameList(base.initiativeIds.map((id) => L.initiativeName.get(id) ?? id));
      if (unchanged(cell, names)) return ok(base.initiativeIds);
      const t = readText(cell, 100_000, false);
      return t.ok ? resolveList(t.value, L.initiatives, E.initiative, base.initiativeIds, (id) => areaIds.includes(L.initiativeArea.get(id) ?? '')) : t;
    },
    (v) => {
      action.initiativeIds = v;
    },
  );
  field(
    'crossCuttingProject',
    (cell): Parsed<string | null> => {
      const old = base.crossCuttingProjectId === null ? '' : (L.projectName.get(base.crossCuttingProjectId) ?? base.crossCuttingProjectId);
      if (unchanged(cell, old)) return ok(base.crossCuttingProjectId);
      const t = readText(cell, 300, false);
      if (!t.ok) return t;
      if (t.value.trim() === '') return ok(null);
      const ids = L.projects.get(nameKey(t.value)) ?? [];
      if (ids.length === 1 && ids[0] !== undefined) return ok(ids[0]);
      return fail(E.project, interpolate(ids.length > 1 ? excelNb.found.ambiguous : excelNb.found.unknown, { value: t.value.trim() }));
    },
    (v) => {
      action.crossCuttingProjectId = v;
    },
  );
  field(
    'guidingStrategies',
    (cell) => {
      const old = formatNameList(base.guidingStrategyIds.map((id) => L.strategyText.get(id) ?? id));
      if (unchanged(cell, old)) return ok(base.guidingStrategyIds);
      const t = readText(cell, 100_000, false);
      return t.ok ? resolveList(t.value, L.guidingStrategies, E.guidingStrategy, base.guidingStrategyIds) : t;
    },
    (v) => {
      action.guidingStrategyIds = v;
    },
  );
  field(
    'partners',
    (cell) => {
      const old = formatNameList(base.partnerIds.map((id) => L.actorName.get(id) ?? id));
      if (unchanged(cell, old)) return ok(base.partnerIds);
      const t = readText(cell, 100_000, false);
      return t.ok ? resolveList(t.value, L.actors, E.actor, base.partnerIds) : t;
    },
    (v) => {
      action.partnerIds = v;
    },
  );
  field('cost', (cell) => readMoney(cell, true), (v) => {
    action.cost = v;
  });
  field('hours', (cell) => readInteger(cell, 1_000_000), (v) => {
    action.hours = v;
  });
  field('start', readDate, (v) => {
    action.start = v;
  });
  field('deadline', readDate, (v) => {
    action.deadline = v;
  });
  field('priority', (cell) => readPriority(cell, null), (v) => {
    action.priority = v;
  });
  field('status', (cell) => readEnum<ActionStatus>(cell, STATUS_LABELS, E.status, null), (v) => {
    action.status = v;
  });
  field(
    'kpis',
    (cell): Parsed<Kpi[]> => {
      if (unchanged(cell, formatKpis(base.kpis))) return ok(base.kpis);
      const t = readText(cell, 100_000, false);
      if (!t.ok) return t;
      const free = [...base.kpis];
      return ok(
        parseKpis(t.value).map((k) => {
          const i = free.findIndex((old) => old.indicator === k.indicator);
          const reuse = i >= 0 ? free.splice(i, 1)[0] : undefined;
          if (reuse && reuse.target === k.target && reuse.unit === k.unit) return reuse;
          return { id: reuse?.id ?? newId('kpi'), indicator: k.indicator.slice(0, 500), target: k.target, unit: k.unit.slice(0, 100) };
        }),
      );
    },
    (v) => {
      action.kpis = v;
    },
  );

  // Financing from the Finansiering sheet only.
  if (fTable) {
    const fc = (key: (typeof FUNDING_COLUMNS)[number]['key']) => fTable.col(FUNDING_HEADER[key]);
    const freeLines = new Map(base.funding.map((l) => [l.id, l]));
    const lines: FundingLine[] = [];
    for (const fr of fundingRows) {
      const get = (key: (typeof FUNDING_COLUMNS)[number]['key']) => {
        const c = fc(key);
        return c === null ? null : { col: c, cell: plainCell(fr.row.getCell(c).value) };
      };
      const bad = (key: (typeof FUNDING_COLUMNS)[number]['key'], col: number, p: { expected: string; found: string }) =>
        errors.cell(fundingSheet, fr.rowNumber, col, FUNDING_HEADER[key], p.expected, p.found);
      const idCell = get('id');
      const idText = idCell ? (cellText(idCell.cell) ?? '').trim() : '';
      const old = freeLines.get(idText);
      if (old) freeLines.delete(idText);
      const sourceCell = get('source');
      const source = sourceCell ? readEnum<FundingSource>(sourceCell.cell, SOURCE_LABELS, E.source, null) : ok<FundingSource>(old?.source ?? 'own');
      if (!source.ok && sourceCell) bad('source', sourceCell.col, source);
      const amountCell = get('amount');
      const amount = amountCell ? readMoney(amountCell.cell, false) : ok(old?.amount ?? 0);
      if (!amount.ok && amountCell) bad('amount', amountCell.col, amount);
      const statusCell = get('status');
      const status = statusCell ? readEnum<FundingStatus>(statusCell.cell, FUNDING_STATUS_LABELS, E.fundingStatus, null) : ok<FundingStatus>(old?.status ?? 'planned');
      if (!status.ok && statusCell) bad('status', statusCell.col, status);
      const actorCell = get('actor');
      let actorId: string | null = old?.actorId ?? null;
      if (actorCell) {
        const t = cellText(actorCell.cell);
        const oldName = old?.actorId ? (L.actorName.get(old.actorId) ?? old.actorId) : '';
        if (t === null) bad('actor', actorCell.col, { expected: E.oneActor, found: describe(actorCell.cell) });
        else if (old && nameKey(t) === nameKey(oldName)) actorId = old.actorId;
        else if (t.trim() === '') actorId = null;
        else {
          const ids = L.actors.get(nameKey(t)) ?? [];
          if (ids.length === 1 && ids[0] !== undefined) actorId = ids[0];
          else bad('actor', actorCell.col, { expected: E.oneActor, found: interpolate(ids.length > 1 ? excelNb.found.ambiguous : excelNb.found.unknown, { value: t.trim() }) });
        }
      }
      if (!source.ok || !amount.ok || !status.ok) continue;
      // A row without a known Id (typed in Excel) takes over an identical old line's id.
      const twin = old
        ? undefined
        : [...freeLines.values()].find((l) => l.source === source.value && l.actorId === actorId && l.amount === amount.value && l.status === status.value);
      if (twin) freeLines.delete(twin.id);
      const kept = old ?? twin;
      const line: FundingLine = { id: kept?.id ?? newId('fund'), source: source.value, actorId, amount: amount.value, status: status.value };
      lines.push(kept && sameValue(kept, line) ? kept : line);
    }
    action.funding = sameValue(lines, base.funding) ? base.funding : lines;
  }

  if (errors.list.length > errorsBefore) return null;
  // Last guard: the domain schema (e.g. a rule this reader does not know about).
  const checked = actionSchema.safeParse({ ...action, id: action.id || 'pending', lineageId: action.lineageId || 'pending' });
  if (!checked.success) {
    for (const issue of checked.error.issues.slice(0, 5)) {
      const key = ACTION_COLUMNS.find((c) => String(issue.path[0]) === c.key || (issue.path[0] === 'initiativeIds' && c.key === 'initiatives'));
      const colNo = key ? (table.col(key.header) ?? 1) : 1;
      errors.cell(T, r.rowNumber, colNo, key?.header ?? String(issue.path.join('.')), interpolate(E.valid, { detail: issue.message }), describe(plainCell(r.row.getCell(colNo).value)));
    }
    return null;
  }
  return action;
}

/** Header names the starter sheet accepts per field (lower-case, any of them). */
const STARTER_HEADERS = {
  number: ['Nr', 'Nummer', 'Tiltak nr', 'Tiltaksnr'],
  title: ['Tittel', 'Tiltak', 'Navn'],
  focusArea: ['Innsatsområde', 'Område'],
  initiatives: ['Satsing', 'Satsinger'],
  owner: ['Ansvarlig', 'Ansvar'],
  cost: ['Kostnad', 'Kostnad (kr)', 'Budsjett'],
  ownFunds: ['Egne midler', 'Egne midler (kr)'],
  hours: ['Timeverk', 'Timer'],
  start: ['Start', 'Startdato'],
  deadline: ['Frist', 'Gjennomføringsdato', 'Sluttdato', 'Dato'],
  priority: ['Prioritet'],
  status: ['Status'],
  description: ['Beskrivelse'],
  notes: ['Notater', 'Merknad', 'Kommentar'],
} as const;

/** True when the sheet looks like a starter sheet (a «Tittel» column in row 1). */
function isStarterSheet(ws: Worksheet): boolean {
  return new Table(ws).col(...STARTER_HEADERS.title) !== null;
}

/** Reads a starter sheet: every non-empty row becomes a new tiltak. */
function readStarterSheet(ws: Worksheet, ctx: PlanContext, year: number, clock: Clock, progress: ReturnType<typeof progressReporter>): ReadWorkbookResult {
  const errors = new Errors();
  const L = lookups(ctx);
  const table = new Table(ws);
  const colOf = (k: keyof typeof STARTER_HEADERS) => table.col(...STARTER_HEADERS[k]);
  const cols = (Object.keys(STARTER_HEADERS) as (keyof typeof STARTER_HEADERS)[]).map(colOf).filter((c): c is number => c !== null);
  const rows = collectRows(ws, cols, clock);
  progress.setTotal(2 + rows.length);
  progress.step(2);
  const taken = new Set(ctx.actions.map((a) => nameKey(a.number)));
  let next = nextFreeNumber(ctx.actions.map((a) => a.number));
  const added: Action[] = [];
  const seenNumbers = new Map<string, number>();
  for (const { row, rowNumber } of rows) {
    progress.step();
    if (added.length % 500 === 0) checkTime(clock);
    const before = errors.list.length;
    const get = (k: keyof typeof STARTER_HEADERS) => {
      const c = colOf(k);
      return c === null ? null : { col: c, cell: plainCell(row.getCell(c).value), field: cellText(plainCell(table.ws.getRow(1).getCell(c).value)) ?? STARTER_HEADERS[k][0] };
    };
    const read = <T>(k: keyof typeof STARTER_HEADERS, parse: (cell: PlainCell) => Parsed<T>, fallback: T): T => {
      const c = get(k);
      if (!c) return fallback;
      const p = parse(c.cell);
      if (p.ok) return p.value;
      errors.cell(ws.name, rowNumber, c.col, c.field, p.expected, p.found);
      return fallback;
    };
    const id = newId('act');
    let number = '';
    const nrCell = get('number');
    if (nrCell && nrCell.cell.kind !== 'empty') {
      const nr = readNumberText(nrCell.cell);
      const other = nr.ok ? seenNumbers.get(nameKey(nr.value)) : undefined;
      if (!nr.ok) errors.cell(ws.name, rowNumber, nrCell.col, nrCell.field, nr.expected, nr.found);
      else if (taken.has(nameKey(nr.value)) || other !== undefined) {
        errors.cell(ws.name, rowNumber, nrCell.col, nrCell.field, E.uniqueNumber, interpolate(excelNb.found.duplicate, { value: nr.value, otherRow: other ?? '–' }));
      } else number = nr.value;
    }
    if (number === '') {
      while (taken.has(String(next))) next++;
      number = String(next++);
    }
    taken.add(nameKey(number));
    seenNumbers.set(nameKey(number), rowNumber);

    const title = read('title', (c) => readText(c, 500, true), '').trim();
    // Satsing, or an innsatsområde with exactly one satsing.
    let initiativeIds: string[] = [];
    const areaCell = get('focusArea');
    let areaIds: string[] = [];
    if (areaCell && areaCell.cell.kind !== 'empty') {
      const t = cellText(areaCell.cell) ?? '';
      areaIds = L.focusAreas.get(nameKey(t)) ?? [];
      if (areaIds.length !== 1) {
        errors.cell(ws.name, rowNumber, areaCell.col, areaCell.field, E.focusArea, interpolate(areaIds.length > 1 ? excelNb.found.ambiguous : excelNb.found.unknown, { value: t.trim() }));
      }
    }
    const initCell = get('initiatives');
    if (initCell && initCell.cell.kind !== 'empty') {
      initiativeIds = read('initiatives', (c) => {
        const t = readText(c, 100_000, false);
        return t.ok ? resolveList(t.value, L.initiatives, E.initiative, [], (iid) => areaIds.includes(L.initiativeArea.get(iid) ?? '')) : t;
      }, []);
    } else if (areaIds.length === 1 && areaCell) {
      const under = ctx.strategy.initiatives.filter((i) => i.focusAreaId === areaIds[0]);
      const only = under[0];
      if (under.length === 1 && only) initiativeIds = [only.id];
      else {
        errors.cell(ws.name, rowNumber, initCell?.col ?? areaCell.col, initCell?.field ?? areaCell.field, interpolate(E.initiativeInArea, { choices: under.map((i) => `«${i.name}»`).join(', ') }), describe(initCell?.cell ?? { kind: 'empty' }));
      }
    }
    const cost = read('cost', (c) => readMoney(c, true), 0);
    const ownFunds = read('ownFunds', (c) => readMoney(c, true), 0);
    const action: Action = {
      id,
      planId: ctx.plan.id,
      number,
      title,
      description: read('description', (c) => readText(c, 10_000, false), ''),
      initiativeIds,
      crossCuttingProjectId: null,
      guidingStrategyIds: [],
      owner: read('owner', (c) => readText(c, 300, false), ''),
      partnerIds: [],
      cost,
      funding: ownFunds > 0 ? [{ id: newId('fund'), source: 'own', actorId: null, amount: ownFunds, status: 'planned' }] : [],
      hours: read('hours', (c) => readInteger(c, 1_000_000), 0),
      start: read('start', readDate, null),
      deadline: read('deadline', readDate, null),
      kpis: [],
      priority: read('priority', (c) => readPriority(c, 2), 2),
      status: read('status', (c) => readEnum<ActionStatus>(c, STATUS_LABELS, E.status, 'planned'), 'planned'),
      notes: read('notes', (c) => readText(c, 10_000, false), ''),
      carriedFromId: null,
      lineageId: id,
    };
    if (errors.list.length === before) added.push(action);
  }
  if (errors.list.length > 0) return { ok: false, errors: errors.list };
  if (added.length === 0) {
    return { ok: false, errors: [sheetError('missing-sheet', excelNb.sheets.noRows, { sheet: ws.name }, { sheet: ws.name })] };
  }
  return finish(ctx, { kind: 'starter', year, planId: ctx.plan.id, added, changed: [], removed: [], frame: null });
}

/**
 * Les budsjettarbeidsbok: checks the file against the limits, loads it with exceljs and
 * compares it with the plan for `year`. Returns a preview (nothing is changed) or every
 * error found, each with sheet, row, column letter, field and a Norwegian message.
 */
export async function readWorkbook(bytes: Uint8Array, doc: PlanDocument, year: number, opts: ImportOptions = {}): Promise<ReadWorkbookResult> {
  const limits: WorkbookLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const clock: Clock = { deadline: Date.now() + limits.timeLimitMs, seconds: Math.round(limits.timeLimitMs / 1000) };
  const progress = progressReporter(opts.onProgress);
  progress.setTotal(2);
  const found = planContext(doc, year);
  if (!found.ok) return { ok: false, errors: [sheetError('no-plan', excelNb.sheets.noPlan, { year })] };
  const ctx = found.context;

  const check = checkWorkbookZip(bytes, limits);
  if (!check.ok) return { ok: false, errors: [fileError(check.error.code, check.error.params)] };
  progress.step();

  let timer: unknown;
  try {
    const wb = new ExcelJS.Workbook();
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Abort([fileError('timeout', { seconds: clock.seconds })])), Math.max(0, clock.deadline - Date.now()));
    });
    // A copy as a plain ArrayBuffer: what exceljs (JSZip) reads in Node and in the browser.
    await Promise.race([wb.xlsx.load(new Uint8Array(bytes).buffer), timeout]);
    checkTime(clock);
    const tiltak = findSheet(wb, SHEET.actions);
    if (tiltak) return readFullWorkbook(wb, tiltak, ctx, year, clock, progress);
    const first = wb.worksheets[0];
    if (first && isStarterSheet(first)) return readStarterSheet(first, ctx, year, clock, progress);
    return {
      ok: false,
      errors: [
        sheetError(
          'missing-sheet',
          excelNb.sheets.missingSheet,
          { sheet: SHEET.actions, sheets: wb.worksheets.map((w) => `«${w.name}»`).join(', ') || '–' },
          { sheet: SHEET.actions },
        ),
      ],
    };
  } catch (err) {
    if (err instanceof Abort) return { ok: false, errors: err.errors };
    return { ok: false, errors: [fileError('unreadable', { detail: err instanceof Error ? err.message : String(err) })] };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/**
 * Ta i bruk import: the document with the preview applied — changed tiltak replaced,
 * removed ones dropped, added ones appended, the frame replaced. Pure; throws (changing
 * nothing) when the plan changed after the preview was read.
 */
export function applyImport(doc: PlanDocument, year: number, preview: ImportPreview): PlanDocument {
  const plan = doc.plans.find((p) => p.year === year);
  if (!plan || plan.id !== preview.planId) throw new Error(interpolate(excelNb.sheets.otherPlan, { year }));
  const current = new Map(doc.actions.filter((a) => a.planId === plan.id).map((a) => [a.id, a]));
  const stale = () => new Error(excelNb.sheets.stale);
  for (const c of preview.changed) if (!sameValue(current.get(c.before.id), c.before)) throw stale();
  for (const a of preview.removed) if (!sameValue(current.get(a.id), a)) throw stale();
  if (preview.frame && !sameValue(plan.frame, preview.frame.before)) throw stale();
  const allIds = new Set(doc.actions.map((a) => a.id));
  for (const a of preview.added) if (allIds.has(a.id) || a.planId !== plan.id) throw stale();

  const replace = new Map(preview.changed.map((c) => [c.before.id, c.after]));
  const drop = new Set(preview.removed.map((a) => a.id));
  const actions = doc.actions.filter((a) => !drop.has(a.id)).map((a) => replace.get(a.id) ?? a);
  actions.push(...preview.added);
  const plans = preview.frame ? doc.plans.map((p) => (p.id === plan.id && preview.frame ? { ...p, frame: preview.frame.after } : p)) : doc.plans;
  return { ...doc, plans, actions };
}
