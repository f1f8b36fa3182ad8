/**
 * Each tiltak's funding formulas cover only its own block of Finansiering rows (no whole
 * columns and no empty rows, so recalculation grows linearly), the workbook does not
 * force a full recalculation on open, and the import reports a funding line that the
 * workbook's formulas would not count.
 */
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { exportWorkbook } from '@shared/excel/export';
import { referencedRows } from '@shared/excel/funding-coverage';
import { readWorkbook } from '@shared/excel/import';
import { ACTION_COLUMNS, fundingBlocks, fundingCol, SHEET } from '@shared/excel/layout';
import { renderMessage } from '@shared/i18n/message';
import { workbookWords } from '@shared/excel/words';
import { createExampleDocument } from '@shared/templates';
import { editWorkbook, sheetXml } from './helpers';

const YEAR = 2025;

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`mangler ${name}`);
  return ws;
}

describe('fundingBlocks', () => {
  it('gives each tiltak its lines plus one shared row above and below; the last block reaches the first row under the lines', () => {
    // Lines: tiltak A rows 2–3, B none, C rows 4–6, D none (last).
    const { blocks, endRow } = fundingBlocks([2, 0, 3, 0]);
    expect(blocks).toEqual([
      { first: 1, last: 4 },
      { first: 3, last: 4 },
      { first: 3, last: 7 },
      { first: 6, last: 7 },
    ]);
    expect(endRow).toBe(7);
  });

  it('covers every line of its tiltak and the row after it, never more than one row under the lines, and keeps an empty plan sensible', () => {
    const counts = [0, 1, 5, 0, 0, 3, 1, 0, 40, 2];
    const { blocks, endRow } = fundingBlocks(counts);
    let row = 2;
    counts.forEach((count, i) => {
      const b = blocks[i];
      if (!b) throw new Error('mangler blokk');
      expect(b.first).toBe(row - 1);
      expect(b.last).toBe(row + count);
      expect(b.last).toBeLessThanOrEqual(endRow);
      row += count;
    });
    expect(endRow).toBe(row);
    expect(fundingBlocks([0, 0])).toEqual({ blocks: [{ first: 1, last: 2 }, { first: 1, last: 2 }], endRow: 2 });
    expect(fundingBlocks([])).toEqual({ blocks: [], endRow: 2 });
  });
});

describe('referencedRows', () => {
  it('finds the rows a formula refers to on a sheet, quoted or not; whole columns are all rows', () => {
    expect(referencedRows('SUMIFS(Finansiering!$D$3:$D$9,Finansiering!$A$3:$A$9,$A2)+SUMIFS(Finansiering!$D$20:$D$1019)', 'Finansiering')).toEqual([
      [3, 9],
      [3, 9],
      [20, 1019],
    ]);
    expect(referencedRows("SUM('Finansiering'!D5:D2)", 'finansiering')).toEqual([[2, 5]]);
    expect(referencedRows("SUM('Kari''s ark'!D5)", "Kari's ark")).toEqual([[5, 5]]);
    expect(referencedRows('SUMIFS(Finansiering!$D:$D,Finansiering!$A:$A,$A2)', 'Finansiering')).toBe('all');
    expect(referencedRows('SUM(Tiltak!J2:J9)+A1', 'Finansiering')).toBeNull();
  });
});

describe('the exported workbook', () => {
  it('has no whole-column references in the Tiltak formulas and no forced recalculation on open', async () => {
    const bytes = await exportWorkbook(createExampleDocument(), YEAR);
    const xml = sheetXml(bytes);
    expect(xml.text('xl/workbook.xml')).not.toMatch(/fullCalcOnLoad/);
    const formulas = [...xml.sheet(SHEET.actions).matchAll(/<f>([^<]*)<\/f>/g)].map((m) => m[1] ?? '');
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).not.toMatch(/![$]?[A-Z]+:[$]?[A-Z]+(?![$]?\d)/);
    expect(formulas.some((f) => f.includes('SUMIFS(Finansiering!$D$'))).toBe(true);
  });

  it.each(['nb', 'en'] as const)('says on Finansiering where new lines go (beside the header and as a note on «Tiltak nr»), in %s', async (language) => {
    const w = workbookWords(language);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(await exportWorkbook(createExampleDocument(), YEAR, { language })).buffer);
    const f = sheet(wb, w.sheets.funding);
    expect(f.getRow(1).values).toContain(w.text.fundingNote);
    expect(f.getCell('A1').note).toBe(w.text.fundingNote);
  });
});

describe('import of funding lines the formulas would not count', () => {
  const doc = createExampleDocument();
  // a: the first tiltak with lines; b: a later one with at least two (its last line is then
  // outside a's block even when they are neighbours).
  const a = doc.actions.find((x) => x.funding.length > 0);
  const b = doc.actions.find((x) => a !== undefined && doc.actions.indexOf(x) > doc.actions.indexOf(a) && x.funding.length >= 2);
  if (!a || !b) throw new Error('eksempelet mangler finansiering');
  const rowOf = (n: string) => doc.actions.findIndex((x) => x.number === n) + 2;

  async function exported(edit: (tiltak: ExcelJS.Worksheet, funding: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
    return editWorkbook(await exportWorkbook(doc, YEAR), (wb) => edit(sheet(wb, SHEET.actions), sheet(wb, SHEET.funding)));
  }

  function addLine(f: ExcelJS.Worksheet, row: number, number: string, amount: number): void {
    f.getCell(`${fundingCol('actionNumber')}${row}`).value = number;
    f.getCell(`${fundingCol('source')}${row}`).value = 'Egne midler';
    f.getCell(`${fundingCol('amount')}${row}`).value = amount;
    f.getCell(`${fundingCol('status')}${row}`).value = 'Planlagt';
  }

  it('a line typed in the first row under the lines counts for the last tiltak (its block reaches that row): the import adds it, no error', async () => {
    const last = doc.actions.at(-1);
    if (!last) throw new Error('eksempelet mangler tiltak');
    const lines = doc.actions.reduce((n, x) => n + x.funding.length, 0);
    const bytes = await exported((_, f) => addLine(f, lines + 2, last.number, 12_345));
    const result = await readWorkbook(bytes, doc, YEAR);
    if (!result.ok) throw new Error(result.errors.map((e) => renderMessage(e, 'en', true)).join('\n'));
    expect(result.preview.changed.map((c) => c.after.id)).toEqual([last.id]);
    expect(result.preview.changed[0]?.after.funding.at(-1)).toMatchObject({ amount: 12_345, source: 'own' });
  });

  it('a line inside another tiltak\'s block, under the lines for another tiltak than the last, or far below, is reported with its row and the tiltak\'s row', async () => {
    const lines = doc.actions.reduce((n, x) => n + x.funding.length, 0);
    // The last line of b's block (rows follow the Tiltak order) now says it belongs to a.
    const bLast = 1 + doc.actions.slice(0, doc.actions.indexOf(b)).reduce((n, x) => n + x.funding.length, 0) + b.funding.length;
    const under = lines + 2;
    const beyond = lines + 12;
    const bytes = await exported((_, f) => {
      addLine(f, bLast, a.number, 1000);
      addLine(f, under, a.number, 1500);
      addLine(f, beyond, b.number, 2000);
    });
    const result = await readWorkbook(bytes, doc, YEAR);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const reported = result.errors.filter((e) => e.code === 'excel.fundingBlocks.notCounted');
    expect(reported.map((e) => [e.where?.sheet, e.where?.row, e.where?.column])).toEqual([
      [SHEET.funding, bLast, 'A'],
      [SHEET.funding, under, 'A'],
      [SHEET.funding, beyond, 'A'],
    ]);
    expect(reported[0]?.params).toMatchObject({ number: a.number, actionRow: rowOf(a.number) });
    expect(reported[2]?.params).toMatchObject({ number: b.number });
    expect(reported[0] && renderMessage(reported[0], 'nb', false)).toContain(`rad ${rowOf(a.number)}`);
    expect(reported[2] && renderMessage(reported[2], 'en', false)).toContain(`action ${b.number}`);
  });

  it('in an English workbook too (English sheet names and source words)', async () => {
    const en = workbookWords('en');
    const lines = doc.actions.reduce((n, x) => n + x.funding.length, 0);
    const bytes = await editWorkbook(await exportWorkbook(doc, YEAR, { language: 'en' }), (wb) => {
      const f = sheet(wb, en.sheets.funding);
      f.getCell(`${fundingCol('actionNumber')}${lines + 9}`).value = a.number;
      f.getCell(`${fundingCol('source')}${lines + 9}`).value = en.source.external;
      f.getCell(`${fundingCol('amount')}${lines + 9}`).value = 500;
      f.getCell(`${fundingCol('status')}${lines + 9}`).value = en.fundingStatus.applied;
    });
    const result = await readWorkbook(bytes, doc, YEAR);
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.where?.sheet, e.where?.row])).toEqual([['excel.fundingBlocks.notCounted', en.sheets.funding, lines + 9]]);
  });

  it('is not checked where the workbook has no formula of its own (a typed value) or sums whole columns (older exports)', async () => {
    const row = 2 + doc.actions.reduce((n, x) => n + x.funding.length, 0) + 5;
    const ownCol = ACTION_COLUMNS.findIndex((c) => c.key === 'ownFunds') + 1;
    const bytes = await exported((t, f) => {
      t.getCell(rowOf(a.number), ownCol).value = 5;
      t.getCell(rowOf(b.number), ownCol).value = { formula: `SUMIFS(Finansiering!$D:$D,Finansiering!$A:$A,$A${rowOf(b.number)},Finansiering!$B:$B,"Egne midler")`, result: 0 };
      addLine(f, row, a.number, 1000);
      addLine(f, row + 1, b.number, 1000);
    });
    const result = await readWorkbook(bytes, doc, YEAR);
    if (!result.ok) throw new Error(result.errors.map((e) => renderMessage(e, 'en', true)).join('\n'));
    expect(result.preview.changed).toHaveLength(2);
  });
});
