/**
 * The kontroll's breakdowns besides the totals: financing by source × status
 * (`fundingBySource`, the Økonomi chart) and sums per satsing / tverrgående prosjekt
 * (`byLine`, `lineBudgets`, the board slides). Table-driven, plus properties: the parts
 * add up to the totals.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lineBudgets, runKontroll } from '@shared/rules';
import { inputArb } from './arbitraries';
import { line, makeAction, makeInput } from './fixtures';

describe('fundingBySource', () => {
  it('sums the active tiltak by source and status, skipping utsatt and avlyst', () => {
    const result = runKontroll(
      makeInput([
        makeAction('a', { funding: [line('own', 100), line('partner', 30, 'applied', 'a1'), line('external', 7, 'planned')] }),
        makeAction('b', { status: 'postponed', funding: [line('own', 1000)] }),
        makeAction('c', { status: 'cancelled', funding: [line('own', 999)] }),
        makeAction('d', { status: 'done', funding: [line('partner', 5, 'applied', 'a1')] }),
      ]),
    );
    expect(result.fundingBySource).toEqual([
      { source: 'own', confirmed: 100, applied: 0, planned: 0, total: 100 },
      { source: 'partner', confirmed: 0, applied: 35, planned: 0, total: 35 },
      { source: 'external', confirmed: 0, applied: 0, planned: 7, total: 7 },
    ]);
  });

  it('adds up to the totals per source and per status (property)', () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const { fundingBySource: rows, totals } = runKontroll(input);
        expect(rows.map((r) => r.source)).toEqual(['own', 'partner', 'external']);
        expect(rows.map((r) => r.total)).toEqual([totals.ownFunds, totals.partnerFunds, totals.externalFunds]);
        expect(rows.reduce((s, r) => s + r.confirmed, 0)).toBe(totals.confirmedFunds);
        expect(rows.reduce((s, r) => s + r.applied, 0)).toBe(totals.appliedFunds);
        expect(rows.reduce((s, r) => s + r.planned, 0)).toBe(totals.plannedFunds);
        for (const r of rows) expect(r.confirmed + r.applied + r.planned).toBe(r.total);
      }),
    );
  });
});

describe('byLine / lineBudgets', () => {
  const result = runKontroll(
    makeInput([
      makeAction('a', { initiativeIds: ['in1'], cost: 100, funding: [line('own', 60)] }),
      // Counts under its first satsing only; the dangling id before it is skipped.
      makeAction('b', { initiativeIds: ['gone', 'in2', 'in1'], cost: 50, funding: [line('own', 50)] }),
      // A satsing wins over a prosjekt.
      makeAction('c', { initiativeIds: ['in1'], crossCuttingProjectId: 'cc1', cost: 10, funding: [] }),
      makeAction('d', { initiativeIds: [], crossCuttingProjectId: 'cc1', cost: 30, funding: [line('own', 20)] }),
      makeAction('e', { initiativeIds: [], crossCuttingProjectId: null, cost: 5, funding: [] }),
      makeAction('f', { initiativeIds: ['in1'], status: 'postponed', cost: 1000 }),
    ]),
  );

  it.each([
    { area: 'fa1', expected: [['in1', 2, 110, 60], ['in2', 1, 50, 50]] },
    { area: 'fa2', expected: [['in3', 0, 0, 0]] },
    { area: null, expected: [['cc1', 1, 30, 20]] },
  ])('the lines of $area', ({ area, expected }) => {
    expect(lineBudgets(result.byLine, area).map((l) => [l.id, l.actionCount, l.cost, l.ownFunds])).toEqual(expected);
  });

  it('every satsing and prosjekt has a line, in strategy order', () => {
    expect(result.byLine.map((l) => `${l.kind}:${l.id}`)).toEqual(['initiative:in1', 'initiative:in2', 'initiative:in3', 'project:cc1']);
  });

  it('the lines of a focus area add up to its totals (property)', () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const { byLine, byFocusArea } = runKontroll(input);
        for (const area of byFocusArea) {
          const lines = lineBudgets(byLine, area.focusAreaId);
          const sum = (key: 'cost' | 'ownFunds' | 'actionCount') => lines.reduce((s, l) => s + l[key], 0);
          if (area.focusAreaId !== null) {
            expect({ cost: sum('cost'), ownFunds: sum('ownFunds'), actionCount: sum('actionCount') }).toEqual({
              cost: area.cost,
              ownFunds: area.ownFunds,
              actionCount: area.actionCount,
            });
          } else {
            // Tiltak with neither satsing nor prosjekt belong to no line.
            expect(sum('cost')).toBeLessThanOrEqual(area.cost);
            expect(sum('actionCount')).toBeLessThanOrEqual(area.actionCount);
          }
        }
      }),
    );
  });
});
