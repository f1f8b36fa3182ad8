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
 * WorkbookWriter (the CLI in Node, the app's Excel worker in the browser), committing each row
 * as it goes.
 *
 * User text is always written as a plain string cell, never as a formula, whatever it starts
 * with (=, +, -, @, tab, CR): exceljs writes strings as shared strings without <f>.
 */
import ExcelJS from 'exceljs';
import type { CellValue, Style, Worksheet } from 'exceljs';
import { ACTIVE_STATUSES } from '../domain/entities';
import type { PlanDocument } from '../domain/document';
import { actionFunding, computeTotals, indexStrategy, placeAction, totalsByFocusArea } from '../rules';
import { MessageError, type MessageLanguage } from '../i18n/message';
import { formatKpis, formatNameList } from './codec';
import { ACTION_COLUMNS, actionCol, actionRowFormulas, FUNDING_COLUMNS, fundingBlocks, type ActionColumnKey, type FundingColumnKey, type FundingLayout } from './layout';
import { planContext, type PlanContext } from './plan-context';
import { addActionLists, addFundingLists } from './validations';
import { workbookText, type WorkbookWords } from './words';
import { addDataRow, STREAM_BATCH, nextTurn, TABLE_PAGE_SETUP, PLAIN_PAGE_SETUP, sheetOptions, setupSheet, text, dateCell, formulaIn, withHeaders } from './export-sheet';
import { writeRammer, writeSammendrag, writeScenarier } from './export-summary';

export { summaryRows, type SummaryRows } from './export-summary';
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
  const subGoals = new Map(strategy.focusAreas.flatMap((f) => f.subGoals.map((g) => [g.id, g.text] as const)));
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
    // The group the kontroll counts the tiltak under: its area, «Tverrgående prosjekter» or «Uten kobling».
    const placement = placeAction(index, a);
    const area = placement.focusAreaId;
    const isActive = ACTIVE_STATUSES.includes(a.status);
    const values: Record<ActionColumnKey, CellValue> = {
      number: a.number,
      title: text(a.title),
      focusArea: area !== null ? (ctx.focusAreaLabel.get(area) ?? w.noFocusArea) : placement.projectId !== null ? w.projectsGroup : w.noFocusArea,
      subGoals: text(names(a.subGoalIds, subGoals)),
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
 * exceljs's in-memory writer — the reference the streaming writers (the CLI's file, the Excel
 * worker's Blob) are tested against; its memory grows with the whole workbook. Throws a MessageError (`excel.context.*`)
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
