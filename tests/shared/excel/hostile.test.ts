/**
 * Malformed and hostile workbooks, generated here: each gives its clear error (asserted as a
 * message code with its parameters and location) and the plan document is left exactly as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import type ExcelJS from 'exceljs';
import type { PlanDocument } from '@shared/domain/document';
import { exportWorkbook } from '@shared/excel/export';
import { readWorkbook, type ImportError, type ReadWorkbookResult } from '@shared/excel/import';
import { actionCol, fundingCol, SHEET } from '@shared/excel/layout';
import { checkWorkbookZip, DEFAULT_LIMITS } from '@shared/excel/limits';
import { createExampleDocument, generateLargeDocument } from '@shared/templates';
import { editWorkbook, millionRowWorkbook, xlsxWithSheet, SHEET_HEAD, SHEET_TAIL } from './helpers';

const YEAR = 2025;

function need(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`mangler arket ${name}`);
  return ws;
}
let doc: PlanDocument;
let pristine: PlanDocument;
let exported: Uint8Array;

beforeAll(async () => {
  doc = createExampleDocument();
  pristine = structuredClone(doc);
  exported = await exportWorkbook(doc, YEAR);
});

async function errorsOf(bytes: Uint8Array, opts?: Parameters<typeof readWorkbook>[3]): Promise<ImportError[]> {
  const result: ReadWorkbookResult = await readWorkbook(bytes, doc, YEAR, opts);
  expect(doc, 'planen må være uendret').toEqual(pristine);
  if (result.ok) throw new Error('forventet feil, fikk en forhåndsvisning');
  return result.errors;
}

describe('refused before exceljs loads the file', () => {
  it('a file over 20 MB', async () => {
    const errors = await errorsOf(new Uint8Array(randomBytes(DEFAULT_LIMITS.maxFileBytes + 1)));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toEqual({ code: 'excel.limits.too-large', params: { sizeMb: 20, maxMb: 20 } });
  });

  it('an empty file, a text file, and an old .xls / encrypted file', async () => {
    expect((await errorsOf(new Uint8Array(0)))[0]?.code).toBe('excel.limits.empty');
    expect((await errorsOf(strToU8('Nr;Tittel\n1;Hei\n')))[0]?.code).toBe('excel.limits.not-zip');
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await errorsOf(ole))[0]?.code).toBe('excel.limits.legacy');
  });

  it('a truncated zip', async () => {
    const errors = await errorsOf(exported.subarray(0, Math.floor(exported.length / 2)));
    expect(errors[0]?.code).toBe('excel.limits.truncated');
  });

  it('a zip that is not a workbook', async () => {
    const zip = zipSync({ 'readme.txt': strToU8('hei'), 'data/tiltak.csv': strToU8('1;Tiltak') });
    expect((await errorsOf(zip))[0]?.code).toBe('excel.limits.not-workbook');
  });

  it('a zip bomb: a highly compressible huge entry', async () => {
    const bomb = xlsxWithSheet([new Uint8Array(60 * 1024 * 1024)], 9);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const errors = await errorsOf(bomb);
    expect(errors[0]).toEqual({ code: 'excel.limits.zip-bomb', params: { sizeMb: 60, ratio: expect.any(Number), maxMb: 200, maxRatio: 100 } });
  });

  it('a zip bomb that lies about its size is stopped at the declared size', async () => {
    const bomb = xlsxWithSheet([new Uint8Array(60 * 1024 * 1024)], 9);
    // Rewrite the sheet's declared uncompressed size to 1 000 bytes in the central directory.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    let patched = 0;
    for (let p = bomb.length - 22; p >= 0; p--) {
      if (view.getUint32(p, true) === 0x02014b50) {
        const nameLen = view.getUint16(p + 28, true);
        const name = new TextDecoder().decode(bomb.subarray(p + 46, p + 46 + nameLen));
        if (name === 'xl/worksheets/sheet1.xml') {
          view.setUint32(p + 24, 1000, true);
          patched++;
        }
      }
    }
    expect(patched).toBe(1);
    const check = checkWorkbookZip(bomb);
    expect(check.ok).toBe(false);
    const errors = await errorsOf(bomb);
    expect(errors[0]).toEqual({ code: 'excel.limits.corrupt', params: { detail: { code: 'excel.corrupt.larger', params: { part: 'xl/worksheets/sheet1.xml' } } } });
  });

  it('a sheet with a million rows', async () => {
    const workbook = millionRowWorkbook();
    const errors = await errorsOf(workbook);
    expect(errors[0]).toEqual({ code: 'excel.limits.too-many-rows', params: { sheet: 'Tiltak', max: 100_000 } });
  });

  it('a sheet with data far to the right', async () => {
    const errors = await errorsOf(xlsxWithSheet([strToU8(`${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Nr</t></is></c><c r="XFD1"><v>1</v></c></row>${SHEET_TAIL}`)]));
    expect(errors[0]).toEqual({ code: 'excel.limits.too-many-columns', params: { sheet: 'Tiltak', column: expect.stringMatching(/^[A-Z]+$/), max: 200 } });
  });

  it('the time limit', async () => {
    const big = generateLargeDocument({ actions: 2000, years: 1, seed: 3 });
    const bytes = await exportWorkbook(big, YEAR);
    const before = structuredClone(big);
    const result = await readWorkbook(bytes, big, YEAR, { limits: { timeLimitMs: 50 } });
    expect(big).toEqual(before);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toEqual({ code: 'excel.limits.timeout', params: { seconds: 0 } });
  });
});

describe('workbooks with wrong content', () => {
  it('wrong sheet names', async () => {
    const bytes = await editWorkbook(exported, (wb) => {
      const t = need(wb, SHEET.actions);
      if (t) t.name = 'Ark1';
    });
    const errors = await errorsOf(bytes);
    expect(errors[0]).toEqual({
      code: 'excel.sheets.missingSheet',
      params: { nb: 'Tiltak', en: 'Actions', sheets: '«Sammendrag», «Ark1», «Finansiering», «Rammer»' },
      where: { sheet: 'Tiltak' },
    });
  });

  it('a missing Finansiering sheet', async () => {
    const bytes = await editWorkbook(exported, (wb) => wb.removeWorksheet(SHEET.funding));
    const errors = await errorsOf(bytes);
    expect(errors[0]).toMatchObject({ code: 'excel.sheets.missingOtherSheet', params: { nb: 'Finansiering', en: 'Funding' }, where: { sheet: 'Finansiering' } });
  });

  it('text in amount columns gives the exact sheet, row, column and field', async () => {
    const bytes = await editWorkbook(exported, (wb) => {
      need(wb, SHEET.actions).getCell(`${actionCol('cost')}3`).value = 'mange penger';
      need(wb, SHEET.funding).getCell(`${fundingCol('amount')}5`).value = 'tusen';
      need(wb, SHEET.actions).getCell(`${actionCol('hours')}4`).value = 12.5;
    });
    const errors = await errorsOf(bytes);
    expect(errors).toEqual([
      {
        code: 'excel.cellBecause',
        params: {
          expected: { code: 'excel.expected.amount' },
          found: { code: 'excel.found.unknown', params: { value: 'mange penger' } },
          reason: { code: 'input.kroner.notNumber', params: { text: 'mange penger' } },
        },
        where: { sheet: 'Tiltak', row: 3, column: 'I', field: 'excel.workbook.columns.cost' },
      },
      {
        code: 'excel.cell',
        params: { expected: { code: 'excel.expected.integer' }, found: { code: 'excel.found.number', params: { value: 12.5 } } },
        where: { sheet: 'Tiltak', row: 4, column: 'Q', field: 'excel.workbook.columns.hours' },
      },
      {
        code: 'excel.cellBecause',
        params: {
          expected: { code: 'excel.expected.amount' },
          found: { code: 'excel.found.unknown', params: { value: 'tusen' } },
          reason: { code: 'input.kroner.notNumber', params: { text: 'tusen' } },
        },
        where: { sheet: 'Finansiering', row: 5, column: 'D', field: 'excel.workbook.fundingColumns.amount' },
      },
    ]);
  });

  it('unknown satsing, bad status, bad date, duplicate Nr and a funding row for a missing tiltak', async () => {
    const bytes = await editWorkbook(exported, (wb) => {
      const t = need(wb, SHEET.actions);
      t.getCell(`${actionCol('initiatives')}2`).value = 'Satsing som ikke finnes';
      t.getCell(`${actionCol('status')}3`).value = 'Kanskje';
      t.getCell(`${actionCol('deadline')}4`).value = '31.02.2025';
      t.getCell(`${actionCol('number')}6`).value = '4';
      need(wb, SHEET.funding).getCell(`${fundingCol('actionNumber')}2`).value = '404';
    });
    const errors = await errorsOf(bytes);
    const found = (e: ImportError) => e.params?.found;
    const brief = errors.map((e) => `${e.where?.sheet}!${e.where?.column}${e.where?.row} ${e.where?.field}: ${JSON.stringify(found(e))}`);
    const f = (code: string, params: object) => JSON.stringify({ code: `excel.found.${code}`, params });
    expect(brief).toEqual(
      expect.arrayContaining([
        `Tiltak!A6 excel.workbook.columns.number: ${f('duplicate', { value: '4', otherRow: 5 })}`,
        `Finansiering!A2 excel.workbook.fundingColumns.actionNumber: ${f('unknown', { value: '404' })}`,
        `Tiltak!D2 excel.workbook.columns.initiatives: ${f('unknown', { value: 'Satsing som ikke finnes' })}`,
        `Tiltak!U3 excel.workbook.columns.status: ${f('unknown', { value: 'Kanskje' })}`,
        `Tiltak!S4 excel.workbook.columns.deadline: ${f('unknown', { value: '31.02.2025' })}`,
      ]),
    );
    expect(errors.find((e) => e.where?.field === 'excel.workbook.columns.initiatives')?.params?.expected).toEqual({ code: 'excel.expected.initiative' });
    expect(errors.find((e) => e.where?.field === 'excel.workbook.columns.status')?.params?.expected).toEqual({
      code: 'excel.expected.status',
      params: { choices: 'Planlagt, Pågår, Fullført, Utsatt, Avlyst' },
    });
  });

  it('a workbook for another year', async () => {
    const bytes = await editWorkbook(exported, (wb) => {
      need(wb, SHEET.frame).getCell('B2').value = 2026;
    });
    const errors = await errorsOf(bytes);
    expect(errors[0]).toEqual({
      code: 'excel.sheets.wrongYear',
      params: { found: '2026', year: 2025 },
      where: { sheet: 'Rammer', row: 2, column: 'B', field: 'excel.workbook.frame.year' },
    });
  });

  it('a formula without a cached value in Kostnad', async () => {
    const bytes = await editWorkbook(exported, (wb) => {
      need(wb, SHEET.actions).getCell(`${actionCol('cost')}2`).value = { formula: '1000*12', date1904: false };
    });
    const errors = await errorsOf(bytes);
    expect(errors[0]?.params?.found).toEqual({ code: 'excel.found.uncalculated', params: { formula: '1000*12' } });
  });
});
