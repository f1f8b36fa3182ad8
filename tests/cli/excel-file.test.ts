/**
 * The CLI's streaming export (exceljs WorkbookWriter) writes the same workbook as the
 * in-memory export the app uses — every sheet, cell value, formula, cached result, number
 * format, print setup, merge and drop-down list (the parts tests/shared/excel/helpers.ts
 * compares) — and it reads back without changes; the file appears only when complete.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportWorkbookToFile } from '../../cli/excel-file';
import type { PlanDocument } from '@shared/domain/document';
import { exportWorkbook } from '@shared/excel/export';
import { hasChanges, readWorkbook } from '@shared/excel/import';
import { createExampleDocument, generateLargeDocument } from '@shared/templates';
import { workbookParts } from '../shared/excel/helpers';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hr-excel-file-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function check(doc: PlanDocument, year: number, name: string): Promise<void> {
  const file = join(dir, name);
  await exportWorkbookToFile(doc, year, file);
  const streamed = new Uint8Array(readFileSync(file));
  expect(await workbookParts(streamed)).toEqual(await workbookParts(await exportWorkbook(doc, year)));
  const back = await readWorkbook(streamed, doc, year);
  if (!back.ok) throw new Error(back.errors.map((e) => e.code).join('\n'));
  expect(hasChanges(back.preview)).toBe(false);
}

describe('exportWorkbookToFile (streaming)', () => {
  it('writes the same workbook as exportWorkbook for the example plan with scenarios', async () => {
    const doc = createExampleDocument();
    const plan = doc.plans[0];
    const first = doc.actions[0];
    if (!plan || !first) throw new Error('eksempelet mangler data');
    plan.scenarios = [{ id: 'sc_1', name: 'Redusert ramme', description: '', frame: { ...plan.frame, ownFunds: 1_500_000 }, changes: [{ actionId: first.id, excluded: true }], addedActions: [], createdAt: '2025-01-01T00:00:00Z' }];
    await check(doc, 2025, 'eksempel.xlsx');
  });

  it('writes the same workbook for a generated plan of 500 tiltak', async () => {
    await check(generateLargeDocument({ actions: 500, years: 1, seed: 11 }), 2025, 'stor.xlsx');
  });

  it('leaves an existing file and no temporary file behind when the year has no plan', async () => {
    const file = join(dir, 'finnes.xlsx');
    writeFileSync(file, 'gammel');
    await expect(exportWorkbookToFile(createExampleDocument(), 2031, file)).rejects.toMatchObject({ detail: { code: 'excel.context.noPlan', params: { year: 2031 } } });
    expect(readFileSync(file, 'utf8')).toBe('gammel');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
