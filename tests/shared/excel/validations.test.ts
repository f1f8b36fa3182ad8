/**
 * The exported workbook offers drop-down lists for status and prioritet (Tiltak) and kilde
 * and finansieringsstatus (Finansiering), in the workbook's language, reaching below the
 * data; the words in the lists are the ones the import reads.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportWorkbookToFile } from '../../../cli/excel-file';
import { exportWorkbook } from '@shared/excel/export';
import { actionCol, fundingCol } from '@shared/excel/layout';
import { VALIDATION_MARGIN_ROWS } from '@shared/excel/validations';
import { workbookWords } from '@shared/excel/words';
import { createExampleDocument } from '@shared/templates';

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb;
}

const listOf = (ws: ExcelJS.Worksheet, address: string): string[] => {
  const v = ws.getCell(address).dataValidation;
  expect(v?.type, address).toBe('list');
  return String(v?.formulae?.[0] ?? '').replace(/^"|"$/g, '').split(',');
};

describe('drop-down lists in the workbook', () => {
  it.each([
    ['nb', false],
    ['en', false],
    ['nb', true],
  ] as const)('status, prioritet, kilde and finansieringsstatus (%s, streaming %s)', async (language, streaming) => {
    const doc = createExampleDocument();
    const w = workbookWords(language);
    let bytes: Uint8Array;
    if (streaming) {
      const path = join(mkdtempSync(join(tmpdir(), 'hr-dv-')), 'plan.xlsx');
      await exportWorkbookToFile(doc, 2025, path, { language });
      bytes = new Uint8Array(readFileSync(path));
    } else {
      bytes = await exportWorkbook(doc, 2025, { language });
    }
    const wb = await load(bytes);
    const tiltak = wb.getWorksheet(w.sheets.actions) as ExcelJS.Worksheet;
    const funding = wb.getWorksheet(w.sheets.funding) as ExcelJS.Worksheet;
    const actions = doc.actions.filter((a) => a.planId === doc.plans[0]?.id).length;
    expect(listOf(tiltak, `${actionCol('status')}2`)).toEqual(Object.values(w.status));
    expect(listOf(tiltak, `${actionCol('priority')}2`)).toEqual(['1', '2', '3']);
    // below the data too, for rows the user adds
    expect(listOf(tiltak, `${actionCol('status')}${actions + 1 + VALIDATION_MARGIN_ROWS}`)).toEqual(Object.values(w.status));
    expect(tiltak.getCell(`${actionCol('title')}2`).dataValidation).toBeUndefined();
    expect(listOf(funding, `${fundingCol('source')}2`)).toEqual(Object.values(w.source));
    expect(listOf(funding, `${fundingCol('status')}2`)).toEqual(Object.values(w.fundingStatus));
    // every value written is one of the list's words
    expect(Object.values(w.status)).toContain(tiltak.getCell(`${actionCol('status')}2`).value);
  });
});
