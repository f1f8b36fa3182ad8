/**
 * The kontroll's breakdowns besides the totals: financing by source × status
 * (`fundingBySource`, the Økonomi chart) and sums per satsing / tverrgående prosjekt
 * (`byLine`, `lineBudgets`, the board slides). Table-driven, plus properties: the parts
 * add up to the totals.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { indexStrategy, lineBudgets, placeAction, runKontroll } from '@shared/rules';
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
      // A satsing gives the area; the prosjekt's line counts it too.
      makeAction('c', { initiativeIds: ['in1'], crossCuttingProjectId: 'cc1', cost: 10, funding: [] }),
      // Directly under a delmål, and directly under an area (no line inside the area).
      makeAction('g', { initiativeIds: [], subGoalIds: ['sg1'], cost: 7, funding: [line('own', 7)] }),
      makeAction('h', { initiativeIds: [], focusAreaIds: ['fa2'], cost: 3, funding: [] }),
      makeAction('d', { initiativeIds: [], crossCuttingProjectId: 'cc1', cost: 30, funding: [line('own', 20)] }),
      makeAction('e', { initiativeIds: [], crossCuttingProjectId: null, cost: 5, funding: [] }),
      makeAction('f', { initiativeIds: ['in1'], status: 'postponed', cost: 1000 }),
    ]),
  );

  it.each([
    { area: 'fa1', expected: [['in1', 2, 110, 60], ['in2', 1, 50, 50]] },
    { area: 'fa2', expected: [['sg1', 1, 7, 7], ['in3', 0, 0, 0]] },
    { area: null, expected: [['cc1', 2, 40, 20]] },
  ])('the lines of $area', ({ area, expected }) => {
    expect(lineBudgets(result.byLine, area).map((l) => [l.id, l.actionCount, l.cost, l.ownFunds])).toEqual(expected);
  });

  it('the groups: each area, then «Tverrgående prosjekter» (only a prosjekt), then «Uten kobling»', () => {
    expect(result.byFocusArea.map((g) => [g.key, g.kind, g.name, g.actionCount, g.cost])).toEqual([
      ['area:fa1', 'area', 'Næringsutvikling', 3, 160],
      ['area:fa2', 'area', 'Kompetanse og inkludering', 2, 10],
      ['projects', 'projects', 'Tverrgående prosjekter', 1, 30],
      ['unlinked', 'unlinked', 'Uten kobling', 1, 5],
    ]);
  });

  it('every delmål, satsing and prosjekt has a line, in strategy order', () => {
    expect(result.byLine.map((l) => `${l.kind}:${l.id}`)).toEqual(['subGoal:sg1', 'initiative:in1', 'initiative:in2', 'initiative:in3', 'project:cc1']);
  });

  it('the lines of a focus area add up to its totals (property)', () => {
    fc.assert(
      fc.property(inputArb(), (input) => {
        const { byLine, byFocusArea } = runKontroll(input);
        for (const area of byFocusArea) {
          if (area.focusAreaId === null) continue;
          const lines = lineBudgets(byLine, area.focusAreaId);
          const sum = (key: 'cost' | 'ownFunds' | 'actionCount') => lines.reduce((s, l) => s + l[key], 0);
          // Tiltak linked directly to the area count on no line inside it.
          const direct = input.actions.filter(
            (a) => ['planned', 'ongoing', 'done'].includes(a.status) && placeAction(indexStrategy(input.strategy), a).focusAreaId === area.focusAreaId && placeAction(indexStrategy(input.strategy), a).lineKey === null,
          );
          expect({ cost: sum('cost'), actionCount: sum('actionCount') }).toEqual({
            cost: area.cost - direct.reduce((s, a) => s + a.cost, 0),
            actionCount: area.actionCount - direct.length,
          });
        }
      }),
    );
  });
});
