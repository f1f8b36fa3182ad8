/**
 * The full workbook on import (hele arbeidsboken): Tiltak + Finansiering + Rammer, as
 * exported by Handlingsrom in either language. Tiltak are matched by the hidden Id column,
 * then by Nr; Finansiering rows by Tiltak nr. Derived columns are ignored.
 */
import type ExcelJS from 'exceljs';
import type { Worksheet } from 'exceljs';
import type { Action, BudgetFrame } from '../../domain/entities';
import { newId } from '../../domain/ids';
import { msg } from '../../i18n/message';
import { cellText } from '../cells';
import { uncountedFundingLines } from '../funding-coverage';
import { ACTION_COLUMNS, FUNDING_COLUMNS, type ActionColumnKey, type ColumnSpec, type FundingColumnKey } from '../layout';
import { nameKey, type PlanContext } from '../plan-context';
import { allWorkbookWords, type WorkbookWords } from '../words';
import { readActionRow, type ActionRow, type FundingRow } from './action-row';
import { expected, found, readNumberText } from './cells';
import { changedFields, finish } from './diff';
import { readFrame } from './frame';
import { actionColumn, cellAt, checkTime, collectRows, Errors, findSheet, fundingColumn, lookups, missingSheet, sortErrors, Table, type Clock, type Progress } from './sheet';
import { isCellError, type ActionChange, type ChangedField, type ReadWorkbookResult } from './types';

/** The Tiltak sheet in any language, with the words of that language. */
export function findActionSheet(wb: ExcelJS.Workbook): { ws: Worksheet; words: WorkbookWords } | null {
  for (const words of allWorkbookWords()) {
    const ws = findSheet(wb, [words.sheets.actions]);
    if (ws) return { ws, words };
  }
  return null;
}

/** Reads the full workbook (Tiltak + Finansiering + Rammer). */
export function readFullWorkbook(wb: ExcelJS.Workbook, ws: Worksheet, words: WorkbookWords, ctx: PlanContext, year: number, clock: Clock, progress: Progress): ReadWorkbookResult {
  const errors = new Errors();
  const L = lookups(ctx);
  const T = ws.name;
  const table = new Table(ws);
  const col = (key: ActionColumnKey) => actionColumn(table, key);
  for (const key of ['number', 'title'] as const) {
    if (col(key) === null) errors.add(msg('excel.sheets.missingColumn', { sheet: ws.name, column: words.columns[key] }, { sheet: ws.name, row: 1 }));
  }
  const fundingWs = findSheet(wb, allWorkbookWords().map((w) => w.sheets.funding));
  if (!fundingWs) errors.add(missingSheet(wb, 'funding', words.sheets.funding));
  const fTable = fundingWs ? new Table(fundingWs) : null;
  const fcol = (key: FundingColumnKey) => (fTable ? fundingColumn(fTable, key) : null);
  if (fundingWs) {
    for (const key of ['actionNumber', 'source', 'amount', 'status'] as const) {
      if (fcol(key) === null) {
        errors.add(msg('excel.sheets.missingColumn', { sheet: fundingWs.name, column: words.fundingColumns[key] }, { sheet: fundingWs.name, row: 1 }));
      }
    }
  }

  // Rammer: year check and frame values.
  let frameAfter: BudgetFrame = ctx.plan.frame;
  let frameFields: ChangedField[] = [];
  const rammer = findSheet(wb, allWorkbookWords().map((w) => w.sheets.frame));
  if (rammer) ({ frame: frameAfter, fields: frameFields } = readFrame(rammer, words.language, ctx, L, year, errors));
  if (errors.list.some((e) => !isCellError(e))) return { ok: false, errors: errors.list };

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
  const numberField = 'excel.workbook.columns.number';
  const idCol = col('id');
  const actionRows: ActionRow[] = [];
  const rowByNumber = new Map<string, number>();
  for (const { row, rowNumber } of rawRows) {
    const nr = readNumberText(cellAt(row, numberCol));
    if (!nr.ok) {
      errors.cell(T, rowNumber, numberCol, numberField, nr.expected, nr.found);
      continue;
    }
    const key = nameKey(nr.value);
    const other = rowByNumber.get(key);
    if (other !== undefined) {
      errors.cell(T, rowNumber, numberCol, numberField, expected('uniqueNumber'), found('duplicate', { value: nr.value, otherRow: other }));
      continue;
    }
    rowByNumber.set(key, rowNumber);
    const idText = idCol === null ? '' : (cellText(cellAt(row, idCol)) ?? '').trim();
    actionRows.push({ row, rowNumber, number: nr.value, key, id: idText === '' ? null : idText });
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
    const a = byNumber.get(r.key);
    if (a && !claimed.has(a.id)) {
      claimed.add(a.id);
      match.set(r, a);
    }
  }

  // Finansiering rows, grouped by Tiltak nr.
  const fundingByNumber = new Map<string, FundingRow[]>();
  const fNumberCol = fcol('actionNumber') ?? 1;
  const fundingSheet = fundingWs?.name ?? words.sheets.funding;
  for (const { row, rowNumber } of rawFunding) {
    progress.step();
    const nr = readNumberText(cellAt(row, fNumberCol));
    const fField = 'excel.workbook.fundingColumns.actionNumber';
    if (!nr.ok) {
      errors.cell(fundingSheet, rowNumber, fNumberCol, fField, nr.expected, nr.found);
      continue;
    }
    const key = nameKey(nr.value);
    if (!rowByNumber.has(key)) {
      errors.cell(fundingSheet, rowNumber, fNumberCol, fField, expected('existingNumber', { sheet: T }), found('unknown', { value: nr.value }));
      continue;
    }
    const list = fundingByNumber.get(key);
    if (list) list.push({ row, rowNumber, number: nr.value });
    else fundingByNumber.set(key, [{ row, rowNumber, number: nr.value }]);
  }

  // A line outside the rows its tiltak's formulas sum: the workbook's totals left it out.
  const linesOf = (r: ActionRow): FundingRow[] => fundingByNumber.get(r.key) ?? [];
  if (fundingWs) {
    const coverage = { actionSheet: T, fundingSheet, actions: actionRows, sourceColumn: fcol('source'), actionColumn: col, numberColumn: fNumberCol };
    for (const m of uncountedFundingLines({ ...coverage, linesOf })) errors.add(m);
  }

  const usedIds = new Set(existing.map((a) => a.id));
  const after: { before: Action | null; action: Action }[] = [];
  const sheets = { actions: T, funding: fundingSheet, words };
  for (const r of actionRows) {
    progress.step();
    if (after.length % 500 === 0) checkTime(clock);
    const before = match.get(r) ?? null;
    const action = readActionRow(r, before, ctx, L, table, errors, sheets, fTable, linesOf(r));
    if (!action) continue;
    if (before === null) {
      let id = r.id !== null && /^[A-Za-z0-9_-]{1,64}$/.test(r.id) && !usedIds.has(r.id) ? r.id : newId('act');
      while (usedIds.has(id)) id = newId('act');
      usedIds.add(id);
      action.id = id;
      action.lineageId = id;
    }
    after.push({ before, action });
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
