/**
 * The Excel worker's streaming export (renderer/src/features/excel/stream) writes the same
 * workbook as the in-memory writer — every sheet, cell value, formula, cached result, number
 * format, note, frozen pane, print setup, conditional format and drop-down list — with the
 * worker's own zip (fflate, ./zip-archiver) in place of archiver, as the browser bundle has
 * it; and the workbook reads back without changes. The e2e tests/e2e/excel.spec.ts runs the
 * bundled worker in Chromium.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import type { PlanDocument } from '@shared/domain/document';
import { exportWorkbook } from '@shared/excel/export';
import { hasChanges, readWorkbook } from '@shared/excel/import';
import { createExampleDocument, generateLargeDocument } from '@shared/templates';
import { zipArchiver } from '../../../renderer/src/features/excel/stream/zip-archiver';
import type { exportWorkbookBlob as ExportWorkbookBlob } from '../../../renderer/src/features/excel/stream/stream-export';
import { workbookParts } from './helpers';

type ExportBlob = typeof ExportWorkbookBlob;
let exportWorkbookBlob: ExportBlob;
let zips = 0;

beforeAll(async () => {
  // exceljs's WorkbookWriter requires archiver when it loads: hand it the worker's zip first,
  // as vite.config.ts does for the bundle.
  const require = createRequire(import.meta.url);
  const writerPath = require.resolve('exceljs/lib/stream/xlsx/workbook-writer.js');
  const fromExcelJs = createRequire(writerPath);
  const archiverPath = fromExcelJs.resolve('archiver');
  const counting = (format: string) => {
    zips++;
    return zipArchiver(format);
  };
  require.cache[archiverPath] = { id: archiverPath, filename: archiverPath, loaded: true, exports: counting } as unknown as NodeJS.Module;
  // exceljs's Node entry (imported above through @shared/excel/export) loaded the writer with
  // the real archiver: load it afresh.
  delete require.cache[writerPath];
  ({ exportWorkbookBlob } = await import('../../../renderer/src/features/excel/stream/stream-export'));
});

async function check(doc: PlanDocument, year: number, language: 'nb' | 'en' = 'nb'): Promise<void> {
  const before = zips;
  const progress: number[] = [];
  const blob = await exportWorkbookBlob(doc, year, { language, onProgress: (p) => progress.push(p.done) });
  expect(zips).toBe(before + 1);
  expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(progress.at(-1)).toBeGreaterThan(0);
  const streamed = new Uint8Array(await blob.arrayBuffer());
  const streamedParts = await workbookParts(streamed);
  expect(streamedParts).toEqual(await workbookParts(await exportWorkbook(doc, year, { language })));
  expect(streamedParts.every((s) => Object.keys(s.validations as object).length > 0 || !['Tiltak', 'Finansiering', 'Actions', 'Funding'].includes(s.name))).toBe(true);
  const back = await readWorkbook(streamed, doc, year);
  if (!back.ok) throw new Error(back.errors.map((e) => e.code).join('\n'));
  expect(hasChanges(back.preview)).toBe(false);
}

describe('exportWorkbookBlob (the Excel worker, streaming)', () => {
  it('writes the same workbook as exportWorkbook for the example plan with scenarios, in bokmål and English', async () => {
    const doc = createExampleDocument();
    const plan = doc.plans[0];
    const first = doc.actions[0];
    if (!plan || !first) throw new Error('eksempelet mangler data');
    plan.scenarios = [{ id: 'sc_1', name: 'Redusert ramme', description: '', frame: { ...plan.frame, ownFunds: 1_500_000 }, changes: [{ actionId: first.id, excluded: true }], addedActions: [], createdAt: '2025-01-01T00:00:00Z' }];
    await check(doc, 2025, 'nb');
    await check(doc, 2025, 'en');
  });

  it('writes the same workbook for a generated plan of 500 tiltak', async () => {
    await check(generateLargeDocument({ actions: 500, years: 1, seed: 11 }), 2025);
  });

  it('refuses a year without a plan with the context message', async () => {
    await expect(exportWorkbookBlob(createExampleDocument(), 1999)).rejects.toMatchObject({ detail: { code: expect.stringMatching(/^excel\.context\./) } });
  });
});
