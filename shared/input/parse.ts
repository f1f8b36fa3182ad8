/**
 * Parsing what a user types (inndata) into kroner, numbers, percent, hours and dates — the
 * one module every field of the app and the Excel import read text with. Each function
 * returns the value or a `Message` that says why the text was refused («negative timer er
 * ikke tillatt», not «er ikke et tall»); the renderer shows it in the chosen language.
 *
 * Decisions (see number-text.ts for the digits):
 * - Kroner (kroner) are whole, ≥ 0 and ≤ MAX_KRONER. «kr», «kr.», «NOK» before or after and
 *   a trailing «,-» are allowed; øre are refused unless they are zero («1 000,00»).
 *   «1.500» is 1 500 kr and «1.500,5» is refused because it has øre — in every field.
 * - Plain numbers (tall; KPI målverdier) may have decimals and be negative: «1.500» is
 *   1 500, «1.500,5» is 1 500,5 and «1.5» is refused with a hint to write «1,5».
 * - Percent (prosent) is 0–100 with decimals; a trailing «%» is allowed.
 * - Hours (timeverk) are whole hours ≥ 0; a trailing «t», «timer», «h» or «hours» is allowed.
 * - Dates (datoer) are calendar days without time zone: «31.03.2026», «1.3.2026»,
 *   «1.3.26» (20åå), «31/03/2026» and ISO «2026-03-31»; 31.02 is refused as no such day.
 * Empty text is refused with `…empty`; a field where empty means «none» or 0 checks for
 * empty text itself before calling.
 */
import { msg, type Message, type MessageLanguage } from '../i18n/message';
import { MAX_KRONER } from '../money/limits';
import { readNumberText, type NumberTextResult } from './number-text';

export { MAX_KRONER };

/** Largest number of hours on one field: 10 millioner timer (timegrense). */
export const MAX_HOURS = 10_000_000;

/** Largest magnitude of a plain number (tallgrense); beyond it decimals are lost. */
export const MAX_NUMBER = 1_000_000_000_000;

/** Earliest and latest year a date may have (årsgrenser), as the plan-file schema. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2199;

/** The result of parsing a field's text (tolket inndata): the value, or why not. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: Message };

/** What the parse functions take besides the text. */
export interface ParseOptions {
  /** Whose separators the text uses (språk); bokmål when not given. */
  language?: MessageLanguage;
}

const ok = <T>(value: T): ParseResult<T> => ({ ok: true, value });
const fail = <T>(code: string, params: Record<string, string | number>): ParseResult<T> => ({ ok: false, error: msg(code, params) });

/** Refusal for a number text's own trouble, in the kind's words where it has them. */
function formatFailure<T>(kind: string, r: Extract<NumberTextResult, { ok: false }>, text: string, language: MessageLanguage): ParseResult<T> {
  switch (r.reason) {
    case 'empty':
      return fail(`input.${kind}.empty`, {});
    case 'grouping':
      return fail('input.format.grouping', { text });
    case 'decimalSeparator':
      return fail(language === 'en' ? 'input.format.decimalPoint' : 'input.format.decimalComma', { text, suggestion: r.suggestion ?? '' });
    default:
      return fail(`input.${kind}.notNumber`, { text });
  }
}

/** Removes a unit word at the start or end (case-insensitive), e.g. «kr» or «%». */
function stripUnits(text: string, units: readonly RegExp[]): string {
  let s = text.trim();
  for (const u of units) s = s.replace(u, '').trim();
  return s;
}

const KRONER_UNITS = [/^(kr\.?|nok)(?=[\s\d\-\u2212+]|$)/i, /(kr\.?|nok)$/i, /[,.]-$/];
const PERCENT_UNITS = [/(%|prosent|percent)$/i];
const HOURS_UNITS = [/(timer|time|hours|hour|t|h)$/i];

/**
 * Parses an amount in whole kroner (beløp i hele kroner): «1 234 567», «1.234.567»,
 * «1234567 kr», «kr 1 000,-», «NOK 1,234» (en). Codes: `input.kroner.empty`,
 * `.notNumber`, `.negative`, `.notWhole`, `.tooLarge`, and `input.format.*`.
 */
export function parseKroner(input: string, options: ParseOptions = {}): ParseResult<number> {
  const text = input.trim();
  const language = options.language ?? 'nb';
  const r = readNumberText(stripUnits(text, KRONER_UNITS), language);
  if (!r.ok) return formatFailure('kroner', r, text, language);
  if (r.negative) return fail('input.kroner.negative', { text });
  if (r.hasFraction) return fail('input.kroner.notWhole', { text });
  if (r.value > MAX_KRONER) return fail('input.kroner.tooLarge', { text, max: MAX_KRONER });
  return ok(r.value + 0);
}

/** Limits for a plain number (tall). */
export interface NumberOptions extends ParseOptions {
  /** Smallest value allowed; none when not given. */
  min?: number;
  /** Largest value allowed; MAX_NUMBER when not given. */
  max?: number;
}

/**
 * Parses a plain number (tall), e.g. a KPI målverdi: «1 500», «1.500,5», «-3», «2,5».
 * Codes: `input.number.empty`, `.notNumber`, `.tooSmall`, `.tooLarge`, `input.format.*`.
 */
export function parseNumber(input: string, options: NumberOptions = {}): ParseResult<number> {
  const text = input.trim();
  const language = options.language ?? 'nb';
  const r = readNumberText(text, language);
  if (!r.ok) return formatFailure('number', r, text, language);
  const max = options.max ?? MAX_NUMBER;
  if (options.min !== undefined && r.value < options.min) return fail('input.number.tooSmall', { text, min: options.min });
  if (r.value > max) return fail('input.number.tooLarge', { text, max });
  if (r.value < -MAX_NUMBER) return fail('input.number.tooSmall', { text, min: -MAX_NUMBER });
  return ok(r.value + 0);
}

/** Limits for a percent (prosent). */
export interface PercentOptions extends ParseOptions {
  /** Smallest value allowed; 0 when not given (below 0 is then `negative`). */
  min?: number;
  /** Largest value allowed; 100 when not given. */
  max?: number;
}

/**
 * Parses a percent, by default between 0 and 100 (prosent), e.g. a målandel: «12,5»,
 * «12,5 %», «40%». The value is in percent units (12,5 % → 12.5). Codes:
 * `input.percent.empty`, `.notNumber`, `.negative`, `.tooSmall`, `.tooLarge`, `input.format.*`.
 */
export function parsePercent(input: string, options: PercentOptions = {}): ParseResult<number> {
  const text = input.trim();
  const language = options.language ?? 'nb';
  const r = readNumberText(stripUnits(text, PERCENT_UNITS), language);
  if (!r.ok) return formatFailure('percent', r, text, language);
  const min = options.min ?? 0;
  const max = options.max ?? 100;
  if (r.value < min) return min === 0 ? fail('input.percent.negative', { text }) : fail('input.percent.tooSmall', { text, min });
  if (r.value > max) return fail('input.percent.tooLarge', { text, max });
  return ok(r.value + 0);
}

/** Limits for hours (timeverk). */
export interface HoursOptions extends ParseOptions {
  /** Largest number of hours; MAX_HOURS when not given. */
  max?: number;
}

/**
 * Parses whole hours (timeverk, kapasitet): «1 200», «1.200», «1 200 timer».
 * Codes: `input.hours.empty`, `.notNumber`, `.negative`, `.notWhole`, `.tooLarge`, `input.format.*`.
 */
export function parseHours(input: string, options: HoursOptions = {}): ParseResult<number> {
  const text = input.trim();
  const language = options.language ?? 'nb';
  const r = readNumberText(stripUnits(text, HOURS_UNITS), language);
  if (!r.ok) return formatFailure('hours', r, text, language);
  if (r.negative) return fail('input.hours.negative', { text });
  if (r.hasFraction) return fail('input.hours.notWhole', { text });
  const max = options.max ?? MAX_HOURS;
  if (r.value > max) return fail('input.hours.tooLarge', { text, max });
  return ok(r.value + 0);
}

/** True when y-m-d is a real day in the Gregorian calendar (gyldig dag). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** Builds `YYYY-MM-DD` from numbers. */
function isoOf(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Parses a calendar date (dato) into ISO `YYYY-MM-DD`: «31.03.2026», «1.3.2026», «1.3.26»
 * (a two-digit year is 20åå), «31/03/2026» and «2026-03-31», in either language. No time
 * and no time zone: a date is a day. Codes: `input.date.empty`, `.format` (not a date
 * form), `.invalid` (no such day, e.g. 31.02.2026), `.outOfRange` (before 1900 or after 2199).
 */
export function parseDate(input: string, _options: ParseOptions = {}): ParseResult<string> {
  const text = input.trim();
  if (text === '') return fail('input.date.empty', {});
  let y: number, m: number, d: number;
  const dotted = /^(\d{1,2})\s*[./]\s*(\d{1,2})\s*[./]\s*(\d{4}|\d{2})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (dotted && (text.includes('.') !== text.includes('/'))) {
    d = Number(dotted[1]);
    m = Number(dotted[2]);
    const yearText = dotted[3] ?? '';
    y = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  } else if (iso) {
    [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else {
    return fail('input.date.format', { text });
  }
  if (!isCalendarDay(y, m, d)) return fail('input.date.invalid', { text });
  if (y < MIN_YEAR || y > MAX_YEAR) return fail('input.date.outOfRange', { text, min: MIN_YEAR, max: MAX_YEAR });
  return ok(isoOf(y, m, d));
}
