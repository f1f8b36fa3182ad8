/**
 * Finansieringslinjer som formlene ikke teller: the export sums each tiltak's funding over
 * its own block of Finansiering rows (layout.fundingBlocks), not over whole columns. A line
 * the user puts elsewhere — in another tiltak's block, far below the others, or after
 * sorting the sheet — still belongs to its tiltak by Nr, and the import reads it so; but the
 * workbook's own totals left it out, so the numbers the user saw in Excel were not the ones
 * the import would give. This check finds such lines from the formulas themselves: the rows
 * of Finansiering that a tiltak's formula (in the column of the line's kilde) refers to.
 * A cell without a formula, or a formula that does not refer to Finansiering, is not checked.
 */
import type { Row } from 'exceljs';
import type { FundingSource } from '../domain/entities';
import { msg, type Message } from '../i18n/message';
import { columnLetter, type ActionColumnKey } from './layout';
import { nameKey } from './plan-context';
import { allWorkbookWords } from './words';

/** The Tiltak column whose formula sums each kilde. */
const SOURCE_COLUMN: Readonly<Record<FundingSource, ActionColumnKey>> = { own: 'ownFunds', partner: 'partnerFunds', external: 'externalFunds' };

/** A sheet reference in a formula: sheet name and the rows it covers (null = whole columns). */
const REFERENCE = /(?:'((?:[^']|'')+)'|([A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*))!\$?[A-Za-z]{1,3}\$?(\d+)?(?::\$?[A-Za-z]{1,3}\$?(\d+)?)?/g;

/**
 * The rows of `sheet` that `formula` refers to, as [first, last] spans; `'all'` when it
 * refers to whole columns; null when it does not refer to `sheet` at all.
 */
export function referencedRows(formula: string, sheet: string): [number, number][] | 'all' | null {
  return rowsOfSheet(formula, nameKey(sheet));
}

/** nameKey of a sheet name in a formula; the last one is remembered (a formula names the same sheet again and again). */
let lastSheetName = '';
let lastSheetKey = nameKey('');
function sheetKeyOf(name: string): string {
  if (name !== lastSheetName) {
    lastSheetKey = nameKey(name);
    lastSheetName = name;
  }
  return lastSheetKey;
}

/** referencedRows with the sheet's name already normalised (nameKey). */
function rowsOfSheet(formula: string, key: string): [number, number][] | 'all' | null {
  // A quoted sheet name ('Mitt ark'!A1) takes the regular expression; the rest a scanner that finds the same matches.
  if (!formula.includes("'")) return scanRowsOfSheet(formula, key);
  const spans: [number, number][] = [];
  // exec in a loop (no iterator per match); lastIndex is reset on every call.
  REFERENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REFERENCE.exec(formula)) !== null) {
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
    const spanned = addSpan(spans, sheetKeyOf(name), key, m[3] === undefined ? undefined : Number(m[3]), m[4] === undefined ? undefined : Number(m[4]));
    if (spanned === 'all') return 'all';
  }
  return spans.length > 0 ? spans : null;
}

/** Adds the rows of one reference to `spans` when it names the sheet (`sheet`: the name's key); 'all' for whole columns. */
function addSpan(spans: [number, number][], sheet: string, key: string, from: number | undefined, to: number | undefined): 'all' | undefined {
  if (sheet !== key) return undefined;
  if (from === undefined) return 'all';
  const a = from;
  const b = to === undefined ? a : to;
  spans.push([Math.min(a, b), Math.max(a, b)]);
  return undefined;
}

/** The key of the name f[p, e): the last name's without a copy when it is the same name again. */
function nameKeyAt(f: string, p: number, e: number): string {
  if (e - p === lastSheetName.length && f.startsWith(lastSheetName, p)) return lastSheetKey;
  return sheetKeyOf(f.slice(p, e));
}

/** The number of the digits f[d, i) (as Number of them: exact by hand up to 15 digits). */
function digitsAt(f: string, d: number, i: number): number {
  if (i - d > 15) return Number(f.slice(d, i));
  let n = 0;
  for (let k = d; k < i; k++) n = n * 10 + (f.charCodeAt(k) - 48);
  return n;
}

// Character classes of REFERENCE without quotes (code units, as the regular expression without the u flag).
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** [A-Za-z_\u00c0-\uffff]: where an unquoted sheet name may start. */
const isNameStart = (c: number): boolean => isLetter(c) || c === 95 || c >= 0xc0;
/** [\w.\u00c0-\uffff]: the rest of an unquoted sheet name. */
const isNameChar = (c: number): boolean => isNameStart(c) || isDigit(c) || c === 46;

/**
 * REFERENCE's matches in a formula without quotes, found by hand (no match arrays, no
 * substrings: the name is compared in place with the last one): the leftmost name start, its run of name characters, «!», then the
 * greedy cell part `$?A{1,3}$?1*` and the optional `:$?A{1,3}$?1*` — each optional part of the
 * expression is taken whenever it can be, as the regular expression's first successful path does.
 */
function scanRowsOfSheet(f: string, key: string): [number, number][] | 'all' | null {
  const spans: [number, number][] = [];
  // Where the next match may start. A match ends its name at a «!»: the «!»s are found with
  // indexOf, and each one's name is the run of name characters before it (not before p) from
  // its first name start — the start the regular expression's leftmost match takes, since every
  // start inside the run runs to the same «!», and a start before the run ends its name at a
  // character that is neither a name character nor «!» (there is no «!» between p and this one).
  let p = 0;
  for (let e = f.indexOf('!'); e >= 0; e = f.indexOf('!', p)) {
    let start = e;
    while (start > p && isNameChar(f.charCodeAt(start - 1))) start--;
    while (start < e && !isNameStart(f.charCodeAt(start))) start++;
    let i = e + 1;
    if (f.charCodeAt(i) === 36) i++;
    if (start === e || !isLetter(f.charCodeAt(i))) {
      // No name before this «!», or no cell after it: no match runs through it.
      p = e + 1;
      continue;
    }
    for (let k = 0; k < 3 && isLetter(f.charCodeAt(i)); k++) i++;
    if (f.charCodeAt(i) === 36) i++;
    const d1 = i;
    while (isDigit(f.charCodeAt(i))) i++;
    const from = i > d1 ? digitsAt(f, d1, i) : undefined;
    let to: number | undefined;
    if (f.charCodeAt(i) === 58) {
      let j = i + 1;
      if (f.charCodeAt(j) === 36) j++;
      if (isLetter(f.charCodeAt(j))) {
        for (let k = 0; k < 3 && isLetter(f.charCodeAt(j)); k++) j++;
        if (f.charCodeAt(j) === 36) j++;
        const d2 = j;
        while (isDigit(f.charCodeAt(j))) j++;
        to = j > d2 ? digitsAt(f, d2, j) : undefined;
        i = j;
      }
    }
    if (addSpan(spans, nameKeyAt(f, start, e), key, from, to) === 'all') return 'all';
    p = i;
  }
  return spans.length > 0 ? spans : null;
}

/** True when one of the spans holds `row`. */
function covers(spans: readonly [number, number][], row: number): boolean {
  for (const [first, last] of spans) if (row >= first && row <= last) return true;
  return false;
}

/** One tiltak row of the Tiltak sheet, as the import read it. */
export interface CoverageAction {
  row: Row;
  rowNumber: number;
  number: string;
}

/** One Finansiering row, as the import read it. */
export interface CoverageLine {
  row: Row;
  rowNumber: number;
}

/** What uncountedFundingLines looks at (`A`: the caller's tiltak rows, handed back to `linesOf`). */
export interface CoverageInput<A extends CoverageAction = CoverageAction> {
  /** Names of the two sheets as they stand in the workbook. */
  actionSheet: string;
  fundingSheet: string;
  actions: readonly A[];
  /** The Finansiering rows of a tiltak (by its Nr). */
  linesOf: (action: A) => readonly CoverageLine[];
  /** Column of Kilde on Finansiering, and the column of a Tiltak field (null when missing). */
  sourceColumn: number | null;
  actionColumn: (key: ActionColumnKey) => number | null;
  /** Column of Tiltak nr on Finansiering (where the message points). */
  numberColumn: number;
}

/**
 * Finansieringslinjer som ikke telles: one message (`excel.fundingBlocks.notCounted`) per
 * Finansiering row whose tiltak's formula for the line's kilde does not cover the row.
 */
export function uncountedFundingLines<A extends CoverageAction>(input: CoverageInput<A>): Message[] {
  const messages: Message[] = [];
  if (input.sourceColumn === null) return messages;
  // Kilde as the import reads it: the label in any workbook language or the internal key, in any case.
  const sourceByKey = new Map<string, FundingSource>();
  for (const source of ['own', 'partner', 'external'] as const) {
    for (const words of allWorkbookWords()) sourceByKey.set(nameKey(words.source[source]), source);
    sourceByKey.set(source, source);
  }
  // The kilde of each distinct cell text, normalised once (a sheet repeats a handful of texts).
  const sourceByText = new Map<string, FundingSource | null>();
  const sourceColumn = input.sourceColumn;
  const formulaColumn = { own: input.actionColumn(SOURCE_COLUMN.own), partner: input.actionColumn(SOURCE_COLUMN.partner), external: input.actionColumn(SOURCE_COLUMN.external) };
  const sheetKey = nameKey(input.fundingSheet);
  // The rows each kilde's formula covers, per tiltak (undefined: not read yet); one record, reset per tiltak.
  const rowsBySource: Record<FundingSource, [number, number][] | 'all' | null | undefined> = { own: undefined, partner: undefined, external: undefined };
  for (let a = 0; a < input.actions.length; a++) {
    const action = input.actions[a];
    if (action === undefined) continue;
    const lines = input.linesOf(action);
    if (lines.length === 0) continue;
    rowsBySource.own = rowsBySource.partner = rowsBySource.external = undefined;
    for (let l = 0; l < lines.length; l++) {
      const line = lines[l];
      if (line === undefined) continue;
      // Cells are looked up, never created (a missing cell reads as exceljs' empty text).
      const text = line.row.findCell(sourceColumn)?.text ?? '';
      let source = sourceByText.get(text);
      if (source === undefined) {
        source = sourceByKey.get(nameKey(text)) ?? null;
        // Bounded: a sheet of unique texts only costs the lookup, never memory.
        if (sourceByText.size < 256) sourceByText.set(text, source);
      }
      // An unknown kilde is the import's own error already.
      if (source === null) continue;
      let rows = rowsBySource[source];
      if (rows === undefined) {
        const col = formulaColumn[source];
        const formula = col === null ? undefined : action.row.findCell(col)?.formula;
        rows = typeof formula === 'string' && formula !== '' ? rowsOfSheet(formula, sheetKey) : null;
        rowsBySource[source] = rows;
      }
      if (rows === null || rows === 'all' || covers(rows, line.rowNumber)) continue;
      messages.push(
        msg(
          'excel.fundingBlocks.notCounted',
          { number: action.number, actionSheet: input.actionSheet, actionRow: action.rowNumber },
          { sheet: input.fundingSheet, row: line.rowNumber, column: columnLetter(input.numberColumn), field: 'excel.workbook.fundingColumns.actionNumber' },
        ),
      );
    }
  }
  return messages;
}
