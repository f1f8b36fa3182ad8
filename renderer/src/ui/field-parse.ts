/** Reading numbers the user types in the detail panel (målverdi, timeverk), nb-NO style. */

/** Parses a målverdi: empty = none; «1 500», «2,5» and «-3» are accepted. */
export function parseTarget(text: string): { ok: true; value: number | null } | { ok: false } {
  const s = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  if (s === '') return { ok: true, value: null };
  if (!/^-?\d+(\.\d+)?$/.test(s)) return { ok: false };
  return { ok: true, value: Number(s) };
}

/** Parses timeverk: a whole, non-negative number («1 200»); empty = 0. */
export function parseHours(text: string): { ok: true; value: number } | { ok: false } {
  const s = text.trim().replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return { ok: true, value: 0 };
  if (!/^\d+$/.test(s)) return { ok: false };
  return { ok: true, value: Number(s) };
}
