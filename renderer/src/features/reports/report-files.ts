/** The suggested file name of a report (.docx). */
import { safeFileName } from '../../ui/file-name';

/** Extension of a report. */
export const DOCX_EXTENSION = 'docx';

/**
 * A safe file name from a title such as «Tertialrapport 2025 – 2. tertial (mai–august) –
 * Eksempelregionen»: characters Windows and macOS refuse become spaces, at most 150
 * characters, plus `.docx`.
 */
export function reportFileName(title: string): string {
  return safeFileName(title, 'Rapport', DOCX_EXTENSION);
}
