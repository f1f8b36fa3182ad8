/**
 * Files of the status workbook UI: the suggested name of an exported workbook, what the
 * file input accepts, and the size refusal decided before a chosen file is read.
 */
import type { TFunction } from 'i18next';
import { safeFileName } from '../../ui/file-name';
import { DEFAULT_LIMITS, limitError, megabytes } from '@shared/excel/limit-values';
import type { ReadStatusResult } from '@shared/excel/status';

/** What the import's file input accepts (.xlsx by extension and by MIME type). */
export const STATUS_XLSX_ACCEPT = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A safe file name from a title: characters Windows and macOS refuse become spaces, at most
 * 150 characters, plus `.xlsx`; «Statusark» in the UI language when nothing is left.
 */
export function statusFileName(title: string, t: TFunction): string {
  return safeFileName(title, t('statusWorkbook.ui.fallbackFileName'), 'xlsx');
}

/** The refusal of a file larger than the importer accepts (as the importer words it), or null. */
export function refuseStatusBySize(size: number, maxFileBytes: number = DEFAULT_LIMITS.maxFileBytes): ReadStatusResult | null {
  if (size <= maxFileBytes) return null;
  return { ok: false, errors: [limitError('too-large', { sizeMb: megabytes(size), maxMb: megabytes(maxFileBytes) })] };
}

/** Today as an ISO date in the user's time zone (the updates' «per dato»). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
