/**
 * Money as whole kroner (integers). A sum is exact; formatting and parsing follow nb-NO.
 */
import { z } from 'zod';

/** Largest amount the app accepts on one field: 100 milliarder kroner. */
export const MAX_KRONER = 100_000_000_000;

/** Beløp i hele kroner (heltall, aldri flyttall). */
export type Kroner = number;

/** zod schema for a non-negative whole-krone amount. */
export const kronerSchema = z
  .number({ error: 'validation.kroner.notNumber' })
  .int({ error: 'validation.kroner.notWhole' })
  .min(0, { error: 'validation.kroner.negative' })
  .max(MAX_KRONER, { error: 'validation.kroner.tooLarge' });

/** Exact sum of whole-krone amounts (throws if a part is not a safe integer). */
export function sumKroner(values: readonly number[]): Kroner {
  let total = 0;
  for (const v of values) {
    if (!Number.isSafeInteger(v)) throw new RangeError(`Not a whole-krone amount: ${v}`);
    total += v;
  }
  return total;
}

/** Percent of `part` relative to `whole`, rounded half away from zero to one decimal; null when whole is 0. */
export function percentOf(part: number, whole: number): number | null {
  if (whole === 0) return null;
  const raw = (part * 1000) / whole;
  return Math.sign(raw) * Math.round(Math.abs(raw)) / 10;
}

const NB_NUMBER = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

/** Formats kroner the Norwegian way: «1 234 567 kr» (narrow no-break space as thousands separator). */
export function formatKroner(value: Kroner): string {
  return `${NB_NUMBER.format(value)} kr`;
}

/** Formats a plain whole number nb-NO style (hours, counts). */
export function formatNumber(value: number): string {
  return NB_NUMBER.format(value);
}

/** Result of parsing user input as kroner. */
export type ParseKronerResult = { ok: true; value: Kroner } | { ok: false; error: string };

/**
 * Parses what a user types as an amount: «1 234 567», «1.234.567», «1234567 kr», «kr 1 000,-».
 * Decimals other than «,00» / «,-» are refused (whole kroner only).
 */
export function parseKroner(input: string): ParseKronerResult {
  let s = input.trim().toLowerCase();
  if (s === '') return { ok: false, error: 'Skriv inn et beløp i hele kroner' };
  s = s.replace(/^kr\.?\s*/, '').replace(/\s*(kr\.?|nok)$/, '');
  s = s.replace(/,-$/, '').replace(/,00$/, '');
  s = s.replace(/[\s\u00a0\u202f]/g, '');
  if (/^\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, '');
  if (s.startsWith('-')) return { ok: false, error: 'Beløpet kan ikke være negativt' };
  if (!/^\d+$/.test(s)) return { ok: false, error: `«${input.trim()}» er ikke et beløp i hele kroner` };
  const value = Number(s);
  if (!Number.isSafeInteger(value) || value > MAX_KRONER) {
    return { ok: false, error: 'Beløpet er urimelig stort (over 100 milliarder kroner)' };
  }
  return { ok: true, value };
}
