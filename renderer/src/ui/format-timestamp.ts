/** Date and time of a stored strategy or recent file, in the UI language. */
import { formatMessageTimestamp } from '@shared/i18n/message';
import { languageOf } from './format';

/**
 * Formats an ISO timestamp as a local date and time, the date as everywhere else in the
 * language («24.11.2026, 10:15» / «2026-11-24, 10:15») — the same text as a message's
 * `{{at, timestamp}}`; '' for what is not an ISO timestamp.
 */
export function formatTimestamp(iso: string, language: string): string {
  return formatMessageTimestamp(iso, languageOf(language));
}
