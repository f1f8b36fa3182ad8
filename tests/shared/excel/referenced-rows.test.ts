/**
 * referencedRows reads a formula without quotes with a hand-written scanner (the import asks
 * it once per tiltak and kilde); the regular expression it replaces is the oracle here: the
 * same spans, 'all' or null for every formula.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referencedRows } from '@shared/excel/funding-coverage';
import { nameKey } from '@shared/excel/plan-context';

/** The regular expression referencedRows used for every formula before the scanner. */
const REFERENCE = /(?:'((?:[^']|'')+)'|([A-Za-z_\u00c0-\uffff][\w.\u00c0-\uffff]*))!\$?[A-Za-z]{1,3}\$?(\d+)?(?::\$?[A-Za-z]{1,3}\$?(\d+)?)?/g;

function oracle(formula: string, sheet: string): [number, number][] | 'all' | null {
  const key = nameKey(sheet);
  const spans: [number, number][] = [];
  for (const m of formula.matchAll(REFERENCE)) {
    const name = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? '');
    if (nameKey(name) !== key) continue;
    if (m[3] === undefined) return 'all';
    const a = Number(m[3]);
    const b = m[4] === undefined ? a : Number(m[4]);
    spans.push([Math.min(a, b), Math.max(a, b)]);
  }
  return spans.length > 0 ? spans : null;
}

// Pieces that make references, near misses and names with every kind of character the expression knows.
const PIECES = ['Fin!', 'x!', 'Fin', 'fin', 'F', 'x', 'ABC', 'Ark1', '_x', 'ø', 'Å', '\u4e00', '1', '23', '.', '!', '!', '$', '$', ':', 'A', 'b', 'ABCD', 'Z', ',', '(', ')', ' ', '+', '"', "'", '-', '\t'];
const formula = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));
const sheet = fc.constantFrom('Fin', 'fin', 'F', 'x', 'Ark1', '_x', 'ø', 'Finansiering', 'A', "F'n");

describe('referencedRows', () => {
  it('finds what the regular expression finds, in every formula', () => {
    fc.assert(
      fc.property(formula, sheet, (f, s) => {
        expect(referencedRows(f, s)).toEqual(oracle(f, s));
      }),
      { numRuns: 500 },
    );
  });

  it('reads the edge cases of a cell reference as the expression does', () => {
    const cases = [
      'Fin!ABCD5',
      'Fin!$A$',
      'Fin!$5',
      'Fin!A1:$',
      'Fin!A1:$B',
      'Fin!A1:B',
      'Fin!A:B2',
      'x.Fin!A1',
      '1Fin!A1',
      '.Fin!A1',
      'Fin!!A1',
      'Fin!A1Fin!B2',
      'Fin!ABCx!A1',
      'Fin!A1:ABCx!B2',
      'Fin!$A$1:$B$x!C3',
      'Fin!A1:B2:C3',
      'ø.Fin!C3',
      'SUMIFS(Finansiering!$D$3:$D$5,Finansiering!$A$3:$A$5,$A3,Finansiering!$B$3:$B$5,"Egne midler")',
      'Fin!A99999999999999999999999',
    ];
    for (const f of cases) for (const s of ['Fin', 'x', 'Cx', 'x.Fin', 'ø.Fin', 'Finansiering']) expect(referencedRows(f, s), `${f} / ${s}`).toEqual(oracle(f, s));
  });
});
