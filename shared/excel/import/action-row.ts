/**
 * One Tiltak row on import (tiltaksrad): every input column of the row and the tiltak's
 * Finansiering rows, read into a tiltak. A cell that still shows exactly what the export
 * wrote keeps the field's value, so an unchanged workbook changes nothing at all.
 */
import type { Row } from 'exceljs';
import type { z } from 'zod';
import type { IsoDate } from '../../domain/dates';
import { actionSchema, type Action, type ActionStatus, type FundingLine, type FundingSource, type FundingStatus, type Kpi, type Priority } from '../../domain/entities';
import { blankAction } from '../../domain/factories';
import { newId } from '../../domain/ids';
import type { Message } from '../../i18n/message';
import { cellText, type PlainCell } from '../cells';
import { formatKpis, formatNameList, normaliseCellText, parseKpis } from '../codec';
import { ACTION_COLUMNS, type ActionColumnKey, type FundingColumnKey } from '../layout';
import { nameKey, type PlanContext } from '../plan-context';
import { allWorkbookWords, type WorkbookWords } from '../words';
import { choices, describe, expected, fail, foundName, isFormula, ok, readDate, readEnum, readInteger, readMoney, readPriority, readText, type Parsed } from './cells';
import { sameValue } from './diff';
import { actionColumn, cellAt, fundingColumn, resolveList, type Errors, type Lookups, type Table } from './sheet';

/** Per-row data read from the Tiltak sheet before matching. */
export interface ActionRow {
  row: Row;
  rowNumber: number;
  number: string;
  /** The Nr as matched (nameKey), computed once. */
  key: string;
  id: string | null;
}

/** A Finansiering row of a tiltak. */
export interface FundingRow {
  row: Row;
  rowNumber: number;
  number: string;
}

/** The sheets' names in this workbook, and the words of its language (for the choices). */
export interface SheetNames {
  actions: string;
  funding: string;
  words: WorkbookWords;
}

// The label sets of every workbook language, built once (the words are constant).
let statusSets: Readonly<Record<ActionStatus, string>>[] | undefined;
let sourceSets: Readonly<Record<FundingSource, string>>[] | undefined;
let fundingStatusSets: Readonly<Record<FundingStatus, string>>[] | undefined;
const STATUS_SETS = () => (statusSets ??= allWorkbookWords().map((w) => w.status));
const SOURCE_SETS = () => (sourceSets ??= allWorkbookWords().map((w) => w.source));
const FUNDING_STATUS_SETS = () => (fundingStatusSets ??= allWorkbookWords().map((w) => w.fundingStatus));

/** Reads one Tiltak row (and its Finansiering rows) into a tiltak; null after errors. */
export function readActionRow(
  r: ActionRow,
  before: Action | null,
  ctx: PlanContext,
  L: Lookups,
  table: Table,
  errors: Errors,
  sheets: SheetNames,
  fTable: Table | null,
  fundingRows: readonly FundingRow[],
): Action | null {
  const T = sheets.actions;
  const words = sheets.words;
  const errorsBefore = errors.list.length;
  const base: Action = before ?? { ...blankAction('', ctx.plan.id, r.number), lineageId: '' };
  // The row's state for the helpers below (module functions, not closures made per row). The
  // tiltak is copied from `before` on its first changed field (see `set`): an unchanged row is `before` itself.
  const x: RowRead = { r, before, base, action: base, table, errors, sheet: T, L, words, areaIds: [] };
  set(x, 'number', r.number);

  textField(x, 'title', 500, true);
  textField(x, 'owner', 300, false);
  textField(x, 'description', 10_000, false);
  textField(x, 'notes', 10_000, false);

  const areaCol = actionColumn(table, 'focusArea');
  if (areaCol !== null) x.areaIds = L.focusAreas.get(nameKey(cellText(cellAt(r.row, areaCol)) ?? '')) ?? [];
  field(x, 'initiatives', 'initiativeIds', readInitiatives);
  field(x, 'crossCuttingProject', 'crossCuttingProjectId', readProject);
  field(x, 'subGoals', 'subGoalIds', readSubGoals);
  // Innsatsområde last: it is checked against the satsinger and delmål just read.
  field(x, 'focusArea', 'focusAreaIds', readFocusAreaCell);
  field(x, 'guidingStrategies', 'guidingStrategyIds', readGuidingStrategies);
  field(x, 'partners', 'partnerIds', readPartners);
  field(x, 'cost', 'cost', readCost);
  field(x, 'hours', 'hours', readHours);
  field(x, 'start', 'start', readDateCell);
  field(x, 'deadline', 'deadline', readDateCell);
  field(x, 'priority', 'priority', readPriorityCell);
  field(x, 'status', 'status', readStatus);
  field(x, 'kpis', 'kpis', readKpiCell);

  // Financing from the Finansiering sheet only.
  if (fTable) set(x, 'funding', readFunding(base, fTable, fundingRows, L, errors, sheets));

  if (errors.list.length > errorsBefore) return null;
  const action = x.action;
  // Last guard: the domain schema (e.g. a rule this reader does not know about).
  const issues = schemaIssues(action.id && action.lineageId ? action : { ...action, id: action.id || 'pending', lineageId: action.lineageId || 'pending' }, before);
  if (issues.length > 0) {
    for (const issue of issues.slice(0, 5)) {
      const key = ACTION_COLUMNS.find((c) => String(issue.path[0]) === c.key || (issue.path[0] === 'initiativeIds' && c.key === 'initiatives'));
      const colNo = key ? (actionColumn(table, key.key) ?? 1) : 1;
      errors.cell(T, r.rowNumber, colNo, `excel.workbook.columns.${key?.key ?? 'title'}`, expected('valid'), describe(cellAt(r.row, colNo)));
    }
    return null;
  }
  return action;
}

/** The tiltak's fields with their schemas (actionSchema is a plain object schema: a tiltak is valid when each field is). */
const ACTION_SHAPE = Object.entries(actionSchema.shape) as [keyof Action, z.ZodType][];

/**
 * What actionSchema says against `action`, as its issues (path from the field), in the
 * schema's field order. A field that still holds the plan's own value (`before`, the same
 * value or object: an unchanged cell keeps it) is the plan's, valid as the plan document
 * is, and is not parsed again; a new tiltak is checked whole.
 */
function schemaIssues(action: Action, before: Action | null): { path: PropertyKey[] }[] {
  const issues: { path: PropertyKey[] }[] = [];
  for (const [key, schema] of ACTION_SHAPE) {
    const value = action[key];
    if (before !== null && value === before[key]) continue;
    const checked = schema.safeParse(value);
    if (!checked.success) for (const issue of checked.error.issues) issues.push({ path: [key, ...issue.path] });
  }
  return issues;
}

/** One Tiltak row being read: what the field helpers below need. */
interface RowRead {
  r: ActionRow;
  before: Action | null;
  base: Action;
  /** The tiltak read so far: `before` until a field differs (then a copy), a new tiltak's own object. */
  action: Action;
  table: Table;
  errors: Errors;
  sheet: string;
  L: Lookups;
  words: WorkbookWords;
  /** The areas the Innsatsområde cell names (to choose between satsinger or delmål of the same name). */
  areaIds: string[];
}

// The field readers of a Tiltak row: module functions, made once (not closures per row).

const readFocusAreaCell = (x: RowRead, cell: PlainCell): Parsed<string[]> => readFocusArea(cell, x.base, x.action, x.L);
const readCost = (x: RowRead, cell: PlainCell): Parsed<number> => readMoney(cell, true, x.words.language);
const readHours = (x: RowRead, cell: PlainCell): Parsed<number> => readInteger(cell, 1_000_000, x.words.language);
const readDateCell = (_x: RowRead, cell: PlainCell): Parsed<IsoDate | null> => readDate(cell);
const readPriorityCell = (_x: RowRead, cell: PlainCell): Parsed<Priority> => readPriority(cell, null);
const readStatus = (x: RowRead, cell: PlainCell): Parsed<ActionStatus> => readEnum<ActionStatus>(cell, STATUS_SETS(), choices('status', x.words.status), null);

function readInitiatives(x: RowRead, cell: PlainCell): Parsed<string[]> {
  const { base, L } = x;
  const names = formatNameList(base.initiativeIds.map((id) => L.initiativeName.get(id) ?? id));
  if (unchanged(x, cell, names)) return ok(base.initiativeIds);
  const t = readText(cell, 100_000, false);
  return t.ok ? resolveList(t.value, L.initiatives, expected('initiative'), base.initiativeIds, (id) => x.areaIds.includes(L.initiativeArea.get(id) ?? '')) : t;
}

function readProject(x: RowRead, cell: PlainCell): Parsed<string | null> {
  const { base, L } = x;
  const old = base.crossCuttingProjectId === null ? '' : (L.projectName.get(base.crossCuttingProjectId) ?? base.crossCuttingProjectId);
  if (unchanged(x, cell, old)) return ok(base.crossCuttingProjectId);
  const t = readText(cell, 300, false);
  if (!t.ok) return t;
  if (t.value.trim() === '') return ok(null);
  const ids = L.projects.get(nameKey(t.value)) ?? [];
  if (ids.length === 1 && ids[0] !== undefined) return ok(ids[0]);
  return fail(expected('project'), foundName(t.value.trim(), ids.length));
}

function readSubGoals(x: RowRead, cell: PlainCell): Parsed<string[]> {
  const { base, L } = x;
  const names = formatNameList(base.subGoalIds.map((id) => L.subGoalName.get(id) ?? id));
  if (unchanged(x, cell, names)) return ok(base.subGoalIds);
  const t = readText(cell, 100_000, false);
  return t.ok ? resolveList(t.value, L.subGoals, expected('subGoal'), base.subGoalIds, (id) => x.areaIds.includes(L.subGoalArea.get(id) ?? '')) : t;
}

function readGuidingStrategies(x: RowRead, cell: PlainCell): Parsed<string[]> {
  const { base, L } = x;
  const old = formatNameList(base.guidingStrategyIds.map((id) => L.strategyText.get(id) ?? id));
  if (unchanged(x, cell, old)) return ok(base.guidingStrategyIds);
  const t = readText(cell, 100_000, false);
  return t.ok ? resolveList(t.value, L.guidingStrategies, expected('guidingStrategy'), base.guidingStrategyIds) : t;
}

function readPartners(x: RowRead, cell: PlainCell): Parsed<string[]> {
  const { base, L } = x;
  const old = formatNameList(base.partnerIds.map((id) => L.actorName.get(id) ?? id));
  if (unchanged(x, cell, old)) return ok(base.partnerIds);
  const t = readText(cell, 100_000, false);
  return t.ok ? resolveList(t.value, L.actors, expected('actor'), base.partnerIds) : t;
}

function readKpiCell(x: RowRead, cell: PlainCell): Parsed<Kpi[]> {
  const { base } = x;
  if (unchanged(x, cell, formatKpis(base.kpis))) return ok(base.kpis);
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
}

/** Sets a field of the tiltak being read, copying `before` first when this is its first changed field. */
function set<K extends keyof Action>(x: RowRead, prop: K, value: Action[K]): void {
  if (x.action[prop] === value) return;
  if (x.action === x.before) x.action = { ...x.before };
  x.action[prop] = value;
}

/** True when the cell shows exactly what export wrote for the old value (a formula never does). */
function unchanged(x: RowRead, cell: PlainCell, exported: string): boolean {
  if (x.before === null || isFormula(cell)) return false;
  const text = cellText(cell) ?? '\u0000';
  // Equal text is equal after normalising too: the usual case (an untouched cell) needs no regex.
  return text === exported || normaliseCellText(text) === normaliseCellText(exported);
}

/** Reads the column `key` with `parse` into the tiltak's `prop`, or records the cell's error. */
function field<K extends keyof Action>(x: RowRead, key: ActionColumnKey, prop: K, parse: (x: RowRead, cell: PlainCell) => Parsed<Action[K]>): void {
  const c = actionColumn(x.table, key);
  if (c === null) return;
  const p = parse(x, cellAt(x.r.row, c));
  if (p.ok) set(x, prop, p.value);
  else x.errors.cell(x.sheet, x.r.rowNumber, c, `excel.workbook.columns.${key}`, p.expected, p.found, p.reason);
}

/** A free-text field: unchanged text keeps the old value. */
function textField(x: RowRead, key: 'title' | 'owner' | 'description' | 'notes', max: number, required: boolean): void {
  const c = actionColumn(x.table, key);
  if (c === null) return;
  const cell = cellAt(x.r.row, c);
  const old = x.base[key];
  if (unchanged(x, cell, old)) {
    set(x, key, key === 'title' ? old.trim() : old);
    return;
  }
  const p = readText(cell, max, required);
  if (p.ok) set(x, key, key === 'title' ? p.value.trim() : p.value);
  else x.errors.cell(x.sheet, x.r.rowNumber, c, `excel.workbook.columns.${key}`, p.expected, p.found, p.reason);
}

/**
 * The area a tiltak is placed in by its links (as shared/rules placeAction): its first
 * existing satsing's area, else its first delmål's; with `direct`, else its first existing
 * directly linked area.
 */
function linkedArea(a: Pick<Action, 'initiativeIds' | 'subGoalIds' | 'focusAreaIds'>, L: Lookups, direct: boolean): string | null {
  for (const id of a.initiativeIds) {
    const area = L.initiativeArea.get(id);
    if (area !== undefined && L.focusAreaLabel.has(area)) return area;
  }
  for (const id of a.subGoalIds) {
    const area = L.subGoalArea.get(id);
    if (area !== undefined) return area;
  }
  if (direct) for (const id of a.focusAreaIds) if (L.focusAreaLabel.has(id)) return id;
  return null;
}

/** The group names the export writes for a tiltak without an area, in every language («Uten kobling», «Tverrgående prosjekter»). */
let noAreaKeySet: Set<string> | undefined;
const noAreaKeys = (): Set<string> => (noAreaKeySet ??= new Set(allWorkbookWords().flatMap((w) => [nameKey(w.noFocusArea), nameKey(w.projectsGroup)])));

/**
 * The Innsatsområde cell (kobling til område): for a tiltak without satsing or delmål it sets
 * the direct link (an area's name; empty or a group name such as «Uten kobling»: none). With a
 * satsing or delmål the area follows from them, so a named area must be theirs — unless it
 * still names the area the export wrote (the user changed the satsing and left the column);
 * empty says nothing against them.
 */
function readFocusArea(cell: PlainCell, base: Action, action: Action, L: Lookups): Parsed<string[]> {
  const t = readText(cell, 500, false);
  if (!t.ok) return t;
  const key = nameKey(t.value);
  const none = key === '' || noAreaKeys().has(key);
  const ids = none ? [] : (L.focusAreas.get(key) ?? []);
  if (!none && ids.length !== 1) return fail(expected('focusAreaOrNone'), foundName(t.value.trim(), ids.length));
  const area = ids[0] ?? null;
  const implied = linkedArea(action, L, false);
  if (implied !== null) {
    // Empty (or a group name) says nothing against the satsing or delmål: the area follows them.
    if (area === implied || area === null) return ok(base.focusAreaIds);
    if (area === linkedArea(base, L, true)) return ok(base.focusAreaIds);
    return fail(expected('focusAreaOfLink', { name: L.focusAreaLabel.get(implied) ?? implied }), describe(cell));
  }
  if (area === null) return ok(base.focusAreaIds.some((id) => L.focusAreaLabel.has(id)) ? [] : base.focusAreaIds);
  return ok(base.focusAreaIds.find((id) => L.focusAreaLabel.has(id)) === area ? base.focusAreaIds : [area]);
}

/** Records the error of a Finansiering cell. */
function badFunding(errors: Errors, sheets: SheetNames, fr: FundingRow, key: FundingColumnKey, col: number, p: { expected: Message; found: Message; reason?: Message }): void {
  errors.cell(sheets.funding, fr.rowNumber, col, `excel.workbook.fundingColumns.${key}`, p.expected, p.found, p.reason);
}

/** True when `old` is the line read (sameValue of `old` and the line with its id and these values), without building the line. */
function sameLine(old: FundingLine, source: FundingSource, actorId: string | null, amount: number, status: FundingStatus): boolean {
  let keys = 0;
  for (const k in old) if (Object.hasOwn(old, k)) keys++;
  return keys === 5 && Object.hasOwn(old, 'id') && old.source === source && old.actorId === actorId && old.amount === amount && old.status === status;
}

/** A tiltak's funding lines from its Finansiering rows (old lines keep their ids). */
function readFunding(base: Action, fTable: Table, fundingRows: readonly FundingRow[], L: Lookups, errors: Errors, sheets: SheetNames): FundingLine[] {
  const freeLines = new Map<string, FundingLine>();
  for (const l of base.funding) freeLines.set(l.id, l);
  const lines: FundingLine[] = [];
  const words = sheets.words;
  const idCol = fundingColumn(fTable, 'id');
  const sourceCol = fundingColumn(fTable, 'source');
  const amountCol = fundingColumn(fTable, 'amount');
  const statusCol = fundingColumn(fTable, 'status');
  const actorCol = fundingColumn(fTable, 'actor');
  for (const fr of fundingRows) {
    const idText = idCol !== null ? (cellText(cellAt(fr.row, idCol)) ?? '').trim() : '';
    const old = freeLines.get(idText);
    if (old) freeLines.delete(idText);
    const source = sourceCol !== null ? readEnum<FundingSource>(cellAt(fr.row, sourceCol), SOURCE_SETS(), choices('source', words.source), null) : ok<FundingSource>(old?.source ?? 'own');
    if (!source.ok && sourceCol !== null) badFunding(errors, sheets, fr, 'source', sourceCol, source);
    const amount = amountCol !== null ? readMoney(cellAt(fr.row, amountCol), false, words.language) : ok(old?.amount ?? 0);
    if (!amount.ok && amountCol !== null) badFunding(errors, sheets, fr, 'amount', amountCol, amount);
    const status =
      statusCol !== null
        ? readEnum<FundingStatus>(cellAt(fr.row, statusCol), FUNDING_STATUS_SETS(), choices('fundingStatus', words.fundingStatus), null)
        : ok<FundingStatus>(old?.status ?? 'planned');
    if (!status.ok && statusCol !== null) badFunding(errors, sheets, fr, 'status', statusCol, status);
    let actorId: string | null = old?.actorId ?? null;
    if (actorCol !== null) {
      const actorCell = cellAt(fr.row, actorCol);
      const t = cellText(actorCell);
      const oldName = old?.actorId ? (L.actorName.get(old.actorId) ?? old.actorId) : '';
      if (t === null) badFunding(errors, sheets, fr, 'actor', actorCol, { expected: expected('oneActor'), found: describe(actorCell) });
      else if (old && (t === oldName || nameKey(t) === nameKey(oldName))) actorId = old.actorId;
      else if (t.trim() === '') actorId = null;
      else {
        const ids = L.actors.get(nameKey(t)) ?? [];
        if (ids.length === 1 && ids[0] !== undefined) actorId = ids[0];
        else badFunding(errors, sheets, fr, 'actor', actorCol, { expected: expected('oneActor'), found: foundName(t.trim(), ids.length) });
      }
    }
    if (!source.ok || !amount.ok || !status.ok) continue;
    // A row without a known Id (typed in Excel) takes over an identical old line's id.
    const twin = old
      ? undefined
      : [...freeLines.values()].find((l) => l.source === source.value && l.actorId === actorId && l.amount === amount.value && l.status === status.value);
    if (twin) freeLines.delete(twin.id);
    const kept = old ?? twin;
    if (kept && sameLine(kept, source.value, actorId, amount.value, status.value)) lines.push(kept);
    else lines.push({ id: kept?.id ?? newId('fund'), source: source.value, actorId, amount: amount.value, status: status.value });
  }
  return sameValue(lines, base.funding) ? base.funding : lines;
}
