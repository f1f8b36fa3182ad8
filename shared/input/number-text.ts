/**
 * Reading a typed number (tallinndata) the way every field of the app does: one set of
 * rules for kroner, plain numbers (KPI values), percent and hours, so «1.500» means the
 * same in the table, the detail panel, the frame form, the scenarios and the Excel import.
 *
 * The rules, per language (språk):
 * - bokmål (`nb`): the decimal sign is a comma («2,5»). Thousands are grouped by a space of
 *   any kind (space, no-break space U+00A0, narrow no-break space U+202F, thin space) or a
 *   dot, in groups of exactly three digits: «1 234 567», «1.234.567», «1.500,5».
 *   A dot is therefore never a decimal sign: «1.500» is one thousand five hundred, and
 *   «1.5» or «12.25» (a dot that does not group thousands) is refused with
 *   `input.format.decimalComma`, which tells the user to write «1,5».
 * - English (`en`): the mirror image — a point is the decimal sign («2.5»), thousands are
 *   grouped by a space or a comma («1,234,567»), and «1,5» is refused the same way.
 * - One kind of group separator per number («1.234 567» is refused), and groups of three
 *   after the first («12 34» is refused with `input.format.grouping`): a slip of the finger
 *   must not silently become another amount.
 * - A leading minus («-», or the typographic «−» U+2212 that Intl writes) makes the value
 *   negative; whether a negative value is allowed is for the caller (kroner and hours refuse
 *   it with their own reason).
 */
import type { MessageLanguage } from '../i18n/message';

/** Spaces that group thousands: space, no-break, narrow no-break, thin, figure space. */
const SPACES = /[ \u00a0\u202f\u2009\u2007]+/g;

/** The decimal sign and the punctuation that groups thousands in a language (desimaltegn, tusenskille). */
export const SEPARATORS: Readonly<Record<MessageLanguage, { decimal: string; group: string }>> = {
  nb: { decimal: ',', group: '.' },
  en: { decimal: '.', group: ',' },
};

/** What reading a number's text gave: the value, or why not. */
export type NumberTextResult =
  | { ok: true; value: number; negative: boolean; hasFraction: boolean }
  | { ok: false; reason: 'empty' | 'notNumber' | 'grouping' | 'decimalSeparator'; suggestion?: string };

/** True when `digits` are 1–3 digits followed by groups of three, joined by `sep`. */
function isGrouped(text: string, sep: string): boolean {
  const groups = text.split(sep);
  const [first, ...rest] = groups;
  return first !== undefined && /^\d{1,3}$/.test(first) && rest.length > 0 && rest.every((g) => /^\d{3}$/.test(g));
}

/**
 * Reads the integer part of a number: plain digits, or digits grouped by spaces or by the
 * language's group punctuation (never both). Returns the bare digits, or null.
 */
function readIntegerPart(text: string, group: string): string | null | 'grouping' {
  if (/^\d+$/.test(text)) return text;
  const hasSpace = /[ \u00a0\u202f\u2009\u2007]/.test(text);
  const hasGroup = text.includes(group);
  if (hasSpace && hasGroup) return 'grouping';
  if (hasSpace) {
    const spaced = text.replace(SPACES, ' ');
    if (!/^[\d ]+$/.test(spaced)) return null;
    return isGrouped(spaced, ' ') ? spaced.replace(/ /g, '') : 'grouping';
  }
  if (hasGroup) {
    if (!new RegExp(`^[\\d${group === '.' ? '\\.' : ','}]+$`).test(text)) return null;
    return isGrouped(text, group) ? text.split(group).join('') : 'grouping';
  }
  return null;
}

/**
 * Reads a number as typed in a language (tall som tekst), after the caller has removed its
 * unit («kr», «%», «timer»). The text is trimmed; see the module comment for the rules.
 */
export function readNumberText(input: string, language: MessageLanguage): NumberTextResult {
  let s = input.trim();
  if (s === '') return { ok: false, reason: 'empty' };
  const { decimal, group } = SEPARATORS[language];
  let negative = false;
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    negative = true;
    s = s.slice(1).trimStart();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trimStart();
  }
  if (s === '' || !/^[\d \u00a0\u202f\u2009\u2007.,]+$/.test(s) || !/\d/.test(s)) return { ok: false, reason: 'notNumber' };

  let intText = s;
  let fracText = '';
  const decimalAt = s.indexOf(decimal);
  if (decimalAt >= 0) {
    intText = s.slice(0, decimalAt);
    fracText = s.slice(decimalAt + 1);
    if (!/^\d+$/.test(fracText)) {
      // «1,5,3» or «2,» — a second decimal sign or none after it.
      return { ok: false, reason: 'notNumber' };
    }
    if (intText === '') intText = '0';
  }

  const digits = readIntegerPart(intText.trim(), group);
  if (digits === 'grouping' || digits === null) {
    // A lone group mark with 1–2 or 4+ digits after it is a decimal sign from the other
    // language («1.5» in bokmål): say which sign to use instead of «not a number».
    const other = new RegExp(`^(\\d+)\\${group}(\\d+)$`).exec(intText.trim());
    if (other && decimalAt < 0) {
      const suggestion = `${negative ? '-' : ''}${other[1] ?? ''}${decimal}${other[2] ?? ''}`;
      return { ok: false, reason: 'decimalSeparator', suggestion };
    }
    return { ok: false, reason: digits === 'grouping' ? 'grouping' : 'notNumber' };
  }
  const value = Number(fracText === '' ? digits : `${digits}.${fracText}`);
  if (!Number.isFinite(value)) return { ok: false, reason: 'notNumber' };
  return { ok: true, value: negative && value !== 0 ? -value : value, negative: negative && value !== 0, hasFraction: /[1-9]/.test(fracText) };
}
