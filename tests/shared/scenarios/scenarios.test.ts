import { describe, expect, it } from 'vitest';
import type { Action, Scenario } from '@shared/domain/entities';
import { scenarioSchema } from '@shared/domain/entities';
import { formatKroner } from '@shared/money/kroner';
import { computeTotals, fitToFrame, runKontroll } from '@shared/rules';
import {
  adoptScenario,
  applyScenario,
  compareScenarios,
  frameCutScenario,
  rebaseScenario,
  scenarioFromFitToFrame,
  withActionChange,
  withFrame,
  withoutActionChange,
} from '@shared/scenarios';
import type { KontrollInput } from '@shared/rules/types';
import { line, makeAction, makeInput } from '../rules/fixtures';

const CREATED = '2026-03-01T10:00:00.000Z';

function idMaker(): (prefix: string) => string {
  let n = 0;
  return (prefix) => `${prefix}_${++n}`;
}

function emptyScenario(overrides: Partial<Scenario> = {}): Scenario {
  return { id: 'scn_x', name: 'Variant', description: '', frame: null, changes: [], addedActions: [], createdAt: CREATED, ...overrides };
}

const own = (id: string, amount: number, extra: Partial<Action> = {}) =>
  makeAction(id, { cost: amount, funding: [line('own', amount)], ...extra });

function basis(frame = 1_000_000): KontrollInput {
  return makeInput(
    [
      own('1', 400_000, { priority: 1 }),
      own('2', 300_000, { priority: 2 }),
      own('3', 200_000, { priority: 3 }),
      own('4', 150_000, { priority: 3, status: 'postponed' }),
    ],
    { plan: { frame: { ownFunds: frame, capacityHours: 1_000, targetShares: {} } } },
  );
}

describe('applyScenario', () => {
  it('an empty scenario gives the basis back', () => {
    const input = basis();
    const applied = applyScenario(input, emptyScenario());
    expect(applied).toEqual({ input, conflicts: [], postponed: [], excluded: [] });
  });

  it.each([
    {
      name: 'excluded tiltak drops out',
      change: { actionId: '3', excluded: true },
      ids: ['1', '2', '4'],
      excluded: ['3'],
      postponed: [] as string[],
      ownFunds: 700_000,
    },
    {
      name: 'postponed tiltak drops out and is listed separately',
      change: { actionId: '2', postponed: true },
      ids: ['1', '3', '4'],
      excluded: [],
      postponed: ['2'],
      ownFunds: 600_000,
    },
    {
      name: 'cost override',
      change: { actionId: '1', cost: 500_000 },
      ids: ['1', '2', '3', '4'],
      excluded: [],
      postponed: [],
      ownFunds: 900_000,
    },
    {
      name: 'funding override replaces the lines',
      change: { actionId: '1', funding: [line('own', 100_000), line('external', 300_000)] },
      ids: ['1', '2', '3', '4'],
      excluded: [],
      postponed: [],
      ownFunds: 600_000,
    },
    {
      name: 'status override takes an utsatt tiltak back in',
      change: { actionId: '4', status: 'planned' as const },
      ids: ['1', '2', '3', '4'],
      excluded: [],
      postponed: [],
      ownFunds: 1_050_000,
    },
  ])('$name', ({ change, ids, excluded, postponed, ownFunds }) => {
    const input = basis();
    const applied = applyScenario(input, emptyScenario({ changes: [change] }));
    expect(applied.input.actions.map((a) => a.id)).toEqual(ids);
    expect(applied.excluded.map((a) => a.id)).toEqual(excluded);
    expect(applied.postponed.map((a) => a.id)).toEqual(postponed);
    expect(applied.conflicts).toEqual([]);
    expect(computeTotals(applied.input).ownFunds).toBe(ownFunds);
  });

  it('the variant frame replaces the basis frame', () => {
    const frame = { ownFunds: 800_000, capacityHours: 10, targetShares: {} };
    const applied = applyScenario(basis(), emptyScenario({ frame }));
    expect(applied.input.plan.frame).toEqual(frame);
    expect(computeTotals(applied.input).margin).toBe(-100_000);
  });

  it('added tiltak come after the basis; changes can target them; a duplicate id is a conflict', () => {
    const applied = applyScenario(
      basis(),
      emptyScenario({
        addedActions: [own('new', 50_000), own('1', 999_999, { title: 'Kopi' }), own('new2', 10_000)],
        changes: [{ actionId: 'new2', cost: 20_000 }],
      }),
    );
    expect(applied.input.actions.map((a) => [a.id, a.cost])).toEqual([
      ['1', 400_000],
      ['2', 300_000],
      ['3', 200_000],
      ['4', 150_000],
      ['new', 50_000],
      ['new2', 20_000],
    ]);
    expect(applied.conflicts.map((c) => [c.kind, c.actionId])).toEqual([['duplicate-action', '1']]);
    expect(applied.conflicts[0]?.message).toContain('«Kopi»');
  });

  it.each([
    {
      name: 'cost changed in the basis',
      change: { actionId: '1', cost: 350_000, basisCost: 380_000 },
      kind: 'cost-changed',
      mentions: [formatKroner(380_000), formatKroner(400_000), 'Tiltak 1 «Tiltak 1»'],
    },
    {
      name: 'funding changed in the basis',
      change: { actionId: '1', postponed: true, basisFunding: [line('own', 123_000)] },
      kind: 'funding-changed',
      mentions: [formatKroner(123_000), formatKroner(400_000)],
    },
    {
      name: 'status changed in the basis',
      change: { actionId: '2', postponed: true, basisStatus: 'ongoing' as const },
      kind: 'status-changed',
      mentions: ['fra pågår til planlagt'],
    },
    {
      name: 'tiltak deleted from the basis, named by what the change recorded',
      change: { actionId: 'gone', excluded: true, basisNumber: '9', basisTitle: 'Borte' },
      kind: 'action-deleted',
      mentions: ['Tiltak 9 «Borte» er slettet fra basis'],
    },
  ])('conflict: $name', ({ change, kind, mentions }) => {
    const applied = applyScenario(basis(), emptyScenario({ changes: [change] }));
    expect(applied.conflicts.map((c) => [c.kind, c.actionId])).toEqual([[kind, change.actionId]]);
    for (const m of mentions) expect(applied.conflicts[0]?.message).toContain(m);
  });

  it('a conflict never resolves silently: the variant value still applies and the conflict is reported', () => {
    const applied = applyScenario(basis(), emptyScenario({ changes: [{ actionId: '1', cost: 350_000, basisCost: 380_000 }] }));
    expect(applied.input.actions[0]?.cost).toBe(350_000);
    expect(applied.conflicts).toHaveLength(1);
  });

  it('frame conflict when the basis frame changed since the variant set its own', () => {
    const input = basis();
    const scenario = withFrame(emptyScenario(), { ...input.plan.frame, ownFunds: 900_000 }, { ...input.plan.frame, ownFunds: 700_000 });
    const [conflict] = applyScenario(input, scenario).conflicts;
    expect(conflict).toMatchObject({ kind: 'frame-changed', actionId: null });
    expect(conflict?.message).toContain(formatKroner(900_000));
    expect(conflict?.message).toContain(formatKroner(1_000_000));
    expect(conflict?.message).toContain(formatKroner(700_000));
  });
});

describe('editing a variant', () => {
  it('withActionChange records the basis, merges patches and removes a change that is back to the basis', () => {
    const input = basis();
    const action = input.actions[0]!;
    let s = withActionChange(emptyScenario(), action, { cost: 350_000 });
    expect(s.changes).toEqual([
      { actionId: '1', cost: 350_000, basisCost: 400_000, basisFunding: action.funding, basisStatus: 'planned', basisNumber: '1', basisTitle: 'Tiltak 1' },
    ]);
    s = withActionChange(s, action, { postponed: true });
    expect(s.changes[0]).toMatchObject({ cost: 350_000, postponed: true });
    s = withActionChange(s, action, { postponed: false, cost: 400_000 });
    expect(s.changes).toEqual([]);
    expect(scenarioSchema.safeParse(withActionChange(s, action, { funding: [line('external', 1)] })).success).toBe(true);
  });

  it('withoutActionChange and rebaseScenario resolve a conflict either way', () => {
    const input = basis();
    const s = withActionChange(emptyScenario(), input.actions[0]!, { cost: 350_000 });
    const changed: KontrollInput = { ...input, actions: input.actions.map((a) => (a.id === '1' ? { ...a, cost: 450_000, funding: [line('own', 450_000)] } : a)) };
    expect(applyScenario(changed, s).conflicts.map((c) => c.kind)).toEqual(['cost-changed', 'funding-changed']);
    const kept = rebaseScenario(s, changed);
    expect(applyScenario(changed, kept).conflicts).toEqual([]);
    expect(applyScenario(changed, kept).input.actions[0]?.cost).toBe(350_000);
    expect(applyScenario(changed, withoutActionChange(s, '1')).input.actions[0]?.cost).toBe(450_000);
    // rebase drops changes for deleted tiltak
    const deleted: KontrollInput = { ...input, actions: input.actions.filter((a) => a.id !== '1') };
    expect(rebaseScenario(s, deleted).changes).toEqual([]);
  });
});

describe('scenarioFromFitToFrame', () => {
  it('postpones what fitToFrame proposes, recording the basis, and the variant fits', () => {
    const input = basis(750_000); // own 900 000 → overrun 150 000
    const scenario = scenarioFromFitToFrame(input, 'Tilpasset rammen', CREATED, idMaker());
    expect(scenarioSchema.safeParse(scenario).success).toBe(true);
    expect(scenario).toMatchObject({ id: 'scn_1', name: 'Tilpasset rammen', frame: null, addedActions: [], createdAt: CREATED });
    expect(scenario.changes.map((c) => c.actionId)).toEqual(fitToFrame(input).actionIds);
    expect(scenario.changes[0]).toMatchObject({ actionId: '3', postponed: true, basisCost: 200_000, basisStatus: 'planned' });
    expect(scenario.description).toContain(formatKroner(200_000));
    expect(scenario.description).toContain(formatKroner(150_000));
    const applied = applyScenario(input, scenario);
    expect(applied.conflicts).toEqual([]);
    expect(computeTotals(applied.input).margin).toBeGreaterThanOrEqual(0);
    expect(computeTotals(input).margin).toBe(-150_000); // the basis is untouched
  });

  it('within the frame: no changes, and says so', () => {
    const scenario = scenarioFromFitToFrame(basis(), 'Ingen endring', CREATED, idMaker());
    expect(scenario.changes).toEqual([]);
    expect(scenario.description).toBe('Planen er allerede innenfor rammen for egne midler; ingen tiltak utsettes.');
  });

  it('writes the description in English on request', () => {
    const scenario = scenarioFromFitToFrame(basis(750_000), 'Fit', CREATED, idMaker(), 'en');
    expect(scenario.description).toContain('NOK 200,000');
  });
});

describe('frameCutScenario', () => {
  it.each([
    { percent: 20, from: 1_000_000, to: 800_000 },
    { percent: 20, from: 333_333, to: 266_666 },
    { percent: 12.5, from: 1_000_003, to: 875_003 },
    { percent: -10, from: 1_000_000, to: 1_100_000 },
    { percent: 100, from: 1_000_000, to: 0 },
    { percent: 150, from: 1_000_000, to: 0 },
  ])('$percent % of $from → $to', ({ percent, from, to }) => {
    const input = makeInput([], { plan: { frame: { ownFunds: from, capacityHours: 5, targetShares: { fa1: 50 } } } });
    const scenario = frameCutScenario(input, percent, 'Redusert ramme', CREATED, idMaker());
    expect(scenario.frame).toEqual({ ownFunds: to, capacityHours: 5, targetShares: { fa1: 50 } });
    expect(scenario.basisFrame).toEqual(input.plan.frame);
    expect(scenario.changes).toEqual([]);
    expect(scenario.description).toContain(formatKroner(to).replace(' kr', ''));
    expect(scenarioSchema.safeParse(scenario).success).toBe(true);
  });

  it('with fit, it also postpones what no longer fits the cut frame', () => {
    const input = basis(1_000_000); // own 900 000; −20 % → 800 000 → overrun 100 000
    const scenario = frameCutScenario(input, 20, 'Redusert ramme', CREATED, idMaker(), { fit: true });
    expect(scenario.description.replace(/[\u00a0\u202f]/g, ' ')).toContain('Egne midler kuttet 20 % fra 1 000 000 kr (rammen per 01.03.2026) til 800 000 kr. Forslag');
    const applied = applyScenario(input, scenario);
    expect(applied.postponed.map((a) => a.id)).toEqual(['3']);
    expect(computeTotals(applied.input)).toMatchObject({ frameOwnFunds: 800_000, ownFunds: 700_000, margin: 100_000 });
  });

  it('says which frame it was made from and when, in bokmål and English', () => {
    const input = basis(1_000_000);
    const nb = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
    expect(nb(frameCutScenario(input, 20, 'x', CREATED, idMaker()).description)).toBe(
      'Egne midler kuttet 20 % fra 1 000 000 kr (rammen per 01.03.2026) til 800 000 kr.',
    );
    expect(nb(frameCutScenario(input, -10, 'x', CREATED, idMaker()).description)).toBe(
      'Egne midler økt 10 % fra 1 000 000 kr (rammen per 01.03.2026) til 1 100 000 kr.',
    );
    expect(frameCutScenario(input, 20, 'x', CREATED, idMaker(), { language: 'en' }).description).toBe(
      'Own funds cut by 20% from NOK 1,000,000 (frame as of 2026-03-01) to NOK 800,000.',
    );
  });

  it('refuses a percent that is not a number', () => {
    expect(() => frameCutScenario(basis(), Number.NaN, 'x', CREATED, idMaker())).toThrow(RangeError);
  });
});

describe('compareScenarios', () => {
  it('puts the basis first and lists per variant totals, findings and differences with amounts', () => {
    const input = basis(800_000);
    const variant = emptyScenario({
      id: 'v1',
      name: 'Høy ambisjon',
      changes: [
        { actionId: '3', excluded: true },
        { actionId: '2', postponed: true },
        { actionId: '1', cost: 450_000, funding: [line('own', 450_000)] },
        { actionId: '4', status: 'planned' },
      ],
      addedActions: [own('new', 25_000)],
    });
    const cmp = compareScenarios(input, [variant]);
    expect(cmp.basis).toMatchObject({ scenarioId: null, name: 'Basis', differences: [], conflicts: [] });
    expect(cmp.basis.totals.ownFunds).toBe(900_000);
    expect(cmp.basis.findingCounts.error).toBe(1);
    const [v] = cmp.scenarios;
    expect(v).toMatchObject({ scenarioId: 'v1', name: 'Høy ambisjon', postponedIds: ['2'] });
    expect(v?.totals.ownFunds).toBe(450_000 + 150_000 + 25_000);
    expect(v?.findingCounts).toEqual({
      error: 0,
      warning: runKontroll(applyScenario(input, variant).input).findings.filter((f) => f.severity === 'warning').length,
      info: runKontroll(applyScenario(input, variant).input).findings.filter((f) => f.severity === 'info').length,
    });
    expect(v?.fundingByStatus).toEqual({ confirmed: 625_000, applied: 0, planned: 0 });
    expect(v?.differences.map((d) => [d.actionId, d.kind, d.costDelta, d.ownFundsDelta])).toEqual([
      ['1', 'changed', 50_000, 50_000],
      ['2', 'postponed', -300_000, -300_000],
      ['3', 'removed', -200_000, -200_000],
      ['4', 'changed', 150_000, 150_000],
      ['new', 'added', 25_000, 25_000],
    ]);
    expect(v?.differences[0]).toMatchObject({
      basis: { cost: 400_000, ownFunds: 400_000, totalFunding: 400_000, uncovered: 0, status: 'planned' },
      scenario: { cost: 450_000, ownFunds: 450_000, status: 'planned' },
    });
  });
});

describe('adoptScenario', () => {
  const variant = emptyScenario({
    id: 'v1',
    name: 'Stram',
    frame: { ownFunds: 600_000, capacityHours: 1_000, targetShares: {} },
    changes: [
      { actionId: '3', excluded: true },
      { actionId: '2', postponed: true },
      { actionId: '1', cost: 450_000, funding: [line('own', 450_000)] },
    ],
    addedActions: [own('new', 25_000, { planId: 'elsewhere' })],
  });

  it('makes the variant the plan and keeps the old basis as a variant in its place', () => {
    const input = makeInput(basis().actions, { plan: { ...basis().plan, scenarios: [emptyScenario({ id: 'v0' }), variant] } });
    const result = adoptScenario(input, 'v1', CREATED, idMaker());
    if (!result.ok) throw new Error('expected adoption');
    expect(result.plan.frame.ownFunds).toBe(600_000);
    expect(result.actions.map((a) => [a.id, a.status, a.cost, a.planId])).toEqual([
      ['1', 'planned', 450_000, 'plan1'],
      ['2', 'postponed', 300_000, 'plan1'],
      ['3', 'cancelled', 200_000, 'plan1'],
      ['4', 'postponed', 150_000, 'plan1'],
      ['new', 'planned', 25_000, 'plan1'],
    ]);
    expect(result.plan.scenarios.map((s) => s.id)).toEqual(['v0', 'scn_1']);
    expect(result.previousBasis.name).toBe('Tidligere basis (før «Stram»)');
    expect(scenarioSchema.safeParse(result.previousBasis).success).toBe(true);
    // The adopted plan checks exactly like the variant did.
    const adopted = runKontroll({ ...input, plan: result.plan, actions: result.actions });
    const asVariant = runKontroll(applyScenario(input, variant).input);
    expect(adopted.totals).toEqual(asVariant.totals);
    expect(adopted.findings).toEqual(asVariant.findings);
    // And the old basis comes back through the preserved variant.
    const back = applyScenario({ ...input, plan: result.plan, actions: result.actions }, result.previousBasis);
    expect(back.conflicts).toEqual([]);
    expect(back.input.actions).toEqual(input.actions);
    expect(back.input.plan.frame).toEqual(input.plan.frame);
  });

  it('does nothing for an unknown scenario', () => {
    expect(adoptScenario(basis(), 'nope', CREATED, idMaker())).toEqual({ ok: false, reason: 'not-found', conflicts: [] });
  });

  it('conflicts block adoption until the user accepts them', () => {
    const conflicted = emptyScenario({ id: 'v2', changes: [{ actionId: '1', cost: 1, basisCost: 2 }] });
    const input = makeInput(basis().actions, { plan: { ...basis().plan, scenarios: [conflicted] } });
    const refused = adoptScenario(input, 'v2', CREATED, idMaker());
    expect(refused).toMatchObject({ ok: false, reason: 'conflicts' });
    expect(refused.conflicts.map((c) => c.kind)).toEqual(['cost-changed']);
    const accepted = adoptScenario(input, 'v2', CREATED, idMaker(), { acceptConflicts: true });
    expect(accepted.ok && accepted.actions[0]?.cost).toBe(1);
  });
});
