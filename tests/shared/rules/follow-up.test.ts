/**
 * Oppfølging roll-up and «Trenger oppmerksomhet» (shared/rules/follow-up.ts, attention.ts):
 * table-driven cases, then properties — the parts (statuses, areas, sources) add up to the
 * whole, progress stays within 0–100 %, and the weighted average is the one the weights say.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '@shared/domain/entities';
import type { FollowUp, FollowUpStatus, StatusUpdate } from '@shared/domain/follow-up';
import { FOLLOW_UP_STATUSES, emptyFollowUp, followUpRollUpSchema, reportingPeriods } from '@shared/domain/follow-up';
import { attentionMessage, expectedProgress, followUpRollUp, kpiProgress, KPI_BEHIND_TOLERANCE_POINTS } from '@shared/rules';
import { renderMessage } from '@shared/i18n/message';
import { actionsArb } from './arbitraries';
import { YEAR, makeAction, makePlan, makeStrategy } from './fixtures';

let seq = 0;
function upd(actionId: string, periodId: string, status: FollowUpStatus, parts: Partial<StatusUpdate> = {}): StatusUpdate {
  seq += 1;
  return {
    id: `su${seq}`,
    actionId,
    periodId,
    status,
    comment: '',
    kpiValues: [],
    spending: [],
    expectedDeadline: null,
    date: `${YEAR}-04-30`,
    author: 'Test',
    ...parts,
  };
}

function rollUp(actions: readonly Action[], followUp: Partial<FollowUp>, periodId = 'T1', asOf?: string) {
  const plan = makePlan({ followUp: { ...emptyFollowUp(), ...followUp } });
  return followUpRollUp({ strategy: makeStrategy(), plan, actions }, periodId, asOf === undefined ? {} : { asOf });
}

describe('kpiProgress', () => {
  it.each([
    // actual, baseline, target, expected
    [10, null, 20, 50],
    [10, 0, 20, 50],
    [15, 10, 20, 50],
    [25, 10, 20, 100], // above target: clamped
    [5, 10, 20, 0], // below baseline: clamped
    [80, 100, 60, 50], // a falling target (fewer is better)
    [null, 0, 20, null],
    [10, 0, null, null],
    [10, 20, 20, null], // target = baseline: not measurable
  ])('actual %s, baseline %s, target %s → %s', (actual, baseline, target, expected) => {
    expect(kpiProgress(actual, baseline, target)).toBe(expected);
  });
});

describe('expectedProgress', () => {
  it.each([
    ['2026-01-01', '2026-12-31', '2026-01-01', 0],
    ['2026-01-01', '2026-01-11', '2026-01-06', 50],
    ['2026-01-01', '2026-12-31', '2027-03-01', 100],
    ['2026-05-01', '2026-05-01', '2026-04-30', 0],
    ['2026-05-01', '2026-05-01', '2026-05-01', 100],
  ])('from %s to %s on %s → %s %%', (start, end, asOf, expected) => {
    expect(expectedProgress(start, end, asOf)).toBeCloseTo(expected, 6);
  });
});

describe('reporting periods', () => {
  it.each([
    [{ kind: 'tertials' } as const, [['T1', '2026-01-01', '2026-04-30'], ['T2', '2026-05-01', '2026-08-31'], ['T3', '2026-09-01', '2026-12-31']]],
    [{ kind: 'quarters' } as const, [['K1', '2026-01-01', '2026-03-31'], ['K2', '2026-04-01', '2026-06-30'], ['K3', '2026-07-01', '2026-09-30'], ['K4', '2026-10-01', '2026-12-31']]],
  ])('%o', (scheme, expected) => {
    const periods = reportingPeriods(makePlan({ followUp: { ...emptyFollowUp(), scheme } }));
    expect(periods.map((p) => [p.id, p.from, p.to])).toEqual(expected);
    expect(periods.map((p) => p.isAnnual)).toEqual(expected.map((_, i) => i === expected.length - 1));
  });

  it('own periods come in time order, the last is the årsrapport', () => {
    const scheme = {
      kind: 'custom' as const,
      periods: [
        { id: 'h2', shortName: 'H2', name: 'Andre halvår', from: '2026-07-01', to: '2026-12-31' },
        { id: 'h1', shortName: 'H1', name: 'Første halvår', from: '2026-01-01', to: '2026-06-30' },
      ],
    };
    const periods = reportingPeriods(makePlan({ followUp: { ...emptyFollowUp(), scheme } }));
    expect(periods.map((p) => [p.shortName, p.isAnnual])).toEqual([['H1', false], ['H2', true]]);
  });
});

describe('followUpRollUp', () => {
  it('takes the latest update in the period, else the latest earlier one, and counts tiltak without any as none', () => {
    const actions = [makeAction('t1'), makeAction('t2'), makeAction('t3')];
    const updates = [
      upd('t1', 'T1', 'onTrack', { date: `${YEAR}-03-01` }),
      upd('t1', 'T2', 'delayed', { date: `${YEAR}-08-01` }),
      upd('t1', 'T2', 'stopped', { date: `${YEAR}-06-01` }), // earlier date: does not count
      upd('t2', 'T1', 'done'),
      upd('t2', 'T1', 'onTrack'), // same date, later in the list: counts
    ];
    const r = rollUp(actions, { updates }, 'T2');
    expect(r.actions.map((a) => [a.actionId, a.status, a.isUpdatedThisPeriod])).toEqual([
      ['t1', 'delayed', true],
      ['t2', 'onTrack', false],
      ['t3', null, false],
    ]);
    expect(r.groups[0]?.counts).toEqual({ notStarted: 0, onTrack: 1, delayed: 1, stopped: 0, done: 0, none: 1, total: 3 });
    // T1 does not see T2's updates.
    expect(rollUp(actions, { updates }, 'T1').actions[0]?.status).toBe('onTrack');
  });

  it('leaves out inactive tiltak and tiltak of other plans', () => {
    const actions = [makeAction('t1'), makeAction('t2', { status: 'cancelled' }), makeAction('t3', { status: 'postponed' }), makeAction('t4', { planId: 'other' })];
    expect(rollUp(actions, {}).actions.map((a) => a.actionId)).toEqual(['t1']);
  });

  it('averages KPI progress per tiltak, then over tiltak with the weights it shows', () => {
    const actions = [
      makeAction('t1', {
        cost: 100_000,
        kpis: [
          { id: 'k1', indicator: 'A', target: 10, unit: '' },
          { id: 'k2', indicator: 'B', target: 100, unit: '' },
          { id: 'k3', indicator: 'C', target: null, unit: '' },
        ],
      }),
      makeAction('t2', { cost: 300_000, kpis: [{ id: 'k4', indicator: 'D', target: 4, unit: '' }] }),
      makeAction('t3', { cost: 50_000 }),
    ];
    const updates = [
      upd('t1', 'T1', 'onTrack', {
        kpiValues: [
          { kpiId: 'k1', actual: 5, baseline: null },
          { kpiId: 'k2', actual: 100, baseline: 0 },
          { kpiId: 'k3', actual: 3, baseline: null },
        ],
      }),
      upd('t2', 'T1', 'onTrack', { kpiValues: [{ kpiId: 'k4', actual: 1, baseline: 0 }] }),
    ];
    const equal = rollUp(actions, { updates });
    expect(equal.actions.map((a) => [a.kpiProgress, a.kpiWeight])).toEqual([[75, 1], [25, 1], [null, 1]]);
    expect(equal.groups[0]).toMatchObject({ kpiProgress: 50, kpiWeight: 2, kpiActionCount: 2 });
    const byCost = rollUp(actions, { updates, kpiWeighting: 'cost' });
    expect(byCost.groups[0]).toMatchObject({ kpiProgress: (75 * 100_000 + 25 * 300_000) / 400_000, kpiWeight: 400_000 });
  });

  it('sums forbruk by source against kostnad and own forbruk against the frame', () => {
    const actions = [makeAction('t1', { cost: 200_000 }), makeAction('t2', { cost: 100_000, initiativeIds: ['in3'] })];
    const updates = [
      upd('t1', 'T1', 'onTrack', { spending: [{ source: 'own', amount: 50_000 }, { source: 'partner', amount: 30_000 }] }),
      upd('t2', 'T1', 'onTrack', { spending: [{ source: 'external', amount: 20_000 }, { source: 'own', amount: 10_000 }] }),
    ];
    const r = rollUp(actions, { updates });
    expect(r.groups[0]).toMatchObject({ spending: { own: 60_000, partner: 30_000, external: 20_000, total: 110_000 }, cost: 300_000 });
    expect(r.groups[0]?.spentOfCostPercent).toBeCloseTo(36.7, 6);
    expect(r.frameOwnFunds).toBe(1_000_000);
    expect(r.ownSpentOfFramePercent).toBe(6);
    const area = (key: string) => r.groups.find((g) => g.key === key);
    expect(area('area:fa1')).toMatchObject({ actionIds: ['t1'], focusAreaKind: 'priority', spending: { total: 80_000 } });
    expect(area('area:fa2')).toMatchObject({ actionIds: ['t2'], focusAreaKind: 'support', spending: { total: 30_000 } });
    expect(area('initiative:in3')?.actionIds).toEqual(['t2']);
    // Overordnet strategi through the satsing (in1 serves gs1, in3 gs2).
    expect(area('guidingStrategy:gs1')?.actionIds).toEqual(['t1']);
    expect(area('guidingStrategy:gs2')?.actionIds).toEqual(['t2']);
  });

  it('a frame of 0 (not set) gives no percentage', () => {
    const plan = makePlan({ frame: { ownFunds: 0, capacityHours: 0, targetShares: {} } });
    expect(followUpRollUp({ strategy: makeStrategy(), plan, actions: [makeAction('t1')] }, 'T1').ownSpentOfFramePercent).toBeNull();
  });

  it('puts a tiltak only under a tverrgående prosjekt in «projects», and on the prosjekt line', () => {
    const actions = [makeAction('t1', { initiativeIds: [], crossCuttingProjectId: 'cc1' }), makeAction('t2', { initiativeIds: [] })];
    const r = rollUp(actions, {});
    expect(r.groups.find((g) => g.key === 'projects')?.actionIds).toEqual(['t1']);
    expect(r.groups.find((g) => g.key === 'project:cc1')?.actionIds).toEqual(['t1']);
    expect(r.groups.find((g) => g.key === 'unlinked')?.actionIds).toEqual(['t2']);
  });

  it('refuses a period the plan does not have', () => {
    expect(() => rollUp([], {}, 'K1')).toThrow('followUp.refused.unknownPeriod');
  });

  it('is what a snapshot stores (the schema accepts it)', () => {
    const r = rollUp([makeAction('t1')], { updates: [upd('t1', 'T1', 'stopped')] });
    expect(followUpRollUpSchema.safeParse(r).success).toBe(true);
  });
});

describe('«Trenger oppmerksomhet»', () => {
  const at = (asOf: string) => `${YEAR}-${asOf}`;
  it.each<[string, Partial<Action>, Partial<StatusUpdate> | null, string, string[]]>([
    ['stopped', {}, { status: 'stopped' }, at('04-30'), ['stopped']],
    ['delayed', { deadline: at('12-31') }, { status: 'delayed' }, at('04-30'), ['delayed']],
    ['frist passed, not fullført', { deadline: at('03-31') }, { status: 'onTrack' }, at('04-30'), ['deadlinePassed']],
    ['frist passed, fullført', { deadline: at('03-31') }, { status: 'done' }, at('04-30'), []],
    ['a changed frist counts', { deadline: at('03-31') }, { status: 'onTrack', expectedDeadline: at('09-30') }, at('04-30'), []],
    ['no update this period', { deadline: at('12-31') }, null, at('04-30'), ['noUpdate']],
    [
      'KPI behind the linear path',
      { start: at('01-01'), deadline: at('12-31') },
      { status: 'onTrack', kpiValues: [{ kpiId: 'kpi-t1', actual: 2, baseline: 0 }] },
      at('07-01'),
      ['kpiBehind'],
    ],
    [
      'KPI on the path',
      { start: at('01-01'), deadline: at('12-31') },
      { status: 'onTrack', kpiValues: [{ kpiId: 'kpi-t1', actual: 9, baseline: 0 }] },
      at('07-01'),
      [],
    ],
    ['forbruk above kostnad', { cost: 100, funding: [], deadline: at('12-31') }, { status: 'onTrack', spending: [{ source: 'own', amount: 101 }] }, at('04-30'), ['overspent']],
    ['forbruk equal to kostnad', { cost: 100, funding: [], deadline: at('12-31') }, { status: 'onTrack', spending: [{ source: 'own', amount: 100 }] }, at('04-30'), []],
  ])('%s', (_, action, update, asOf, codes) => {
    const actions = [makeAction('t1', action)];
    const updates = update === null ? [] : [upd('t1', 'T1', update.status ?? 'onTrack', update)];
    const r = rollUp(actions, { updates }, 'T1', asOf);
    expect(r.attention.map((e) => e.code)).toEqual(codes);
    for (const entry of r.attention) {
      expect(entry.actionId).toBe('t1');
      for (const language of ['nb', 'en'] as const) expect(renderMessage(attentionMessage(entry), language)).not.toMatch(/undefined|\{\{/);
    }
  });

  it('measures at the period end by default', () => {
    const actions = [makeAction('t1', { deadline: `${YEAR}-04-30` })];
    expect(rollUp(actions, { updates: [upd('t1', 'T1', 'onTrack')] }).attention).toEqual([]);
    expect(rollUp(actions, { updates: [upd('t1', 'T2', 'onTrack', { date: `${YEAR}-05-02` })] }, 'T2').attention.map((e) => e.code)).toEqual([
      'deadlinePassed',
    ]);
  });

  it('uses the tolerance', () => {
    expect(KPI_BEHIND_TOLERANCE_POINTS).toBe(10);
  });
});

// ---------------------------------------------------------------------------------------
// Properties

const statusArb = fc.constantFrom(...FOLLOW_UP_STATUSES);
const updatesArb = (ids: readonly string[]) =>
  fc.array(
    fc.record({
      action: fc.nat({ max: Math.max(0, ids.length - 1) }),
      periodId: fc.constantFrom('T1', 'T2', 'T3'),
      status: statusArb,
      day: fc.integer({ min: 1, max: 28 }),
      actual: fc.option(fc.integer({ min: -50, max: 80 })),
      baseline: fc.option(fc.integer({ min: -10, max: 30 })),
      own: fc.integer({ min: 0, max: 1_000_000 }),
      partner: fc.option(fc.integer({ min: 0, max: 1_000_000 })),
    }),
    { maxLength: 60 },
  );

const caseArb = actionsArb(20).chain((actions) =>
  fc.record({
    actions: fc.constant(actions),
    raw: updatesArb(actions.map((a) => a.id)),
    periodId: fc.constantFrom('T1', 'T2', 'T3'),
    weighting: fc.constantFrom('equal' as const, 'cost' as const),
    targets: fc.array(fc.option(fc.integer({ min: -20, max: 100 })), { minLength: 20, maxLength: 20 }),
  }),
);

const RUNS = { numRuns: 100 };

describe('properties', () => {
  it('the parts add up to the whole: statuses, the area partition, sources', () => {
    fc.assert(
      fc.property(caseArb, ({ actions, raw, periodId, weighting, targets }) => {
        const withTargets = actions.map((a, i) => ({ ...a, kpis: a.kpis.map((k) => ({ ...k, target: targets[i] ?? null })) }));
        const updates = withTargets.length === 0 ? [] : raw.map((u, i) => {
          const action = withTargets[u.action] ?? withTargets[0];
          return upd(action?.id ?? 't0', u.periodId, u.status, {
            id: `p${i}`,
            date: `${YEAR}-0${1 + (i % 9)}-${String(u.day).padStart(2, '0')}`,
            kpiValues: (action?.kpis ?? []).map((k) => ({ kpiId: k.id, actual: u.actual, baseline: u.baseline })),
            spending: [{ source: 'own', amount: u.own }, ...(u.partner === null ? [] : [{ source: 'partner' as const, amount: u.partner }])],
          });
        });
        const r = rollUp(withTargets, { updates, kpiWeighting: weighting }, periodId);
        const whole = r.groups[0];
        if (!whole) throw new Error('no plan group');
        const c = whole.counts;
        expect(c.notStarted + c.onTrack + c.delayed + c.stopped + c.done + c.none).toBe(c.total);
        expect(c.total).toBe(r.actions.length);
        expect(whole.spending.own + whole.spending.partner + whole.spending.external).toBe(whole.spending.total);
        const partition = r.groups.filter((g) => g.kind === 'area' || g.kind === 'projects' || g.kind === 'unlinked');
        const sum = (f: (g: (typeof partition)[number]) => number) => partition.reduce((s, g) => s + f(g), 0);
        expect(sum((g) => g.counts.total)).toBe(c.total);
        for (const s of [...FOLLOW_UP_STATUSES, 'none'] as const) expect(sum((g) => g.counts[s])).toBe(c[s]);
        expect(sum((g) => g.spending.total)).toBe(whole.spending.total);
        expect(sum((g) => g.cost)).toBe(whole.cost);
        expect(sum((g) => g.kpiWeight)).toBe(whole.kpiWeight);
        expect(new Set(partition.flatMap((g) => g.actionIds)).size).toBe(c.total);
        // Progress stays in 0–100 %, and the plan's is the weights' average of the areas'.
        for (const g of r.groups) if (g.kpiProgress !== null) expect(g.kpiProgress).toBeGreaterThanOrEqual(0);
        for (const g of r.groups) if (g.kpiProgress !== null) expect(g.kpiProgress).toBeLessThanOrEqual(100);
        if (whole.kpiProgress !== null) {
          const weighted = partition.reduce((s, g) => s + (g.kpiProgress ?? 0) * g.kpiWeight, 0);
          expect(weighted / whole.kpiWeight).toBeCloseTo(whole.kpiProgress, 6);
        }
        expect(followUpRollUpSchema.safeParse(r).success).toBe(true);
      }),
      RUNS,
    );
  });
});
