/**
 * Rullegardinlister (drop-down lists) in the exported workbook: status and prioritet on
 * Tiltak, kilde and finansieringsstatus on Finansiering — the same words the import reads,
 * in the workbook's language. The lists reach a margin of empty rows below the data, so
 * rows the user adds get them too.
 */
import type { DataValidation, Worksheet } from 'exceljs';
import { actionCol, fundingCol } from './layout';
import type { WorkbookWords } from './words';

/** Empty rows below the data that get the lists too. */
export const VALIDATION_MARGIN_ROWS = 1000;

interface WithDataValidations {
  dataValidations: { add(address: string, validation: DataValidation): void };
}

// exceljs has worksheet.dataValidations (ranges) but does not declare it.
function hasDataValidations(ws: Worksheet): ws is Worksheet & WithDataValidations {
  return 'dataValidations' in ws;
}

function list(values: readonly string[], title: string): DataValidation {
  return {
    type: 'list',
    allowBlank: true,
    // One quoted, comma-separated list (the words hold no commas or quotes).
    formulae: [`"${values.join(',')}"`],
    showErrorMessage: true,
    errorStyle: 'warning',
    errorTitle: title,
    error: values.join(', '),
  };
}

function addList(ws: Worksheet, column: string, lastRow: number, validation: DataValidation): void {
  if (!hasDataValidations(ws)) return;
  ws.dataValidations.add(`${column}2:${column}${Math.max(2, lastRow) + VALIDATION_MARGIN_ROWS}`, validation);
}

/** Rullegardinlister on Tiltak: status and prioritet; `lastRow` = the last data row. */
export function addActionLists(ws: Worksheet, words: WorkbookWords, lastRow: number): void {
  addList(ws, actionCol('status'), lastRow, list(Object.values(words.status), words.columns.status));
  addList(ws, actionCol('priority'), lastRow, list(['1', '2', '3'], words.columns.priority));
}

/** Rullegardinlister on Finansiering: kilde and finansieringsstatus; `lastRow` = the last data row. */
export function addFundingLists(ws: Worksheet, words: WorkbookWords, lastRow: number): void {
  addList(ws, fundingCol('source'), lastRow, list(Object.values(words.source), words.fundingColumns.source));
  addList(ws, fundingCol('status'), lastRow, list(Object.values(words.fundingStatus), words.fundingColumns.status));
}
