/**
 * Finansieringslinjer som formlene ikke teller: the export sums each tiltak's funding over
 * its own block of Finansiering rows (layout.fundingBlocks), not over whole columns. A line
 * the user puts elsewhere — in another tiltak's block, far below the others, or after
 * sorting the sheet — still belongs to its tiltak by Nr, and the import reads it so; but the
 * workbook's own totals left it out, so the numbers the user saw in Excel were not the ones
 * the import would give. This check finds such lines from the formulas themselves: the rows
 * of Finansiering that a tiltak's formula (in the column of the line's kilde) refers to.
 * A cell without a formula, or a formula that does not refer to Finansiering, is not checked.
 */
import type { Row } from 'exceljs';
import type { FundingSource } from '../domain/entities';
import { msg, type Message } from '../i18n/message';
import { columnLetter, type ActionColumnKey } from './layout';
import { nameKey } from './plan-context';
import { allWorkbookWords } from './words';

/** The Tiltak column whose formula sums each kilde. */
const SOURCE_COLUMN: Readonly<Record<FundingSource, ActionColumnKey>> = { own: 'ownFunds', partner: 'partnerFunds', external: 'externalFunds' };

/** A sheet reference in a formula: sheet name and the rows it covers (null = whole columns). */
const REFERENCE = /(?:'((?:[^']|'')+)'|([A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*))!\$?[A-Za-z]{1,3}\$?(\d+)?(?::\$?[A-Za-z]{1,3}\$?(\d+)?)?/g;

/**
 * The rows of `sheet` that `formula` refers to, as [first, last] spans; `'all'` when it
 * refers to whole columns; null when it does not refer to `sheet` at all.
 */
export function referencedRows(formula: string, sheet: string): [number, number][] | 'all' | null {
  return rowsOfSheet(formula, nameKey(sheet));
}

/** referencedRows with the sheet's name already normalised (nameKey). */
function rowsOfSheet(formula: string, key: string): [number, number][] | 'all' | null {
  const spans: [number, number][] = [];
  for (const m of formula.matchAll(REFERENCE)) {
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
    if (nameKey(name) !== key) continue;
    if (m[3] === undefined) return 'all';
    const a = Number(m[3]);
    const b = m[4] === undefined ? a : Number(m[4]);
    spans.push([Math.min(a, b), Math.max(a, b)]);
  }
  return spans.length > 0 ? spans : null;
}

/** One tiltak row of the Tiltak sheet, as the import read it. */
export interface CoverageAction {
  row: Row;
  rowNumber: number;
  number: string;
}

/** One Finansiering row, as the import read it. */
export interface CoverageLine {
  row: Row;
  rowNumber: number;
}

/** What uncountedFundingLines looks at. */
export interface CoverageInput {
  /** Names of the two sheets as they stand in the workbook. */
  actionSheet: string;
  fundingSheet: string;
  actions: readonly CoverageAction[];
  /** The Finansiering rows of a tiltak (by its Nr). */
  linesOf: (action: CoverageAction) => readonly CoverageLine[];
  /** Column of Kilde on Finansiering, and the column of a Tiltak field (null when missing). */
  sourceColumn: number | null;
  actionColumn: (key: ActionColumnKey) => number | null;
  /** Column of Tiltak nr on Finansiering (where the message points). */
  numberColumn: number;
}

/**
 * Finansieringslinjer som ikke telles: one message (`excel.fundingBlocks.notCounted`) per
 * Finansiering row whose tiltak's formula for the line's kilde does not cover the row.
 */
export function uncountedFundingLines(input: CoverageInput): Message[] {
  const messages: Message[] = [];
  if (input.sourceColumn === null) return messages;
  // Kilde as the import reads it: the label in any workbook language or the internal key, in any case.
  const sourceByKey = new Map<string, FundingSource>();
  for (const source of ['own', 'partner', 'external'] as const) {
    for (const words of allWorkbookWords()) sourceByKey.set(nameKey(words.source[source]), source);
    sourceByKey.set(source, source);
  }
  // The kilde of each distinct cell text, normalised once (a sheet repeats a handful of texts).
  const sourceByText = new Map<string, FundingSource | null>();
  const sourceColumn = input.sourceColumn;
  const formulaColumn = { own: input.actionColumn(SOURCE_COLUMN.own), partner: input.actionColumn(SOURCE_COLUMN.partner), external: input.actionColumn(SOURCE_COLUMN.external) };
  const sheetKey = nameKey(input.fundingSheet);
  for (const action of input.actions) {
    const lines = input.linesOf(action);
    if (lines.length === 0) continue;
    const rowsBySource = new Map<FundingSource, [number, number][] | 'all' | null>();
    for (const line of lines) {
      // Cells are looked up, never created (a missing cell reads as exceljs' empty text).
      const text = line.row.findCell(sourceColumn)?.text ?? '';
      let source = sourceByText.get(text);
      if (source === undefined) {
        source = sourceByKey.get(nameKey(text)) ?? null;
        sourceByText.set(text, source);
      }
      // An unknown kilde is the import's own error already.
      if (source === null) continue;
      let rows = rowsBySource.get(source);
      if (rows === undefined) {
        const col = formulaColumn[source];
        const formula = col === null ? undefined : action.row.findCell(col)?.formula;
        rows = typeof formula === 'string' && formula !== '' ? rowsOfSheet(formula, sheetKey) : null;
        rowsBySource.set(source, rows);
      }
      if (rows === null || rows === 'all') continue;
      if (rows.some(([first, last]) => line.rowNumber >= first && line.rowNumber <= last)) continue;
      messages.push(
        msg(
          'excel.fundingBlocks.notCounted',
          { number: action.number, actionSheet: input.actionSheet, actionRow: action.rowNumber },
          { sheet: input.fundingSheet, row: line.rowNumber, column: columnLetter(input.numberColumn), field: 'excel.workbook.fundingColumns.actionNumber' },
        ),
      );
    }
  }
  return messages;
}
