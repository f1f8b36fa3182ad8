/**
 * loadCheckedWorkbook (les de kontrollerte delene) reads the parts the limits check unpacked
 * into exceljs with exceljs's own parsers: the workbook it builds must be the one exceljs's
 * `wb.xlsx.load` builds from the same file — every sheet, cell value (formulas, shared
 * formulas, dates in both date systems, rich text, hyperlinks, inline strings, errors),
 * style, note, table, image, merge and validation — save the document properties it does not
 * read. A part exceljs would take for a worksheet that the check never scanned is refused.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync, type Zippable } from 'fflate';
import ExcelJS from 'exceljs';
import type { PlanDocument } from '@shared/domain/document';
import { exportWorkbook } from '@shared/excel/export';
import { readWorkbook } from '@shared/excel/import';
import { checkAndUnpackWorkbook } from '@shared/excel/limits';
import { loadCheckedWorkbook, UncheckedSheetError } from '@shared/excel/load-workbook';
import { exportStatusWorkbook } from '@shared/excel/status';
import { createExampleDocument } from '@shared/templates';
import { SHEET_HEAD, SHEET_TAIL } from './helpers';

const YEAR = 2025;
let doc: PlanDocument;

beforeAll(() => {
  doc = createExampleDocument();
});

/** The document properties (docProps/core.xml, app.xml) the loader does not read. */
const DOC_PROPERTIES = ['creator', 'lastModifiedBy', 'lastPrinted', 'created', 'modified', 'company', 'manager', 'title', 'subject', 'keywords', 'category', 'description', 'language', 'revision', 'contentStatus'];

/** The workbook's whole model (what exceljs would write back), without the document properties; media as plain bytes. */
function modelOf(wb: ExcelJS.Workbook): unknown {
  const model = { ...(wb.model as unknown as Record<string, unknown>) };
  for (const key of DOC_PROPERTIES) delete model[key];
  const media = (model.media ?? []) as { buffer: Uint8Array }[];
  model.media = media.map((m) => ({ ...m, buffer: Array.from(new Uint8Array(m.buffer)) }));
  return model;
}

/** Every cell as the import reads it: address, value, type, number format. */
function cellsOf(wb: ExcelJS.Workbook): unknown[] {
  return wb.worksheets.map((ws) => {
    const cells: unknown[] = [ws.name, ws.state, ws.id];
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: true }, (cell) => cells.push([cell.address, cell.value, cell.type, cell.numFmt, cell.hyperlink, cell.formula, cell.result]));
    });
    return cells;
  });
}

async function viaExceljs(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb;
}

async function viaCheck(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const check = checkAndUnpackWorkbook(bytes);
  if (!check.ok) throw new Error(check.error.code);
  return loadCheckedWorkbook(check.parts);
}

async function expectSameWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const [theirs, ours] = await Promise.all([viaExceljs(bytes), viaCheck(bytes)]);
  expect(cellsOf(ours)).toEqual(cellsOf(theirs));
  expect(modelOf(ours)).toEqual(modelOf(theirs));
  return ours;
}

/** A 1×1 PNG. */
const PNG = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

/** A workbook of the odd things a planner's Excel file may hold, written by exceljs. */
async function oddWorkbook(date1904: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  wb.creator = 'Test';
  const ws = wb.addWorksheet('Tiltak');
  ws.addRow(['Nr', 'Tittel', 'Dato', 'Sum']);
  ws.getCell('A2').value = '1';
  ws.getCell('B2').value = { richText: [{ text: 'Rik ' }, { text: 'tekst', font: { bold: true } }] };
  ws.getCell('C2').value = new Date(Date.UTC(2025, 4, 17));
  ws.getCell('C2').numFmt = 'dd.mm.yyyy';
  ws.getCell('D2').value = { formula: 'C2+1', result: new Date(Date.UTC(2025, 4, 18)) };
  ws.getCell('D2').numFmt = 'dd.mm.yyyy';
  ws.getCell('E2').value = { formula: 'A2*2', result: 2, shareType: 'shared', ref: 'E2:E4' } as ExcelJS.CellValue;
  ws.getCell('E3').value = { sharedFormula: 'E2', result: 4 } as ExcelJS.CellValue;
  ws.getCell('E4').value = { sharedFormula: 'E2', result: 6 } as ExcelJS.CellValue;
  ws.getCell('F2').value = { text: 'lenke', hyperlink: 'https://example.org/a?b=1&c=2' };
  ws.getCell('F3').value = { text: 'intern', hyperlink: '#Tiltak!A1' };
  ws.getCell('G2').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
  ws.getCell('G3').value = true;
  ws.getCell('G4').value = { formula: 'NOW()' } as ExcelJS.CellFormulaValue;
  ws.getCell('H2').value = 12.5;
  ws.getCell('H2').numFmt = '0.00%';
  ws.getCell('H3').note = 'En merknad';
  // A text far longer than a 16 KB piece, of characters of two and three bytes: pieces split characters.
  ws.getCell('B3').value = 'æøå€'.repeat(30_000);
  ws.mergeCells('I2:J3');
  ws.getCell('I2').value = 'flettet';
  ws.getCell('K2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Ja,Nei"'] };
  ws.addTable({ name: 'Tabell1', ref: 'A10', headerRow: true, columns: [{ name: 'X' }, { name: 'Y' }], rows: [[1, 'a'], [2, 'b']] });
  const image = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  ws.addImage(image, 'L2:M4');
  const hidden = wb.addWorksheet('Skjult', { state: 'hidden' });
  hidden.getCell('A1').value = 'skjult';
  wb.definedNames.add('Tiltak!$A$1:$B$2', 'Område');
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';
const WORKBOOK = (sheets: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets}</sheets></workbook>`;
const RELS = (targets: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${targets
    .map((t, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="${t}"/>`)
    .join('')}</Relationships>`;

describe('loadCheckedWorkbook (les de kontrollerte delene)', () => {
  it("builds the workbook exceljs's own load builds from the app's budget export", async () => {
    const wb = await expectSameWorkbook(await exportWorkbook(doc, YEAR));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Sammendrag', 'Tiltak', 'Finansiering', 'Rammer']);
  });

  it('and from the budget export in English and the status workbook', async () => {
    await expectSameWorkbook(await exportWorkbook(doc, YEAR, { language: 'en' }));
    await expectSameWorkbook(await exportStatusWorkbook(doc, YEAR, 'T2'));
  });

  it('and from a workbook of odd cells: shared formulas, dates in both date systems, rich text, hyperlinks, errors, notes, a table, an image', async () => {
    for (const date1904 of [false, true]) {
      const wb = await expectSameWorkbook(await oddWorkbook(date1904));
      const ws = wb.getWorksheet('Tiltak');
      // What the comparison covers, read back as written.
      expect(ws?.getCell('C2').value).toEqual(new Date(Date.UTC(2025, 4, 17)));
      expect(ws?.getCell('E3').value).toEqual({ sharedFormula: 'E2', result: 4 });
      expect(ws?.getCell('F2').value).toEqual({ text: 'lenke', hyperlink: 'https://example.org/a?b=1&c=2' });
      expect(ws?.getCell('B3').value).toBe('æøå€'.repeat(30_000));
      expect(wb.getWorksheet('Skjult')?.state).toBe('hidden');
      expect(wb.model.media).toHaveLength(1);
    }
  });

  it('reads inline strings, a byte order mark, names with a leading «/», and keeps the last of two parts of one name', async () => {
    const sheet = (text: string) =>
      strToU8(`\ufeff${SHEET_HEAD.replace('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', '<?xml version="1.0" encoding="UTF-8"?>')}<row r="1"><c r="A1" t="inlineStr"><is><t>${text}</t></is></c><c r="B1"><v>7</v></c></row>${SHEET_TAIL}`);
    const files: Zippable = {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '/xl/workbook.xml': strToU8(WORKBOOK('<sheet name="Tiltak" sheetId="1" r:id="rId1"/><sheet name="To" sheetId="2" r:id="rId2"/>')),
      'xl/_rels/workbook.xml.rels': strToU8(RELS(['worksheets/sheet1.xml', '/xl/worksheets/sheet2.xml'])),
      'xl/worksheets/sheet1.xml': sheet('først'),
      '/xl/worksheets/sheet2.xml': sheet('andre ark'),
    };
    const zip = zipSync(files);
    // The same sheet again at the end of the zip, under the name of the first: JSZip keeps the last one.
    const twice = zipSync({ ...files, 'xl/media/../worksheets/sheet1.xml': sheet('sist') });
    const wb = await expectSameWorkbook(zip);
    expect(wb.getWorksheet('Tiltak')?.getCell('A1').value).toBe('først');
    expect(wb.getWorksheet('To')?.getCell('A1').value).toBe('andre ark');
    // «xl/media/../worksheets/sheet1.xml» is resolved to the first sheet's name, which the check never scanned under that name.
    await expect(viaCheck(twice)).rejects.toBeInstanceOf(UncheckedSheetError);
  });

  it('skips a part marked as a folder, as exceljs does', async () => {
    const sheet = (n: number) => strToU8(`${SHEET_HEAD}<row r="1"><c r="A1"><v>${n}</v></c></row>${SHEET_TAIL}`);
    const files: Zippable = {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      'xl/workbook.xml': strToU8(WORKBOOK('<sheet name="Tiltak" sheetId="1" r:id="rId1"/>')),
      'xl/_rels/workbook.xml.rels': strToU8(RELS(['worksheets/sheet1.xml'])),
      // The DOS folder attribute (0x10) on a sheet: JSZip takes it for a folder.
      'xl/worksheets/sheet1.xml': [sheet(1), { attrs: 0x10, os: 0 }],
    };
    expect((await expectSameWorkbook(zipSync(files))).worksheets).toEqual([]);
    // The Unix folder mode (S_IFDIR) on a sheet: a folder too (JSZip itself fails on it, exceljs's load with it).
    const unix = zipSync({ ...files, 'xl/worksheets/sheet1.xml': [sheet(2), { attrs: 0o40755 << 16, os: 3 }] });
    await expect(viaExceljs(unix)).rejects.toThrow();
    expect((await viaCheck(unix)).worksheets).toEqual([]);
  });

  it('refuses a part exceljs would read as a worksheet that the limits check did not scan', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join('');
    const cases = [
      // [part, the workbook's target for the sheet, whether exceljs alone shows the sheet]
      ['xl/worksheets/sheet1.xml.rels', 'worksheets/sheet1.xml.rels', true],
      ['xl/./worksheets/sheet1.xml', 'worksheets/sheet1.xml', true],
      ['kopi/xl/worksheets/sheet1.xml', 'worksheets/sheet1.xml', false],
    ] as const;
    for (const [name, target, shown] of cases) {
      const zip = zipSync({
        '[Content_Types].xml': strToU8(CONTENT_TYPES),
        'xl/workbook.xml': strToU8(WORKBOOK('<sheet name="Tiltak" sheetId="1" r:id="rId1"/>')),
        'xl/_rels/workbook.xml.rels': strToU8(RELS([target])),
        [name]: strToU8(`${SHEET_HEAD}${rows}${SHEET_TAIL}`),
      });
      // exceljs alone parses its rows (and shows them), though the check counted none of them.
      expect((await viaExceljs(zip)).worksheets.map((w) => w.rowCount)).toEqual(shown ? [50] : []);
      const check = checkAndUnpackWorkbook(zip);
      if (!check.ok) throw new Error(check.error.code);
      expect(check.report.sheets).toEqual([]);
      await expect(loadCheckedWorkbook(check.parts)).rejects.toEqual(new UncheckedSheetError(name));
      const result = await readWorkbook(zip, doc, YEAR);
      expect(result.ok ? null : result.errors.map((e) => e.code)).toEqual(['excel.limits.unreadable']);
    }
  });
});
