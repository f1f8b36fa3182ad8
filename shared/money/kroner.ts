/**
 * Money as whole kroner (integers). A sum is exact; parsing and formatting per language
 * live in shared/input (re-exported here for the code that reads amounts from money).
 */
import { z } from 'zod';
import type { MessageLanguage } from '../i18n/message';
import { formatKroner as formatKronerIn, formatNumber as formatNumberIn } from '../input/format';
import { parseKroner as parseKronerIn, type ParseOptions, type ParseResult } from '../input/parse';
import { MAX_KRONER } from './limits';

export { MAX_KRONER };

/** Beløp i hele kroner (heltall, aldri flyttall). */
export type Kroner = number;

/** zod schema for a non-negative whole-krone amount. */
export const kronerSchema = z
  .number({ error: 'validation.kroner.notNumber' })
  .int({ error: 'validation.kroner.notWhole' })
  .min(0, { error: 'validation.kroner.negative' })
  .max(MAX_KRONER, { error: 'validation.kroner.tooLarge' })
  // -0 passes min(0) but would show as «−0 kr»: it is the same amount as 0.
  .transform((v) => (v === 0 ? 0 : v));

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

/** Formats kroner (beløp): «1 234 567 kr» (nb), «NOK 1,234,567» (en) — see shared/input/format.ts. */
export function formatKroner(value: Kroner, language: MessageLanguage = 'nb'): string {
  return formatKronerIn(value, language);
}

/** Formats a plain whole number (hours, counts): «1 234» (nb), «1,234» (en). */
export function formatNumber(value: number, language: MessageLanguage = 'nb'): string {
  return formatNumberIn(Math.round(value), language);
}

/** Result of parsing user input as kroner: the amount, or a message saying why not. */
export type ParseKronerResult = ParseResult<Kroner>;

/**
 * Parses what a user types as an amount in whole kroner: «1 234 567», «1.234.567»,
 * «1234567 kr», «kr 1 000,-» (see shared/input/parse.ts; «1.500» is 1 500 kr, «1.500,5» is
 * refused because it has øre).
 */
export function parseKroner(input: string, options: ParseOptions = {}): ParseKronerResult {
  return parseKronerIn(input, options);
}
