/**
 * The pieces every sheet of the budget workbook is made of: number formats, header and
 * data-row styles (one shared style object per column), page setup, frozen panes and the
 * cell helpers that keep user text a plain string. Used by ./export and ./export-summary.
 */
import type { AddWorksheetOptions, CellValue, PageSetup, Style, Worksheet } from 'exceljs';
import { isoDateToSerial } from './cells';
import { DATE_FORMAT, INTEGER_FORMAT, MONEY_FORMAT, PERCENT_NUMBER_FORMAT, columnLetter, type ColumnKind, type ColumnSpec } from './layout';
import { localiseFormula, type WorkbookWords } from './words';


/** Fill of header rows (lys blå). */
export const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDE7F0' } } as const;
/** Font of an overrun (overskridelse) in conditional formatting. */
export const OVERRUN_FONT = { color: { argb: 'FF9C0006' }, bold: true } as const;
/** Fill of an overrun (overskridelse) in conditional formatting. */
export const OVERRUN_FILL = { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } as const;

/** Excel number format of a column kind (kroner, heltall, prosent, dato). */
export function numFmtOf(kind: ColumnKind): string | undefined {
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
export function headerFooterText(text: string): string {
  return text.replace(/&/g, '&&');
}

/** Style of a column's data cells: number format and alignment (one object per column, shared by its cells). */
export function columnStyle(c: ColumnSpec): Partial<Style> {
  const numFmt = numFmtOf(c.kind);
  return { ...(numFmt ? { numFmt } : {}), alignment: { vertical: 'top', wrapText: c.wrap === true } };
}

/**
 * Adds a data row whose cells share their column's style object. exceljs gives each new
 * cell its own copy of the column style, and its style table then serialises every copy to
 * find it again; one shared object per column is found by identity. The shared objects are
 * never changed after this (header cells keep their own).
 */
export function addDataRow(ws: Worksheet, values: CellValue[], styles: readonly Partial<Style>[], streaming: boolean): void {
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
export const STREAM_BATCH = 100;

/**
 * One turn of the event loop, so the zip behind exceljs's streaming writer takes some of the
 * rows committed so far; without it a whole sheet's XML waits in memory until the sheet ends.
 */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Print setup of the table sheets (Sammendrag, Tiltak, Finansiering). */
export const TABLE_PAGE_SETUP: Partial<PageSetup> = {
  orientation: 'landscape',
  paperSize: 9,
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '1:1',
  margins: { left: 0.5, right: 0.5, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
};

/** Print setup of Rammer and Scenarier. */
export const PLAIN_PAGE_SETUP: Partial<PageSetup> = { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' };

/**
 * Options of a new sheet: frozen header row and `xSplit` columns, print setup, tab colour.
 * Given when the sheet is added, because exceljs's streaming writer writes the sheet's head
 * (views, fit-to-page) at once.
 */
export function sheetOptions(xSplit: number, activeCell: string, pageSetup: Partial<PageSetup>, tabColor?: string): Partial<AddWorksheetOptions> {
  return {
    views: [{ state: 'frozen', xSplit, ySplit: 1, topLeftCell: `${columnLetter(xSplit + 1)}2`, activeCell }],
    pageSetup: { ...pageSetup },
    ...(tabColor ? { properties: { tabColor: { argb: tabColor } } } : {}),
  };
}

/** Header row, column widths, autofilter and print header/footer of a table sheet; returns each column's shared data style. */
export function setupSheet(ws: Worksheet, columns: readonly ColumnSpec[], title: string, pages: string, lastRow: number, withFilter = true): Partial<Style>[] {
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

/** User text as a plain string cell, never a formula. */
export function text(value: string): CellValue {
  // Plain string cell (shared string), never a formula — see the module comment.
  return value === '' ? null : value;
}

/** A calendar date as an Excel date serial, or an empty cell. */
export function dateCell(value: string | null): CellValue {
  return value === null ? null : isoDateToSerial(value);
}

/** Formula cells in the language of `words` (the formulas in ./layout are written in bokmål). */
export function formulaIn(words: WorkbookWords): (f: string, result: number | string) => CellValue {
  return (f, result) => ({ formula: localiseFormula(f, words), result });
}

/** Column specs with the headers of one language. */
export function withHeaders<K extends string, C extends ColumnSpec<K>>(columns: readonly C[], headers: Readonly<Record<K, string>>): C[] {
  return columns.map((c) => ({ ...c, header: headers[c.key] }));
}

