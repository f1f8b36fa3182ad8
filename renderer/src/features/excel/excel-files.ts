/**
 * Files in and out of the Excel UI: the suggested name of an exported workbook, and the
 * size check done before a chosen file is even read into memory.
 */
import type { TFunction } from 'i18next';
import { safeFileName } from '../../ui/file-name';
import type { ReadWorkbookResult } from '@shared/excel/import';
import { DEFAULT_LIMITS, limitError, megabytes } from '@shared/excel/limit-values';

/** Extension of the budget workbook. */
export const XLSX_EXTENSION = 'xlsx';

/** What the import's file input accepts (.xlsx by extension and by MIME type). */
export const XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A safe file name from a title such as «Handlingsplan 2025 – Eksempelregionen»:
 * characters Windows and macOS refuse become spaces, at most 150 characters, plus `.xlsx`;
 * «Handlingsplan» in the UI language when nothing is left.
 */
export function workbookFileName(title: string, t: TFunction): string {
  return safeFileName(title, t('excel.export.fallbackFileName'), XLSX_EXTENSION);
}

/**
 * The refusal of a file that is larger than the importer accepts, as the importer itself
 * would word it — decided from the size alone, so a huge file is never read into memory.
 * Null when the size is acceptable.
 */
export function refuseBySize(size: number, maxFileBytes: number = DEFAULT_LIMITS.maxFileBytes): ReadWorkbookResult | null {
  if (size <= maxFileBytes) return null;
  return { ok: false, errors: [limitError('too-large', { sizeMb: megabytes(size), maxMb: megabytes(maxFileBytes) })] };
}
