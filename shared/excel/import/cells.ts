/**
 * Cell readers of the import (cellelesere): each turns one cell into a field value, or says
 * what it expected and what it found — both as messages (`excel.expected.*`,
 * `excel.found.*`), so the error reads right in either language. Text in a number or
 * date cell is read with shared/input, exactly as the app's fields read what is typed
 * (in the workbook's language); its refusal comes along as the `reason`.
 */
import type { IsoDate } from '../../domain/dates';
import type { Priority } from '../../domain/entities';
import { msg, type Message, type MessageLanguage } from '../../i18n/message';
import { MAX_KRONER, parseDate, parseHours, parseKroner, parsePercent, type ParseResult } from '../../input';
import { cellText, excelDateToIsoDate, serialToIsoDate, type PlainCell } from '../cells';
import { nameKey } from '../plan-context';
import { allWorkbookWords } from '../words';

/** A read value, or what was expected and found (and, for typed text, why it was refused). */
export type Parsed<T> = { ok: true; value: T } | { ok: false; expected: Message; found: Message; reason?: Message };

/** A value that was read. */
export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

/** A cell that could not be read. */
export const fail = <T>(expected: Message, found: Message): Parsed<T> => ({ ok: false, expected, found });

/** A text cell read with a shared/input parser: its value, or its refusal as the reason. */
function parsedText<T>(result: ParseResult<T>, expectedMessage: Message, cell: PlainCell): Parsed<T> {
  return result.ok ? ok(result.value) : { ok: false, expected: expectedMessage, found: describe(cell), reason: result.error };
}

/** An `excel.expected.<kind>` message. */
export const expected = (kind: string, params?: Record<string, string | number>): Message => msg(`excel.expected.${kind}`, params);

/** An `excel.found.<kind>` message. */
export const found = (kind: string, params?: Record<string, string | number>): Message => msg(`excel.found.${kind}`, params);

/** «found» for a name that is unknown or matches several things. */
export const foundName = (value: string, matches: number): Message => found(matches > 1 ? 'ambiguous' : 'unknown', { value });

/** A long text shortened for a message. */
function brief(t: string): string {
  return t.length > 60 ? `${t.slice(0, 57)}…` : t;
}

/** What a cell holds, as a message («fant …»). */
export function describe(cell: PlainCell): Message {
  switch (cell.kind) {
    case 'empty':
      return found('empty');
    case 'error':
      return found('error', { value: cell.value });
    case 'uncalculated':
      return found('uncalculated', { formula: brief(cell.formula) });
    case 'date': {
      const iso = excelDateToIsoDate(cell.value);
      return iso === null ? found('invalidDate') : found('date', { value: `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` });
    }
    case 'number':
      return found('number', { value: cell.value });
    case 'boolean':
      return msg('excel.found.boolean', { value: msg(`excel.workbook.boolean.${String(cell.value)}`) });
    case 'string':
      return found('unknown', { value: brief(cell.value) });
  }
}

/** True when the cell holds a formula (with or without a cached result). */
export function isFormula(cell: PlainCell): boolean {
  return cell.kind === 'uncalculated' || (cell.kind !== 'empty' && cell.formula !== undefined);
}

/**
 * Text of at most `max` characters. A formula is refused, even with a cached result: its
 * result (e.g. the «klikk» of =HYPERLINK(…)) is not what the planner meant to type.
 */
export function readText(cell: PlainCell, max: number, required: boolean): Parsed<string> {
  if (cell.kind !== 'empty' && cell.kind !== 'uncalculated' && cell.formula !== undefined) {
    return fail(expected('text', { max }), found('formula', { formula: brief(cell.formula) }));
  }
  const t = cellText(cell);
  if (t === null) return fail(expected('text', { max }), describe(cell));
  if (required && t.trim() === '') return fail(expected('value'), describe(cell));
  if (t.length > max) return fail(expected('text', { max }), found('characters', { count: t.length }));
  return ok(t);
}

/** Whole kroner, 0 or more; an empty cell is 0 when `emptyIsZero`; text as the amount fields read it. */
export function readMoney(cell: PlainCell, emptyIsZero: boolean, language: MessageLanguage = 'nb'): Parsed<number> {
  if (cell.kind === 'empty') return emptyIsZero ? ok(0) : fail(expected('amount'), describe(cell));
  if (cell.kind === 'number') {
    const v = cell.value;
    return Number.isInteger(v) && v >= 0 && v <= MAX_KRONER ? ok(v) : fail(expected('amount'), describe(cell));
  }
  if (cell.kind === 'string') return parsedText(parseKroner(cell.value, { language }), expected('amount'), cell);
  return fail(expected('amount'), describe(cell));
}

/** Whole hours from 0 to `max`; an empty cell is 0; text as the hours fields read it. */
export function readInteger(cell: PlainCell, max: number, language: MessageLanguage = 'nb'): Parsed<number> {
  if (cell.kind === 'empty') return ok(0);
  if (cell.kind === 'string') return parsedText(parseHours(cell.value, { language, max }), expected('integer'), cell);
  const v = cell.kind === 'number' ? cell.value : null;
  return v !== null && Number.isInteger(v) && v >= 0 && v <= max ? ok(v) : fail(expected('integer'), describe(cell));
}

/** A percent from 0 to 100 (målandel); text as the percent fields read it. */
export function readPercent(cell: PlainCell, language: MessageLanguage = 'nb'): Parsed<number> {
  if (cell.kind === 'string') return parsedText(parsePercent(cell.value, { language }), expected('percent'), cell);
  const v = cell.kind === 'number' ? cell.value : NaN;
  return Number.isFinite(v) && v >= 0 && v <= 100 ? ok(v) : fail(expected('percent'), describe(cell));
}

/** A calendar date (serial number, date cell, or text as the date fields read it); an empty cell is no date. */
export function readDate(cell: PlainCell): Parsed<IsoDate | null> {
  switch (cell.kind) {
    case 'empty':
      return ok(null);
    case 'number': {
      const d = serialToIsoDate(cell.value);
      return d === null ? fail(expected('date'), describe(cell)) : ok(d);
    }
    case 'date': {
      const d = excelDateToIsoDate(cell.value);
      return d === null ? fail(expected('date'), describe(cell)) : ok(d);
    }
    case 'string':
      return parsedText(parseDate(cell.value), expected('date'), cell);
    default:
      return fail(expected('date'), describe(cell));
  }
}

/** The prioritet a cell text names, or null (readPriority's rule). */
function priorityOf(text: string): Priority | null {
  const t = text.trim().toLocaleLowerCase('nb');
  for (const p of [1, 2, 3] as const) {
    const words = allWorkbookWords().map((w) => w.priority[String(p) as '1' | '2' | '3']);
    if (t === String(p) || words.includes(t) || t.startsWith(`${p} `) || t.startsWith(`${p}-`) || t.startsWith(`${p}(`)) return p;
  }
  return null;
}

/** The prioritet of each distinct cell text, up to this many (a sheet repeats a handful). */
const PRIORITY_TEXT_MEMO = 256;
const priorityByText = new Map<string, Priority | null>();

/** Prioritet: 1, 2, 3, or the words for them in any workbook language (må / must …). */
export function readPriority(cell: PlainCell, fallback: Priority | null): Parsed<Priority> {
  if (cell.kind === 'empty' && fallback !== null) return ok(fallback);
  const text = cellText(cell) ?? '';
  let p = priorityByText.get(text);
  if (p === undefined) {
    p = priorityOf(text);
    // Bounded: a hostile sheet of unique texts only costs the lookup, never memory.
    if (priorityByText.size < PRIORITY_TEXT_MEMO) priorityByText.set(text, p);
  }
  return p === null ? fail(expected('priority'), describe(cell)) : ok(p);
}

/**
 * One of a set of words (status, kilde …) in any workbook language, or the key itself.
 * `expectedMessage` names the choices in the workbook's language.
 */
export function readEnum<T extends string>(
  cell: PlainCell,
  labels: readonly Readonly<Record<T, string>>[],
  expectedMessage: Message,
  fallback: T | null,
): Parsed<T> {
  if (cell.kind === 'empty' && fallback !== null) return ok(fallback);
  const key = enumKey(labels, cellText(cell) ?? '');
  return key === undefined ? fail(expectedMessage, describe(cell)) : ok(key as T);
}

/** The texts a sheet repeats (a status, a kilde) are normalised once per list, up to this many. */
const ENUM_TEXT_MEMO = 256;
const enumTexts = new WeakMap<readonly object[], Map<string, string | undefined>>();

/** The key of a cell's text in a list of label sets (enumIndex of its nameKey), memoised per text. */
function enumKey(labels: readonly Readonly<Record<string, string>>[], text: string): string | undefined {
  let memo = enumTexts.get(labels);
  if (!memo) {
    memo = new Map();
    enumTexts.set(labels, memo);
  }
  if (memo.has(text)) return memo.get(text);
  const key = enumIndex(labels).get(nameKey(text));
  // Bounded: a hostile sheet of unique texts only costs the lookup, never memory.
  if (memo.size < ENUM_TEXT_MEMO) memo.set(text, key);
  return key;
}

/**
 * Word → key of a list of label sets, the first set and entry winning (as a scan in that
 * order would), built once per list: readEnum is asked once per cell.
 */
const enumIndexes = new WeakMap<readonly object[], Map<string, string>>();
function enumIndex(labels: readonly Readonly<Record<string, string>>[]): Map<string, string> {
  let index = enumIndexes.get(labels);
  if (!index) {
    index = new Map();
    for (const set of labels) {
      for (const [key, label] of Object.entries(set)) {
        if (!index.has(nameKey(label))) index.set(nameKey(label), key);
        if (!index.has(key.toLowerCase())) index.set(key.toLowerCase(), key);
      }
    }
    enumIndexes.set(labels, index);
  }
  return index;
}

const choiceMessages = new WeakMap<object, Map<string, Message>>();

/** The «one of …» message for a set of words, listed in the workbook's language (built once per set and kind). */
export function choices(kind: 'status' | 'source' | 'fundingStatus', labels: Readonly<Record<string, string>>): Message {
  let byKind = choiceMessages.get(labels);
  if (!byKind) {
    byKind = new Map();
    choiceMessages.set(labels, byKind);
  }
  let m = byKind.get(kind);
  if (!m) {
    m = expected(kind, { choices: Object.values(labels).join(', ') });
    byKind.set(kind, m);
  }
  return m;
}

/** A tiltak's Nr: non-empty text of at most 20 characters. */
export function readNumberText(cell: PlainCell): Parsed<string> {
  // Nr is a text field too: a formula's cached result (=ROW()-1, =HYPERLINK(…)) is not taken.
  if (cell.kind !== 'empty' && cell.kind !== 'uncalculated' && cell.formula !== undefined) {
    return fail(expected('number'), found('formula', { formula: brief(cell.formula) }));
  }
  const t = cellText(cell);
  if (t === null || t.trim() === '') return fail(expected('number'), describe(cell));
  const s = t.trim();
  return s.length > 20 ? fail(expected('number'), describe(cell)) : ok(s);
}
