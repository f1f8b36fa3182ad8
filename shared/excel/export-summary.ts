/**
 * The workbook's overview sheets: Rammer (the frame), Sammendrag (per innsatsområde, with
 * live formulas over Tiltak) and Scenarier (the variants side by side). Cached values are
 * the kontroll's own results, so every viewer shows the app's totals.
 */
import type { CellValue, Worksheet } from 'exceljs';
import { PROJECTS_GROUP_KEY, UNLINKED_GROUP_KEY } from '../rules/context';
import type { FocusAreaTotals, KontrollInput, PlanTotals } from '../rules/types';
import { compareScenarios } from '../scenarios/compare';
import type { ScenarioSummary } from '../scenarios/types';
import { FRAME_ROWS, INTEGER_FORMAT, MONEY_FORMAT, PERCENT_NUMBER_FORMAT, SHEET, SCENARIO_ROWS, SUMMARY_COLUMNS, SUMMARY_FIGURES, columnLetter, summaryAreaFormula, summaryCol, summaryFigureFormula, summaryShareFormula, summarySumFormula, type ScenarioRowKey, type SummaryFigureKey } from './layout';
import { type PlanContext } from './plan-context';
import { workbookText } from './words';
import { HEADER_FILL, OVERRUN_FONT, OVERRUN_FILL, numFmtOf, headerFooterText, setupSheet, text, formulaIn, withHeaders } from './export-sheet';

/** Rammer: the year's frame (egne midler, kapasitet, målandeler). */
export function writeRammer(ws: Worksheet, ctx: PlanContext): void {
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
  /**
   * Row per kontroll group, in order: each innsatsområde, then «Tverrgående prosjekter» (tiltak
   * only under a prosjekt) and «Uten kobling» — `key` is the kontroll's group key
   * (`area:<id>`, `projects`, `unlinked`). They partition the active tiltak: they add up to Sum.
   */
  areaRows: { key: string; focusAreaId: string | null; label: string; row: number }[];
  sumRow: number;
  /** The row under Sum that says how the rows add up. */
  noteRow: number;
  figureRow: Record<SummaryFigureKey, number>;
}

/** Where the Sammendrag rows go for a plan context. */
export function summaryRows(ctx: PlanContext): SummaryRows {
  const areaRows: SummaryRows['areaRows'] = ctx.strategy.focusAreas.map((fa, i) => ({
    key: `area:${fa.id}`,
    focusAreaId: fa.id,
    label: ctx.focusAreaLabel.get(fa.id) ?? fa.name,
    row: i + 2,
  }));
  areaRows.push({ key: PROJECTS_GROUP_KEY, focusAreaId: null, label: ctx.words.projectsGroup, row: areaRows.length + 2 });
  areaRows.push({ key: UNLINKED_GROUP_KEY, focusAreaId: null, label: ctx.words.noFocusArea, row: areaRows.length + 2 });
  const sumRow = areaRows.length + 2;
  const noteRow = sumRow + 1;
  const figureRow = Object.fromEntries(SUMMARY_FIGURES.map((f, i) => [f.key, noteRow + 2 + i])) as Record<SummaryFigureKey, number>;
  return { areaRows, sumRow, noteRow, figureRow };
}

type GroupNumbers = Omit<FocusAreaTotals, 'focusAreaId' | 'name' | 'key' | 'kind'>;

/** Sammendrag: per innsatsområde and in total, as formulas over Tiltak with the kontroll's results cached. */
export function writeSammendrag(ws: Worksheet, ctx: PlanContext, totals: PlanTotals, byArea: readonly FocusAreaTotals[]): void {
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
    // One row per kontroll group; the Tiltak sheet's Innsatsområde column names each tiltak's group.
    const t = byArea.find((b) => b.key === a.key) ?? zero;
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
  const note = ws.getCell(`A${layout.noteRow}`);
  note.value = w.text.summaryNote;
  note.font = { italic: true, color: { argb: 'FF1F4E79' } };
  ws.mergeCells(layout.noteRow, 1, layout.noteRow, SUMMARY_COLUMNS.length);
  note.alignment = { vertical: 'top', wrapText: true };
  ws.getRow(layout.noteRow).height = 45;

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
export function writeScenarier(ws: Worksheet, ctx: PlanContext, input: KontrollInput): void {
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
        const value = c.byFocusArea.find((b) => b.key === area.key)?.[key] ?? 0;
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

