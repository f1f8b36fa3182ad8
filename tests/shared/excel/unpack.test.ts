/**
 * The import unpacks each part once (issue 13): `checkAndUnpackWorkbook` checks the file as
 * `checkWorkbookZip` does and keeps the parts it unpacked, which exceljs then reads
 * (loadCheckedWorkbook). The parts are exactly the original ones (byte for byte), the import
 * reads the same cells from them, a file whose sizes lie is refused as before, and a local
 * header naming another part than the central directory cannot smuggle an unchecked sheet in.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import ExcelJS from 'exceljs';
import type { PlanDocument } from '@shared/domain/document';
import { exportWorkbook } from '@shared/excel/export';
import { readWorkbook } from '@shared/excel/import';
import { checkAndUnpackWorkbook, checkWorkbookZip, DEFAULT_LIMITS, type CheckedPart } from '@shared/excel/limits';
import { loadCheckedWorkbook } from '@shared/excel/load-workbook';
import { createExampleDocument } from '@shared/templates';
import { editWorkbook, SHEET_HEAD, SHEET_TAIL, xlsxWithSheet } from './helpers';

const YEAR = 2025;
let doc: PlanDocument;
let exported: Uint8Array;

beforeAll(async () => {
  doc = createExampleDocument();
  exported = await exportWorkbook(doc, YEAR);
});

const copy = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer;

/** The bytes of a part, joined from its pieces. */
function joined(part: CheckedPart): Uint8Array {
  const out = new Uint8Array(part.chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of part.chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
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

describe('checkAndUnpackWorkbook (kontroller og pakk ut)', () => {
  it('keeps exactly the original parts and reports what checkWorkbookZip reports', async () => {
    const edited = await editWorkbook(exported, (wb) => {
      const ws = wb.getWorksheet('Tiltak');
      if (ws) ws.getCell('B2').value = 'Endret tittel æøå';
    });
    for (const bytes of [exported, edited, xlsxWithSheet([strToU8(`${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row>${SHEET_TAIL}`)], 0)]) {
      const check = checkAndUnpackWorkbook(bytes);
      const plain = checkWorkbookZip(bytes);
      if (!check.ok || !plain.ok) throw new Error('refused');
      expect(check.report).toEqual(plain.report);
      expect(Object.fromEntries(check.parts.map((p) => [p.name, joined(p)]))).toEqual(unzipSync(bytes));
      expect(check.parts.map((p) => p.name)).toEqual(Object.keys(unzipSync(bytes)));
      // The worksheets, and nothing else, went through the sheet scanner.
      expect(check.parts.filter((p) => p.scanned).map((p) => p.name)).toEqual(check.report.sheets.map((s) => s.path));
      // exceljs writes its folders as entries of their own: JSZip's folders, skipped when read.
      for (const p of check.parts) expect(p.folder).toBe(p.name.endsWith('/'));
    }
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
      const viaParts = await readWorkbook(bytes, doc, YEAR);
      // The same workbook written back by exceljs from what it read of the file itself: the import must not tell them apart.
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(copy(bytes));
      const rewritten = new Uint8Array(await wb.xlsx.writeBuffer());
      const viaFile = await readWorkbook(rewritten, doc, YEAR);
      expect(viaParts).toEqual(viaFile);
    }
  });

  it('a part whose declared size is smaller than what it unpacks to is refused, and nothing is handed on', () => {
    const lying = patchDeclaredSize(xlsxWithSheet([strToU8(`${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row>${SHEET_TAIL}`)], 6), 'xl/worksheets/sheet1.xml', 10);
    const check = checkAndUnpackWorkbook(lying);
    expect(check).toEqual({ ok: false, error: { code: 'excel.limits.corrupt', params: { detail: { code: 'excel.corrupt.larger', params: { part: 'xl/worksheets/sheet1.xml' } } } } });
    expect(checkWorkbookZip(lying)).toEqual(check);
  });

  it('a part whose declared size is larger than what it unpacks to is refused', () => {
    const xml = `${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row>${SHEET_TAIL}`;
    const lying = patchDeclaredSize(xlsxWithSheet([strToU8(xml)], 6), 'xl/worksheets/sheet1.xml', xml.length + 5);
    const check = checkAndUnpackWorkbook(lying);
    expect(check).toEqual({ ok: false, error: { code: 'excel.limits.corrupt', params: { detail: { code: 'excel.corrupt.length', params: { part: 'xl/worksheets/sheet1.xml' } } } } });
  });

  it('a zip bomb is refused by the unpacking check too', () => {
    const check = checkAndUnpackWorkbook(xlsxWithSheet([new Uint8Array(60 * 1024 * 1024)], 9));
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
    const check = checkAndUnpackWorkbook(zip, limits);
    if (!check.ok) throw new Error(check.error.code);
    // The part is handed on under the central name: exceljs does not take it for a sheet.
    expect(check.parts.map((p) => p.name)).toEqual(['xl/workbook.xml', 'xl/media/xxxxxxxxxxxxxxxx.bin']);
    const wb = await loadCheckedWorkbook(check.parts);
    expect(wb.worksheets).toEqual([]);
  });
});
