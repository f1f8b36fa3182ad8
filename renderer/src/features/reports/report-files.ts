/** The suggested file name of a report (.docx). */

/** Extension of a report. */
export const DOCX_EXTENSION = 'docx';

/**
 * A safe file name from a title such as «Tertialrapport 2025 – 2. tertial (mai–august) –
 * Eksempelregionen»: characters Windows and macOS refuse become spaces, at most 150
 * characters, plus `.docx`.
 */
export function reportFileName(title: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 150)
    .trim();
  return `${base || 'Rapport'}.${DOCX_EXTENSION}`;
}
