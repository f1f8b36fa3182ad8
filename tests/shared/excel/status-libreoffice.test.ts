/**
 * LibreOffice opens the exported status workbook (issue 12, point 7): every sheet converts,
 * and each active tiltak is on «Status» with its Nr, title, kostnad and hidden id.
 */
import { describe, expect, it } from 'vitest';
import { exportStatusWorkbook, readStatusWorkbook, statusCol, statusWords } from '@shared/excel/status';
import { createExampleDocument } from '@shared/templates';
import { libreOfficeMissing, recalculate } from './helpers';

const missing = libreOfficeMissing();
if (missing) console.warn(`HOPPER OVER LibreOffice-testen for statusarket: ${missing}`);

describe.skipIf(missing !== null)('LibreOffice opens the status workbook', () => {
  it.each(['nb', 'en'] as const)('example plan, T2 (%s)', async (language) => {
    const doc = createExampleDocument();
    const w = statusWords(language);
    const bytes = await exportStatusWorkbook(doc, 2025, 'T2', { language });
    const csv = recalculate(bytes, [w.sheets.status, w.sheets.kpis]);
    const status = csv[w.sheets.status] ?? [];
    expect(status[0]?.[statusCol('status') - 1]).toBe(w.columns.status);
    const plan = doc.plans.find((p) => p.year === 2025);
    const active = doc.actions.filter((a) => a.planId === plan?.id && ['planned', 'ongoing', 'done'].includes(a.status));
    const rows = status.slice(1).filter((r) => (r[0] ?? '') !== '');
    expect(rows.map((r) => r[0])).toEqual(active.map((a) => a.number));
    for (const [i, a] of active.entries()) {
      expect(rows[i]?.[statusCol('title') - 1]).toBe(a.title);
      expect(Number(rows[i]?.[statusCol('cost') - 1])).toBe(a.cost);
      expect(rows[i]?.[statusCol('id') - 1]).toBe(a.id);
    }
    expect((csv[w.sheets.kpis] ?? []).length).toBeGreaterThan(1);
    // The unchanged workbook reads back with nothing to update.
    const read = await readStatusWorkbook(bytes, doc, 2025, 'T2');
    expect(read.ok && read.preview.rows).toEqual([]);
  }, 240_000);
});
