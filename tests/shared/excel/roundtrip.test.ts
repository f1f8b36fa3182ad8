import { describe, expect, it } from 'vitest';
import { renderMessage } from '@shared/i18n/message';
import ExcelJS from 'exceljs';
import type { PlanDocument } from '@shared/domain/document';
import { actionCol, ACTION_COLUMNS, fundingCol, SHEET, MONEY_FORMAT, DATE_FORMAT } from '@shared/excel/layout';
import { exportWorkbook } from '@shared/excel/export';
import { applyImport, hasChanges, readWorkbook } from '@shared/excel/import';
import { createExampleDocument, generateLargeDocument } from '@shared/templates';
import { editWorkbook, sheetXml } from './helpers';

const YEAR = 2025;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`mangler ${name}`);
  return ws;
}

/** Freezes an object and everything in it. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('export → import round trip', () => {
  it('the example plan comes back with no changes at all, and applying the empty preview gives an equal document', async () => {
    const doc = createExampleDocument();
    const before = structuredClone(doc);
    const bytes = await exportWorkbook(doc, YEAR);
    const result = await readWorkbook(bytes, doc, YEAR);
    if (!result.ok) throw new Error(result.errors.map((e) => renderMessage(e, 'nb', true)).join('\n'));
    expect(result.preview.kind).toBe('workbook');
    expect(result.preview.added).toEqual([]);
    expect(result.preview.changed).toEqual([]);
    expect(result.preview.removed).toEqual([]);
    expect(result.preview.frame).toBeNull();
    expect(hasChanges(result.preview)).toBe(false);
    expect(applyImport(doc, YEAR, result.preview)).toEqual(before);
    expect(doc).toEqual(before);
  });

  it('a generated plan of 300 tiltak (every status, many funding lines) round-trips unchanged', async () => {
    const doc = generateLargeDocument({ actions: 300, years: 1, seed: 7 });
    const bytes = await exportWorkbook(doc, YEAR);
    const result = await readWorkbook(bytes, doc, YEAR);
    if (!result.ok) throw new Error(result.errors.map((e) => renderMessage(e, 'nb', true)).join('\n'));
    expect(hasChanges(result.preview)).toBe(false);
    expect(applyImport(doc, YEAR, result.preview)).toEqual(doc);
  });

  it('edits in Excel show up in the preview: changed cost and funding, a new row, a deleted row, a changed frame', async () => {
    // Frozen: the import copies a tiltak on its first changed field and never writes into the plan's own.
    const doc = deepFreeze(createExampleDocument());
    const plan = doc.actions.filter((a) => a.planId === doc.plans[0]?.id);
    const first = plan[0];
    const third = plan[2];
    if (!first || !third) throw new Error('eksempelet mangler tiltak');
    const bytes = await exportWorkbook(doc, YEAR);
    const edited = await editWorkbook(bytes, (wb) => {
      const t = sheet(wb, SHEET.actions);
      t.getCell(`${actionCol('cost')}2`).value = first.cost + 1000;
      t.getCell(`${actionCol('status')}2`).value = 'Utsatt';
      // Derived columns are ignored whatever they show.
      t.getCell(`${actionCol('ownFunds')}2`).value = 999_999_999;
      t.spliceRows(4, 1); // removes tiltak 3
      const last = t.rowCount + 1;
      t.getCell(`${actionCol('number')}${last}`).value = '99';
      t.getCell(`${actionCol('title')}${last}`).value = 'Nytt tiltak fra Excel';
      t.getCell(`${actionCol('initiatives')}${last}`).value = t.getCell(`${actionCol('initiatives')}2`).value;
      t.getCell(`${actionCol('cost')}${last}`).value = 50_000;
      t.getCell(`${actionCol('priority')}${last}`).value = 3;
      t.getCell(`${actionCol('status')}${last}`).value = 'Planlagt';
      t.getCell(`${actionCol('deadline')}${last}`).value = '15.11.2025';
      const f = sheet(wb, SHEET.funding);
      const fl = f.rowCount + 1;
      f.getCell(`${fundingCol('actionNumber')}${fl}`).value = '99';
      f.getCell(`${fundingCol('source')}${fl}`).value = 'Egne midler';
      f.getCell(`${fundingCol('amount')}${fl}`).value = 20_000;
      f.getCell(`${fundingCol('status')}${fl}`).value = 'Bekreftet';
      // Funding lines of tiltak 3 must go too, or they would point at a missing Nr. Emptied, not
      // spliced: exceljs's spliceRows does not move the Tiltak formulas' row references as Excel does.
      for (let r = f.rowCount; r >= 2; r--) if (String(f.getCell(`${fundingCol('actionNumber')}${r}`).value) === third.number) f.getRow(r).values = [];
      sheet(wb, SHEET.frame).getCell('B3').value = 2_500_000;
    });
    const result = await readWorkbook(edited, doc, YEAR);
    if (!result.ok) throw new Error(result.errors.map((e) => renderMessage(e, 'nb', true)).join('\n'));
    const { added, changed, removed, frame } = result.preview;
    expect(removed.map((a) => a.id)).toEqual([third.id]);
    expect(changed).toHaveLength(1);
    expect(changed[0]?.before.id).toBe(first.id);
    expect(changed[0]?.after.cost).toBe(first.cost + 1000);
    expect(changed[0]?.after.status).toBe('postponed');
    expect(changed[0]?.fields).toEqual(['cost', 'status']);
    expect(changed[0]?.before).toBe(first);
    expect(changed[0]?.after).toEqual({ ...first, cost: first.cost + 1000, status: 'postponed' });
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ number: '99', title: 'Nytt tiltak fra Excel', cost: 50_000, priority: 3, deadline: '2025-11-15', initiativeIds: first.initiativeIds });
    expect(added[0]?.funding).toEqual([expect.objectContaining({ source: 'own', amount: 20_000, status: 'confirmed', actorId: null })]);
    expect(frame?.after.ownFunds).toBe(2_500_000);

    const before = structuredClone(doc);
    const applied: PlanDocument = applyImport(doc, YEAR, result.preview);
    expect(doc).toEqual(before); // pure
    expect(applied.actions.find((a) => a.id === third.id)).toBeUndefined();
    expect(applied.actions.find((a) => a.id === first.id)?.cost).toBe(first.cost + 1000);
    expect(applied.actions.at(-1)?.title).toBe('Nytt tiltak fra Excel');
    expect(applied.plans[0]?.frame.ownFunds).toBe(2_500_000);
    // A second import of the same workbook against the applied plan changes nothing.
    const again = await readWorkbook(edited, applied, YEAR);
    if (!again.ok) throw new Error(again.errors.map((e) => renderMessage(e, 'nb', true)).join('\n'));
    expect(hasChanges(again.preview)).toBe(false);
  });

  it('applyImport refuses a stale preview and leaves the document alone', async () => {
    const doc = createExampleDocument();
    const bytes = await exportWorkbook(doc, YEAR);
    const edited = await editWorkbook(bytes, (wb) => {
      sheet(wb, SHEET.actions).getCell(`${actionCol('cost')}2`).value = 1;
    });
    const result = await readWorkbook(edited, doc, YEAR);
    if (!result.ok) throw new Error('uventet feil');
    const moved = { ...doc, actions: doc.actions.map((a, i) => (i === 0 ? { ...a, cost: a.cost + 5 } : a)) };
    expect(() => applyImport(moved, YEAR, result.preview)).toThrow(expect.objectContaining({ detail: { code: 'excel.sheets.stale' } }));
  });
});

describe('adopted plans', () => {
  it('a vedtatt plan is not changed by an import (an unchanged workbook is fine)', async () => {
    const doc = createExampleDocument();
    const plan = doc.plans[0];
    if (!plan) throw new Error('mangler plan');
    plan.status = 'adopted';
    plan.adoptedDate = '2025-02-01';
    const bytes = await exportWorkbook(doc, YEAR);
    const same = await readWorkbook(bytes, doc, YEAR);
    expect(same.ok).toBe(true);
    const edited = await editWorkbook(bytes, (wb) => {
      sheet(wb, SHEET.actions).getCell(`${actionCol('cost')}2`).value = 1;
    });
    const result = await readWorkbook(edited, doc, YEAR);
    expect(result).toEqual({ ok: false, errors: [{ code: 'excel.sheets.adopted', params: { year: 2025 } }] });
  });
});

describe('workbook layout', () => {
  it('has the sheets, Norwegian headers, formats, frozen header, filter, hidden Id, print setup and properties', async () => {
    const doc = createExampleDocument();
    const wb = await load(await exportWorkbook(doc, YEAR));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Sammendrag', 'Tiltak', 'Finansiering', 'Rammer']);
    expect(wb.creator).toBe('Handlingsrom');
    expect(wb.company).toBe(doc.strategy.organisation);
    expect(wb.title).toContain(doc.strategy.name);
    const t = sheet(wb, SHEET.actions);
    expect(ACTION_COLUMNS.map((_c, i) => t.getRow(1).getCell(i + 1).value)).toEqual(ACTION_COLUMNS.map((c) => c.header));
    expect(t.getColumn(actionCol('id')).hidden).toBe(true);
    expect(t.getCell(`${actionCol('cost')}2`).numFmt).toBe(MONEY_FORMAT);
    expect(t.getCell(`${actionCol('deadline')}2`).numFmt).toBe(DATE_FORMAT);
    expect(t.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(t.autoFilter).toBeTruthy();
    expect(t.pageSetup).toMatchObject({ orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' });
    expect(t.headerFooter.oddFooter).toBe('&C&P av &N');
    expect(t.headerFooter.oddHeader).toContain(doc.strategy.name.replace(/&/g, '&&'));
    const ownFunds = t.getCell(`${actionCol('ownFunds')}2`).value;
    expect(ownFunds).toMatchObject({ formula: expect.stringContaining('SUMIFS(Finansiering!'), result: expect.any(Number) });

    const xml = sheetXml(await exportWorkbook(doc, YEAR));
    expect(xml.text('xl/styles.xml')).toContain('formatCode="#,##0 &quot;kr&quot;"');
    expect(xml.sheet('Sammendrag')).toMatch(/<conditionalFormatting[^>]*>.*operator="lessThan"/s);
  });
});
