/**
 * Nr is a text field too: a formula in it (=ROW()-1, =HYPERLINK(…)) is refused per cell,
 * whatever its cached result, in the full workbook and in a starter sheet — the import never
 * takes a formula's result for something the planner types.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { exportWorkbook } from '@shared/excel/export';
import { readWorkbook } from '@shared/excel/import';
import { actionCol } from '@shared/excel/layout';
import { renderMessage, type Message } from '@shared/i18n/message';
import { createExampleDocument } from '@shared/templates';
import { expectCleanRefusal } from '../fuzz/refusal-text';
import { editWorkbook } from './helpers';

const YEAR = 2025;

async function errorsOf(bytes: Uint8Array): Promise<Message[]> {
  const result = await readWorkbook(bytes, createExampleDocument(), YEAR);
  expect(result.ok).toBe(false);
  if (result.ok) return [];
  for (const e of result.errors) {
    expectCleanRefusal(renderMessage(e, 'nb', true));
    expectCleanRefusal(renderMessage(e, 'en', true));
  }
  return result.errors;
}

describe('a formula in Nr', () => {
  it('full workbook: refused in its cell, not read as its cached result', async () => {
    const exported = await exportWorkbook(createExampleDocument(), YEAR);
    const edited = await editWorkbook(exported, (wb) => {
      const ws = wb.getWorksheet('Tiltak');
      if (!ws) throw new Error('no Tiltak sheet');
      ws.getCell(`${actionCol('number')}2`).value = { formula: 'HYPERLINK("https://example.org","1")', result: '1', date1904: false };
    });
    const errors = await errorsOf(edited);
    // (The Finansiering lines of that tiltak then name an unknown Nr as well.)
    expect(errors).toContainEqual(
      {
        code: 'excel.cell',
        params: { expected: { code: 'excel.expected.number' }, found: { code: 'excel.found.formula', params: { formula: 'HYPERLINK("https://example.org","1")' } } },
        where: { sheet: 'Tiltak', row: 2, column: actionCol('number'), field: 'excel.workbook.columns.number' },
      },
    );
    expect(errors.filter((e) => e.where?.sheet === 'Tiltak')).toHaveLength(1);
  });

  it('starter sheet: numbering by formula is refused per cell', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Ark1');
    ws.addRow(['Nr', 'Tittel']);
    ws.addRow([{ formula: 'ROW()-1', result: 1 }, 'Nytt tiltak']);
    const errors = await errorsOf(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(errors.map((e) => [e.where?.column, (e.params?.['found'] as Message).code])).toEqual([['A', 'excel.found.formula']]);
  });
});

describe('a number that is not finite (NaN, ±Infinity) in a cell', () => {
  it('reads as the error value #NUM!, never as the text «NaN»', async () => {
    const exported = await exportWorkbook(createExampleDocument(), YEAR);
    const edited = await editWorkbook(exported, (wb) => {
      const ws = wb.getWorksheet('Finansiering');
      if (!ws) throw new Error('no Finansiering sheet');
      ws.getCell('A3').value = Number.NaN;
      ws.getCell('A4').value = Infinity;
    });
    const errors = await errorsOf(edited);
    const found = errors.filter((e) => e.where?.sheet === 'Finansiering').map((e) => e.params?.['found']);
    expect(found).toEqual([
      { code: 'excel.found.error', params: { value: '#NUM!' } },
      { code: 'excel.found.error', params: { value: '#NUM!' } },
    ]);
  });
});
