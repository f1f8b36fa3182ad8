/**
 * Cell values in and out of the budget workbook: calendar dates as Excel serial day numbers
 * (no time zone can shift a day), and the normalisation of what exceljs reads (formulas,
 * rich text, hyperlinks, dates) into plain values the importer can check.
 */
import { isRealDate, type IsoDate } from '../domain/dates';

const MS_PER_DAY = 86_400_000;
/** Serial day number of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * Excel serial day number (seriedato) of a calendar date. A whole number: the day itself,
 * not an instant, so the cell shows the same day in every time zone, DST days included.
 */
export function isoDateToSerial(date: IsoDate): number {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  return Date.UTC(y, m - 1, d) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

/** The dates of the day numbers read so far, up to this many (a plan's dates fall in a few years). */
const DAY_MEMO = 4096;
const isoByDay = new Map<number, IsoDate | null>();

function dayToIsoDate(day: number): IsoDate | null {
  const dt = new Date((day - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  const y = dt.getUTCFullYear();
  if (y < 1900 || y >= 2200) return null;
  const iso = `${String(y).padStart(4, '0')}-${String(dt.getUTCMonth() + 1).padStart(2, '0')}-${String(dt.getUTCDate()).padStart(2, '0')}`;
  return isRealDate(y, dt.getUTCMonth() + 1, dt.getUTCDate()) ? iso : null;
}

/** Calendar date of an Excel serial day number (a time of day is dropped); null when out of range. */
export function serialToIsoDate(serial: number): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  // A tiny tolerance: a serial that should be whole may arrive as 45292.99999999999.
  const day = Math.floor(serial + 1e-7);
  let iso = isoByDay.get(day);
  if (iso === undefined) {
    iso = dayToIsoDate(day);
    if (isoByDay.size < DAY_MEMO) isoByDay.set(day, iso);
  }
  return iso;
}

/** Calendar date of a JS Date that exceljs produced from a serial (exceljs uses UTC). */
export function excelDateToIsoDate(value: Date): IsoDate | null {
  const t = value.getTime();
  if (!Number.isFinite(t)) return null;
  return serialToIsoDate(t / MS_PER_DAY + UNIX_EPOCH_SERIAL);
}

/** Set on a value that is a formula's cached result: the formula (without «=»). */
interface FromFormula {
  formula?: string;
}

/** A cell's value reduced to what the importer understands. */
export type PlainCell =
  | { kind: 'empty' }
  | ({ kind: 'string'; value: string } & FromFormula)
  | ({ kind: 'number'; value: number } & FromFormula)
  | ({ kind: 'date'; value: Date } & FromFormula)
  | ({ kind: 'boolean'; value: boolean } & FromFormula)
  | ({ kind: 'error'; value: string } & FromFormula)
  /** A formula without a cached result (the file was never calculated). */
  | { kind: 'uncalculated'; formula: string };

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** The one empty cell: every empty cell reads as this (a cell is never changed once read). */
const EMPTY: PlainCell = Object.freeze({ kind: 'empty' });

/** A formula's cached result, marked with the formula (built at once, not copied from the plain result). */
function fromFormula(cached: PlainCell, formula: string): PlainCell {
  switch (cached.kind) {
    case 'string':
    case 'error':
      return { kind: cached.kind, value: cached.value, formula };
    case 'number':
      return { kind: 'number', value: cached.value, formula };
    case 'date':
      return { kind: 'date', value: cached.value, formula };
    case 'boolean':
      return { kind: 'boolean', value: cached.value, formula };
    default:
      return cached;
  }
}

/**
 * Normalises an exceljs cell value: a formula becomes its cached result, marked with the
 * formula (or `uncalculated`), rich text and hyperlinks become their text, a number that is
 * not finite the error value #NUM!.
 */
export function plainCell(value: unknown): PlainCell {
  if (value === null || value === undefined) return EMPTY;
  if (typeof value === 'string') return value === '' ? EMPTY : { kind: 'string', value };
  // A file can store NaN or ±Infinity where Excel never would: read it as Excel's #NUM! error.
  if (typeof value === 'number') return Number.isFinite(value) ? { kind: 'number', value } : { kind: 'error', value: '#NUM!' };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (value instanceof Date) return { kind: 'date', value };
  if (!isRecord(value)) return EMPTY;
  if ('formula' in value || 'sharedFormula' in value) {
    const result = value.result;
    const formula = typeof value.formula === 'string' ? value.formula : typeof value.sharedFormula === 'string' ? value.sharedFormula : '';
    if (result === undefined || result === null) return { kind: 'uncalculated', formula };
    return fromFormula(plainCell(result), formula);
  }
  if ('richText' in value && Array.isArray(value.richText)) {
    const text = value.richText.map((r: unknown) => (isRecord(r) && typeof r.text === 'string' ? r.text : '')).join('');
    return text === '' ? EMPTY : { kind: 'string', value: text };
  }
  if ('text' in value && typeof value.text === 'string') {
    return value.text === '' ? EMPTY : { kind: 'string', value: value.text };
  }
  if ('error' in value && typeof value.error === 'string') return { kind: 'error', value: value.error };
  return EMPTY;
}

/**
 * The text of a cell, for text fields: numbers become their plain digits, dates dd.mm.yyyy;
 * null for what is not text (an error value, a truth value, an uncalculated formula).
 */
export function cellText(cell: PlainCell): string | null {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'string':
      return cell.value;
    case 'number':
      return String(cell.value);
    case 'date': {
      const iso = excelDateToIsoDate(cell.value);
      return iso ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : null;
    }
    default:
      return null;
  }
}

/** Characters that make a spreadsheet read text as a formula (or a DDE command) when typed. */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/** True when user text starts like a formula; it is still written as a plain string cell. */
export function looksLikeFormula(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.includes(text.charAt(0));
}
