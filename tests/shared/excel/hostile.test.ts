/**
 * Malformed and hostile workbooks, generated here: each gives its clear Norwegian error and
 * the plan document is left exactly as it was.
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
    expect(errors[0]).toMatchObject({ code: 'too-large', sheet: null });
    expect(errors[0]?.message).toBe('Filen er 20,0 MB. Høyst 20,0 MB kan importeres.');
  });

  it('an empty file, a text file, and an old .xls / encrypted file', async () => {
    expect((await errorsOf(new Uint8Array(0)))[0]?.message).toBe('Filen er tom.');
    expect((await errorsOf(strToU8('Nr;Tittel\n1;Hei\n')))[0]).toMatchObject({ code: 'not-zip', message: 'Filen er ikke en Excel-arbeidsbok (.xlsx).' });
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await errorsOf(ole))[0]?.code).toBe('legacy');
  });

  it('a truncated zip', async () => {
    const errors = await errorsOf(exported.subarray(0, Math.floor(exported.length / 2)));
    expect(errors[0]).toMatchObject({ code: 'truncated', message: 'Filen er ufullstendig (avkuttet). Lagre arbeidsboken på nytt og prøv igjen.' });
  });

  it('a zip that is not a workbook', async () => {
    const zip = zipSync({ 'readme.txt': strToU8('hei'), 'data/tiltak.csv': strToU8('1;Tiltak') });
    expect((await errorsOf(zip))[0]).toMatchObject({ code: 'not-workbook', message: 'Filen er en zip-fil, men ikke en Excel-arbeidsbok (mangler xl/workbook.xml).' });
  });

  it('a zip bomb: a highly compressible huge entry', async () => {
    const bomb = xlsxWithSheet([new Uint8Array(60 * 1024 * 1024)], 9);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const errors = await errorsOf(bomb);
    expect(errors[0]?.code).toBe('zip-bomb');
    expect(errors[0]?.message).toMatch(/^Filen pakker seg ut til 60,0 MB \(\d+ ganger større enn filen\)\. Den avvises som mulig zip-bombe/);
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
    expect(errors[0]).toMatchObject({ code: 'corrupt' });
    expect(errors[0]?.message).toBe('Filen er skadet og kan ikke leses (xl/worksheets/sheet1.xml er større enn oppgitt).');
  });

  it('a sheet with a million rows', async () => {
    const workbook = millionRowWorkbook();
    const errors = await errorsOf(workbook);
    expect(errors[0]).toMatchObject({
      code: 'too-many-rows',
      message: 'Arket «Tiltak» har mer enn 100\u00a0000 rader. Høyst 100\u00a0000 rader kan importeres.',
    });
  });

  it('a sheet with data far to the right', async () => {
    const errors = await errorsOf(xlsxWithSheet([strToU8(`${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Nr</t></is></c><c r="XFD1"><v>1</v></c></row>${SHEET_TAIL}`)]));
    expect(errors[0]?.code).toBe('too-many-columns');
    expect(errors[0]?.message).toMatch(/^Arket «Tiltak» har data i kolonne [A-Z]+\. Høyst 200 kolonner kan importeres\.$/);
  });

  it('the time limit', async () => {
    const big = generateLargeDocument({ actions: 2000, years: 1, seed: 3 });
    const bytes = await exportWorkbook(big, YEAR);
    const before = structuredClone(big);
    const result = await readWorkbook(bytes, big, YEAR, { limits: { timeLimitMs: 50 } });
    expect(big).toEqual(before);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ code: 'timeout', message: 'Importen tok mer enn 0 sekunder og ble avbrutt. Filen er for stor eller for sammensatt.' });
  });
});

describe('workbooks with wrong content', () => {
  it('wrong sheet names', async () => {
    const bytes = await editWorkbook(exported, (wb) => {
      const t = need(wb, SHEET.actions);
      if (t) t.name = 'Ark1';
    });
    const errors = await errorsOf(bytes);
    expect(errors[0]).toMatchObject({ code: 'missing-sheet', sheet: 'Tiltak' });
    expect(errors[0]?.message).toBe(
      'Fant ikke arket «Tiltak». Arkene i filen er: «Sammendrag», «Ark1», «Finansiering», «Rammer». Bruk en arbeidsbok eksportert fra Handlingsrom, eller et startark med kolonnen «Tittel» i første rad.',
    );
  });

  it('a missing Finansiering sheet', async () => {
    const bytes = await editWorkbook(exported, (wb) => wb.removeWorksheet(SHEET.funding));
    const errors = await errorsOf(bytes);
    expect(errors[0]).toMatchObject({ code: 'missing-sheet', sheet: 'Finansiering' });
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
        code: 'cell',
        sheet: 'Tiltak',
        row: 3,
        column: 'I',
        field: 'Kostnad',
        expected: 'et beløp i hele kroner (0 eller mer)',
        found: '«mange penger»',
        message: 'Arket «Tiltak», rad 3, kolonne I (Kostnad): forventet et beløp i hele kroner (0 eller mer), fant «mange penger».',
      },
      {
        code: 'cell',
        sheet: 'Tiltak',
        row: 4,
        column: 'Q',
        field: 'Timeverk',
        expected: 'et helt tall (0 eller mer)',
        found: '12,5',
        message: 'Arket «Tiltak», rad 4, kolonne Q (Timeverk): forventet et helt tall (0 eller mer), fant 12,5.',
      },
      {
        code: 'cell',
        sheet: 'Finansiering',
        row: 5,
        column: 'D',
        field: 'Beløp',
        expected: 'et beløp i hele kroner (0 eller mer)',
        found: '«tusen»',
        message: 'Arket «Finansiering», rad 5, kolonne D (Beløp): forventet et beløp i hele kroner (0 eller mer), fant «tusen».',
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
    const brief = errors.map((e) => `${e.sheet}!${e.column}${e.row} ${e.field}: ${e.found}`);
    expect(brief).toEqual(
      expect.arrayContaining([
        'Tiltak!A6 Nr: «4», som også står på rad 5',
        'Finansiering!A2 Tiltak nr: «404»',
        'Tiltak!D2 Satsinger: «Satsing som ikke finnes»',
        'Tiltak!U3 Status: «Kanskje»',
        'Tiltak!S4 Frist: «31.02.2025»',
      ]),
    );
    expect(errors.find((e) => e.field === 'Satsinger')?.message).toBe(
      'Arket «Tiltak», rad 2, kolonne D (Satsinger): forventet navn på satsinger i føringene, skilt med semikolon, fant «Satsing som ikke finnes».',
    );
  });

  it('a workbook for another year', async () => {
    const bytes = await editWorkbook(exported, (wb) => {
      need(wb, SHEET.frame).getCell('B2').value = 2026;
    });
    const errors = await errorsOf(bytes);
    expect(errors[0]).toMatchObject({ code: 'wrong-year', sheet: 'Rammer', row: 2, column: 'B' });
    expect(errors[0]?.message).toBe('Arbeidsboken gjelder handlingsplanen for 2026, men du importerer til 2025.');
  });

  it('a formula without a cached value in Kostnad', async () => {
    const bytes = await editWorkbook(exported, (wb) => {
      need(wb, SHEET.actions).getCell(`${actionCol('cost')}2`).value = { formula: '1000*12', date1904: false };
    });
    const errors = await errorsOf(bytes);
    expect(errors[0]?.found).toBe('formelen =1000*12 uten beregnet verdi');
  });
});
