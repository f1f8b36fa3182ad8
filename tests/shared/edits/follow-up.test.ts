/**
 * Oppfølging edits (shared/edits/follow-up.ts): status updates on a vedtatt plan without
 * touching what was adopted, every refusal as a code, the period scheme, closing a period
 * (a snapshot) and reopening it with a reason; carry-over with forbruk and the last status.
 */
import { describe, expect, it } from 'vitest';
import type { PlanDocument, StatusUpdate } from '@shared/domain';
import { activeClosure, planDocumentSchema } from '@shared/domain';
import { documentKronerTotal } from '@shared/domain/limits';
import {
  addStatusUpdate,
  carryOverPlan,
  closePeriod,
  previewCarryOver,
  removeStatusUpdate,
  reopenPeriod,
  replaceStatusUpdate,
  setFrame,
  setKpiWeighting,
  setPeriodScheme,
  updateAction,
} from '@shared/edits';
import { fixture } from './fixture';
import { refusal } from './refusal';

const ADOPTED = 'plan_2026';
const DRAFT = 'plan_2025';

function upd(parts: Partial<StatusUpdate> = {}): StatusUpdate {
  return {
    id: 'su1',
    actionId: 'b1',
    periodId: 'T1',
    status: 'onTrack',
    comment: 'Godt i gang',
    kpiValues: [{ kpiId: 'k_b1', actual: 10, baseline: 2 }],
    spending: [{ source: 'own', amount: 20_000 }],
    expectedDeadline: null,
    date: '2026-04-28',
    author: 'Kari',
    ...parts,
  };
}

const followUpOf = (doc: PlanDocument, planId: string) => {
  const plan = doc.plans.find((p) => p.id === planId);
  if (!plan) throw new Error('no plan');
  return plan.followUp;
};

describe('status updates', () => {
  it('are allowed on a vedtatt plan and change nothing that was adopted', () => {
    const doc = fixture();
    const next = addStatusUpdate(doc, ADOPTED, upd());
    expect(followUpOf(next, ADOPTED).updates).toEqual([upd()]);
    const before = doc.plans.find((p) => p.id === ADOPTED);
    const after = next.plans.find((p) => p.id === ADOPTED);
    expect({ ...after, followUp: null }).toEqual({ ...before, followUp: null });
    expect(next.actions).toBe(doc.actions);
    expect(next.strategy).toBe(doc.strategy);
    expect(planDocumentSchema.safeParse(next).success).toBe(true);
    // …while the adopted content itself stays read-only.
    expect(refusal(() => setFrame(next, ADOPTED, { ownFunds: 1 })).code).toBe('edits.planAdopted');
    expect(refusal(() => updateAction(next, 'b1', { title: 'Nytt' })).code).toBe('edits.planAdopted');
  });

  it('keep the history: a second update in the period is appended', () => {
    const doc = addStatusUpdate(addStatusUpdate(fixture(), ADOPTED, upd()), ADOPTED, upd({ id: 'su2', status: 'delayed', date: '2026-04-30' }));
    expect(followUpOf(doc, ADOPTED).updates.map((u) => [u.id, u.status])).toEqual([['su1', 'onTrack'], ['su2', 'delayed']]);
  });

  it('take the period by its short name and store its id', () => {
    const doc = addStatusUpdate(fixture(), ADOPTED, upd({ periodId: 't2', date: '2026-08-01' }));
    expect(followUpOf(doc, ADOPTED).updates[0]?.periodId).toBe('T2');
  });

  it('replace corrects an update in place, remove deletes one', () => {
    const doc = addStatusUpdate(fixture(), ADOPTED, upd());
    const fixed = replaceStatusUpdate(doc, ADOPTED, upd({ comment: 'Rettet' }));
    expect(followUpOf(fixed, ADOPTED).updates.map((u) => u.comment)).toEqual(['Rettet']);
    expect(followUpOf(removeStatusUpdate(fixed, ADOPTED, 'su1'), ADOPTED).updates).toEqual([]);
  });

  it.each<[string, () => unknown, string]>([
    ['a date outside the plan year', () => addStatusUpdate(fixture(), ADOPTED, upd({ date: '2025-12-31' })), 'followUp.refused.dateOutsideYear'],
    ['a KPI the tiltak does not have', () => addStatusUpdate(fixture(), ADOPTED, upd({ kpiValues: [{ kpiId: 'k_a1', actual: 1, baseline: null }] })), 'followUp.refused.unknownKpi'],
    [
      'the same KPI twice',
      () => addStatusUpdate(fixture(), ADOPTED, upd({ kpiValues: [{ kpiId: 'k_b1', actual: 1, baseline: null }, { kpiId: 'k_b1', actual: 2, baseline: null }] })),
      'followUp.refused.duplicateKpiValue',
    ],
    ['a negative forbruk', () => addStatusUpdate(fixture(), ADOPTED, upd({ spending: [{ source: 'own', amount: -1 }] })), 'followUp.refused.negativeSpending'],
    [
      'the same source twice',
      () => addStatusUpdate(fixture(), ADOPTED, upd({ spending: [{ source: 'own', amount: 1 }, { source: 'own', amount: 2 }] })),
      'followUp.refused.duplicateSource',
    ],
    ['a tiltak of another plan', () => addStatusUpdate(fixture(), ADOPTED, upd({ actionId: 'a1' })), 'followUp.refused.actionNotInPlan'],
    ['a tiltak that does not exist', () => addStatusUpdate(fixture(), ADOPTED, upd({ actionId: 'ghost' })), 'followUp.refused.actionNotInPlan'],
    ['a period the plan does not have', () => addStatusUpdate(fixture(), ADOPTED, upd({ periodId: 'K1' })), 'followUp.refused.unknownPeriod'],
    ['an id already used', () => addStatusUpdate(addStatusUpdate(fixture(), ADOPTED, upd()), ADOPTED, upd()), 'followUp.refused.updateExists'],
    ['replacing one that does not exist', () => replaceStatusUpdate(fixture(), ADOPTED, upd()), 'followUp.refused.updateNotFound'],
    ['moving one to another period', () => replaceStatusUpdate(addStatusUpdate(fixture(), ADOPTED, upd()), ADOPTED, upd({ periodId: 'T2' })), 'followUp.refused.changesPeriod'],
    ['an unknown status', () => addStatusUpdate(fixture(), ADOPTED, upd({ status: 'unknown' as StatusUpdate['status'] })), 'validation.notAllowed'],
  ])('refuse %s', (_, run, code) => {
    expect(refusal(run).code).toBe(code);
  });
});

describe('closing and reopening a period', () => {
  const closed = () => closePeriod(addStatusUpdate(fixture(), ADOPTED, upd()), ADOPTED, 'T1', { date: '2026-05-10', by: 'Leder', id: 'c1' });

  it('freezes the period’s updates and roll-up', () => {
    const doc = closed();
    const closure = activeClosure(followUpOf(doc, ADOPTED), 'T1');
    expect(closure).toMatchObject({ id: 'c1', periodId: 'T1', date: '2026-05-10', by: 'Leder', reopened: null });
    expect(closure?.snapshot.updates).toEqual([upd()]);
    expect(closure?.snapshot.rollUp.groups[0]?.counts).toMatchObject({ onTrack: 1, total: 1 });
    expect(closure?.snapshot.rollUp.actions[0]).toMatchObject({ actionId: 'b1', status: 'onTrack', spending: { own: 20_000 } });
    expect(planDocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('refuses every change to a closed period, and leaves other periods open', () => {
    const doc = closed();
    expect(refusal(() => addStatusUpdate(doc, ADOPTED, upd({ id: 'su2' }))).code).toBe('followUp.refused.periodClosed');
    expect(refusal(() => replaceStatusUpdate(doc, ADOPTED, upd({ comment: 'x' }))).code).toBe('followUp.refused.periodClosed');
    expect(refusal(() => removeStatusUpdate(doc, ADOPTED, 'su1')).code).toBe('followUp.refused.periodClosed');
    expect(refusal(() => closePeriod(doc, ADOPTED, 'T1', { date: '2026-05-11', by: '' })).code).toBe('followUp.refused.periodAlreadyClosed');
    expect(() => addStatusUpdate(doc, ADOPTED, upd({ id: 'su2', periodId: 'T2', date: '2026-06-01' }))).not.toThrow();
  });

  it('reopening needs a reason, which is logged; the closure stays', () => {
    const doc = closed();
    expect(refusal(() => reopenPeriod(doc, ADOPTED, 'T1', { date: '2026-05-12', by: 'Leder', reason: '  ' })).code).toBe('followUp.refused.reasonMissing');
    expect(refusal(() => reopenPeriod(doc, ADOPTED, 'T2', { date: '2026-05-12', by: 'Leder', reason: 'Feil' })).code).toBe('followUp.refused.periodNotClosed');
    const open = reopenPeriod(doc, ADOPTED, 'T1', { date: '2026-05-12', by: 'Leder', reason: 'Feil forbruk i tiltak 1' });
    const f = followUpOf(open, ADOPTED);
    expect(activeClosure(f, 'T1')).toBeUndefined();
    expect(f.closures).toHaveLength(1);
    expect(f.closures[0]?.reopened).toEqual({ date: '2026-05-12', by: 'Leder', reason: 'Feil forbruk i tiltak 1' });
    // Open again: it takes updates, and can be closed anew (a second closure in the log).
    const again = closePeriod(addStatusUpdate(open, ADOPTED, upd({ id: 'su2' })), ADOPTED, 'T1', { date: '2026-05-13', by: 'Leder', id: 'c2' });
    expect(followUpOf(again, ADOPTED).closures.map((c) => [c.id, c.reopened === null])).toEqual([['c1', false], ['c2', true]]);
  });
});

describe('period scheme and weighting', () => {
  it('switches to quarters while no period is used', () => {
    const doc = setPeriodScheme(fixture(), DRAFT, { kind: 'quarters' });
    expect(followUpOf(doc, DRAFT).scheme).toEqual({ kind: 'quarters' });
  });

  it('takes own periods and refuses bad ones', () => {
    const h1 = { id: 'h1', shortName: 'H1', name: 'Første halvår', from: '2025-01-01', to: '2025-06-30' };
    const h2 = { id: 'h2', shortName: 'H2', name: 'Andre halvår', from: '2025-07-01', to: '2025-12-31' };
    expect(followUpOf(setPeriodScheme(fixture(), DRAFT, { kind: 'custom', periods: [h1, h2] }), DRAFT).scheme).toMatchObject({ kind: 'custom' });
    const bad = (periods: (typeof h1)[]) => refusal(() => setPeriodScheme(fixture(), DRAFT, { kind: 'custom', periods })).code;
    expect(bad([h1, { ...h2, from: '2025-06-01' }])).toBe('followUp.refused.customOverlap');
    expect(bad([h1, { ...h2, to: '2026-01-31' }])).toBe('followUp.refused.customOutsideYear');
    expect(bad([h1, { ...h2, from: '2025-12-31', to: '2025-07-01' }])).toBe('followUp.refused.customEndsBeforeStart');
    expect(bad([h1, { ...h2, shortName: 'h1' }])).toBe('followUp.refused.customDuplicateShortName');
    expect(bad([h1, { ...h2, id: 'h1' }])).toBe('followUp.refused.customDuplicateId');
  });

  it('refuses to drop a period that has updates', () => {
    const doc = addStatusUpdate(fixture(), ADOPTED, upd());
    expect(refusal(() => setPeriodScheme(doc, ADOPTED, { kind: 'quarters' })).code).toBe('followUp.refused.schemeInUse');
    expect(setPeriodScheme(doc, ADOPTED, { kind: 'tertials' })).toBeDefined();
  });

  it('sets the KPI weighting on an adopted plan', () => {
    expect(followUpOf(setKpiWeighting(fixture(), ADOPTED, 'cost'), ADOPTED).kpiWeighting).toBe('cost');
  });
});

describe('carry-over with follow-up', () => {
  it('carries the remaining cost (kostnad − forbruk) and funding, and uses the last status', () => {
    let doc = fixture();
    // a1 (planned, cost 100 000, own 60 000): forbruk 25 000 own + 5 000 external; a2 (ongoing): fullført; a4 (postponed): stoppet.
    const base = { comment: '', kpiValues: [], expectedDeadline: null, author: 'Kari' };
    doc = addStatusUpdate(doc, DRAFT, { ...base, id: 'u1', actionId: 'a1', periodId: 'T1', status: 'onTrack', spending: [{ source: 'own', amount: 10_000 }], date: '2025-04-30' });
    doc = addStatusUpdate(doc, DRAFT, {
      ...base,
      id: 'u2',
      actionId: 'a1',
      periodId: 'T3',
      status: 'delayed',
      spending: [{ source: 'own', amount: 25_000 }, { source: 'external', amount: 5_000 }],
      date: '2025-12-20',
    });
    doc = addStatusUpdate(doc, DRAFT, { ...base, id: 'u3', actionId: 'a2', periodId: 'T2', status: 'done', spending: [], date: '2025-08-30' });
    doc = addStatusUpdate(doc, DRAFT, { ...base, id: 'u4', actionId: 'a4', periodId: 'T1', status: 'stopped', spending: [], date: '2025-03-01' });
    const preview = previewCarryOver(doc, 2025, 2027);
    expect(preview.hasSpending).toBe(true);
    expect(preview.finishedByFollowUp.map((a) => a.actionId)).toEqual(['a2']);
    expect(preview.candidates.map((c) => [c.actionId, c.lastStatus, c.spent, c.remainingCost, c.newStatus, c.isSelected])).toEqual([
      ['a1', 'delayed', 30_000, 70_000, 'ongoing', true],
      ['a4', 'stopped', 0, 100_000, 'planned', false],
    ]);
    const next = carryOverPlan(doc, 2025, 2027);
    const copy = next.actions.find((a) => a.carriedFromId === 'a1');
    expect(copy?.cost).toBe(70_000);
    expect(copy?.funding.map((f) => [f.source, f.amount])).toEqual([['own', 35_000]]);
    expect(next.actions.some((a) => a.carriedFromId === 'a4')).toBe(false);
    // Chosen by id, the stopped one comes too.
    expect(carryOverPlan(doc, 2025, 2027, { actionIds: ['a4'] }).actions.some((a) => a.carriedFromId === 'a4')).toBe(true);
    // The new plan starts with an empty follow-up.
    expect(next.plans.find((p) => p.year === 2027)?.followUp.updates).toEqual([]);
  });
});

describe('document limit', () => {
  it('counts every forbruk, also in a closed period’s snapshot', () => {
    const doc = closePeriod(addStatusUpdate(fixture(), ADOPTED, upd()), ADOPTED, 'T1', { date: '2026-05-10', by: 'Leder' });
    const without = { ...doc, plans: doc.plans.map((p) => ({ ...p, followUp: { ...p.followUp, updates: [], closures: [] } })) };
    expect(documentKronerTotal(doc) - documentKronerTotal(without)).toBe(2 * 20_000);
  });
});
