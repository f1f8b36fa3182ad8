/**
 * The sheet scanner of the import limits (arkskanner, shared/excel/limits.ts) skips from «<»
 * to «<» between tags (issue 13: the zip check's cost). Property: on any XML-like bytes, cut
 * into any pieces, under any limits, it counts the same rows, cells and highest column, and
 * refuses with the same message at the same point, as the byte-by-byte machine it replaced
 * (kept below as the reference).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnLetter } from '@shared/excel/layout';
import { DEFAULT_LIMITS, SheetScanner, type WorkbookLimits } from '@shared/excel/limits';
import { strToU8 } from 'fflate';

/** The scanner before issue 13, byte by byte: the reference. Throws `{ code, params }` on a refusal. */
class ReferenceScanner {
  rows = 0;
  cells = 0;
  maxColumn = 0;
  private b1 = 0;
  private b2 = 0;
  private b3 = 0;
  private b4 = 0;
  private inCell = false;
  private inRow = false;
  private attrState = 0;
  private letters = 0;

  constructor(
    private readonly name: string,
    private readonly limits: WorkbookLimits,
    private readonly cellsBefore = 0,
  ) {}

  push(chunk: Uint8Array): void {
    const { maxRows, maxCells, maxColumns } = this.limits;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] ?? 0;
      const delim = c === 0x20 || c === 0x3e || c === 0x2f || c === 0x09 || c === 0x0a || c === 0x0d;
      if (delim) {
        if (this.b4 === 0x3c && this.b3 === 0x72 && this.b2 === 0x6f && this.b1 === 0x77) {
          if (++this.rows > maxRows) throw { code: 'too-many-rows', params: { sheet: this.name, max: maxRows } };
          this.inRow = true;
          this.attrState = 0;
        } else if (this.b2 === 0x3c && this.b1 === 0x63) {
          if (++this.cells > maxCells) throw { code: 'too-many-cells', params: { sheet: this.name, max: maxCells } };
          if (this.cells + this.cellsBefore > this.limits.maxTotalCells) throw { code: 'too-many-cells-total', params: { max: this.limits.maxTotalCells } };
          this.inCell = true;
          this.attrState = 0;
          this.letters = 0;
        }
      }
      if (this.inCell || this.inRow) this.scanCellAttr(c, maxColumns);
      this.b4 = this.b3;
      this.b3 = this.b2;
      this.b2 = this.b1;
      this.b1 = c;
    }
  }

  private scanCellAttr(c: number, maxColumns: number): void {
    if (c === 0x3e) throw { code: 'cell-without-reference', params: { sheet: this.name } };
    switch (this.attrState) {
      case 0:
      case 1:
        this.attrState = c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d ? 1 : this.attrState === 1 && c === 0x72 ? 2 : 0;
        return;
      case 2:
        this.attrState = c === 0x3d ? 3 : c === 0x20 ? 1 : 0;
        return;
      case 3:
        this.attrState = c === 0x22 || c === 0x27 ? 4 : 0;
        if (this.attrState === 4 && this.inRow) this.inRow = false;
        return;
      case 4:
        if (c >= 0x41 && c <= 0x5a) {
          this.letters = this.letters * 26 + (c - 0x40);
          if (this.letters > maxColumns) throw { code: 'too-many-columns', params: { sheet: this.name, column: columnLetter(Math.min(this.letters, 16384)), max: maxColumns } };
        } else {
          if (this.letters > this.maxColumn) this.maxColumn = this.letters;
          this.inCell = false;
        }
        return;
    }
  }
}

interface Outcome {
  rows: number;
  cells: number;
  maxColumn: number;
  refused: string | null;
  /** Pieces fed before the refusal. */
  at: number;
}

function run(scanner: { rows: number; cells: number; maxColumn: number; push(c: Uint8Array): void }, pieces: Uint8Array[], codeOf: (e: unknown) => string): Outcome {
  for (let at = 0; at < pieces.length; at++) {
    try {
      scanner.push(pieces[at] ?? new Uint8Array(0));
    } catch (e) {
      return { rows: scanner.rows, cells: scanner.cells, maxColumn: scanner.maxColumn, refused: codeOf(e), at };
    }
  }
  return { rows: scanner.rows, cells: scanner.cells, maxColumn: scanner.maxColumn, refused: null, at: pieces.length };
}

/** The refusal SheetScanner throws carries its message (`excel.limits.<code>`). */
const newCode = (e: unknown): string => {
  const error = (e as { error?: { code: string; params?: unknown } }).error;
  if (!error) throw e;
  return `${error.code.replace(/^excel\.limits\./, '')} ${JSON.stringify(error.params)}`;
};
const refCode = (e: unknown): string => {
  const r = e as { code: string; params: unknown };
  return `${r.code} ${JSON.stringify(r.params)}`;
};

function cut(bytes: Uint8Array, at: number[]): Uint8Array[] {
  const points = [...new Set(at.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const pieces: Uint8Array[] = [];
  let from = 0;
  for (const p of points) {
    pieces.push(bytes.subarray(from, p));
    from = p;
  }
  pieces.push(bytes.subarray(from));
  return pieces;
}

/** XML-like text: the tags the scanner looks for, their near misses, delimiters and references. */
const token = fc.constantFrom(
  '<c', '<c ', '<c>', '<c/>', '<c\t', '<c\n', '<row', '<row ', '<row>', '<ro', '<rows ', '<col ', '<cc ', '</c>', '</row>', '<v>', '</v>', '<', '<<',
  'c', 'r', 'o', 'w', ' ', '\t', '\n', '\r', '>', '/', '=', '"', "'", ' r="', " r='", ' r=', 'r="', ' s="1"', ' t="s"',
  'A', 'B', 'Z', 'AA', 'AZ', 'ZZZ', '1', '12', 'x', 'æ', '<c r="A1">', '<c r="AB2" s="3">', '<row r="1">', '<row spans="1:2" r="3">',
);
const xml = fc.array(token, { maxLength: 80 }).map((t) => strToU8(t.join('')));
const limits = fc.record({
  maxRows: fc.integer({ min: 0, max: 12 }),
  maxCells: fc.integer({ min: 0, max: 25 }),
  maxColumns: fc.integer({ min: 1, max: 800 }),
  maxTotalCells: fc.integer({ min: 0, max: 30 }),
});

describe('SheetScanner (arkskanner) skips between tags', () => {
  it('counts and refuses exactly as the byte-by-byte machine, however the bytes are cut', () => {
    fc.assert(
      fc.property(xml, fc.array(fc.nat(), { maxLength: 8 }), limits, fc.nat({ max: 10 }), (bytes, at, l, before) => {
        const lim: WorkbookLimits = { ...DEFAULT_LIMITS, ...l };
        const pieces = cut(bytes, at);
        const expected = run(new ReferenceScanner('Ark', lim, before), pieces, refCode);
        const got = run(new SheetScanner('Ark', lim, before), pieces, newCode);
        expect(got).toEqual(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('a real sheet: rows, cells and the highest column', () => {
    const sheet = strToU8('<worksheet><sheetData><row r="1" spans="1:28"><c r="A1" t="s"><v>0</v></c><c r="AB1"><v>2</v></c></row><row r="2"><c r="C2"/></row></sheetData></worksheet>');
    for (const step of [1, 2, 3, 5, 7, sheet.length]) {
      const s = new SheetScanner('Ark', DEFAULT_LIMITS);
      for (let o = 0; o < sheet.length; o += step) s.push(sheet.subarray(o, o + step));
      expect([s.rows, s.cells, s.maxColumn]).toEqual([2, 3, 28]);
    }
  });
});
