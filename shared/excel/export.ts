/**
 * Eksport av budsjettarbeidsboken: one year's plan as an .xlsx workbook with live formulas
 * (SUMIFS over Finansiering and Tiltak) whose cached results are the app's own totals, so
 * every viewer — with or without recalculation — shows the numbers the kontroll computed.
 * Layout (sheets, columns, formulas) comes from ./layout; this module only fills it in.
 *
 * Size: the workbook does not ask for a full recalculation on open (the cached results are
 * the kontroll's), each tiltak's formulas cover only its own block of Finansiering rows
 * (layout.fundingBlocks), and every data cell of a column shares one style object, which
 * exceljs's style table recognises at once. writeWorkbook also fills exceljs's streaming
 * WorkbookWriter (Node, the CLI), committing each row as it goes.
 *
 * User text is always written as a plain string cell, never as a formula, whatever it starts
 * with (=, +, -, @, tab, CR): exceljs writes strings as shared strings without <f>.
 */
import ExcelJS from 'exceljs';
import type { AddWorksheetOptions, CellValue, PageSetup, Style, Worksheet } from 'exceljs';
import { ACTIVE_STATUSES } from '../domain/entities';
import type { PlanDocument } from '../domain/document';
import { percentOf } from '../money/kroner';
import { actionFunding, computeTotals, indexStrategy, primaryFocusAreaIdIndexed, totalsByFocusArea } from '../rules';
import type { FocusAreaTotals, KontrollInput, PlanTotals } from '../rules/types';
import { MessageError, type MessageLanguage } from '../i18n/message';
import { compareScenarios } from '../scenarios/compare';
import type { ScenarioSummary } from '../scenarios/types';
import { isoDateToSerial } from './cells';
import { formatKpis, formatNameList } from './codec';
import {
  ACTION_COLUMNS, actionCol, actionRowFormulas, DATE_FORMAT, FRAME_ROWS, FUNDING_COLUMNS, INTEGER_FORMAT, MONEY_FORMAT, PERCENT_NUMBER_FORMAT,
  SHEET, SCENARIO_ROWS, SUMMARY_COLUMNS, SUMMARY_FIGURES, columnLetter, fundingBlocks, summaryAreaFormula, summaryCol, summaryFigureFormula, summaryShareFormula, summarySumFormula,
  type ActionColumnKey, type ColumnKind, type ColumnSpec, type FundingColumnKey, type FundingLayout, type ScenarioRowKey, type SummaryFigureKey,
} from './layout';
import { planContext, type PlanContext } from './plan-context';
import { addActionLists, addFundingLists } from './validations';
import { localiseFormula, workbookText, type WorkbookWords } from './words';

/** Progress of a long export or import: `done` of `total` steps. */
export interface ExcelProgress {
  done: number;
  total: number;
}

/** Options for exportWorkbook. */
export interface ExportOptions {
  /** Called now and then with rows written so far. */
  onProgress?: (progress: ExcelProgress) => void;
  /** Timestamp for the workbook properties (default: now). */
  now?: Date;
  /** Language of the sheet names, headers and labels (default bokmål). */
  language?: MessageLanguage;
}

/** Options for writeWorkbook. */
export interface WriteOptions extends ExportOptions {
  /** `wb` is exceljs's streaming WorkbookWriter: commit rows and sheets as they are written. */
  streaming?: boolean;
  /**
   * Streaming only: awaited every few hundred rows, resolves when the writer may go on
   * (back-pressure from the file). Default: one turn of the event loop.
   */
  drain?: () => Promise<void>;
}

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F0' } } as const;
const OVERRUN_FONT = { color: { argb: 'FF9C0006' }, bold: true } as const;
const OVERRUN_FILL = { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } as const;

function numFmtOf(kind: ColumnKind): string | undefined {
  switch (kind) {
    case 'money':
      return MONEY_FORMAT;
    case 'date':
      return DATE_FORMAT;
    case 'integer':
      return INTEGER_FORMAT;
    case 'percent':
      return PERCENT_NUMBER_FORMAT;
    case 'text':
      return undefined;
  }
}

/** Escapes text for an Excel header/footer, where «&» starts a code. */
function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** Style of a column's data cells: number format and alignment (one object per column, shared by its cells). */
function columnStyle(c: ColumnSpec): Partial<Style> {
  const numFmt = numFmtOf(c.kind);
  return { ...(numFmt ? { numFmt } : {}), alignment: { vertical: 'top', wrapText: c.wrap === true } };
}

/**
 * Adds a data row whose cells share their column's style object. exceljs gives each new
 * cell its own copy of the column style, and its style table then serialises every copy to
 * find it again; one shared object per column is found by identity. The shared objects are
 * never changed after this (header cells keep their own).
 */
function addDataRow(ws: Worksheet, values: CellValue[], styles: readonly Partial<Style>[], streaming: boolean): void {
  // An empty value gets no cell at all: the column's style (<col style>) formats it alike.
  const row = ws.addRow(values.map((v) => (v === null ? undefined : v)));
  for (let i = 0; i < styles.length; i++) {
    const style = styles[i];
    if (style && values[i] !== null && values[i] !== undefined) row.getCell(i + 1).style = style;
  }
  if (streaming) row.commit();
}

// Timers exist in every host shared/ runs in (browser, worker, Node); the ES lib does not declare them.
declare function setTimeout(callback: () => void, ms: number): unknown;

/** Rows written between two pauses of the streaming writer. */
const STREAM_BATCH = 100;

/**
 * One turn of the event loop, so the zip behind exceljs's streaming writer takes some of the
 * rows committed so far; without it a whole sheet's XML waits in memory until the sheet ends.
 */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Print setup of the table sheets (Sammendrag, Tiltak, Finansiering). */
const TABLE_PAGE_SETUP: Partial<PageSetup> = {
  orientation: 'landscape',
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '1:1',
  margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
};

/** Print setup of Rammer and Scenarier. */
const PLAIN_PAGE_SETUP: Partial<PageSetup> = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };

/**
 * Options of a new sheet: frozen header row and `xSplit` columns, print setup, tab colour.
 * Given when the sheet is added, because exceljs's streaming writer writes the sheet's head
 * (views, fit-to-page) at once.
 */
function sheetOptions(xSplit: number, activeCell: string, pageSetup: Partial<PageSetup>, tabColor?: string): Partial<AddWorksheetOptions> {
  return {
    views: [{ state: 'frozen', xSplit, ySplit: 1, topLeftCell: `${columnLetter(xSplit + 1)}2`, activeCell }],
    pageSetup: { ...pageSetup },
    ...(tabColor ? { properties: { tabColor: { argb: tabColor } } } : {}),
  };
}

function setupSheet(ws: Worksheet, columns: readonly ColumnSpec[], title: string, pages: string, lastRow: number, withFilter = true): Partial<Style>[] {
  const styles = columns.map(columnStyle);
  ws.columns = columns.map((c, i) => ({
    header: c.header,
    key: c.key,
    width: c.width,
    hidden: c.hidden === true,
    style: styles[i] ?? {},
  }));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.height = 30;
  for (let i = 1; i <= columns.length; i++) header.getCell(i).fill = HEADER_FILL;
  if (withFilter) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, lastRow), column: columns.length } };
  ws.headerFooter = {
    differentFirst: false,
    differentOddEven: false,
    oddHeader: `&L${headerFooterText(title)}&R${headerFooterText(ws.name)}`,
    oddFooter: `&C${pages}`,
  };
  // The data cells' own copies: the column objects above belong to exceljs's columns.
  return columns.map(columnStyle);
}

function text(value: string): CellValue {
  // Plain string cell (shared string), never a formula — see the module comment.
  return value === '' ? null : value;
}

function dateCell(value: string | null): CellValue {
  return value === null ? null : isoDateToSerial(value);
}

/** Formula cells in the language of `words` (the formulas in ./layout are written in bokmål). */
function formulaIn(words: WorkbookWords): (f: string, result: number | string) => CellValue {
  return (f, result) => ({ formula: localiseFormula(f, words), result });
}

/** Column specs with the headers of one language. */
function withHeaders<K extends string, C extends ColumnSpec<K>>(columns: readonly C[], headers: Readonly<Record<K, string>>): C[] {
  return columns.map((c) => ({ ...c, header: headers[c.key] }));
}

async function writeTiltak(
  ws: Worksheet,
  ctx: PlanContext,
  funding: FundingLayout,
  styles: readonly Partial<Style>[],
  streaming: boolean,
  progress: (n: number) => void,
  drain: () => Promise<void>,
): Promise<void> {
  const { strategy, words: w } = ctx;
  const formula = formulaIn(w);
  const index = indexStrategy(strategy);
  const initiatives = new Map(strategy.initiatives.map((i) => [i.id, i.name]));
  const projects = new Map(strategy.crossCuttingProjects.map((p) => [p.id, p.name]));
  const strategies = new Map(strategy.guidingStrategies.map((g) => [g.id, g.text]));
  const actors = new Map(strategy.actors.map((a) => [a.id, a.name]));
  const names = (ids: readonly string[], map: Map<string, string>) => formatNameList(ids.map((id) => map.get(id) ?? id));

  for (const [i, a] of ctx.actions.entries()) {
    if (streaming && i % STREAM_BATCH === 0) await drain();
    const r = i + 2;
    const f = actionFunding(a);
    const block = funding.blocks[i];
    if (!block) throw new Error(`internal: no funding block for row ${r}`);
    const fx = actionRowFormulas(r, a.number, block);
    const area = primaryFocusAreaIdIndexed(index, a);
    const isActive = ACTIVE_STATUSES.includes(a.status);
    const values: Record<ActionColumnKey, CellValue> = {
      number: a.number,
      title: text(a.title),
      focusArea: area === null ? w.noFocusArea : (ctx.focusAreaLabel.get(area) ?? w.noFocusArea),
      initiatives: text(names(a.initiativeIds, initiatives)),
      crossCuttingProject: text(a.crossCuttingProjectId === null ? '' : (projects.get(a.crossCuttingProjectId) ?? a.crossCuttingProjectId)),
      guidingStrategies: text(names(a.guidingStrategyIds, strategies)),
      owner: text(a.owner),
      partners: text(names(a.partnerIds, actors)),
      cost: a.cost,
      ownFunds: formula(fx.ownFunds ?? '', f.own),
      partnerFunds: formula(fx.partnerFunds ?? '', f.partner),
      externalFunds: formula(fx.externalFunds ?? '', f.external),
      uncovered: formula(fx.uncovered ?? '', f.uncovered),
      confirmedFunds: formula(fx.confirmedFunds ?? '', f.confirmed),
      appliedFunds: formula(fx.appliedFunds ?? '', f.applied),
      plannedFunds: formula(fx.plannedFunds ?? '', f.planned),
      hours: a.hours,
      start: dateCell(a.start),
      deadline: dateCell(a.deadline),
      priority: a.priority,
      status: w.status[a.status],
      active: formula(fx.active ?? '', isActive ? w.active.yes : w.active.no),
      kpis: text(formatKpis(a.kpis)),
      description: text(a.description),
      notes: text(a.notes),
      id: a.id,
    };
    addDataRow(ws, ACTION_COLUMNS.map((c) => values[c.key]), styles, streaming);
    progress(1);
  }
}

/**
 * Finansiering: each tiltak's lines together, in the Tiltak sheet's order — the blocks the
 * Tiltak formulas sum (layout.fundingBlocks) — whatever order the plan keeps them in.
 */
async function writeFinansiering(
  ws: Worksheet,
  ctx: PlanContext,
  styles: readonly Partial<Style>[],
  streaming: boolean,
  progress: (n: number) => void,
  drain: () => Promise<void>,
): Promise<void> {
  const actors = new Map(ctx.strategy.actors.map((a) => [a.id, a.name]));
  for (const [i, a] of ctx.actions.entries()) {
    if (streaming && i % STREAM_BATCH === 0) await drain();
    for (const line of a.funding) {
      const values: Record<FundingColumnKey, CellValue> = {
        actionNumber: a.number,
        source: ctx.words.source[line.source],
        actor: text(line.actorId === null ? '' : (actors.get(line.actorId) ?? line.actorId)),
        amount: line.amount,
        status: ctx.words.fundingStatus[line.status],
        actionTitle: text(a.title),
        id: line.id,
      };
      addDataRow(ws, FUNDING_COLUMNS.map((c) => values[c.key]), styles, streaming);
    }
    progress(1);
  }
}

/**
 * The note on Finansiering about where new lines go: beside the header row, right of the
 * table (outside the filter and the columns the import reads), and as a comment on the
 * «Tiltak nr» header.
 */
function writeFundingNote(ws: Worksheet, w: WorkbookWords): void {
  const note = w.text.fundingNote;
  const column = FUNDING_COLUMNS.length + 2;
  ws.getColumn(column).width = 100;
  const cell = ws.getCell(1, column);
  cell.value = note;
  cell.style = { font: { italic: true, color: { argb: 'FF1F4E79' } }, alignment: { vertical: 'middle', wrapText: true } };
  ws.getCell(1, 1).note = note;
}

function writeRammer(ws: Worksheet, ctx: PlanContext): void {
  const { plan, strategy, words: w } = ctx;
  ws.columns = [
    { key: 'label', width: 34, style: { alignment: { vertical: 'top' } } },
    { key: 'value', width: 22, style: { alignment: { vertical: 'top' } } },
  ];
  const set = (row: number, label: string, value: CellValue, numFmt?: string) => {
    ws.getCell(`A${row}`).value = label;
    const cell = ws.getCell(`B${row}`);
    cell.value = value;
    if (numFmt) cell.numFmt = numFmt;
  };
  ws.getCell('A1').value = w.frame.label;
  ws.getCell('B1').value = w.frame.value;
  set(FRAME_ROWS.year, w.frame.year, plan.year, '0');
  set(FRAME_ROWS.ownFunds, w.frame.ownFunds, plan.frame.ownFunds, MONEY_FORMAT);
  set(FRAME_ROWS.capacityHours, w.frame.capacityHours, plan.frame.capacityHours, INTEGER_FORMAT);
  set(FRAME_ROWS.strategy, w.frame.strategy, text(strategy.name));
  set(FRAME_ROWS.organisation, w.frame.organisation, text(strategy.organisation));
  set(FRAME_ROWS.planStatus, w.frame.planStatus, w.planStatus[plan.status]);
  ws.getCell(`A${FRAME_ROWS.targetHeader}`).value = w.frame.targetArea;
  ws.getCell(`B${FRAME_ROWS.targetHeader}`).value = w.frame.targetShare;
  strategy.focusAreas.forEach((fa, i) => {
    const r = FRAME_ROWS.targetHeader + 1 + i;
    ws.getCell(`A${r}`).value = ctx.focusAreaLabel.get(fa.id) ?? fa.name;
    const share = plan.frame.targetShares[fa.id];
    const cell = ws.getCell(`B${r}`);
    cell.value = share === undefined ? null : share;
    cell.numFmt = PERCENT_NUMBER_FORMAT;
  });
  for (const r of [1, FRAME_ROWS.targetHeader]) {
    const row = ws.getRow(r);
    row.font = { bold: true };
    row.getCell(1).fill = HEADER_FILL;
    row.getCell(2).fill = HEADER_FILL;
  }
  ws.headerFooter = {
    differentFirst: false,
    differentOddEven: false,
    oddHeader: `&L${headerFooterText(strategy.name)}&R${headerFooterText(ws.name)}`,
    oddFooter: `&C${ctx.words.text.pages}`,
  };
}

/** Rows of the Sammendrag sheet, for tests and the importer. */
export interface SummaryRows {
  /** Row per focus-area group, in order (last: tverrgående / uten satsing). */
  areaRows: { focusAreaId: string | null; label: string; row: number }[];
  sumRow: number;
  figureRow: Record<SummaryFigureKey, number>;
}

/** Where the Sammendrag rows go for a plan context. */
export function summaryRows(ctx: PlanContext): SummaryRows {
  const areaRows: SummaryRows['areaRows'] = ctx.strategy.focusAreas.map((fa, i) => ({
    focusAreaId: fa.id,
    label: ctx.focusAreaLabel.get(fa.id) ?? fa.name,
    row: i + 2,
  }));
  areaRows.push({ focusAreaId: null, label: ctx.words.noFocusArea, row: areaRows.length + 2 });
  const sumRow = areaRows.length + 2;
  const figureRow = Object.fromEntries(SUMMARY_FIGURES.map((f, i) => [f.key, sumRow + 2 + i])) as Record<SummaryFigureKey, number>;
  return { areaRows, sumRow, figureRow };
}

type GroupNumbers = Omit<FocusAreaTotals, 'focusAreaId' | 'name' | 'key' | 'kind'>;

function sumGroups(groups: readonly FocusAreaTotals[], zero: GroupNumbers, planCost: number): GroupNumbers {
  const out = { ...zero };
  for (const g of groups) {
    for (const key of ['cost', 'ownFunds', 'partnerFunds', 'externalFunds', 'uncovered', 'hours', 'actionCount'] as const) out[key] += g[key];
  }
  return { ...out, share: percentOf(out.cost, planCost) };
}

function writeSammendrag(ws: Worksheet, ctx: PlanContext, totals: PlanTotals, byArea: readonly FocusAreaTotals[]): void {
  const layout = summaryRows(ctx);
  const { areaRows, sumRow, figureRow } = layout;
  const w = ctx.words;
  const formula = formulaIn(w);
  setupSheet(ws, withHeaders(SUMMARY_COLUMNS, w.summaryColumns), workbookText(w.text.summaryTitle, { strategy: ctx.strategy.name }), w.text.pages, sumRow, false);
  const firstArea = 2;
  const lastArea = sumRow - 1;
  const zero: GroupNumbers = {
    cost: 0, ownFunds: 0, partnerFunds: 0, externalFunds: 0, uncovered: 0, hours: 0, actionCount: 0, share: null, targetShare: null,
  };
  for (const a of areaRows) {
    // The workbook's last row holds every tiltak without an innsatsområde (the Tiltak sheet names no area for them):
    // the kontroll's «Tverrgående prosjekter» and «Uten kobling» together, as its formula sums them.
    const t = a.focusAreaId === null ? sumGroups(byArea.filter((b) => b.focusAreaId === null), zero, totals.cost) : (byArea.find((b) => b.focusAreaId === a.focusAreaId) ?? zero);
    const target = a.focusAreaId === null ? undefined : ctx.plan.frame.targetShares[a.focusAreaId];
    const targetRow = a.focusAreaId === null ? -1 : FRAME_ROWS.targetHeader + 1 + ctx.strategy.focusAreas.findIndex((f) => f.id === a.focusAreaId);
    const row = ws.getRow(a.row);
    row.getCell(summaryCol('focusArea')).value = a.label;
    for (const key of ['cost', 'ownFunds', 'partnerFunds', 'externalFunds', 'uncovered', 'hours', 'actionCount'] as const) {
      row.getCell(summaryCol(key)).value = formula(summaryAreaFormula(key, a.row, a.label), t[key]);
    }
    row.getCell(summaryCol('share')).value = formula(summaryShareFormula(a.row, sumRow), t.share ?? '');
    row.getCell(summaryCol('targetShare')).value =
      target === undefined || targetRow < 0 ? null : formula(`IF(${SHEET.frame}!$B$${targetRow}="","",${SHEET.frame}!$B$${targetRow})`, target);
  }
  const sum = ws.getRow(sumRow);
  sum.getCell(1).value = w.text.sum;
  sum.font = { bold: true };
  const sumValue: Record<'cost' | 'ownFunds' | 'partnerFunds' | 'externalFunds' | 'uncovered' | 'hours' | 'actionCount', number> = {
    cost: totals.cost,
    ownFunds: totals.ownFunds,
    partnerFunds: totals.partnerFunds,
    externalFunds: totals.externalFunds,
    uncovered: totals.uncovered,
    hours: totals.hours,
    actionCount: totals.activeActions,
  };
  for (const key of Object.keys(sumValue) as (keyof typeof sumValue)[]) {
    sum.getCell(summaryCol(key)).value = formula(summarySumFormula(key, firstArea, lastArea), sumValue[key]);
  }
  sum.getCell(summaryCol('share')).value = formula(`IF(${summaryCol('cost')}${sumRow}=0,"",100)`, totals.cost === 0 ? '' : 100);
  for (let c = 1; c <= SUMMARY_COLUMNS.length; c++) sum.getCell(c).border = { top: { style: 'thin' } };

  const figureValue: Record<SummaryFigureKey, number | string> = {
    frameOwnFunds: totals.frameOwnFunds,
    ownFunds: totals.ownFunds,
    margin: totals.margin,
    marginPercent: totals.marginPercent ?? '',
    capacityHours: totals.capacityHours,
    hours: totals.hours,
    capacityMargin: totals.capacityMargin,
    confirmedFunds: totals.confirmedFunds,
    appliedFunds: totals.appliedFunds,
    plannedFunds: totals.plannedFunds,
    activeActions: totals.activeActions,
  };
  for (const f of SUMMARY_FIGURES) {
    const r = figureRow[f.key];
    ws.getCell(`A${r}`).value = w.figures[f.key];
    ws.getCell(`A${r}`).font = { bold: f.key === 'margin' || f.key === 'capacityMargin' };
    const cell = ws.getCell(`B${r}`);
    cell.value = formula(summaryFigureFormula(f.key, (k) => figureRow[k], sumRow), figureValue[f.key]);
    cell.numFmt = numFmtOf(f.kind) ?? 'General';
  }
  // Overrun in red: margin and capacity margin below zero, and any innsatsområde with udekket.
  for (const key of ['margin', 'marginPercent', 'capacityMargin'] as const) {
    ws.addConditionalFormatting({
      ref: `B${figureRow[key]}`,
      rules: [{ type: 'cellIs', operator: 'lessThan', formulae: ['0'], priority: 1, style: { font: OVERRUN_FONT, fill: OVERRUN_FILL } }],
    });
  }
  ws.addConditionalFormatting({
    ref: `${summaryCol('uncovered')}${firstArea}:${summaryCol('uncovered')}${sumRow}`,
    rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['0'], priority: 2, style: { font: { color: { argb: 'FF9C5700' } } } }],
  });
  ws.getColumn(1).alignment = { vertical: 'top', wrapText: true };
}

function scenarioValue(s: ScenarioSummary, key: ScenarioRowKey): number {
  switch (key) {
    case 'errors':
      return s.findingCounts.error;
    case 'warnings':
      return s.findingCounts.warning;
    default:
      return s.totals[key];
  }
}

/**
 * Scenarier: the basis and each variant side by side. The basis column refers to Sammendrag
 * (live), the variants are the app's computed values (a variant is a set of changes the
 * workbook does not model), and the margins are formulas in every column.
 */
function writeScenarier(ws: Worksheet, ctx: PlanContext, input: KontrollInput): void {
  const comparison = compareScenarios(input, ctx.plan.scenarios);
  const columns = [comparison.basis, ...comparison.scenarios];
  const layout = summaryRows(ctx);
  const w = ctx.words;
  const formula = formulaIn(w);
  ws.columns = [{ width: 36 }, ...columns.map(() => ({ width: 18 }))];
  ws.getCell('A1').value = w.scenarioLabels.header;
  columns.forEach((c, i) => {
    ws.getCell(1, i + 2).value = text(c.name);
  });
  const rowOf = (key: ScenarioRowKey) => SCENARIO_ROWS.findIndex((r) => r.key === key) + 2;
  SCENARIO_ROWS.forEach((spec, i) => {
    const r = i + 2;
    ws.getCell(r, 1).value = w.scenarioRows[spec.key];
    columns.forEach((c, j) => {
      const col = columnLetter(j + 2);
      const cell = ws.getCell(r, j + 2);
      const value = scenarioValue(c, spec.key);
      if (spec.key === 'margin') cell.value = formula(`${col}${rowOf('frameOwnFunds')}-${col}${rowOf('ownFunds')}`, value);
      else if (spec.key === 'capacityMargin') cell.value = formula(`${col}${rowOf('capacityHours')}-${col}${rowOf('hours')}`, value);
      else if (j === 0 && spec.figure !== null) cell.value = formula(`${SHEET.summary}!$B$${layout.figureRow[spec.figure]}`, value);
      else if (j === 0 && spec.sumColumn !== null) cell.value = formula(`${SHEET.summary}!$${summaryCol(spec.sumColumn)}$${layout.sumRow}`, value);
      else cell.value = value;
      cell.numFmt = numFmtOf(spec.kind) ?? 'General';
    });
  });
  // Per innsatsområde: cost and own funds for each variant.
  let r = SCENARIO_ROWS.length + 3;
  for (const [title, key] of [
    [w.scenarioLabels.costByArea, 'cost'],
    [w.scenarioLabels.ownByArea, 'ownFunds'],
  ] as const) {
    ws.getCell(r, 1).value = title;
    ws.getRow(r).font = { bold: true };
    r++;
    for (const area of layout.areaRows) {
      ws.getCell(r, 1).value = area.label;
      columns.forEach((c, j) => {
        const value = c.byFocusArea.find((b) => b.focusAreaId === area.focusAreaId)?.[key] ?? 0;
        const cell = ws.getCell(r, j + 2);
        cell.value = j === 0 ? formula(`${SHEET.summary}!$${summaryCol(key)}$${area.row}`, value) : value;
        cell.numFmt = MONEY_FORMAT;
      });
      r++;
    }
    r++;
  }
  const header = ws.getRow(1);
  header.font = { bold: true };
  for (let i = 1; i <= columns.length + 1; i++) header.getCell(i).fill = HEADER_FILL;
  for (const key of ['margin', 'capacityMargin'] as const) {
    ws.addConditionalFormatting({
      ref: `B${rowOf(key)}:${columnLetter(columns.length + 1)}${rowOf(key)}`,
      rules: [{ type: 'cellIs', operator: 'lessThan', formulae: ['0'], priority: 1, style: { font: OVERRUN_FONT, fill: OVERRUN_FILL } }],
    });
  }
  ws.headerFooter = {
    differentFirst: false,
    differentOddEven: false,
    oddHeader: `&L${headerFooterText(ctx.strategy.name)}&R${headerFooterText(ws.name)}`,
    oddFooter: `&C${ctx.words.text.pages}`,
  };
}

/** How many progress steps an export of this context takes. */
function progressTotal(ctx: PlanContext): number {
  return ctx.actions.length * 2 + 1;
}

/**
 * Fills `wb` with the budget workbook for `year` (sheets Sammendrag, Tiltak, Finansiering,
 * Rammer, and Scenarier when the plan has scenarios) in `opts.language`, sheet by sheet in
 * that order. With `streaming`, `wb` is exceljs's stream.xlsx.WorkbookWriter: rows and
 * sheets are committed as they are written. `save` writes the filled workbook (writeBuffer,
 * or the writer's commit); it is the last progress step. Throws a MessageError
 * (`excel.context.*`) when there is no plan for that year.
 */
export async function writeWorkbook(wb: ExcelJS.Workbook, doc: PlanDocument, year: number, opts: WriteOptions, save: () => Promise<void>): Promise<void> {
  const found = planContext(doc, year, opts.language);
  if (!found.ok) throw new MessageError(found.error);
  const ctx = found.context;
  const w = ctx.words;
  const streaming = opts.streaming === true;
  const input = { strategy: ctx.strategy, plan: ctx.plan, actions: ctx.actions };
  const totals = computeTotals(input);
  const byArea = totalsByFocusArea(input);

  const total = progressTotal(ctx);
  let done = 0;
  let lastReported = 0;
  const progress = (n: number) => {
    done += n;
    if (opts.onProgress && (done - lastReported >= 250 || done === total)) {
      lastReported = done;
      opts.onProgress({ done, total });
    }
  };
  opts.onProgress?.({ done: 0, total });

  const now = opts.now ?? new Date();
  wb.creator = 'Handlingsrom';
  wb.lastModifiedBy = 'Handlingsrom';
  wb.company = ctx.strategy.organisation;
  wb.title = workbookText(w.text.bookTitle, { strategy: ctx.strategy.name, year });
  wb.subject = workbookText(w.text.subject, { year });
  wb.created = now;
  wb.modified = now;
  // No fullCalcOnLoad: the cached results are the kontroll's own, so a viewer need not
  // recalculate ~10 formulas per tiltak before showing them; Excel and LibreOffice still
  // recalculate whatever the user changes.

  const title = workbookText(w.text.title, { strategy: ctx.strategy.name, year });
  const commit = (ws: Worksheet) => {
    if (streaming) ws.commit();
  };
  const summary = wb.addWorksheet(w.sheets.summary, sheetOptions(1, 'A2', TABLE_PAGE_SETUP, 'FF1F4E79'));
  writeSammendrag(summary, ctx, totals, byArea);
  commit(summary);

  const funding = fundingBlocks(ctx.actions.map((a) => a.funding.length));
  const tiltak = wb.addWorksheet(w.sheets.actions, sheetOptions(2, 'A2', TABLE_PAGE_SETUP));
  const actionStyles = setupSheet(tiltak, withHeaders(ACTION_COLUMNS, w.columns), title, w.text.pages, ctx.actions.length + 1);
  tiltak.addConditionalFormatting({
    ref: `${actionCol('uncovered')}2:${actionCol('uncovered')}${Math.max(2, ctx.actions.length + 1)}`,
    rules: [{ type: 'cellIs', operator: 'greaterThan', formulae: ['0'], priority: 1, style: { font: { color: { argb: 'FF9C5700' } } } }],
  });
  if (streaming) tiltak.getRow(1).commit();
  const drain = opts.drain ?? nextTurn;
  await writeTiltak(tiltak, ctx, funding, actionStyles, streaming, progress, drain);
  addActionLists(tiltak, w, ctx.actions.length + 1);
  commit(tiltak);

  const finansiering = wb.addWorksheet(w.sheets.funding, sheetOptions(1, 'A2', TABLE_PAGE_SETUP));
  const fundingStyles = setupSheet(finansiering, withHeaders(FUNDING_COLUMNS, w.fundingColumns), title, w.text.pages, funding.endRow - 1);
  writeFundingNote(finansiering, w);
  if (streaming) finansiering.getRow(1).commit();
  await writeFinansiering(finansiering, ctx, fundingStyles, streaming, progress, drain);
  addFundingLists(finansiering, w, funding.endRow - 1);
  commit(finansiering);

  const rammer = wb.addWorksheet(w.sheets.frame, sheetOptions(0, 'B3', PLAIN_PAGE_SETUP));
  writeRammer(rammer, ctx);
  commit(rammer);
  if (ctx.plan.scenarios.length > 0) {
    const scenarier = wb.addWorksheet(w.sheets.scenarios, sheetOptions(1, 'B2', PLAIN_PAGE_SETUP));
    writeScenarier(scenarier, ctx, input);
    commit(scenarier);
  }
  await save();
  progress(1);
}

/**
 * Eksporter budsjettarbeidsbok: the plan for `year` as .xlsx bytes (see writeWorkbook), with
 * exceljs's in-memory writer (browser, worker). Throws a MessageError (`excel.context.*`)
 * when the document has no plan for that year.
 */
export async function exportWorkbook(doc: PlanDocument, year: number, opts: ExportOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  let bytes = new Uint8Array();
  await writeWorkbook(wb, doc, year, opts, async () => {
    bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  });
  return bytes;
}
