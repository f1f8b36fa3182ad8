/**
 * What every part of the import shares (felles for importen): a sheet's header row, the
 * error collector, the time limit, progress, row collection and name lookups.
 */
import type ExcelJS from 'exceljs';
import type { Row, Worksheet } from 'exceljs';
import type { Strategy } from '../../domain/entities';
import { msg, type Message } from '../../i18n/message';
import { cellText, plainCell, type PlainCell } from '../cells';
import { parseNameList } from '../codec';
import { columnIndex, columnLetter, type ActionColumnKey, type FundingColumnKey } from '../layout';
import { limitError } from '../limits';
import { nameIndex, nameKey, uniqueLabels, type PlanContext } from '../plan-context';
import { allWorkbookWords } from '../words';
import { fail, foundName, ok, type Parsed } from './cells';
import { CELL_ERROR, CELL_ERROR_BECAUSE, MAX_ERRORS, type ImportError, type ImportOptions } from './types';

/** Header row of a sheet: normalised header → 1-based column. */
export class Table {
  readonly columns = new Map<string, number>();

  constructor(readonly ws: Worksheet) {
    ws.getRow(1).eachCell({ includeEmpty: false }, (cell, col) => {
      const t = cellText(plainCell(cell.value));
      if (t && !this.columns.has(nameKey(t))) this.columns.set(nameKey(t), col);
    });
  }

  private readonly cache = new Map<string, number | null>();

  /** Columns by field key (see actionColumn, fundingColumn). */
  readonly byKey = new Map<string, number | null>();

  /** Columns by Finansiering field key (see fundingColumn). */
  readonly byFundingKey = new Map<string, number | null>();

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

/** A column of the Tiltak sheet, found by its header in any language (memoised per table: asked once per cell). */
export function actionColumn(table: Table, key: ActionColumnKey): number | null {
  const hit = table.byKey.get(key);
  if (hit !== undefined) return hit;
  const found = table.col(...allWorkbookWords().map((w) => w.columns[key]));
  table.byKey.set(key, found);
  return found;
}

/** A column of the Finansiering sheet, found by its header in any language (memoised per table). */
export function fundingColumn(table: Table, key: FundingColumnKey): number | null {
  const hit = table.byFundingKey.get(key);
  if (hit !== undefined) return hit;
  const found = table.col(...allWorkbookWords().map((w) => w.fundingColumns[key]));
  table.byFundingKey.set(key, found);
  return found;
}

/** The first sheet whose name is one of `names` (any case). */
export function findSheet(wb: ExcelJS.Workbook, names: readonly string[]): Worksheet | undefined {
  const keys = names.map(nameKey);
  return wb.worksheets.find((ws) => keys.includes(nameKey(ws.name)));
}

/** The sheets of a workbook as a list for a message («Ark1», «Ark2»), or `excel.sheets.noSheets`. */
export function sheetList(wb: ExcelJS.Workbook): string | Message {
  return wb.worksheets.length === 0 ? msg('excel.sheets.noSheets') : wb.worksheets.map((w) => `«${w.name}»`).join(', ');
}

/** The «missing sheet» message for a sheet key, naming it in both languages. */
export function missingSheet(wb: ExcelJS.Workbook, key: 'actions' | 'funding', where: string): ImportError {
  const [nb, en] = allWorkbookWords();
  const code = key === 'actions' ? 'excel.sheets.missingSheet' : 'excel.sheets.missingOtherSheet';
  return msg(code, { nb: nb?.sheets[key] ?? '', en: en?.sheets[key] ?? '', sheets: sheetList(wb) }, { sheet: where });
}

/** Collects errors up to MAX_ERRORS. */
export class Errors {
  readonly list: ImportError[] = [];

  /** A cell error: `field` is the catalogue key naming the column; `reason` why typed text was refused. */
  cell(sheet: string, row: number, col: number, field: string, expected: Message, found: Message, reason?: Message): void {
    if (this.list.length >= MAX_ERRORS) return;
    const where = { sheet, row, column: columnLetter(col), field };
    this.list.push(reason ? msg(CELL_ERROR_BECAUSE, { expected, found, reason }, where) : msg(CELL_ERROR, { expected, found }, where));
  }

  add(e: ImportError): void {
    if (this.list.length < MAX_ERRORS) this.list.push(e);
  }
}

/** Errors in reading order: sheet (as in the workbook), row, column. */
export function sortErrors(list: readonly ImportError[]): ImportError[] {
  const order: string[] = [];
  for (const w of allWorkbookWords()) order.push(...[w.sheets.summary, w.sheets.actions, w.sheets.funding, w.sheets.frame].map(nameKey));
  const rank = (e: ImportError) => {
    if (e.where?.sheet === undefined) return -1;
    const i = order.indexOf(nameKey(e.where.sheet));
    return i < 0 ? order.length : i % 4;
  };
  return [...list].sort(
    (a, b) => rank(a) - rank(b) || (a.where?.row ?? 0) - (b.where?.row ?? 0) || columnIndex(a.where?.column ?? '') - columnIndex(b.where?.column ?? ''),
  );
}

/** Stops the import: these errors are all there is to say. */
export class Abort extends Error {
  constructor(readonly errors: ImportError[]) {
    super(errors[0]?.code ?? 'excel.import.aborted');
  }
}

/** The import's time limit. */
export interface Clock {
  deadline: number;
  seconds: number;
}

/** Aborts with `excel.limits.timeout` when the time is up. */
export function checkTime(clock: Clock): void {
  if (Date.now() > clock.deadline) throw new Abort([limitError('timeout', { seconds: clock.seconds })]);
}

/** Progress reporting, at most every 250 steps. */
export function progressReporter(onProgress: ImportOptions['onProgress']) {
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

/** What progressReporter returns. */
export type Progress = ReturnType<typeof progressReporter>;

/**
 * The cell of `row` in column `col`, normalised (plainCell). A cell the file does not have is
 * empty: it is looked up, never created (exceljs' getCell would add a cell to the row).
 */
export function cellAt(row: Row, col: number): PlainCell {
  const cell = row.findCell(col);
  return plainCell(cell === undefined ? null : cell.value);
}

function rowIsEmpty(row: Row, cols: readonly number[]): boolean {
  for (const c of cols) if (cellAt(row, c).kind !== 'empty') return false;
  return true;
}

/** The rows below the header with anything in `cols`. */
export function collectRows(ws: Worksheet, cols: readonly number[], clock: Clock): { row: Row; rowNumber: number }[] {
  const rows: { row: Row; rowNumber: number }[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    if (rows.length % 1000 === 0) checkTime(clock);
    if (!rowIsEmpty(row, cols)) rows.push({ row, rowNumber });
  });
  return rows;
}

/** Name lookups over the strategy for one import. */
export interface Lookups {
  strategy: Strategy;
  initiatives: Map<string, string[]>;
  projects: Map<string, string[]>;
  guidingStrategies: Map<string, string[]>;
  actors: Map<string, string[]>;
  focusAreas: Map<string, string[]>;
  /** Delmål by text (tekst) → ids. */
  subGoals: Map<string, string[]>;
  /** Innsatsområde id → its workbook label. */
  focusAreaLabel: Map<string, string>;
  initiativeName: Map<string, string>;
  subGoalName: Map<string, string>;
  /** Delmål id → its innsatsområde. */
  subGoalArea: Map<string, string>;
  projectName: Map<string, string>;
  strategyText: Map<string, string>;
  actorName: Map<string, string>;
  initiativeArea: Map<string, string>;
}

/** The name lookups of a plan context. */
export function lookups(ctx: PlanContext): Lookups {
  const s = ctx.strategy;
  const areaLabels = uniqueLabels(s.focusAreas, (f) => f.id, (f) => f.name);
  return {
    strategy: s,
    initiatives: nameIndex(s.initiatives, (i) => i.id, (i) => i.name),
    projects: nameIndex(s.crossCuttingProjects, (p) => p.id, (p) => p.name),
    guidingStrategies: nameIndex(s.guidingStrategies, (g) => g.id, (g) => g.text),
    actors: nameIndex(s.actors, (a) => a.id, (a) => a.name),
    focusAreas: nameIndex(s.focusAreas, (f) => f.id, (f) => areaLabels.get(f.id) ?? f.name),
    subGoals: nameIndex(s.focusAreas.flatMap((f) => f.subGoals), (g) => g.id, (g) => g.text),
    focusAreaLabel: areaLabels,
    subGoalName: new Map(s.focusAreas.flatMap((f) => f.subGoals.map((g) => [g.id, g.text] as const))),
    subGoalArea: new Map(s.focusAreas.flatMap((f) => f.subGoals.map((g) => [g.id, f.id] as const))),
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
export function resolveList(
  text: string,
  index: Map<string, string[]>,
  expected: Message,
  had: readonly string[],
  prefer: (id: string) => boolean = () => false,
): Parsed<string[]> {
  const parsed = parseNameList(text, (k) => index.has(k));
  if (parsed.unknown.length > 0) return fail(expected, foundName(parsed.unknown.join('», «'), 1));
  const ids: string[] = [];
  for (const name of parsed.names) {
    const candidates = index.get(nameKey(name)) ?? [];
    const pick =
      candidates.length === 1
        ? candidates[0]
        : (candidates.find((c) => had.includes(c) && !ids.includes(c)) ?? (candidates.filter(prefer).length === 1 ? candidates.find(prefer) : undefined));
    if (pick === undefined) return fail(expected, foundName(name, 2));
    if (!ids.includes(pick)) ids.push(pick);
  }
  return ok(ids);
}
