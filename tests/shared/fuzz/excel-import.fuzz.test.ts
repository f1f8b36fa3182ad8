/**
 * The Excel import with hostile cells: any value exceljs can hold (text, numbers such as
 * NaN, ±Infinity and -0, booleans, dates valid or not, formulas with any cached result,
 * rich text, hyperlinks, error values) in any input cell of the Tiltak, Finansiering and
 * Rammer sheets. Invariant: a preview, or refusals whose words — in both languages — name
 * the cell and leak nothing (no «undefined», «[object Object]», JavaScript error text).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type ExcelJS from 'exceljs';
import type { CellValue } from 'exceljs';
import { exportWorkbook } from '@shared/excel/export';
import { readWorkbook } from '@shared/excel/import';
import { renderMessage } from '@shared/i18n/message';
import { createExampleDocument } from '@shared/templates';
import { editWorkbook } from '../excel/helpers';
import { expectCleanRefusal } from './refusal-text';

const YEAR = 2025;
const RUNS = { numRuns: 20, endOnFailure: true } as const;

// (No texts the leak check looks for, such as «undefined»: a refusal may quote the cell.)
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('', ' ', '=1+1', '1.500', '1,5', 'må', 'Planlagt', '–', '\u0000'));
const number = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, Number.MIN_VALUE, 2 ** 53, 99_999_999_999));
const cellValue: fc.Arbitrary<CellValue> = fc.oneof(
  text,
  number,
  fc.boolean(),
  fc.constant(null),
  fc.date({ min: new Date(-10_000, 0, 1), max: new Date(10_000, 0, 1), noInvalidDate: true }),
  // (Spread into plain objects: fast-check's records have no prototype, which exceljs's writer needs.)
  fc.record({ formula: fc.constantFrom('HYPERLINK("https://x","klikk")', 'ROW()-1', '1/0', 'A1&"x"'), result: fc.oneof(text, number) }).map((v): CellValue => ({ ...v })),
  fc.array(text, { maxLength: 3 }).map((parts): CellValue => ({ richText: parts.map((t) => ({ text: t })) })),
  fc.record({ text, hyperlink: fc.constantFrom('https://example.org', 'javascript:alert(1)') }).map((v): CellValue => ({ ...v })),
  fc.constantFrom('#N/A', '#REF!', '#DIV/0!', '#VALUE!').map((error): CellValue => ({ error }) as CellValue),
);
const edit = fc.record({ sheet: fc.constantFrom('Tiltak', 'Finansiering', 'Rammer'), row: fc.integer({ min: 1, max: 8 }), col: fc.integer({ min: 1, max: 27 }), value: cellValue });

let exported: Uint8Array;
beforeAll(async () => {
  exported = await exportWorkbook(createExampleDocument(), YEAR);
});

describe('Excel import with hostile cell values', () => {
  it('gives a preview or clean refusals, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        const bytes = await editWorkbook(exported, (wb: ExcelJS.Workbook) => {
          for (const e of edits) {
            const ws = wb.getWorksheet(e.sheet);
            if (ws) ws.getCell(e.row, e.col).value = e.value;
          }
        });
        const result = await readWorkbook(bytes, createExampleDocument(), YEAR);
        if (result.ok) return;
        expect(result.errors.length).toBeGreaterThan(0);
        for (const error of result.errors) {
          expectCleanRefusal(renderMessage(error, 'nb', true));
          expectCleanRefusal(renderMessage(error, 'en', true));
        }
      }),
      RUNS,
    );
  });
});
