/**
 * The import's memory bound for text (lesekostnad, issue 10 point 7): a workbook of long
 * unique strings stays under the cell limits, yet exceljs would hold every character (two
 * bytes each) beside the decoded parts. The check weighs cells and unpacked bytes
 * (`readCost`) and refuses before exceljs loads the file; the plan is left as it was. The
 * memory figures behind the default are measured by `npm run bench`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import type { PlanDocument } from '@shared/domain/document';
import { exportWorkbook } from '@shared/excel/export';
import { readWorkbook } from '@shared/excel/import';
import { checkWorkbookZip, DEFAULT_LIMITS, READ_BYTES_PER_CELL, READ_BYTES_PER_UNPACKED_BYTE, readCost } from '@shared/excel/limits';
import { renderMessage } from '@shared/i18n/message';
import { createExampleDocument } from '@shared/templates';
import { xlsxWithSheet, SHEET_HEAD, SHEET_TAIL } from './helpers';
import { expectCleanRefusal } from '../fuzz/refusal-text';

const YEAR = 2025;

/** A Tiltak sheet of `rows` rows, each with a unique text of `chars` characters (one outside Latin-1). */
function longTexts(rows: number, chars: number): Uint8Array {
  let xml = `${SHEET_HEAD}<row r="1"><c r="A1" t="inlineStr"><is><t>Nr</t></is></c><c r="B1" t="inlineStr"><is><t>Tittel</t></is></c></row>`;
  for (let r = 2; r <= rows + 1; r++) {
    const text = `${r} \u2116 ${'lang tekst '.repeat(Math.ceil(chars / 11))}`.slice(0, chars);
    xml += `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>T${r}</t></is></c><c r="B${r}" t="inlineStr"><is><t>${text}</t></is></c></row>`;
  }
  return xlsxWithSheet([strToU8(xml + SHEET_TAIL)], 6);
}

let doc: PlanDocument;
let pristine: PlanDocument;

beforeAll(() => {
  doc = createExampleDocument();
  pristine = structuredClone(doc);
});

describe('read cost: cells and unpacked bytes together', () => {
  // 40 rows × 3 000 characters ≈ 120 KB unpacked, 81 cells: ~720 KB estimated.
  const limits = { ...DEFAULT_LIMITS, maxReadBytes: 500 * 1024 };

  it('long unique texts under every cell limit are refused with excel.limits.too-much-content, and the plan is unchanged', async () => {
    const bytes = longTexts(40, 3000);
    const check = checkWorkbookZip(bytes, limits);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.error.code).toBe('excel.limits.too-much-content');
    expect(check.error.params).toEqual({ cells: expect.any(Number), sizeMb: expect.any(Number), needMb: expect.any(Number), maxMb: 0.5 });
    const p = check.error.params ?? {};
    expect(Number(p.needMb)).toBeGreaterThan(0.5);
    for (const lang of ['nb', 'en'] as const) expectCleanRefusal(renderMessage(check.error, lang));

    const result = await readWorkbook(bytes, doc, YEAR, { limits });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.code)).toEqual(['excel.limits.too-much-content']);
    expect(doc).toEqual(pristine);
  });

  it('the same cells with short texts are accepted', () => {
    const check = checkWorkbookZip(longTexts(40, 20), limits);
    expect(check.ok ? check.report.sheets[0]?.cells : check.error).toBe(82);
  });

  it('counts cells and unpacked bytes at their measured weights', () => {
    expect(readCost(1000, 0)).toBe(1000 * READ_BYTES_PER_CELL);
    expect(readCost(0, 1000)).toBe(1000 * READ_BYTES_PER_UNPACKED_BYTE);
    expect(readCost(2, 3)).toBe(2 * READ_BYTES_PER_CELL + 3 * READ_BYTES_PER_UNPACKED_BYTE);
  });

  it('a sheet whose cells alone are too costly is refused after it is scanned', () => {
    const files: Record<string, Uint8Array> = {
      'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets></sheets></workbook>'),
    };
    let xml = SHEET_HEAD;
    for (let r = 1; r <= 100; r++) xml += `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>1</v></c></row>`;
    files['xl/worksheets/sheet1.xml'] = strToU8(xml + SHEET_TAIL);
    const check = checkWorkbookZip(zipSync(files), { ...DEFAULT_LIMITS, maxReadBytes: 200 * READ_BYTES_PER_CELL });
    expect(check.ok ? null : check.error.params?.cells).toBe(200);
  });

  it("the app's own export of the example plan is far inside the default", async () => {
    const check = checkWorkbookZip(await exportWorkbook(doc, YEAR));
    expect(check.ok).toBe(true);
    if (check.ok) {
      const cells = check.report.sheets.reduce((n, s) => n + s.cells, 0);
      expect(readCost(cells, check.report.unpackedBytes)).toBeLessThan(DEFAULT_LIMITS.maxReadBytes / 100);
    }
  });
});
