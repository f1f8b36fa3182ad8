/** Date and time of a stored strategy or recent file, in the UI language. */

/** Formats an ISO timestamp as a short local date and time («24.11.2026, 10:15»). */
export function formatTimestamp(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', { dateStyle: 'short', timeStyle: 'short' }).format(date);
}
