import { describe, expect, it } from 'vitest';
import { actionPlanSchema, actionSchema, strategySchema } from '@shared/domain/entities';
import type { Action } from '@shared/domain/entities';
import {
  actionFunding,
  computeTotals,
  isActive,
  primaryFocusAreaId,
  totalsByFocusArea,
} from '@shared/rules';
import { line, makeAction, makeInput, makePlan, makeStrategy } from './fixtures';

describe('fixtures', () => {
  it('are valid domain objects', () => {
    expect(strategySchema.safeParse(makeStrategy()).success).toBe(true);
    expect(actionPlanSchema.safeParse(makePlan()).success).toBe(true);
    expect(actionSchema.safeParse(makeAction('t1')).success).toBe(true);
  });
});

describe('actionFunding', () => {
  it.each([
    { name: 'no lines', cost: 100, funding: [], expected: { own: 0, partner: 0, external: 0, total: 0, uncovered: 100, confirmed: 0, applied: 0, planned: 0 } },
    {
      name: 'all sources and statuses',
      cost: 1_000,
      funding: [line('own', 300), line('partner', 200, 'applied', 'a1'), line('external', 100, 'planned'), line('own', 50, 'planned')],
      expected: { own: 350, partner: 200, external: 100, total: 650, uncovered: 350, confirmed: 300, applied: 200, planned: 150 },
    },
    {
      name: 'overfunded: uncovered is never negative',
      cost: 100,
      funding: [line('external', 500)],
      expected: { own: 0, partner: 0, external: 500, total: 500, uncovered: 0, confirmed: 500, applied: 0, planned: 0 },
    },
    { name: 'exactly covered', cost: 0, funding: [], expected: { own: 0, partner: 0, external: 0, total: 0, uncovered: 0, confirmed: 0, applied: 0, planned: 0 } },
  ])('$name', ({ cost, funding, expected }) => {
    expect(actionFunding(makeAction('t1', { cost, funding }))).toEqual(expected);
  });
});

describe('isActive', () => {
  it.each([
    ['planned', true],
    ['ongoing', true],
    ['done', true],
    ['postponed', false],
    ['cancelled', false],
  ] as const)('%s → %s', (status, expected) => {
    expect(isActive(makeAction('t1', { status }))).toBe(expected);
  });
});

describe('primaryFocusAreaId', () => {
  const strategy = makeStrategy({
    initiatives: [
      ...makeStrategy().initiatives,
      { id: 'in9', focusAreaId: 'gone', name: 'Foreldreløs', description: '', guidingStrategyIds: [] },
    ],
  });
  it.each([
    { name: 'first satsing decides', initiativeIds: ['in3', 'in1'], expected: 'fa2' },
    { name: 'single satsing', initiativeIds: ['in1'], expected: 'fa1' },
    { name: 'no satsing', initiativeIds: [], expected: null },
    { name: 'unknown satsing is skipped', initiativeIds: ['nope', 'in3'], expected: 'fa2' },
    { name: 'satsing under a missing focus area', initiativeIds: ['in9', 'in1'], expected: null },
    { name: 'directly under a delmål', initiativeIds: [], subGoalIds: ['sg1'], expected: 'fa2' },
    { name: 'directly under an area', initiativeIds: [], focusAreaIds: ['fa2'], expected: 'fa2' },
    { name: 'a dangling area is skipped', initiativeIds: [], focusAreaIds: ['gone', 'fa1'], expected: 'fa1' },
    { name: 'the satsing (deepest) wins over a delmål and an area', initiativeIds: ['in1'], subGoalIds: ['sg1'], focusAreaIds: ['fa2'], expected: 'fa1' },
    { name: 'a delmål wins over an area', initiativeIds: [], subGoalIds: ['sg1'], focusAreaIds: ['fa1'], expected: 'fa2' },
    { name: 'a dangling delmål falls back to the area', initiativeIds: [], subGoalIds: ['gone'], focusAreaIds: ['fa1'], expected: 'fa1' },
  ])('$name', ({ initiativeIds, subGoalIds = [], focusAreaIds = [], expected }) => {
    expect(primaryFocusAreaId(strategy, makeAction('t1', { initiativeIds, subGoalIds, focusAreaIds }))).toBe(expected);
  });
  it('a tiltak with only a tverrgående prosjekt has no focus area', () => {
    expect(primaryFocusAreaId(strategy, makeAction('t1', { initiativeIds: [], crossCuttingProjectId: 'cc1' }))).toBeNull();
  });
});

describe('computeTotals', () => {
  const actions: Action[] = [
    makeAction('t1', {
      cost: 500_000,
      hours: 100,
      funding: [line('own', 300_000), line('partner', 100_000, 'applied', 'a1')],
    }),
    makeAction('t2', { cost: 200_000, hours: 50, funding: [line('external', 50_000, 'planned')] }),
    makeAction('t3', { cost: 999_999, hours: 999, status: 'postponed' }),
    makeAction('t4', { cost: 999_999, hours: 999, status: 'cancelled' }),
    makeAction('t5', { cost: 100_000, hours: 0, status: 'done', funding: [line('own', 100_000)] }),
  ];
  it('sums active tiltak only and computes margin and percent', () => {
    const totals = computeTotals(makeInput(actions, { plan: { frame: { ownFunds: 350_000, capacityHours: 100, targetShares: {} } } }));
    expect(totals).toEqual({
      cost: 800_000,
      ownFunds: 400_000,
      partnerFunds: 100_000,
      externalFunds: 50_000,
      uncovered: 100_000 + 150_000,
      frameOwnFunds: 350_000,
      margin: -50_000,
      marginPercent: -14.3,
      hours: 150,
      capacityHours: 100,
      capacityMargin: -50,
      confirmedFunds: 400_000,
      appliedFunds: 100_000,
      plannedFunds: 50_000,
      activeActions: 3,
    });
  });
  it('margin percent is null when the frame is 0', () => {
    const totals = computeTotals(makeInput(actions, { plan: { frame: { ownFunds: 0, capacityHours: 0, targetShares: {} } } }));
    expect(totals.marginPercent).toBeNull();
    expect(totals.margin).toBe(-400_000);
  });
});

describe('totalsByFocusArea', () => {
  it('lists every focus area in strategy order, with zero rows, and no null group when unused', () => {
    const groups = totalsByFocusArea(makeInput([makeAction('t1', { initiativeIds: ['in3'], cost: 100 })]));
    expect(groups.map((g) => [g.focusAreaId, g.name, g.cost, g.actionCount, g.share])).toEqual([
      ['fa1', 'Næringsutvikling', 0, 0, 0],
      ['fa2', 'Kompetanse og inkludering', 100, 1, 100],
    ]);
  });
  it('adds «Tverrgående prosjekter» and «Uten kobling» last, each only when it has active tiltak', () => {
    const groups = totalsByFocusArea(
      makeInput(
        [
          makeAction('t1', { cost: 300 }),
          makeAction('t2', { initiativeIds: [], crossCuttingProjectId: 'cc1', cost: 100 }),
          makeAction('t3', { initiativeIds: [], cost: 100, status: 'cancelled' }),
          makeAction('t4', { initiativeIds: [], cost: 100 }),
        ],
        { plan: { frame: { ownFunds: 1, capacityHours: 1, targetShares: { fa1: 60 } } } },
      ),
    );
    expect(groups).toHaveLength(4);
    expect(groups[2]).toMatchObject({ key: 'projects', focusAreaId: null, name: 'Tverrgående prosjekter', cost: 100, share: 20, targetShare: null, actionCount: 1 });
    expect(groups[3]).toMatchObject({ key: 'unlinked', focusAreaId: null, name: 'Uten kobling', cost: 100, share: 20, targetShare: null, actionCount: 1 });
    expect(groups[0]).toMatchObject({ key: 'area:fa1', focusAreaId: 'fa1', cost: 300, share: 60, targetShare: 60 });
  });
  it('shares are null when the plan costs nothing', () => {
    const groups = totalsByFocusArea(makeInput([makeAction('t1', { cost: 0, funding: [] })]));
    expect(groups.every((g) => g.share === null)).toBe(true);
  });
});
