/**
 * The import unpacks each part once (issue 13): `checkAndRepackWorkbook` checks the file as
 * `checkWorkbookZip` does and hands exceljs the parts it unpacked, in a zip without
 * compression. The repacked zip holds exactly the original parts (byte for byte), exceljs
 * reads the same cells from it, a file whose sizes lie is refused as before, and a local
 * header naming another part than the central directory cannot smuggle an unchecked sheet in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import type { PlanDocument } from '@shared/domain/document';
import { exportWorkbook } from '@shared/excel/export';
import { readWorkbook } from '@shared/excel/import';
import { checkAndRepackWorkbook, checkWorkbookZip, DEFAULT_LIMITS } from '@shared/excel/limits';
import { createExampleDocument } from '@shared/templates';
import { editWorkbook, SHEET_HEAD, SHEET_TAIL, xlsxWithSheet } from './helpers';

const YEAR = 2025;
let doc: PlanDocument;
let exported: Uint8Array;

beforeAll(async () => {
  doc = createExampleDocument();
  exported = await exportWorkbook(doc, YEAR);
});

/** Every sheet's cell values and formulas, as exceljs reads them. */
async function cells(data: ArrayBuffer): Promise<unknown[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data);
  return wb.worksheets.map((ws) => {
    const rows: unknown[] = [ws.name, ws.state];
    ws.eachRow({ includeEmpty: true }, (row, n) => {
      row.eachCell({ includeEmpty: true }, (cell, col) => rows.push([n, col, cell.value, cell.numFmt, cell.dataValidation]));
    });
    return rows;
  });
}

const copy = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;

function repacked(bytes: Uint8Array): ArrayBuffer {
  const check = checkAndRepackWorkbook(bytes);
  if (!check.ok) throw new Error(check.error.code);
  return check.stored;
}

/** Rewrites the central directory's unpacked size of `part` (as a lying file would). */
function patchDeclaredSize(zip: Uint8Array, part: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  let patched = 0;
  for (let p = out.length - 22; p >= 0; p--) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const nameLen = view.getUint16(p + 28, true);
    if (new TextDecoder().decode(out.subarray(p + 46, p + 46 + nameLen)) === part) {
      view.setUint32(p + 24, size, true);
      patched++;
    }
  }
  expect(patched).toBe(1);
  return out;
}

describe('checkAndRepackWorkbook (kontroller og pakk om)', () => {
  it('holds exactly the original parts, uncompressed, and reports what checkWorkbookZip reports', async () => {
    const edited = await editWorkbook(exported, (wb) => {
      const ws = wb.getWorksheet('Tiltak');
      if (ws) ws.getCell('B2').value = 'Endret tittel æøå';
    });
    for (const bytes of [exported, edited, xlsxWithSheet([strToU8(`${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row>${SHEET_TAIL}`)], 0)]) {
      const check = checkAndRepackWorkbook(bytes);
      const plain = checkWorkbookZip(bytes);
      if (!check.ok || !plain.ok) throw new Error('refused');
      expect(check.report).toEqual(plain.report);
      const stored = new Uint8Array(check.stored);
      expect(unzipSync(stored)).toEqual(unzipSync(bytes));
      // Nothing compressed: the zip is the parts plus their headers.
      expect(stored.length).toBeGreaterThanOrEqual(check.report.unpackedBytes);
      expect(stored.length).toBeLessThan(check.report.unpackedBytes + 200 * check.report.entries + 100);
    }
  });

  it('exceljs reads the same cells from the repacked parts as from the file', async () => {
    const edited = await editWorkbook(exported, (wb) => {
      const ws = wb.getWorksheet('Tiltak');
      if (!ws) throw new Error('Tiltak');
      ws.getCell('B3').value = { richText: [{ text: 'Rik ' }, { text: 'tekst', font: { bold: true } }] };
      ws.getCell('I2').value = 'tekst i beløp';
    });
    for (const bytes of [exported, edited]) expect(await cells(repacked(bytes))).toEqual(await cells(copy(bytes)));
  });

  it('the import gives the same preview and the same errors as exceljs reading the file itself', async () => {
    const edited = await editWorkbook(exported, (wb) => {
      const ws = wb.getWorksheet('Tiltak');
      if (!ws) throw new Error('Tiltak');
      ws.getCell('B2').value = 'Ny tittel';
      ws.getCell('I3').value = 'mye';
    });
    const renamed = await editWorkbook(exported, (wb) => {
      const ws = wb.getWorksheet('Tiltak');
      if (ws) ws.getCell('B4').value = 'Omdøpt';
    });
    for (const bytes of [exported, edited, renamed]) {
      const viaRepack = await readWorkbook(bytes, doc, YEAR);
      // The same workbook written back by exceljs from what it read of the file itself: the import must not tell them apart.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(copy(bytes));
      const rewritten = new Uint8Array(await wb.xlsx.writeBuffer());
      const viaFile = await readWorkbook(rewritten, doc, YEAR);
      expect(viaRepack).toEqual(viaFile);
    }
  });

  it('a part whose declared size is smaller than what it unpacks to is refused, and nothing is handed on', () => {
    const lying = patchDeclaredSize(xlsxWithSheet([strToU8(`${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row>${SHEET_TAIL}`)], 6), 'xl/worksheets/sheet1.xml', 10);
    const check = checkAndRepackWorkbook(lying);
    expect(check).toEqual({ ok: false, error: { code: 'excel.limits.corrupt', params: { detail: { code: 'excel.corrupt.larger', params: { part: 'xl/worksheets/sheet1.xml' } } } } });
    expect(checkWorkbookZip(lying)).toEqual(check);
  });

  it('a part whose declared size is larger than what it unpacks to is refused', () => {
    const xml = `${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row>${SHEET_TAIL}`;
    const lying = patchDeclaredSize(xlsxWithSheet([strToU8(xml)], 6), 'xl/worksheets/sheet1.xml', xml.length + 5);
    const check = checkAndRepackWorkbook(lying);
    expect(check).toEqual({ ok: false, error: { code: 'excel.limits.corrupt', params: { detail: { code: 'excel.corrupt.length', params: { part: 'xl/worksheets/sheet1.xml' } } } } });
  });

  it('a zip bomb is refused by the repacking check too', () => {
    const check = checkAndRepackWorkbook(xlsxWithSheet([new Uint8Array(60 * 1024 * 1024)], 9));
    expect(check.ok ? null : check.error.code).toBe('excel.limits.zip-bomb');
  });

  it('a local header that names another part: exceljs sees the part under the name the check scanned', async () => {
    // Sheet rows over the limit stored under a harmless name in the central directory, but as the sheet in its local header.
    const rows = Array.from({ length: 5 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const zip = zipSync(
      {
        'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets></sheets></workbook>'),
        'xl/media/xxxxxxxxxxxxxxxx.bin': strToU8(`${SHEET_HEAD}${rows}${SHEET_TAIL}`),
      },
      { level: 0 },
    );
    // Rename in the local header only: JSZip (exceljs) takes the local name, the check the central one.
    const local = new TextEncoder().encode('xl/media/xxxxxxxxxxxxxxxx.bin');
    const sheetName = new TextEncoder().encode('xl/worksheets/sheet1.xml'.padEnd(local.length, '_'));
    const at = zip.findIndex((_b, i) => local.every((c, k) => zip[i + k] === c));
    expect(at).toBeGreaterThan(0);
    zip.set(sheetName, at);
    const limits = { ...DEFAULT_LIMITS, maxRows: 2 };
    const check = checkAndRepackWorkbook(zip, limits);
    if (!check.ok) throw new Error(check.error.code);
    // The part is handed on under the central name: exceljs does not take it for a sheet.
    expect(Object.keys(unzipSync(new Uint8Array(check.stored)))).toEqual(['xl/workbook.xml', 'xl/media/xxxxxxxxxxxxxxxx.bin']);
  });
});
