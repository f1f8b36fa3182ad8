/**
 * The Excel budget workbook («budsjettarbeidsbok») as data: sheet names, columns, headers,
 * number formats, widths and the formulas. Export and import (app and CLI) both read this
 * file, so a column moves in exactly one place. The words (sheet names, headers, labels)
 * come from the catalogue through ./words; the constants here are the bokmål ones, which
 * the formulas are written with (./words `localiseFormula` gives them in English).
 *
 * The formulas follow the kontroll's contract (shared/rules/types.ts):
 * - a tiltak's egne midler / partnerfinansiering / eksterne midler = SUMIFS over
 *   Finansiering by Nr and Kilde — over the tiltak's own block of lines (finansieringsblokk,
 *   see fundingBlocks), never over whole columns or empty rows, so recalculation grows
 *   linearly with the plan;
 * - udekket = MAX(0, kostnad − the three);
 * - bekreftet / søkt = SUMIFS by Nr and Status over the same block; planlagt = the three
 *   sources − bekreftet − søkt (a line has one of the three statuses);
 * - «Aktiv» = Nei for Utsatt and Avlyst, so Sammendrag's SUMIFS count only active tiltak;
 * - a tiltak belongs to the group the kontroll places it in (placeAction: its first satsing's
 *   area, else its first delmål's, else its direct area; else «Tverrgående prosjekter» when
 *   it has a prosjekt, else «Uten kobling»), written as a value in column Innsatsområde;
 * - margin = ramme (egne midler) − planned egne midler.
 */
import type { ActionStatus, FundingSource, FundingStatus, Priority } from '../domain/entities';
import { workbookWords } from './words';

/** The bokmål words: the sheet names, headers and labels the formulas below are written with. */
const NB = workbookWords('nb');
const H = NB.columns;
const FH = NB.fundingColumns;
const SH = NB.summaryColumns;
const FIG = NB.figures;
const SR = NB.scenarioRows;

/** Sheet names (arknavn) of the budget workbook, in bokmål (see ./words for other languages). */
export const SHEET: Readonly<Record<'summary' | 'actions' | 'funding' | 'frame' | 'scenarios', string>> = NB.sheets;

/** Number format for money: whole kroner with the locale's thousands separator and « kr». */
export const MONEY_FORMAT = '#,##0 "kr"';
/** Number format for calendar dates (dato). */
export const DATE_FORMAT = 'dd.mm.yyyy';
/** Number format for hours and counts. */
export const INTEGER_FORMAT = '#,##0';
/** Number format for percent values stored as 0–100 with one decimal. */
export const PERCENT_NUMBER_FORMAT = '0.0';

/** Value written in the «Aktiv» column for tiltak that count in the totals (bokmål). */
export const ACTIVE_YES: string = NB.active.yes;
/** Value written in the «Aktiv» column for utsatt / avlyst tiltak (bokmål). */
export const ACTIVE_NO: string = NB.active.no;

/** Labels for tiltaksstatus, as written in the workbook (bokmål). */
export const STATUS_LABELS: Readonly<Record<ActionStatus, string>> = NB.status;

/** Labels for finansieringskilde (bokmål). */
export const SOURCE_LABELS: Readonly<Record<FundingSource, string>> = NB.source;

/** Labels for finansieringsstatus (bokmål). */
export const FUNDING_STATUS_LABELS: Readonly<Record<FundingStatus, string>> = NB.fundingStatus;

/** Words accepted for prioritet besides 1, 2, 3 (bokmål). */
export const PRIORITY_WORDS: Readonly<Record<Priority, string>> = { 1: NB.priority['1'], 2: NB.priority['2'], 3: NB.priority['3'] };

/** Separator between names in list cells (satsinger, partnere, strategier). */
export const LIST_SEPARATOR = '; ';

/** How a column's values are written and read. */
export type ColumnKind = 'text' | 'money' | 'integer' | 'date' | 'percent';

/** One column of a sheet. */
export interface ColumnSpec<K extends string = string> {
  /** Stable key used by code. */
  key: K;
  /** Header (overskrift) in row 1, in bokmål; other languages: ./words. */
  header: string;
  /** Column width in characters. */
  width: number;
  kind: ColumnKind;
  /** Computed by a formula on export and ignored on import. */
  derived?: boolean;
  /** Hidden column (only the round-trip Id). */
  hidden?: boolean;
  /** Wrap text (long text cells). */
  wrap?: boolean;
}

/** Columns of the Tiltak sheet, in order. */
export const ACTION_COLUMNS = [
  { key: 'number', header: H.number, width: 7, kind: 'text' },
  { key: 'title', header: H.title, width: 40, kind: 'text', wrap: true },
  // Read on import: sets a direct link to the area when the tiltak has no satsing or delmål (else it must name theirs).
  { key: 'focusArea', header: H.focusArea, width: 24, kind: 'text' },
  { key: 'initiatives', header: H.initiatives, width: 30, kind: 'text', wrap: true },
  { key: 'crossCuttingProject', header: H.crossCuttingProject, width: 22, kind: 'text' },
  { key: 'guidingStrategies', header: H.guidingStrategies, width: 30, kind: 'text', wrap: true },
  { key: 'owner', header: H.owner, width: 20, kind: 'text' },
  { key: 'partners', header: H.partners, width: 26, kind: 'text', wrap: true },
  { key: 'cost', header: H.cost, width: 14, kind: 'money' },
  { key: 'ownFunds', header: H.ownFunds, width: 14, kind: 'money', derived: true },
  { key: 'partnerFunds', header: H.partnerFunds, width: 14, kind: 'money', derived: true },
  { key: 'externalFunds', header: H.externalFunds, width: 14, kind: 'money', derived: true },
  { key: 'uncovered', header: H.uncovered, width: 14, kind: 'money', derived: true },
  { key: 'confirmedFunds', header: H.confirmedFunds, width: 14, kind: 'money', derived: true },
  { key: 'appliedFunds', header: H.appliedFunds, width: 14, kind: 'money', derived: true },
  { key: 'plannedFunds', header: H.plannedFunds, width: 14, kind: 'money', derived: true },
  { key: 'hours', header: H.hours, width: 10, kind: 'integer' },
  { key: 'start', header: H.start, width: 11, kind: 'date' },
  { key: 'deadline', header: H.deadline, width: 11, kind: 'date' },
  { key: 'priority', header: H.priority, width: 9, kind: 'integer' },
  { key: 'status', header: H.status, width: 11, kind: 'text' },
  { key: 'active', header: H.active, width: 7, kind: 'text', derived: true },
  { key: 'kpis', header: H.kpis, width: 30, kind: 'text', wrap: true },
  { key: 'description', header: H.description, width: 40, kind: 'text', wrap: true },
  { key: 'notes', header: H.notes, width: 30, kind: 'text', wrap: true },
  // Last of the visible columns, so the columns before keep their letters from earlier workbooks.
  { key: 'subGoals', header: H.subGoals, width: 30, kind: 'text', wrap: true },
  { key: 'id', header: H.id, width: 12, kind: 'text', hidden: true },
] as const satisfies readonly ColumnSpec[];

/** Key of a Tiltak column. */
export type ActionColumnKey = (typeof ACTION_COLUMNS)[number]['key'];

/** Columns of the Finansiering sheet, in order. */
export const FUNDING_COLUMNS = [
  { key: 'actionNumber', header: FH.actionNumber, width: 9, kind: 'text' },
  { key: 'source', header: FH.source, width: 20, kind: 'text' },
  { key: 'actor', header: FH.actor, width: 28, kind: 'text' },
  { key: 'amount', header: FH.amount, width: 14, kind: 'money' },
  { key: 'status', header: FH.status, width: 11, kind: 'text' },
  // Written as a value for the reader's convenience; import ignores it.
  { key: 'actionTitle', header: FH.actionTitle, width: 40, kind: 'text', derived: true },
  { key: 'id', header: FH.id, width: 12, kind: 'text', hidden: true },
] as const satisfies readonly ColumnSpec[];

/** Key of a Finansiering column. */
export type FundingColumnKey = (typeof FUNDING_COLUMNS)[number]['key'];

/** Columns of the Sammendrag table (one row per innsatsområde, then Sum). */
export const SUMMARY_COLUMNS = [
  { key: 'focusArea', header: SH.focusArea, width: 34, kind: 'text' },
  { key: 'cost', header: SH.cost, width: 15, kind: 'money' },
  { key: 'ownFunds', header: SH.ownFunds, width: 15, kind: 'money' },
  { key: 'partnerFunds', header: SH.partnerFunds, width: 15, kind: 'money' },
  { key: 'externalFunds', header: SH.externalFunds, width: 15, kind: 'money' },
  { key: 'uncovered', header: SH.uncovered, width: 15, kind: 'money' },
  { key: 'hours', header: SH.hours, width: 11, kind: 'integer' },
  { key: 'actionCount', header: SH.actionCount, width: 10, kind: 'integer' },
  { key: 'share', header: SH.share, width: 12, kind: 'percent' },
  { key: 'targetShare', header: SH.targetShare, width: 12, kind: 'percent' },
] as const satisfies readonly ColumnSpec[];

/** Key of a Sammendrag column. */
export type SummaryColumnKey = (typeof SUMMARY_COLUMNS)[number]['key'];

/** Labels of the key-figure block under the Sammendrag table (label in A, value in B). */
export const SUMMARY_FIGURES = [
  { key: 'frameOwnFunds', label: FIG.frameOwnFunds, kind: 'money' },
  { key: 'ownFunds', label: FIG.ownFunds, kind: 'money' },
  { key: 'margin', label: FIG.margin, kind: 'money' },
  { key: 'marginPercent', label: FIG.marginPercent, kind: 'percent' },
  { key: 'capacityHours', label: FIG.capacityHours, kind: 'integer' },
  { key: 'hours', label: FIG.hours, kind: 'integer' },
  { key: 'capacityMargin', label: FIG.capacityMargin, kind: 'integer' },
  { key: 'confirmedFunds', label: FIG.confirmedFunds, kind: 'money' },
  { key: 'appliedFunds', label: FIG.appliedFunds, kind: 'money' },
  { key: 'plannedFunds', label: FIG.plannedFunds, kind: 'money' },
  { key: 'activeActions', label: FIG.activeActions, kind: 'integer' },
] as const satisfies readonly { key: string; label: string; kind: ColumnKind }[];

/** Key of a Sammendrag key figure. */
export type SummaryFigureKey = (typeof SUMMARY_FIGURES)[number]['key'];

/**
 * Rows of the Scenarier sheet: key figures per variant side by side (column B = basis,
 * C… = each scenario). The basis column refers to Sammendrag: `figure` names a key figure,
 * `sumColumn` a column of the Sum row. Margins are formulas in every column.
 */
export const SCENARIO_ROWS = [
  { key: 'cost', label: SR.cost, kind: 'money', figure: null, sumColumn: 'cost' },
  { key: 'ownFunds', label: SR.ownFunds, kind: 'money', figure: 'ownFunds', sumColumn: null },
  { key: 'partnerFunds', label: SR.partnerFunds, kind: 'money', figure: null, sumColumn: 'partnerFunds' },
  { key: 'externalFunds', label: SR.externalFunds, kind: 'money', figure: null, sumColumn: 'externalFunds' },
  { key: 'uncovered', label: SR.uncovered, kind: 'money', figure: null, sumColumn: 'uncovered' },
  { key: 'frameOwnFunds', label: SR.frameOwnFunds, kind: 'money', figure: 'frameOwnFunds', sumColumn: null },
  { key: 'margin', label: SR.margin, kind: 'money', figure: 'margin', sumColumn: null },
  { key: 'hours', label: SR.hours, kind: 'integer', figure: 'hours', sumColumn: null },
  { key: 'capacityHours', label: SR.capacityHours, kind: 'integer', figure: 'capacityHours', sumColumn: null },
  { key: 'capacityMargin', label: SR.capacityMargin, kind: 'integer', figure: 'capacityMargin', sumColumn: null },
  { key: 'confirmedFunds', label: SR.confirmedFunds, kind: 'money', figure: 'confirmedFunds', sumColumn: null },
  { key: 'appliedFunds', label: SR.appliedFunds, kind: 'money', figure: 'appliedFunds', sumColumn: null },
  { key: 'plannedFunds', label: SR.plannedFunds, kind: 'money', figure: 'plannedFunds', sumColumn: null },
  { key: 'activeActions', label: SR.activeActions, kind: 'integer', figure: 'activeActions', sumColumn: null },
  { key: 'errors', label: SR.errors, kind: 'integer', figure: null, sumColumn: null },
  { key: 'warnings', label: SR.warnings, kind: 'integer', figure: null, sumColumn: null },
] as const satisfies readonly { key: string; label: string; kind: ColumnKind; figure: SummaryFigureKey | null; sumColumn: SummaryColumnKey | null }[];

/** Key of a Scenarier row. */
export type ScenarioRowKey = (typeof SCENARIO_ROWS)[number]['key'];

/** Header of the first column of Scenarier, and of its per-focus-area block. */
export const SCENARIO_LABELS: Readonly<Record<'header' | 'costByArea' | 'ownByArea', string>> = NB.scenarioLabels;

/** Labels of the Rammer sheet (label in A, value in B). */
export const FRAME_LABELS = {
  header: [NB.frame.label, NB.frame.value],
  year: NB.frame.year,
  ownFunds: NB.frame.ownFunds,
  capacityHours: NB.frame.capacityHours,
  strategy: NB.frame.strategy,
  organisation: NB.frame.organisation,
  planStatus: NB.frame.planStatus,
  targetHeader: [NB.frame.targetArea, NB.frame.targetShare],
} as const;

/** Fixed rows of the Rammer sheet. */
export const FRAME_ROWS = { year: 2, ownFunds: 3, capacityHours: 4, strategy: 5, organisation: 6, planStatus: 7, targetHeader: 9 } as const;

/** Label for tiltak linked to nothing — the kontroll's group name «Uten kobling» (bokmål). */
export const NO_FOCUS_AREA_LABEL: string = NB.noFocusArea;

/** Spreadsheet column letter for a 1-based index (1 → A, 27 → AA). */
export function columnLetter(index: number): string {
  let n = index;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 1-based column index of a column letter (A → 1); 0 when not letters. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) return 0;
    n = n * 26 + (c - 64);
  }
  return n;
}

function letterOf<K extends string>(columns: readonly ColumnSpec<K>[], key: K): string {
  const i = columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`Unknown column ${key}`);
  return columnLetter(i + 1);
}

/** Column letter of a Tiltak column. */
export function actionCol(key: ActionColumnKey): string {
  return letterOf<ActionColumnKey>(ACTION_COLUMNS, key);
}

/** Column letter of a Finansiering column. */
export function fundingCol(key: FundingColumnKey): string {
  return letterOf<FundingColumnKey>(FUNDING_COLUMNS, key);
}

/** Column letter of a Sammendrag column. */
export function summaryCol(key: SummaryColumnKey): string {
  return letterOf<SummaryColumnKey>(SUMMARY_COLUMNS, key);
}

/** Quotes a string as an Excel formula string literal. */
export function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * A SUMIFS/COUNTIFS criterion that matches `value` exactly, given the cell `ref` holding it.
 * Plain values use the reference as is; values Excel would read as an operator (<, >, =) or
 * a wildcard (*, ?, ~) get an «=» prefix and escaped wildcards, so «1*» matches only «1*».
 */
export function exactCriterion(ref: string, value: string): string {
  if (!/[*?~]/.test(value) && !/^[<>=]/.test(value)) return ref;
  return `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${ref},"~","~~"),"*","~*"),"?","~?")`;
}

const F = SHEET.funding;
const T = SHEET.actions;

/**
 * The rows of Finansiering that one tiltak's formulas sum (finansieringsblokk): its own
 * lines, which the export writes together in the Tiltak sheet's order, plus the row just
 * above and just below, shared with the neighbouring tiltak (the Nr criterion keeps them
 * apart). A row inserted anywhere after `first` up to `last` — also directly under the
 * tiltak's last line, or between the neighbours of a tiltak without lines — widens the
 * range in Excel and LibreOffice and so still counts. The last tiltak's block reaches the
 * first empty row under the exported lines, so a line typed there for it counts too.
 *
 * Nothing else is summed: no whole columns and no rows far below, because LibreOffice's
 * SUMIFS costs time in proportion to its range (a range to the sheet's last row made every
 * tiltak pay for a million empty rows; 1000 rows below still cost ~2 CPU-seconds at 10 000
 * tiltak). A line put elsewhere is reported by the import (./funding-coverage).
 */
export interface FundingBlock {
  /** First row the formulas cover (1 = the header row, which never matches). */
  first: number;
  /** Last row the formulas cover. */
  last: number;
}

/** Where each tiltak's funding lines go on Finansiering (finansieringsblokker). */
export interface FundingLayout {
  /** One block per tiltak, in the Tiltak sheet's order. */
  blocks: FundingBlock[];
  /** The first row under the exported lines (the last block's last row). */
  endRow: number;
}

/** Finansieringsblokker for tiltak with `lineCounts[i]` funding lines each, written from row 2 in this order. */
export function fundingBlocks(lineCounts: readonly number[]): FundingLayout {
  const blocks: FundingBlock[] = [];
  let next = 2;
  for (const count of lineCounts) {
    const first = Math.max(1, next - 1);
    // The row after the tiltak's lines; for a tiltak without lines, the row where its first line would go.
    blocks.push({ first, last: next + count });
    next += count;
  }
  return { blocks, endRow: next };
}

/** A sheet name as it stands in a formula reference: quoted when it is not a plain word. */
export function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** Formulas of the derived Tiltak columns for row `r` (numbers in the row given for criterion escaping; `block` from fundingBlocks). */
export function actionRowFormulas(
  r: number,
  actionNumber: string,
  block: FundingBlock,
): Record<
  'ownFunds' | 'partnerFunds' | 'externalFunds' | 'uncovered' | 'confirmedFunds' | 'appliedFunds' | 'plannedFunds' | 'active' | 'focusArea',
  string | null
> {
  const nr = exactCriterion(`$${actionCol('number')}${r}`, actionNumber);
  const f = sheetRef(F);
  const range = (key: FundingColumnKey) => `${f}!$${fundingCol(key)}$${block.first}:$${fundingCol(key)}$${block.last}`;
  // The tiltak's block only (see FundingBlock).
  const sumIfs = (criterionKey: FundingColumnKey, criterion: string) => `SUMIFS(${range('amount')},${range('actionNumber')},${nr},${range(criterionKey)},${criterion})`;
  const bySource = (s: FundingSource) => sumIfs('source', formulaString(SOURCE_LABELS[s]));
  const byStatus = (s: FundingStatus) => sumIfs('status', formulaString(FUNDING_STATUS_LABELS[s]));
  const statusCell = `${actionCol('status')}${r}`;
  return {
    ownFunds: bySource('own'),
    partnerFunds: bySource('partner'),
    externalFunds: bySource('external'),
    uncovered: `MAX(0,${actionCol('cost')}${r}-SUM(${actionCol('ownFunds')}${r}:${actionCol('externalFunds')}${r}))`,
    confirmedFunds: byStatus('confirmed'),
    appliedFunds: byStatus('applied'),
    // Every line is bekreftet, søkt or planlagt (the import refuses any other status), so
    // planlagt = the three sources − bekreftet − søkt: one SUMIFS less per tiltak, which is
    // what LibreOffice's recalculation costs (≈20 µs per SUMIFS, whatever its range).
    plannedFunds: `SUM(${actionCol('ownFunds')}${r}:${actionCol('externalFunds')}${r})-${actionCol('confirmedFunds')}${r}-${actionCol('appliedFunds')}${r}`,
    active: `IF(OR(${statusCell}=${formulaString(STATUS_LABELS.postponed)},${statusCell}=${formulaString(STATUS_LABELS.cancelled)}),${formulaString(ACTIVE_NO)},${formulaString(ACTIVE_YES)})`,
    // Innsatsområde follows from the tiltak's placement; it is written as a value, not a formula.
    focusArea: null,
  };
}

/** Sammendrag formula for one focus-area row: SUMIFS over active tiltak with Innsatsområde = the row's name. */
export function summaryAreaFormula(key: Exclude<SummaryColumnKey, 'focusArea' | 'share' | 'targetShare'>, r: number, areaName: string): string {
  const area = exactCriterion(`$${summaryCol('focusArea')}${r}`, areaName);
  const col = (k: ActionColumnKey) => `${T}!$${actionCol(k)}:$${actionCol(k)}`;
  const active = `${col('active')},${formulaString(ACTIVE_YES)}`;
  if (key === 'actionCount') return `COUNTIFS(${col('focusArea')},${area},${active})`;
  return `SUMIFS(${col(key)},${col('focusArea')},${area},${active})`;
}

/** Sammendrag share-of-cost formula (percent, one decimal, blank when total cost is 0). */
export function summaryShareFormula(r: number, sumRow: number): string {
  const c = summaryCol('cost');
  return `IF($${c}$${sumRow}=0,"",ROUND(${c}${r}/$${c}$${sumRow}*100,1))`;
}

/** Sum formula for the Sammendrag «Sum» row. */
export function summarySumFormula(key: SummaryColumnKey, firstRow: number, lastRow: number): string {
  const c = summaryCol(key);
  return `SUM(${c}${firstRow}:${c}${lastRow})`;
}

/** Formulas of the Sammendrag key figures; `rowOf` gives the row of another figure, `sumRow` the table's Sum row. */
export function summaryFigureFormula(key: SummaryFigureKey, rowOf: (k: SummaryFigureKey) => number, sumRow: number): string {
  const v = (k: SummaryFigureKey) => `B${rowOf(k)}`;
  const col = (k: ActionColumnKey) => `${T}!$${actionCol(k)}:$${actionCol(k)}`;
  const activeSum = (k: ActionColumnKey) => `SUMIFS(${col(k)},${col('active')},${formulaString(ACTIVE_YES)})`;
  switch (key) {
    case 'frameOwnFunds':
      return `${SHEET.frame}!$B$${FRAME_ROWS.ownFunds}`;
    case 'ownFunds':
      return `${summaryCol('ownFunds')}${sumRow}`;
    case 'margin':
      return `${v('frameOwnFunds')}-${v('ownFunds')}`;
    case 'marginPercent':
      return `IF(${v('frameOwnFunds')}=0,"",ROUND(${v('margin')}/${v('frameOwnFunds')}*100,1))`;
    case 'capacityHours':
      return `${SHEET.frame}!$B$${FRAME_ROWS.capacityHours}`;
    case 'hours':
      return `${summaryCol('hours')}${sumRow}`;
    case 'capacityMargin':
      return `${v('capacityHours')}-${v('hours')}`;
    case 'confirmedFunds':
      return activeSum('confirmedFunds');
    case 'appliedFunds':
      return activeSum('appliedFunds');
    case 'plannedFunds':
      return activeSum('plannedFunds');
    case 'activeActions':
      return `COUNTIF(${col('active')},${formulaString(ACTIVE_YES)})`;
  }
}
