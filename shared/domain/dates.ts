/**
 * Calendar dates without time zone, as ISO strings `YYYY-MM-DD`. Never a JS Date in the
 * domain: a date is a day, not an instant, so no time zone (or DST day) can shift it.
 */
import { z } from 'zod';
import { formatDate, parseDate } from '../input';

/** Kalenderdato (ISO `YYYY-MM-DD`). */
export type IsoDate = string;

/** True when y-m-d is a real day in the Gregorian calendar. */
export function isRealDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** zod schema for a calendar date `YYYY-MM-DD` between 1900 and 2199. */
export const isoDateSchema = z.string().refine(
  (s) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    if (!m) return false;
    const y = Number(m[1]);
    return y >= 1900 && y < 2200 && isRealDate(y, Number(m[2]), Number(m[3]));
  },
  { error: 'Ugyldig dato (forventet ÅÅÅÅ-MM-DD)' },
);

/** Year of an ISO date. */
export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

/** Formats `2025-03-01` as `01.03.2025` (see shared/input/format.ts `formatDate` for other languages). */
export function formatDateNb(date: IsoDate): string {
  return formatDate(date, 'nb');
}

/**
 * Parses `1.3.2025`, `01.03.2025`, `1.3.25` or `2025-03-01`; null when it is not a real
 * date. Use `parseDate` from shared/input for the reason it is not.
 */
export function parseDateNb(input: string): IsoDate | null {
  const r = parseDate(input);
  return r.ok ? r.value : null;
}
