/** Date and time of a stored strategy or recent file, in the UI language. */
import { formatDate } from '@shared/input';
import { languageOf } from './format';

const TIME: Record<'nb' | 'en', Intl.DateTimeFormat> = {
  nb: new Intl.DateTimeFormat('nb-NO', { timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' }),
};

/**
 * Formats an ISO timestamp as a local date and time, the date as everywhere else in the
 * language («24.11.2026, 10:15» / «2026-11-24, 10:15»).
 */
export function formatTimestamp(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const lang = languageOf(language);
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `${formatDate(day, lang)}, ${TIME[lang].format(date)}`;
}
