/**
 * Formatting numbers, kroner, percent, hours and dates per language (visningsformat) — the
 * one place the tables, findings, charts, slides, print and file names take their forms
 * from, so that an amount reads the same everywhere in a language:
 *
 * | what     | bokmål (`nb`)     | English (`en`)    |
 * |----------|-------------------|-------------------|
 * | kroner   | «1 234 567 kr»    | «NOK 1,234,567»   |
 * | number   | «1 234,5»         | «1,234.5»         |
 * | percent  | «12,5 %»          | «12.5%»           |
 * | hours    | «1 200»           | «1,200»           |
 * | date     | «31.03.2026»      | «2026-03-31»      |
 *
 * Thousands are grouped as Intl does for nb-NO (a no-break space) and en-GB (a comma) — the
 * same as `{{x, number}}` in the message catalogues, so a finding's «NOK {{amount, number}}»
 * matches the table's `formatKroner(amount, 'en')`. English dates are ISO: unambiguous for
 * readers on both sides of the Atlantic, and what `parseDate` reads in every language.
 * Everything here parses back: `parseX(formatX(x, lang), { language: lang })` gives x.
 */
import { formatMessageNumber, type MessageLanguage } from '../i18n/message';

const LOCALES: Record<MessageLanguage, string> = { nb: 'nb-NO', en: 'en-GB' };

const decimalFormats = new Map<string, Intl.NumberFormat>();

function decimalFormat(language: MessageLanguage, maxFractionDigits: number): Intl.NumberFormat {
  const key = `${language}:${maxFractionDigits}`;
  let f = decimalFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: maxFractionDigits });
    decimalFormats.set(key, f);
  }
  return f;
}

/**
 * Formats a number in a language (tall): grouped thousands and the language's decimal sign,
 * at most `maxFractionDigits` decimals (6 unless given), e.g. «1 234,5» / «1,234.5».
 */
export function formatNumber(value: number, language: MessageLanguage = 'nb', maxFractionDigits = 6): string {
  if (Number.isSafeInteger(value)) return formatMessageNumber(value, language);
  return decimalFormat(language, maxFractionDigits).format(value);
}

/** Formats whole kroner (beløp): «1 234 567 kr» in bokmål, «NOK 1,234,567» in English. */
export function formatKroner(value: number, language: MessageLanguage = 'nb'): string {
  const n = formatNumber(Math.round(value), language);
  return language === 'en' ? `NOK ${n}` : `${n} kr`;
}

/**
 * Formats a percent given in percent units (prosent; 12.5 → «12,5 %» / «12.5%»), at most
 * `maxFractionDigits` decimals (1 unless given).
 */
export function formatPercent(value: number, language: MessageLanguage = 'nb', maxFractionDigits = 1): string {
  const n = decimalFormat(language, maxFractionDigits).format(value);
  return language === 'en' ? `${n}%` : `${n}\u00a0%`;
}

/**
 * Formats the number of a percent without its sign (prosenttall), for catalogue texts that
 * put the «%» themselves: 12.5 → «12,5» / «12.5».
 */
export function formatPercentNumber(value: number, language: MessageLanguage = 'nb', maxFractionDigits = 1): string {
  return decimalFormat(language, maxFractionDigits).format(value);
}

/**
 * Formats whole hours (timeverk) as a grouped number, «1 200» / «1,200». The unit is left to
 * the catalogue text around it («{{hours}} timer» / «{{hours}} hours»), which inflects it.
 */
export function formatHours(value: number, language: MessageLanguage = 'nb'): string {
  return formatNumber(Math.round(value), language);
}

/** Formats a calendar date `YYYY-MM-DD` (dato): «31.03.2026» in bokmål, «2026-03-31» in English. */
export function formatDate(date: string, language: MessageLanguage = 'nb'): string {
  if (language === 'en') return date;
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}
