/**
 * Utklippstavle: reading a block of cells copied from a spreadsheet (Excel, LibreOffice,
 * Google Sheets) out of the clipboard's plain text, and making pasted text fit a one-line
 * field. The text is tab-separated rows ending in CRLF, LF or CR; Excel writes a cell that
 * holds a line break (Alt+Enter) or a quote inside double quotes, with each inner quote
 * doubled, and ends the block with one line break. A quote that is not closed right before
 * a tab or a line end was not written as quoting, so that cell is read as it stands.
 */
import { msg } from '../i18n/message';
import type { ParseResult } from './parse';

/** Most cells one paste may cover (innlimingsgrense): a 10 000-tiltak table's ten columns. */
export const MAX_PASTE_CELLS = 100_000;

/** Celleblokk: the rows of a pasted block, each a list of cell texts (rows may differ in length). */
export type ClipboardGrid = readonly (readonly string[])[];

const isLineEnd = (c: string | undefined): boolean => c === '\n' || c === '\r';

/** Length of the line end at `i` (CRLF counts as one), 0 when there is none. */
function lineEndLength(text: string, i: number): number {
  if (text[i] === '\r') return text[i + 1] === '\n' ? 2 : 1;
  return text[i] === '\n' ? 1 : 0;
}

/**
 * Reads a quoted cell starting at `start` (the opening quote): its text and where the cell
 * ends, or null when the closing quote is not followed by a tab, a line end or the end.
 */
function readQuoted(text: string, start: number): { value: string; end: number } | null {
  let value = '';
  let i = start + 1;
  while (i < text.length) {
    const c = text[i];
    if (c === '"') {
      if (text[i + 1] === '"') {
        value += '"';
        i += 2;
        continue;
      }
      const next = text[i + 1];
      return next === undefined || next === '\t' || isLineEnd(next) ? { value, end: i + 1 } : null;
    }
    value += c;
    i += 1;
  }
  return null;
}

/**
 * Leser celleblokk: the clipboard's plain text as rows of cells. Refuses empty text
 * (`input.clipboard.empty`) and a block of more than MAX_PASTE_CELLS cells
 * (`input.clipboard.tooLarge`).
 */
export function parseClipboardGrid(text: string): ParseResult<string[][]> {
  // The one line break a spreadsheet puts after the last row ends the block; it is no row.
  const end = text.length - (text.endsWith('\r\n') ? 2 : isLineEnd(text[text.length - 1]) ? 1 : 0);
  if (end <= 0) return { ok: false, error: msg('input.clipboard.empty') };
  const body = text.slice(0, end);
  const rows: string[][] = [[]];
  let cells = 0;
  let i = 0;
  for (;;) {
    let value: string;
    const quoted = body[i] === '"' ? readQuoted(body, i) : null;
    if (quoted) {
      value = quoted.value;
      i = quoted.end;
    } else {
      let j = i;
      while (j < body.length && body[j] !== '\t' && !isLineEnd(body[j])) j += 1;
      value = body.slice(i, j);
      i = j;
    }
    cells += 1;
    if (cells > MAX_PASTE_CELLS) return { ok: false, error: msg('input.clipboard.tooLarge', { max: MAX_PASTE_CELLS }) };
    const row = rows[rows.length - 1];
    row?.push(value);
    if (i >= body.length) break;
    if (body[i] === '\t') {
      i += 1;
    } else {
      i += lineEndLength(body, i);
      rows.push([]);
    }
  }
  return { ok: true, value: rows };
}

/**
 * Én linje: pasted text for a one-line field (a title, a name) — every run of tabs and line
 * breaks becomes one space, and the ends are trimmed.
 */
export function singleLine(text: string): string {
  return text.replace(/[\t\n\v\f\r\u0085\u2028\u2029]+/g, ' ').trim();
}
