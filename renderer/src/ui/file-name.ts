/**
 * A safe file name from a title such as «Handlingsplan 2025 – Eksempelregionen»: characters
 * Windows and macOS refuse become spaces, at most 150 characters, no leading dot, plus the
 * extension; `fallback` when nothing is left. The Excel, status-workbook and report
 * downloads share it.
 */
export function safeFileName(title: string, fallback: string, extension: string): string {
  const base = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 150)
    .trim();
  return `${base || fallback}.${extension}`;
}
