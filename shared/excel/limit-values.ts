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
   * Most cells in all sheets together: what bounds the import's memory (exceljs holds every
   * cell as an object, ~0.5 KB each; 1.5 million cells peak near 0.9 GB — `npm run bench`).
   */
  maxTotalCells: number;
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
  timeLimitMs: 60_000,
};

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
