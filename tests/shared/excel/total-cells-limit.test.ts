/**
 * The import's memory bound: cells are counted over all sheets together (maxTotalCells), so
 * a workbook of several sheets each under the per-sheet limit is still refused before
 * exceljs loads it. The memory figures behind the default are measured by `npm run bench`.
 */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { renderMessage } from '@shared/i18n/message';
import { checkWorkbookZip, DEFAULT_LIMITS } from '@shared/excel/limits';
import { SHEET_HEAD, SHEET_TAIL } from './helpers';
import { expectCleanRefusal } from '../fuzz/refusal-text';

/** A sheet of `rows` rows × 4 number cells. */
function sheet(rows: number): Uint8Array {
  let xml = SHEET_HEAD;
  for (let r = 1; r <= rows; r++) xml += `<row r="${r}">${['A', 'B', 'C', 'D'].map((c) => `<c r="${c}${r}"><v>${r}</v></c>`).join('')}</row>`;
  return strToU8(xml + SHEET_TAIL);
}

function workbook(sheets: Uint8Array[]): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8('<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets></sheets></workbook>'),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = s;
  });
  return zipSync(files);
}

describe('cells in all sheets together', () => {
  const limits = { ...DEFAULT_LIMITS, maxCells: 12, maxTotalCells: 20 };

  it('two sheets under the per-sheet limit but over the total are refused', () => {
    const check = checkWorkbookZip(workbook([sheet(3), sheet(3)]), limits);
    expect(check.ok).toBe(false);
    if (!check.ok) {
      expect(check.error).toEqual({ code: 'excel.limits.too-many-cells-total', params: { max: 20 } });
      expectCleanRefusal(renderMessage(check.error, 'nb'));
      expectCleanRefusal(renderMessage(check.error, 'en'));
    }
  });

  it('up to the total is accepted', () => {
    const check = checkWorkbookZip(workbook([sheet(3), sheet(2)]), limits);
    expect(check.ok ? check.report.sheets.map((s) => s.cells) : check.error).toEqual([12, 8]);
  });

  it('the default total (the read cost in read-cost-limit.test.ts bounds the memory)', () => {
    expect(DEFAULT_LIMITS.maxTotalCells).toBe(1_500_000);
    expect(DEFAULT_LIMITS.maxTotalCells).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCells);
  });
});
