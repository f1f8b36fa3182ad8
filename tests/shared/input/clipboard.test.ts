/** Reading a block of spreadsheet cells from the clipboard's text, and one-line paste. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_PASTE_CELLS, parseClipboardGrid, singleLine } from '@shared/input';

/** The grid, or the refusal's code. */
function read(text: string): string[][] | string {
  const r = parseClipboardGrid(text);
  return r.ok ? r.value : r.error.code;
}

/** The block as Excel puts it on the clipboard: quoted when a cell holds a tab, a line break or a quote; CRLF after each row. */
function excelText(grid: readonly (readonly string[])[]): string {
  const cell = (c: string) => (/[\t\r\n"]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c);
  return grid.map((row) => `${row.map(cell).join('\t')}\r\n`).join('');
}

describe('parseClipboardGrid', () => {
  it.each<[string, string, string[][] | string]>([
    ['one cell, no line end', 'Kurs', [['Kurs']]],
    ['one cell with Excel’s CRLF', 'Kurs\r\n', [['Kurs']]],
    ['rows with CRLF', 'a\tb\r\nc\td\r\n', [['a', 'b'], ['c', 'd']]],
    ['rows with LF', 'a\tb\nc\td\n', [['a', 'b'], ['c', 'd']]],
    ['rows with CR (old Mac)', 'a\tb\rc\td', [['a', 'b'], ['c', 'd']]],
    ['empty cells kept', '\tb\t\r\n\t\t\r\n', [['', 'b', ''], ['', '', '']]],
    ['a quoted cell with a line break (Alt+Enter)', '"Linje 1\nLinje 2"\t150 000\r\n', [['Linje 1\nLinje 2', '150 000']]],
    ['a quoted cell with doubled quotes', '"Sa ""hei""\nigjen"\tx', [['Sa "hei"\nigjen', 'x']]],
    ['a quoted cell with a tab', '"a\tb"\tc', [['a\tb', 'c']]],
    ['a quote not closed before a tab is read as it stands', '"Hei" sa han\tx', [['"Hei" sa han', 'x']]],
    ['an unclosed quote is read as it stands', '"åpen\tx', [['"åpen', 'x']]],
    ['quotes inside a cell', 'tiltak "A"\t1', [['tiltak "A"', '1']]],
    ['only the last line end is dropped', 'a\r\n\r\n', [['a'], ['']]],
    ['a lone tab is two empty cells', '\t', [['', '']]],
    ['empty', '', 'input.clipboard.empty'],
    ['only a line end', '\r\n', 'input.clipboard.empty'],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('refuses a block larger than the limit', () => {
    const row = `${'x\t'.repeat(999)}x\n`;
    expect(read(row.repeat(Math.ceil(MAX_PASTE_CELLS / 1000) + 1))).toBe('input.clipboard.tooLarge');
    expect(read(row.repeat(MAX_PASTE_CELLS / 1000))).not.toBe('input.clipboard.tooLarge');
  });

  it('reads back any block as Excel writes it', () => {
    const cellText = fc.string({ unit: fc.constantFrom('a', 'Ø', ' ', '"', '\t', '\n', '\r', '1', ',') , maxLength: 8 });
    const grid = fc
      .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
      .chain(([rows, cols]) => fc.array(fc.array(cellText, { minLength: cols, maxLength: cols }), { minLength: rows, maxLength: rows }))
      // One empty cell is an empty clipboard, refused on its own.
      .filter((g) => !(g.length === 1 && g[0]?.length === 1 && g[0][0] === ''));
    fc.assert(
      fc.property(grid, (g) => {
        expect(read(excelText(g))).toEqual(g);
      }),
    );
  });
});

describe('singleLine', () => {
  it.each<[string, string]>([
    ['Kurs i\tdigitalisering', 'Kurs i digitalisering'],
    ['Linje 1\r\nLinje 2\nLinje 3\r', 'Linje 1 Linje 2 Linje 3'],
    ['\t Tittel \n', 'Tittel'],
    ['a\u2028b', 'a b'],
    ['uendret', 'uendret'],
  ])('%j → %j', (text, expected) => {
    expect(singleLine(text)).toBe(expected);
  });
});
