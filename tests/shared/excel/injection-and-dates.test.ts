/**
 * Formula injection (user text is never a formula) and calendar dates (every day of
 * 2024–2031 survives export → exceljs → import in Europe/Oslo, DST days included).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderMessage } from '@shared/i18n/message';
import ExcelJS from 'exceljs';
import type { Action } from '@shared/domain/entities';
import { isoDateToSerial, serialToIsoDate, excelDateToIsoDate } from '@shared/excel/cells';
import { exportWorkbook } from '@shared/excel/export';
import { hasChanges, readWorkbook } from '@shared/excel/import';
import { actionCol, SHEET } from '@shared/excel/layout';
import { createExampleDocument } from '@shared/templates';
import { sheetXml } from './helpers';

const YEAR = 2025;

/** Every calendar day from..to inclusive, as ISO strings (computed without Date). */
function everyDay(fromYear: number, toYear: number): string[] {
  const days: string[] = [];
  for (let y = fromYear; y <= toYear; y++) {
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    lengths.forEach((n, m) => {
      for (let d = 1; d <= n; d++) days.push(`${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    });
  }
  return days;
}

/** The <c> element of a cell in sheet XML. */
function cellXml(xml: string, ref: string): string {
  const m = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`, 's').exec(xml);
  if (!m) throw new Error(`fant ikke cellen ${ref}`);
  return m[0];
}

describe('formula injection', () => {
  const hostile = ['=HYPERLINK("http://x","klikk")', '+SUM(1,2)', '-2+3', '@SUM(A1)', '\t=1+1', '\r=cmd|" /C calc"!A0', '=1+1'];

  it('user text that starts with = + - @ tab or CR is written as a shared string, never as a formula, and reads back as the same text', async () => {
    const doc = createExampleDocument();
    const targets = doc.actions.slice(0, hostile.length).map((a) => a.id);
    doc.actions = doc.actions.map((a): Action => {
      const i = targets.indexOf(a.id);
      const text = hostile[i];
      // Titles are trimmed by the domain schema; the other fields keep a leading tab or CR.
      return text === undefined ? a : { ...a, title: text.trim(), owner: text, notes: text, description: text };
    });
    const bytes = await exportWorkbook(doc, YEAR);
    const xml = sheetXml(bytes);
    const tiltak = xml.sheet(SHEET.actions);
    const shared = xml.text('xl/sharedStrings.xml');
    for (let i = 0; i < hostile.length; i++) {
      for (const key of ['title', 'owner', 'notes', 'description'] as const) {
        const c = cellXml(tiltak, `${actionCol(key)}${i + 2}`);
        expect(c, `${key} rad ${i + 2}`).toContain('t="s"');
        expect(c).not.toContain('<f>');
      }
    }
    // The shared strings hold the text verbatim (XML-escaped), not as a formula.
    expect(shared).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;klikk&quot;)');
    expect(shared).toContain('@SUM(A1)');
    // The only formulas in Tiltak are the derived columns.
    const formulaCells = [...tiltak.matchAll(/<c r="([A-Z]+)\d+"[^>]*>(?:(?!<\/c>).)*<f>/gs)].map((m) => m[1]);
    const derived = ['ownFunds', 'partnerFunds', 'externalFunds', 'uncovered', 'confirmedFunds', 'appliedFunds', 'plannedFunds', 'active'] as const;
    expect(new Set(formulaCells)).toEqual(new Set(derived.map((k) => actionCol(k))));

    // exceljs reads them as plain strings, and the import sees no change.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
    expect(wb.getWorksheet(SHEET.actions)?.getCell(`${actionCol('owner')}2`).value).toBe(hostile[0]);
    const result = await readWorkbook(bytes, doc, YEAR);
    if (!result.ok) throw new Error(result.errors.map((e) => renderMessage(e, 'nb', true)).join('\n'));
    expect(result.preview.changed.map((c) => [c.before.number, c.fields])).toEqual([]);
    expect(hasChanges(result.preview)).toBe(false);
  });
});

describe('dates in Europe/Oslo', () => {
  const savedTz = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = 'Europe/Oslo';
  });
  afterAll(() => {
    // Assigning undefined to process.env stores the string "undefined" (a time zone Node reads as UTC).
    if (savedTz === undefined) delete process.env.TZ;
    else process.env.TZ = savedTz;
  });

  it('runs in Oslo time (so the DST days are real)', () => {
    expect(new Date(2024, 0, 15).getTimezoneOffset()).toBe(-60);
    expect(new Date(2024, 6, 15).getTimezoneOffset()).toBe(-120);
  });

  it('every day of 2024–2031 converts to a whole serial and back', () => {
    const days = everyDay(2024, 2031);
    expect(days).toHaveLength(2922);
    let previous = isoDateToSerial('2023-12-31');
    expect(previous).toBe(45291);
    for (const d of days) {
      const serial = isoDateToSerial(d);
      expect(serial).toBe(previous + 1);
      expect(serialToIsoDate(serial)).toBe(d);
      // A time of day (or floating-point dust) never moves the day.
      expect(serialToIsoDate(serial + 0.9999)).toBe(d);
      expect(serialToIsoDate(serial - 1e-9)).toBe(d);
      previous = serial;
    }
  });

  it('every day of 2024–2031 survives export → exceljs → import, as real Excel dates formatted dd.mm.yyyy', async () => {
    const days = everyDay(2024, 2031);
    const doc = createExampleDocument();
    const template = doc.actions[0];
    if (!template) throw new Error('mangler tiltak');
    const planId = template.planId;
    const actions: Action[] = [];
    for (let i = 0; i < days.length; i += 2) {
      actions.push({
        ...template,
        id: `dt_${i}`,
        lineageId: `dt_${i}`,
        number: String(i / 2 + 1),
        funding: [],
        kpis: [],
        start: days[i] ?? null,
        deadline: days[i + 1] ?? null,
      });
    }
    doc.actions = [...doc.actions.filter((a) => a.planId !== planId), ...actions];
    const bytes = await exportWorkbook(doc, YEAR);

    // Raw XML: whole serial numbers, no time part.
    const xml = sheetXml(bytes).sheet(SHEET.actions);
    expect(cellXml(xml, `${actionCol('start')}2`)).toContain(`<v>${isoDateToSerial(days[0] ?? '')}</v>`);

    // exceljs (as any reader in Oslo) sees the same calendar day.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
    const ws = wb.getWorksheet(SHEET.actions);
    if (!ws) throw new Error('mangler Tiltak');
    expect(ws.getCell(`${actionCol('start')}2`).numFmt).toBe('dd.mm.yyyy');
    actions.forEach((a, i) => {
      for (const key of ['start', 'deadline'] as const) {
        const v = ws.getCell(`${actionCol(key)}${i + 2}`).value;
        expect(v).toBeInstanceOf(Date);
        if (v instanceof Date) expect(excelDateToIsoDate(v)).toBe(a[key]);
      }
    });

    const result = await readWorkbook(bytes, doc, YEAR);
    if (!result.ok) throw new Error(result.errors.slice(0, 5).map((e) => renderMessage(e, 'nb', true)).join('\n'));
    expect(result.preview.changed).toEqual([]);
    expect(hasChanges(result.preview)).toBe(false);
  });
});
