import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Action, ActionPlan } from '@shared/domain/entities';
import type { PlanDocument } from '@shared/domain/document';
import { multiYearOverview } from '@shared/rules';
import { line, makeAction, makePlan, makeStrategy } from './fixtures';
import { actionsArb } from './arbitraries';

function plan(year: number, ownFunds = 1_000_000, capacityHours = 100): ActionPlan {
  return makePlan({ id: `p${year}`, year, frame: { ownFunds, capacityHours, targetShares: {} } });
}

function doc(plans: ActionPlan[], actions: Action[]): PlanDocument {
  return { strategy: makeStrategy(), plans, actions };
}

describe('multiYearOverview', () => {
  it('covers the strategy period, with a year without a plan as empty', () => {
    const result = multiYearOverview(doc([plan(2025)], []));
    expect(result.years.map((y) => [y.year, y.planId])).toEqual([
      [2025, 'p2025'],
      [2026, null],
      [2027, null],
      [2028, null],
    ]);
  });

  it.each([
    {
      name: 'a carried-over tiltak is listed once with its yearly parts',
      actions: [
        makeAction('a', { planId: 'p2025', lineageId: 'L1', cost: 300, funding: [line('own', 300)] }),
        makeAction('b', { planId: 'p2026', lineageId: 'L1', carriedFromId: 'a', cost: 200, funding: [line('own', 150)] }),
        makeAction('c', { planId: 'p2026', lineageId: 'L2', cost: 50, funding: [] }),
      ],
      years: [
        [2025, 300, 300],
        [2026, 250, 150],
      ],
      carried: [['L1', [2025, 2026], 500, 450]],
    },
    {
      name: 'a second copy of one lineage in the same year counts once',
      actions: [
        makeAction('a', { planId: 'p2025', lineageId: 'L1', cost: 100, funding: [] }),
        makeAction('a2', { planId: 'p2025', lineageId: 'L1', cost: 100, funding: [] }),
      ],
      years: [
        [2025, 100, 0],
        [2026, 0, 0],
      ],
      carried: [],
    },
    {
      name: 'inactive tiltak do not count',
      actions: [
        makeAction('a', { planId: 'p2025', lineageId: 'L1', cost: 100, funding: [], status: 'postponed' }),
        makeAction('b', { planId: 'p2026', lineageId: 'L1', cost: 100, funding: [] }),
      ],
      years: [
        [2025, 0, 0],
        [2026, 100, 0],
      ],
      carried: [],
    },
  ])('$name', ({ actions, years, carried }) => {
    const result = multiYearOverview(doc([plan(2025), plan(2026)], actions));
    expect(result.years.slice(0, 2).map((y) => [y.year, y.cost, y.ownFunds])).toEqual(years);
    expect(result.carriedOver.map((l) => [l.lineageId, l.parts.map((p) => p.year), l.cost, l.ownFunds])).toEqual(carried);
  });

  it('own funds against each year’s frame, timeverk against capacity', () => {
    const result = multiYearOverview(
      doc([plan(2025, 1000, 15), plan(2026, 50, 0)], [
        makeAction('a', { planId: 'p2025', cost: 400, funding: [line('own', 400)], hours: 10 }),
        makeAction('b', { planId: 'p2026', cost: 100, funding: [line('own', 100)], hours: 5 }),
      ]),
    );
    expect(result.years[0]).toMatchObject({ frameOwnFunds: 1000, margin: 600, capacityHours: 15, capacityMargin: 5 });
    expect(result.years[1]).toMatchObject({ frameOwnFunds: 50, margin: -50, capacityHours: 0, capacityMargin: -5 });
  });

  it('property: areas add up to each year, years to the whole, parts to each carried-over tiltak', () => {
    const yearArb = fc.constantFrom('p2025', 'p2026', 'p2027');
    fc.assert(
      fc.property(actionsArb(25), fc.array(yearArb, { minLength: 25, maxLength: 25 }), fc.array(fc.constantFrom('L1', 'L2', 'L3', null), { minLength: 25, maxLength: 25 }), (actions, planIds, lineages) => {
        const placed = actions.map((a, i) => ({ ...a, planId: planIds[i]!, lineageId: lineages[i] ?? a.lineageId }));
        const result = multiYearOverview(doc([plan(2025), plan(2026), plan(2027)], placed));
        for (const year of result.years) {
          expect(year.byFocusArea.reduce((s, g) => s + g.cost, 0)).toBe(year.cost);
          expect(year.byFocusArea.reduce((s, g) => s + g.ownFunds, 0)).toBe(year.ownFunds);
          expect(year.byFocusArea.reduce((s, g) => s + g.hours, 0)).toBe(year.hours);
        }
        expect(result.years.reduce((s, y) => s + y.cost, 0)).toBe(result.cost);
        // Every group's period sum is its years' parts; the groups add up to the whole, and
        // «Tverrgående prosjekter» and «Uten kobling» stay two groups.
        for (const area of result.areas) {
          expect(result.years.reduce((s, y) => s + (y.byFocusArea.find((g) => g.key === area.key)?.cost ?? 0), 0)).toBe(area.cost);
        }
        expect(result.areas.reduce((s, g) => s + g.cost, 0)).toBe(result.cost);
        expect(new Set(result.areas.map((g) => g.key)).size).toBe(result.areas.length);
        expect(result.years.reduce((s, y) => s + y.hours, 0)).toBe(result.hours);
        for (const lineage of result.carriedOver) {
          const years = lineage.parts.map((p) => p.year);
          expect(new Set(years).size).toBe(years.length);
          expect(lineage.parts.reduce((s, p) => s + p.cost, 0)).toBe(lineage.cost);
          expect(lineage.parts.reduce((s, p) => s + p.ownFunds, 0)).toBe(lineage.ownFunds);
        }
        expect(new Set(result.carriedOver.map((l) => l.lineageId)).size).toBe(result.carriedOver.length);
      }),
    );
  });
});
