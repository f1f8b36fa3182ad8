/**
 * Statusarbeidsbok (issue 12, point 7): export → fill in with exceljs → import gives the
 * expected status updates, in bokmål and English; every refusal by its code, with sheet,
 * row and column; hostile files refused before exceljs; the plan document untouched until
 * the all-or-nothing apply.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { strToU8 } from 'fflate';
import type ExcelJS from 'exceljs';
import type { PlanDocument } from '@shared/domain/document';
import { closePeriod } from '@shared/edits/follow-up';
import { columnLetter } from '@shared/excel/layout';
import { DEFAULT_LIMITS } from '@shared/excel/limits';
import {
  applyStatusImport,
  exportStatusWorkbook,
  KPI_COLUMNS,
  kpiCol,
  readStatusWorkbook,
  STATUS_COLUMNS,
  statusCol,
  statusWords,
  type ReadStatusResult,
} from '@shared/excel/status';
import type { ImportError } from '@shared/excel/import';
import type { MessageLanguage } from '@shared/i18n/message';
import { createExampleDocument } from '@shared/templates';
import { editWorkbook, millionRowWorkbook } from './helpers';

const YEAR = 2025;
const PERIOD = 'T2';
const DATE = '2025-08-20';

let doc: PlanDocument;
let pristine: PlanDocument;
let planId: string;

beforeAll(() => {
  doc = createExampleDocument();
  pristine = structuredClone(doc);
  planId = doc.plans.find((p) => p.year === YEAR)?.id ?? '';
});

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`mangler arket ${name}`);
  return ws;
}

/** The row of tiltak `number` on Status. */
function rowOf(ws: ExcelJS.Worksheet, number: string): number {
  let found = -1;
  ws.eachRow((row, r) => {
    if (r > 1 && row.getCell(statusCol('number')).value === number) found = r;
  });
  if (found < 0) throw new Error(`fant ikke tiltak ${number}`);
  return found;
}

async function read(bytes: Uint8Array, period = PERIOD, d: PlanDocument = doc): Promise<ReadStatusResult> {
  const result = await readStatusWorkbook(bytes, d, YEAR, period, { date: DATE, author: 'Test' });
  expect(doc, 'planen må være uendret').toEqual(pristine);
  return result;
}

async function errorsOf(bytes: Uint8Array, period = PERIOD, d: PlanDocument = doc): Promise<ImportError[]> {
  const result = await read(bytes, period, d);
  if (result.ok) throw new Error('forventet feil, fikk en forhåndsvisning');
  return result.errors;
}

/** The code of a cell error's expectation, with where it points. */
function cellErrors(errors: readonly ImportError[]) {
  return errors.map((e) => {
    const expected = e.params?.['expected'];
    const foundP = e.params?.['found'];
    return {
      code: e.code,
      expected: typeof expected === 'object' && expected !== null && 'code' in expected ? expected.code : undefined,
      found: typeof foundP === 'object' && foundP !== null && 'code' in foundP ? foundP.code : undefined,
      sheet: e.where?.sheet,
      row: e.where?.row,
      column: e.where?.column,
    };
  });
}

describe('export', () => {
  it('writes the active tiltak with the last status, a status drop-down, frozen header, widths and kroner format', async () => {
    const bytes = await exportStatusWorkbook(doc, YEAR, PERIOD);
    const w = statusWords('nb');
    const check = await editWorkbook(bytes, (wb) => {
      const ws = sheet(wb, w.sheets.status);
      expect(ws.getRow(1).getCell(statusCol('status')).value).toBe('Ny status');
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getColumn(statusCol('title')).width).toBe(40);
      expect(ws.getColumn(statusCol('id')).hidden).toBe(true);
      const r = rowOf(ws, '1');
      expect(ws.getCell(r, statusCol('cost')).numFmt).toBe('#,##0 "kr"');
      // Tiltak 1 has a T2 update in the example: its last status is shown, the fill-in columns are empty.
      expect(ws.getCell(r, statusCol('lastStatus')).value).not.toBeNull();
      expect(ws.getCell(r, statusCol('status')).value).toBeNull();
      const dv = ws.getCell(r, statusCol('status')).dataValidation;
      expect(dv?.type).toBe('list');
      expect(dv?.formulae[0]).toBe('"Ikke startet,På sporet,Forsinket,Stoppet,Fullført"');
      const kpi = sheet(wb, w.sheets.kpis);
      expect(kpi.getRow(1).getCell(kpiCol('actual')).value).toBe('Faktisk verdi');
      expect(sheet(wb, w.sheets.info).state).toBe('hidden');
    });
    expect(check.length).toBeGreaterThan(0);
    const active = doc.actions.filter((a) => a.planId === planId && ['planned', 'ongoing', 'done'].includes(a.status));
    await editWorkbook(bytes, (wb) => expect(sheet(wb, w.sheets.status).rowCount).toBe(active.length + 1));
  });

  it('with --owner only that ansvarlig\'s tiltak', async () => {
    const owner = doc.actions.find((a) => a.planId === planId)?.owner ?? '';
    const bytes = await exportStatusWorkbook(doc, YEAR, PERIOD, { owner: `  ${owner.toUpperCase()} ` });
    const expected = doc.actions.filter((a) => a.planId === planId && a.owner === owner && ['planned', 'ongoing', 'done'].includes(a.status)).length;
    await editWorkbook(bytes, (wb) => expect(sheet(wb, 'Status').rowCount).toBe(expected + 1));
  });

  it('refuses an unknown period and a year without a plan by code', async () => {
    await expect(exportStatusWorkbook(doc, YEAR, 'T9')).rejects.toMatchObject({ detail: { code: 'followUp.refused.unknownPeriod' } });
    await expect(exportStatusWorkbook(doc, 1999, PERIOD)).rejects.toMatchObject({ detail: { code: 'excel.context.noPlan' } });
  });
});

describe.each<MessageLanguage>(['nb', 'en'])('round trip (%s)', (language) => {
  it('export → fill with exceljs → import gives the updates; apply adds them all', async () => {
    const w = statusWords(language);
    const exported = await exportStatusWorkbook(doc, YEAR, PERIOD, { language });
    const unchanged = await read(exported);
    expect(unchanged.ok && unchanged.preview.rows).toEqual([]);

    const withKpi = doc.actions.find((a) => a.planId === planId && a.kpis.length > 0 && a.status !== 'postponed' && a.status !== 'cancelled');
    if (!withKpi) throw new Error('eksempelet mangler tiltak med KPI');
    const filled = await editWorkbook(exported, (wb) => {
      const ws = sheet(wb, w.sheets.status);
      const r1 = rowOf(ws, '1');
      ws.getCell(r1, statusCol('status')).value = w.status.delayed;
      ws.getCell(r1, statusCol('comment')).value = '=ikke en formel, bare tekst som starter med likhetstegn';
      ws.getCell(r1, statusCol('spentOwn')).value = 120000;
      ws.getCell(r1, statusCol('spentPartner')).value = language === 'nb' ? '50 000' : '50,000';
      ws.getCell(r1, statusCol('expectedDeadline')).value = new Date(Date.UTC(2025, 10, 30));
      const r2 = rowOf(ws, '2');
      ws.getCell(r2, statusCol('status')).value = w.status.done.toUpperCase();
      const kpi = sheet(wb, w.sheets.kpis);
      kpi.eachRow((row, r) => {
        if (r > 1 && row.getCell(kpiCol('actionId')).value === withKpi.id) row.getCell(kpiCol('actual')).value = language === 'nb' ? '3,5' : '3.5';
      });
    });
    const result = await read(filled);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const byNumber = new Map(result.preview.rows.map((r) => [r.number, r]));
    const one = byNumber.get('1');
    // A text cell starting with «=» is text: it is not a formula cell.
    expect(one?.update).toMatchObject({
      status: 'delayed',
      comment: '=ikke en formel, bare tekst som starter med likhetstegn',
      spending: expect.arrayContaining([
        { source: 'own', amount: 120000 },
        { source: 'partner', amount: 50000 },
      ]),
      expectedDeadline: '2025-11-30',
      date: DATE,
      author: 'Test',
      periodId: 'T2',
    });
    expect(byNumber.get('2')?.after).toBe('done');
    const kpiRow = byNumber.get(withKpi.number);
    expect(kpiRow?.update.kpiValues.filter((v) => v.actual === 3.5).length).toBe(withKpi.kpis.length);

    const next = applyStatusImport(doc, result.preview);
    const plan = next.plans.find((p) => p.id === planId);
    const before = doc.plans.find((p) => p.id === planId);
    expect(plan?.followUp.updates.length).toBe((before?.followUp.updates.length ?? 0) + result.preview.rows.length);
    // Only followUp changed: the adopted content (tiltak, frame, status) stays.
    expect(next.actions).toEqual(doc.actions);
    expect({ ...plan, followUp: null }).toEqual({ ...before, followUp: null });
  });
});

describe('per-cell refusals by code', () => {
  it('unknown status, negative / impossible forbruk, date outside the year, unknown ids, formula in a text field', async () => {
    const w = statusWords('nb');
    const exported = await exportStatusWorkbook(doc, YEAR, PERIOD);
    let rows: Record<string, number> = {};
    const withKpi = doc.actions.find((a) => a.planId === planId && a.kpis.length > 0 && a.status !== 'postponed' && a.status !== 'cancelled');
    let kpiRow = -1;
    const bad = await editWorkbook(exported, (wb) => {
      const ws = sheet(wb, w.sheets.status);
      rows = { one: rowOf(ws, '1'), two: rowOf(ws, '2'), three: rowOf(ws, '3'), four: rowOf(ws, '4') };
      ws.getCell(rows.one ?? 0, statusCol('status')).value = 'Halvveis';
      ws.getCell(rows.one ?? 0, statusCol('spentOwn')).value = -5;
      ws.getCell(rows.one ?? 0, statusCol('spentPartner')).value = 10.5;
      ws.getCell(rows.one ?? 0, statusCol('spentExternal')).value = '-300';
      ws.getCell(rows.two ?? 0, statusCol('expectedDeadline')).value = new Date(Date.UTC(2026, 0, 15));
      ws.getCell(rows.two ?? 0, statusCol('comment')).value = { formula: 'HYPERLINK("http://x","klikk")', result: 'klikk' };
      ws.getCell(rows.three ?? 0, statusCol('id')).value = 'act_finnes_ikke';
      ws.getCell(rows.three ?? 0, statusCol('status')).value = w.status.onTrack;
      ws.getCell(rows.four ?? 0, statusCol('spentOwn')).value = 1e16;
      const kpi = sheet(wb, w.sheets.kpis);
      kpi.eachRow((row, r) => {
        if (r > 1 && kpiRow < 0 && row.getCell(kpiCol('actionId')).value === withKpi?.id) {
          kpiRow = r;
          row.getCell(kpiCol('kpiId')).value = 'kpi_ukjent';
          row.getCell(kpiCol('actual')).value = 7;
        }
      });
    });
    const errors = cellErrors(await errorsOf(bad));
    const S = w.sheets.status;
    const at = (key: Parameters<typeof statusCol>[0]) => columnLetter(statusCol(key));
    expect(errors).toEqual(
      expect.arrayContaining([
        { code: 'excel.cell', expected: 'statusWorkbook.expected.status', found: 'excel.found.unknown', sheet: S, row: rows.one, column: at('status') },
        { code: 'excel.cell', expected: 'statusWorkbook.expected.spending', found: 'statusWorkbook.found.negative', sheet: S, row: rows.one, column: at('spentOwn') },
        { code: 'excel.cell', expected: 'statusWorkbook.expected.spending', found: 'statusWorkbook.found.notWhole', sheet: S, row: rows.one, column: at('spentPartner') },
        { code: 'excel.cell', expected: 'statusWorkbook.expected.spending', found: 'statusWorkbook.found.negative', sheet: S, row: rows.one, column: at('spentExternal') },
        { code: 'excel.cell', expected: 'statusWorkbook.expected.dateInYear', found: 'statusWorkbook.found.outsideYear', sheet: S, row: rows.two, column: at('expectedDeadline') },
        { code: 'excel.cell', expected: 'excel.expected.text', found: 'excel.found.formula', sheet: S, row: rows.two, column: at('comment') },
        { code: 'excel.cell', expected: 'statusWorkbook.expected.knownAction', found: 'statusWorkbook.found.unknownId', sheet: S, row: rows.three, column: at('id') },
        { code: 'excel.cell', expected: 'statusWorkbook.expected.spending', found: 'statusWorkbook.found.tooLarge', sheet: S, row: rows.four, column: at('spentOwn') },
        {
          code: 'excel.cell',
          expected: 'statusWorkbook.expected.knownKpi',
          found: 'statusWorkbook.found.unknownId',
          sheet: w.sheets.kpis,
          row: kpiRow,
          column: columnLetter(kpiCol('kpiId')),
        },
      ]),
    );
  });

  it('a tiltak without any status needs one; a tiltak twice is refused', async () => {
    const w = statusWords('nb');
    const exported = await exportStatusWorkbook(doc, YEAR, PERIOD);
    // A tiltak with no update in T1 or T2.
    const updated = new Set(doc.plans.find((p) => p.id === planId)?.followUp.updates.map((u) => u.actionId));
    const fresh = doc.actions.find((a) => a.planId === planId && !updated.has(a.id) && ['planned', 'ongoing', 'done'].includes(a.status));
    if (!fresh) throw new Error('eksempelet mangler et tiltak uten oppdatering');
    let r = 0;
    let dup = 0;
    const bad = await editWorkbook(exported, (wb) => {
      const ws = sheet(wb, w.sheets.status);
      r = rowOf(ws, fresh.number);
      ws.getCell(r, statusCol('comment')).value = 'Bare en kommentar';
      dup = ws.rowCount + 1;
      ws.getCell(dup, statusCol('number')).value = fresh.number;
      ws.getCell(dup, statusCol('id')).value = fresh.id;
      ws.getCell(dup, statusCol('status')).value = w.status.onTrack;
    });
    const errors = cellErrors(await errorsOf(bad));
    expect(errors.map((e) => [e.expected, e.row])).toEqual(
      expect.arrayContaining([
        ['statusWorkbook.expected.statusForUpdate', r],
        ['statusWorkbook.expected.uniqueAction', dup],
      ]),
    );
  });

  it('a closed period, another period and a missing sheet or column are refused for the whole file', async () => {
    const exported = await exportStatusWorkbook(doc, YEAR, 'T1');
    expect((await errorsOf(exported, 'T1')).map((e) => e.code)).toEqual(['statusWorkbook.sheets.periodClosed']);
    expect((await errorsOf(exported, 'T2')).map((e) => e.code)).toEqual(['statusWorkbook.sheets.wrongPeriod']);
    const t2 = await exportStatusWorkbook(doc, YEAR, PERIOD);
    const closed = closePeriod(doc, planId, 'T2', { date: '2025-09-01', by: 'Test' });
    expect((await errorsOf(t2, PERIOD, closed)).map((e) => e.code)).toEqual(['statusWorkbook.sheets.periodClosed']);
    const renamed = await editWorkbook(t2, (wb) => {
      sheet(wb, 'Status').name = 'Ark1';
    });
    expect((await errorsOf(renamed)).map((e) => e.code)).toEqual(['statusWorkbook.sheets.missingSheet']);
    const noStatusColumn = await editWorkbook(t2, (wb) => {
      sheet(wb, 'Status').getCell(1, statusCol('status')).value = 'Noe annet';
    });
    expect((await errorsOf(noStatusColumn)).map((e) => e.code)).toEqual(['statusWorkbook.sheets.missingColumn']);
  });

  it('the edit\'s own refusal (an update the plan refuses) keeps the whole import out', async () => {
    const exported = await exportStatusWorkbook(doc, YEAR, PERIOD);
    // A plan whose T2 is closed after export but before apply: applyStatusImport throws, the document stays.
    const ok = await editWorkbook(exported, (wb) => {
      const ws = sheet(wb, 'Status');
      ws.getCell(rowOf(ws, '1'), statusCol('status')).value = 'Stoppet';
    });
    const result = await read(ok);
    if (!result.ok) throw new Error('forventet forhåndsvisning');
    const closed = closePeriod(doc, planId, 'T2', { date: '2025-09-01', by: 'Test' });
    expect(() => applyStatusImport(closed, result.preview)).toThrow(expect.objectContaining({ detail: expect.objectContaining({ code: 'followUp.refused.periodClosed' }) }));
  });
});

describe('hostile and malformed files change nothing', () => {
  it('too large, not a zip, truncated, a million rows', async () => {
    expect((await errorsOf(new Uint8Array(randomBytes(DEFAULT_LIMITS.maxFileBytes + 1))))[0]?.code).toBe('excel.limits.too-large');
    expect((await errorsOf(strToU8('Nr;Status\n1;Fullført\n')))[0]?.code).toBe('excel.limits.not-zip');
    const exported = await exportStatusWorkbook(doc, YEAR, PERIOD);
    expect((await errorsOf(exported.subarray(0, Math.floor(exported.length / 2))))[0]?.code).toBe('excel.limits.truncated');
    expect((await errorsOf(millionRowWorkbook()))[0]?.code).toBe('excel.limits.too-many-rows');
  });

  it('has no column the layout does not name in both languages', () => {
    for (const language of ['nb', 'en'] as const) {
      const w = statusWords(language);
      for (const c of STATUS_COLUMNS) expect(w.columns[c.key]).toBeTruthy();
      for (const c of KPI_COLUMNS) expect(w.kpiColumns[c.key]).toBeTruthy();
    }
  });
});
