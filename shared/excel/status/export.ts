/**
 * Eksport av statusarbeidsbok (issue 12, point 7): one plan and period as an .xlsx workbook
 * for owners and partners to fill in — per active tiltak (optionally one ansvarlig's) what
 * it is, its last status and comment, and empty columns for the new status (a drop-down of
 * the five statuses in the workbook's language), comment, forbruk per source and a changed
 * frist; per KPI the target, baseline, last actual and the actual to fill in. Layout: ./layout.
 * User text is always a plain string cell, never a formula.
 */
import ExcelJS from 'exceljs';
import type { CellValue, DataValidation, Worksheet } from 'exceljs';
import type { PlanDocument } from '../../domain/document';
import { FOLLOW_UP_STATUSES, findPeriod, spendingTotal, type ReportingPeriod } from '../../domain/follow-up';
import { msg, MessageError, type MessageLanguage } from '../../i18n/message';
import { actionFunding, indexStrategy, placeAction } from '../../rules';
import { addDataRow, dateCell, HEADER_FILL, PLAIN_PAGE_SETUP, setupSheet, sheetOptions, TABLE_PAGE_SETUP, text } from '../export-sheet';
import { columnLetter } from '../layout';
import { planContext } from '../plan-context';
import { VALIDATION_MARGIN_ROWS } from '../validations';
import { workbookText, workbookWords } from '../words';
import { KPI_COLUMNS, lastUpdates, STATUS_COLUMNS, statusActions, statusCol, statusWords, withStatusHeaders, type KpiColumnKey, type StatusColumnKey, type StatusColumnSpec } from './layout';

/** Options for exportStatusWorkbook. */
export interface StatusExportOptions {
  /** Language of sheet names, headers and status words (default bokmål). */
  language?: MessageLanguage;
  /** Only this ansvarlig's tiltak (whitespace and case ignored). */
  owner?: string;
  /** Timestamp for the workbook properties (default: now). */
  now?: Date;
}

/** Fill of the headers of the columns to fill in (a light yellow, with the column's own words saying what to do). */
const INPUT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } } as const;

interface WithDataValidations {
  dataValidations: { add(address: string, validation: DataValidation): void };
}

// exceljs has worksheet.dataValidations (ranges) but does not declare it.
function hasDataValidations(ws: Worksheet): ws is Worksheet & WithDataValidations {
  return 'dataValidations' in ws;
}

function markInputs<K extends string>(ws: Worksheet, columns: readonly StatusColumnSpec<K>[]): void {
  const header = ws.getRow(1);
  columns.forEach((c, i) => {
    header.getCell(i + 1).fill = c.input === true ? INPUT_FILL : HEADER_FILL;
  });
}

/** The period a caller named (id or short name), or a MessageError (`followUp.refused.unknownPeriod`). */
function periodOf(doc: PlanDocument, year: number, periodArg: string): ReportingPeriod {
  const plan = doc.plans.find((p) => p.year === year);
  const period = plan ? findPeriod(plan, periodArg) : undefined;
  if (!period) throw new MessageError(msg('followUp.refused.unknownPeriod', { year, period: periodArg }));
  return period;
}

/**
 * Eksporter statusarbeidsbok for `year` and period `periodArg` (id or short name) as .xlsx
 * bytes. Throws a MessageError (`excel.context.*`, `followUp.refused.unknownPeriod`) when
 * the document has no such plan or period.
 */
export async function exportStatusWorkbook(doc: PlanDocument, year: number, periodArg: string, opts: StatusExportOptions = {}): Promise<Uint8Array> {
  const language = opts.language ?? 'nb';
  const found = planContext(doc, year, language);
  if (!found.ok) throw new MessageError(found.error);
  const { strategy, plan } = found.context;
  const period = periodOf(doc, year, periodArg);
  const w = statusWords(language);
  const bw = workbookWords(language);
  const actions = statusActions(found.context.actions, plan, opts.owner);
  const last = lastUpdates(plan, period);
  const index = indexStrategy(strategy);
  const areaLabel = found.context.focusAreaLabel;

  const wb = new ExcelJS.Workbook();
  const now = opts.now ?? new Date();
  wb.creator = 'Handlingsrom';
  wb.lastModifiedBy = 'Handlingsrom';
  wb.company = strategy.organisation;
  const title = workbookText(w.title, { strategy: strategy.name, year, period: period.name ?? period.shortName });
  wb.title = title;
  wb.created = now;
  wb.modified = now;

  // Status: one row per tiltak.
  const statusWs = wb.addWorksheet(w.sheets.status, sheetOptions(2, `${columnLetter(statusCol('status'))}2`, TABLE_PAGE_SETUP, 'FF1F4E79'));
  const statusColumns = withStatusHeaders(STATUS_COLUMNS, w.columns);
  const statusStyles = setupSheet(statusWs, statusColumns, title, bw.text.pages, actions.length + 1);
  markInputs(statusWs, statusColumns);
  for (const a of actions) {
    const f = actionFunding(a);
    const u = last.get(a.id);
    const placement = placeAction(index, a);
    const area = placement.focusAreaId !== null ? (areaLabel.get(placement.focusAreaId) ?? bw.noFocusArea) : placement.projectId !== null ? bw.projectsGroup : bw.noFocusArea;
    const values: Record<StatusColumnKey, CellValue> = {
      number: a.number,
      title: text(a.title),
      owner: text(a.owner),
      focusArea: text(area),
      deadline: dateCell(u?.expectedDeadline ?? a.deadline),
      cost: a.cost,
      ownFunds: f.own,
      partnerFunds: f.partner,
      externalFunds: f.external,
      lastStatus: u ? w.status[u.status] : null,
      lastComment: u ? text(u.comment) : null,
      lastSpending: u ? spendingTotal(u) : null,
      status: null,
      comment: null,
      spentOwn: null,
      spentPartner: null,
      spentExternal: null,
      expectedDeadline: null,
      id: a.id,
    };
    addDataRow(statusWs, STATUS_COLUMNS.map((c) => values[c.key]), statusStyles, false);
  }
  if (hasDataValidations(statusWs)) {
    const choices = FOLLOW_UP_STATUSES.map((s) => w.status[s]);
    const letter = columnLetter(statusCol('status'));
    statusWs.dataValidations.add(`${letter}2:${letter}${Math.max(2, actions.length + 1) + VALIDATION_MARGIN_ROWS}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${choices.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'stop',
      errorTitle: w.columns.status,
      error: choices.join(', '),
    });
  }

  // KPI: one row per KPI of those tiltak.
  const kpiWs = wb.addWorksheet(w.sheets.kpis, sheetOptions(2, 'H2', TABLE_PAGE_SETUP));
  const kpiColumns = withStatusHeaders(KPI_COLUMNS, w.kpiColumns);
  const kpiRows = actions.reduce((n, a) => n + a.kpis.length, 0);
  const kpiStyles = setupSheet(kpiWs, kpiColumns, title, bw.text.pages, kpiRows + 1);
  markInputs(kpiWs, kpiColumns);
  for (const a of actions) {
    const u = last.get(a.id);
    for (const k of a.kpis) {
      const v = u?.kpiValues.find((x) => x.kpiId === k.id);
      const values: Record<KpiColumnKey, CellValue> = {
        number: a.number,
        title: text(a.title),
        indicator: text(k.indicator),
        unit: text(k.unit),
        target: k.target,
        lastActual: v?.actual ?? null,
        baseline: v?.baseline ?? null,
        actual: null,
        actionId: a.id,
        kpiId: k.id,
      };
      addDataRow(kpiWs, KPI_COLUMNS.map((c) => values[c.key]), kpiStyles, false);
    }
  }

  // Info (hidden): which plan year and period the workbook belongs to.
  const info = wb.addWorksheet(w.sheets.info, { state: 'hidden', pageSetup: { ...PLAIN_PAGE_SETUP } });
  info.columns = [{ width: 14 }, { width: 40 }];
  info.addRow([w.info.year, year]);
  info.addRow([w.info.period, period.shortName]);
  info.addRow([w.info.owner, text(opts.owner?.trim() ?? '')]);
  info.addRow([w.info.plan, text(strategy.name)]);

  return new Uint8Array(await wb.xlsx.writeBuffer());
}
