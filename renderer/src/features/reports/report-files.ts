/** The suggested file name of a report (.docx). */
import type { TFunction } from 'i18next';
import { safeFileName } from '../../ui/file-name';

/** Extension of a report. */
export const DOCX_EXTENSION = 'docx';

/**
 * A safe file name from a title such as «Tertialrapport 2025 – 2. tertial (mai–august) –
 * Eksempelregionen»: characters Windows and macOS refuse become spaces, at most 150
 * characters, plus `.docx`; «Rapport» in the UI language when nothing is left.
 */
export function reportFileName(title: string, t: TFunction): string {
  return safeFileName(title, t('report.button.fallbackFileName'), DOCX_EXTENSION);
}
