/**
 * Parsing of the Økonomi frame editor's percent fields. (Financing by source × status
 * comes out of the kontroll's result: `fundingBySource`.)
 */

/** Parses a target share: empty = none (null); «25», «12,5», «12,5 %» between 0 and 100. */
export function parsePercent(text: string): { ok: true; value: number | null } | { ok: false } {
  const s = text.trim().replace(/\s*%$/, '').replace(',', '.');
  if (s === '') return { ok: true, value: null };
  if (!/^\d+(\.\d+)?$/.test(s)) return { ok: false };
  const value = Number(s);
  return value >= 0 && value <= 100 ? { ok: true, value } : { ok: false };
}
