/**
 * The import limits' values and messages (grenser), without the zip reader: what the UI
 * needs to say a file is too big loads without fflate (first load, issue 13).
 */
import type { ExcelLimitCode } from '../i18n/excel';
import { msg, type Message, type MessageParams } from '../i18n/message';

/** Limits on an imported workbook (grenser). */
export interface WorkbookLimits {
  /** Largest file accepted, bytes. */
  maxFileBytes: number;
  /** Largest total unpacked size, bytes. */
  maxUnpackedBytes: number;
  /** Largest ratio unpacked / file size (for files that unpack to more than `ratioFloorBytes`). */
  maxRatio: number;
  /** Unpacked size below which the ratio is not checked (small files compress very well). */
  ratioFloorBytes: number;
  /** Most entries in the zip. */
  maxEntries: number;
  /** Most rows in one sheet. */
  maxRows: number;
  /** Most columns (highest column index) in one sheet. */
  maxColumns: number;
  /** Most cells in one sheet. */
  maxCells: number;
  /**
   * Most cells in all sheets together (exceljs holds every cell as an object, ~0.5 KB each).
   * The import's memory is bounded by `maxReadBytes`, which weighs cells and bytes together:
   * 1.5 million cells of the app's own workbook (styles, formulas) peak near 1.4 GB alone.
   */
  maxTotalCells: number;
  /**
   * Largest estimated memory of reading the workbook (lesekostnad), bytes: every cell counted
   * at READ_BYTES_PER_CELL plus every unpacked byte at READ_BYTES_PER_UNPACKED_BYTE (see
   * `readCost`). Long unique texts stay under the cell limits but not under this one.
   */
  maxReadBytes: number;
  /** Time limit for the whole import, milliseconds. */
  timeLimitMs: number;
}

/** Default limits: generous for real budgets (10 000 tiltak is a few MB), hard on hostile files. */
export const DEFAULT_LIMITS: Readonly<WorkbookLimits> = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUnpackedBytes: 200 * 1024 * 1024,
  maxRatio: 100,
  ratioFloorBytes: 10 * 1024 * 1024,
  maxEntries: 1000,
  maxRows: 100_000,
  maxColumns: 200,
  maxCells: 5_000_000,
  maxTotalCells: 1_500_000,
  maxReadBytes: 650 * 1024 * 1024,
  timeLimitMs: 60_000,
};

/**
 * Memory exceljs holds per cell of a loaded workbook, bytes (lesekostnad per celle): the
 * largest app export the cell limit accepts (38 900 tiltak, 1.5 million cells with styles and
 * formulas) keeps ~820 MB live after exceljs has loaded it — ~550 bytes a cell.
 */
export const READ_BYTES_PER_CELL = 550;
/**
 * Memory per unpacked byte, bytes (lesekostnad per byte): exceljs decodes each part into one
 * string (two bytes a character as soon as one character lies outside Latin-1) beside the
 * inflated bytes and keeps every text it read. `npm run bench` measured 4.7 (long inline
 * strings), 4.9 (millions of tiny shared strings), 5.8 (long unique shared strings) and 7.5
 * (shared strings of tiny rich-text runs, one object each).
 */
export const READ_BYTES_PER_UNPACKED_BYTE = 8;

/** Estimated memory of reading `cells` cells from `unpackedBytes` unpacked bytes (lesekostnad), bytes. */
export function readCost(cells: number, unpackedBytes: number): number {
  return cells * READ_BYTES_PER_CELL + unpackedBytes * READ_BYTES_PER_UNPACKED_BYTE;
}

/** Code of a file-level refusal (the message code is `excel.limits.<code>`). */
export type LimitCode = ExcelLimitCode;

/** Sizes found in one worksheet part. */
export interface SheetStats {
  /** Part name, e.g. xl/worksheets/sheet1.xml. */
  path: string;
  /** Sheet name from xl/workbook.xml (or the part name). */
  name: string;
  rows: number;
  cells: number;
  /** Highest 1-based column index seen in a cell reference. */
  maxColumn: number;
}

/** What the check found in an accepted file. */
export interface ZipReport {
  entries: number;
  unpackedBytes: number;
  sheets: SheetStats[];
}

/** Result of checking a file. */
export type ZipCheck = { ok: true; report: ZipReport } | { ok: false; error: Message };

/** A file-level refusal (avvisning av filen) as a message: `excel.limits.<code>`. */
export function limitError(code: LimitCode, params: MessageParams = {}): Message {
  return msg(`excel.limits.${code}`, params);
}

/** Megabytes with one decimal, as a number (the message formats it in its language). */
export const megabytes = (bytes: number): number => Math.round((bytes / (1024 * 1024)) * 10) / 10;
