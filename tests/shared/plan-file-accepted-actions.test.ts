/**
 * Tiltak som lest (acceptedPlanFileActions): a second reader of an accepted plan file (the
 * worker that stores it) gets the very tiltak parsePlanFile put in its document, or null
 * whenever parsePlanFile would have changed them (migration, -0, anything not canonical).
 */
import { describe, expect, it } from 'vitest';
import { acceptedPlanFileActions, parsePlanFile, serializePlanFile } from '@shared/domain/plan-file';
import { generateLargeDocument } from '@shared/templates';

const text = () => serializePlanFile(generateLargeDocument({ actions: 60, years: 2, seed: 5 }), '2026-01-01T00:00:00.000Z');

function edited(change: (raw: { version: number; actions: Record<string, unknown>[] }) => void): string {
  const raw = JSON.parse(text()) as { version: number; actions: Record<string, unknown>[] };
  change(raw);
  return JSON.stringify(raw, null, 2);
}

describe('acceptedPlanFileActions', () => {
  it('gives the tiltak of parsePlanFile’s document for a file it accepts (also after a BOM)', () => {
    for (const file of [text(), `\uFEFF${text()}`]) {
      const parsed = parsePlanFile(file);
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(acceptedPlanFileActions(file)).toEqual(parsed.doc.actions);
    }
  });

  it('is null where parsePlanFile changes the tiltak: negative zero in hours or a KPI target', () => {
    const hours = edited((raw) => (raw.actions[3]!['hours'] = 0)).replace(/"hours": 0\b/, '"hours": -0');
    const parsed = parsePlanFile(hours);
    expect(parsed.ok).toBe(true);
    expect(acceptedPlanFileActions(hours)).toBeNull();
    const withKpi = edited((raw) => (raw.actions[0]!['kpis'] = [{ id: 'kpi_null', indicator: 'Antall', target: 0, unit: 'stk' }])).replace(/"target": 0\b/, '"target": -0');
    expect(parsePlanFile(withKpi).ok).toBe(true);
    expect(acceptedPlanFileActions(withKpi)).toBeNull();
    expect(acceptedPlanFileActions(withKpi.replace('"target": -0', '"target": 0'))).not.toBeNull();
  });

  it('is null for an older version (migrated), a tiltak not as the schema returns it, and text that is not JSON', () => {
    expect(acceptedPlanFileActions(edited((raw) => (raw.version = 2)))).toBeNull();
    expect(acceptedPlanFileActions(edited((raw) => (raw.actions[1]!['title'] = ' Med mellomrom ')))).toBeNull();
    expect(acceptedPlanFileActions('{"format":')).toBeNull();
  });
});
