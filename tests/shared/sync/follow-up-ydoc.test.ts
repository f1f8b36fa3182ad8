// A plan's oppfølging in the Y.Doc: status updates and closures are entries of their own,
// the period scheme and KPI weighting are fields, so planners who record updates offline
// keep every update when their copies merge — in both delivery orders, and the copies
// converge. A Y.Doc of the earlier mapping (the whole follow-up as one plan field) still
// reads, and moves to the entries on its first follow-up change.
import fc from 'fast-check';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain';
import { FOLLOW_UP_STATUSES, type FollowUp, type StatusUpdate } from '@shared/domain/follow-up';
import { addStatusUpdate, closePeriod, replaceStatusUpdate, setKpiWeighting, setPeriodScheme } from '@shared/edits';
import { createExampleDocument } from '@shared/templates';
import { applyPlanToYDoc, FOLLOW_UP_CLOSURES_MAP, FOLLOW_UP_SETTINGS_MAP, FOLLOW_UP_UPDATES_MAP, planToYDoc, planTypes } from '@shared/sync';
import { cloneDoc, deliver, edit, LOCAL, read, syncAll } from './helpers';

const example = createExampleDocument();
const plan = example.plans[0] ?? missing('the example has a plan');
const planId = plan.id;

function missing(what: string): never {
  throw new Error(what);
}

function update(id: string, actionId: string, patch: Partial<StatusUpdate> = {}): StatusUpdate {
  return {
    id,
    actionId,
    periodId: 'T2',
    status: 'onTrack',
    comment: `Kommentar ${id}`,
    kpiValues: [],
    spending: [{ source: 'own', amount: 1000 }],
    expectedDeadline: null,
    date: '2025-06-15',
    author: id,
    ...patch,
  };
}

function add(u: StatusUpdate): (doc: PlanDocument) => PlanDocument {
  return (doc) => addStatusUpdate(doc, planId, u);
}

function updatesOf(doc: PlanDocument): StatusUpdate[] {
  return doc.plans.find((p) => p.id === planId)?.followUp.updates ?? [];
}

/** Two copies of the example, each given its own offline edits, then merged in the given order. */
function merged(editsA: ((d: PlanDocument) => PlanDocument)[], editsB: ((d: PlanDocument) => PlanDocument)[], order: 'a-first' | 'b-first'): [Y.Doc, Y.Doc] {
  const a = planToYDoc(example);
  const b = cloneDoc(a);
  for (const fn of editsA) edit(a, fn, { name: 'A', at: '2025-06-15T10:00:00Z' });
  for (const fn of editsB) edit(b, fn, { name: 'B', at: '2025-06-15T10:00:01Z' });
  if (order === 'a-first') {
    deliver(a, b);
    deliver(b, a);
  } else {
    deliver(b, a);
    deliver(a, b);
  }
  return [a, b];
}

describe('follow-up in the Y.Doc', () => {
  it('is entries and fields of the follow-up maps, not a field of the plan', () => {
    const ydoc = planToYDoc(example);
    expect(ydoc.getMap<Y.Map<unknown>>('c:plans').get(planId)?.has('followUp')).toBe(false);
    expect(ydoc.getMap(FOLLOW_UP_UPDATES_MAP).size).toBe(plan.followUp.updates.length);
    expect(ydoc.getMap(FOLLOW_UP_CLOSURES_MAP).size).toBe(plan.followUp.closures.length);
    expect(ydoc.getMap(FOLLOW_UP_SETTINGS_MAP).get(`${planId}/scheme`)).toEqual(plan.followUp.scheme);
    expect(read(ydoc)).toEqual(example);
  });

  it('a new update writes one entry and nothing else', () => {
    const ydoc = planToYDoc(example);
    const touched = new Set<string>();
    for (const name of ydoc.share.keys()) ydoc.getMap(name).observeDeep(() => touched.add(name));
    const after = edit(ydoc, add(update('su_new', 'ex_act_03')));
    expect([...touched]).toEqual([FOLLOW_UP_UPDATES_MAP]);
    expect(read(ydoc)).toEqual(after);
  });

  for (const order of ['a-first', 'b-first'] as const) {
    it(`updates for different tiltak recorded offline on two copies both survive (${order})`, () => {
      const [a, b] = merged([add(update('su_a1', 'ex_act_01')), add(update('su_a2', 'ex_act_02'))], [add(update('su_b1', 'ex_act_03'))], order);
      const docA = read(a);
      expect(read(b)).toEqual(docA);
      const ids = updatesOf(docA).map((u) => u.id);
      expect(ids).toEqual(expect.arrayContaining(['su_a1', 'su_a2', 'su_b1']));
      expect(ids).toHaveLength(plan.followUp.updates.length + 3);
      // The history before the merge keeps its order, the new entries follow it.
      expect(ids.slice(0, plan.followUp.updates.length)).toEqual(plan.followUp.updates.map((u) => u.id));
      expect(updatesOf(docA).find((u) => u.id === 'su_b1')).toEqual(update('su_b1', 'ex_act_03'));
    });

    it(`updates for the same tiltak and period on two copies are both kept, in one order (${order})`, () => {
      const [a, b] = merged([add(update('su_a', 'ex_act_04', { status: 'delayed' }))], [add(update('su_b', 'ex_act_04', { status: 'stopped' }))], order);
      expect(read(b)).toEqual(read(a));
      const inT2 = (list: readonly StatusUpdate[]) => list.filter((u) => u.actionId === 'ex_act_04' && u.periodId === 'T2').map((u) => u.id);
      const ids = inT2(updatesOf(read(a)));
      expect(ids.slice(0, -2)).toEqual(inT2(plan.followUp.updates));
      expect(ids.slice(-2).sort()).toEqual(['su_a', 'su_b']);
    });
  }

  it('the same order on both copies whatever the delivery order', () => {
    const [a1] = merged([add(update('su_a', 'ex_act_04'))], [add(update('su_b', 'ex_act_04'))], 'a-first');
    const [a2] = merged([add(update('su_a', 'ex_act_04'))], [add(update('su_b', 'ex_act_04'))], 'b-first');
    expect(updatesOf(read(a1)).map((u) => u.id)).toEqual(updatesOf(read(a2)).map((u) => u.id));
  });

  it('a correction on one copy and a new update on the other both survive', () => {
    const first = plan.followUp.updates.find((u) => u.periodId === 'T2');
    if (!first) throw new Error('the example has T2 updates');
    const [a, b] = merged([(d) => replaceStatusUpdate(d, planId, { ...first, comment: 'Rettet av A' })], [add(update('su_b', 'ex_act_05'))], 'b-first');
    const doc = read(a);
    expect(read(b)).toEqual(doc);
    expect(updatesOf(doc).find((u) => u.id === first.id)?.comment).toBe('Rettet av A');
    expect(updatesOf(doc).some((u) => u.id === 'su_b')).toBe(true);
  });

  it('scheme, weighting, a closure and updates from different copies all survive', () => {
    const [a, b] = merged(
      [(d) => setKpiWeighting(d, planId, 'cost'), add(update('su_a', 'ex_act_01'))],
      [(d) => closePeriod(d, planId, 'T2', { date: '2025-09-01', by: 'B' }), add(update('su_b', 'ex_act_02', { periodId: 'T3', date: '2025-10-01' }))],
      'a-first',
    );
    const doc = read(a);
    expect(read(b)).toEqual(doc);
    const followUp = doc.plans[0]?.followUp;
    expect(followUp?.kpiWeighting).toBe('cost');
    expect(followUp?.closures.map((c) => c.periodId)).toEqual(['T1', 'T2']);
    expect(followUp?.updates.map((u) => u.id)).toEqual(expect.arrayContaining(['su_a', 'su_b']));
  });

  it('a scheme change and a weighting change on two copies both survive', () => {
    const empty: PlanDocument = { ...example, plans: example.plans.map((p) => ({ ...p, followUp: { ...p.followUp, updates: [], closures: [] } })) };
    const a = planToYDoc(empty);
    const b = cloneDoc(a);
    edit(a, (d) => setPeriodScheme(d, planId, { kind: 'quarters' }));
    edit(b, (d) => setKpiWeighting(d, planId, 'cost'));
    syncAll([a, b]);
    for (const ydoc of [a, b]) {
      const followUp = read(ydoc).plans[0]?.followUp;
      expect(followUp?.scheme).toEqual({ kind: 'quarters' });
      expect(followUp?.kpiWeighting).toBe('cost');
    }
  });

  it('a removed update and a deleted plan take their entries with them', () => {
    const ydoc = planToYDoc(example);
    const first = plan.followUp.updates.find((u) => u.periodId === 'T2');
    if (!first) throw new Error('the example has T2 updates');
    const removed = edit(ydoc, (d) => ({ ...d, plans: d.plans.map((p) => ({ ...p, followUp: { ...p.followUp, updates: p.followUp.updates.filter((u) => u.id !== first.id) } })) }));
    expect(ydoc.getMap(FOLLOW_UP_UPDATES_MAP).has(`${planId}/${first.id}`)).toBe(false);
    expect(read(ydoc)).toEqual(removed);
    const noPlan = { ...removed, plans: [], actions: [] };
    applyPlanToYDoc(ydoc, removed, noPlan, LOCAL);
    for (const name of [FOLLOW_UP_SETTINGS_MAP, FOLLOW_UP_UPDATES_MAP, FOLLOW_UP_CLOSURES_MAP]) expect(ydoc.getMap(name).size).toBe(0);
  });

  it('undo (per user, over planTypes) takes back my update and leaves the colleague\'s', () => {
    const mine = planToYDoc(example);
    const colleague = cloneDoc(mine);
    const undo = new Y.UndoManager(planTypes(mine), { trackedOrigins: new Set([LOCAL]), captureTimeout: 0 });
    edit(mine, add(update('su_mine', 'ex_act_01')));
    edit(colleague, add(update('su_theirs', 'ex_act_02')));
    deliver(colleague, mine);
    undo.undo();
    const ids = updatesOf(read(mine)).map((u) => u.id);
    expect(ids).toContain('su_theirs');
    expect(ids).not.toContain('su_mine');
  });

  it('keeps the previous objects when the follow-up did not change, and unchanged updates when it did', () => {
    const ydoc = planToYDoc(example);
    const first = read(ydoc);
    expect(read(ydoc, first)).toBe(first);
    const other = cloneDoc(ydoc);
    edit(other, add(update('su_x', 'ex_act_02')));
    deliver(other, ydoc);
    const next = read(ydoc, first);
    expect(next.actions).toBe(first.actions);
    expect(next.plans[0]?.followUp.closures).toBe(first.plans[0]?.followUp.closures);
    expect(next.plans[0]?.followUp.updates[0]).toBe(first.plans[0]?.followUp.updates[0]);
    expect(updatesOf(next).at(-1)?.id).toBe('su_x');
  });
});

describe('a Y.Doc of the earlier mapping (follow-up as one plan field)', () => {
  function legacyDoc(): Y.Doc {
    const ydoc = planToYDoc(example);
    ydoc.transact(() => {
      for (const name of [FOLLOW_UP_SETTINGS_MAP, FOLLOW_UP_UPDATES_MAP, FOLLOW_UP_CLOSURES_MAP]) ydoc.getMap(name).clear();
      ydoc.getMap<Y.Map<unknown>>('c:plans').get(planId)?.set('followUp', plan.followUp);
    });
    return ydoc;
  }

  it('reads as the same document', () => {
    expect(read(legacyDoc())).toEqual(example);
  });

  it('moves to entries on its first follow-up change, on every copy', () => {
    const a = legacyDoc();
    const b = cloneDoc(a);
    const after = edit(a, add(update('su_m', 'ex_act_01')));
    expect(a.getMap<Y.Map<unknown>>('c:plans').get(planId)?.has('followUp')).toBe(false);
    expect(a.getMap(FOLLOW_UP_UPDATES_MAP).size).toBe(plan.followUp.updates.length + 1);
    expect(read(a)).toEqual(after);
    deliver(a, b);
    expect(read(b)).toEqual(after);
  });
});

describe('round trip of random follow-up data', () => {
  const actionIds = example.actions.filter((a) => a.planId === planId).map((a) => a.id);
  const updateArb: fc.Arbitrary<Omit<StatusUpdate, 'id'>> = fc.record({
    actionId: fc.constantFrom(...actionIds),
    periodId: fc.constantFrom('T1', 'T2', 'T3'),
    status: fc.constantFrom(...FOLLOW_UP_STATUSES),
    comment: fc.string({ maxLength: 12 }),
    kpiValues: fc.constant([]),
    spending: fc.subarray([{ source: 'own' as const, amount: 1000 }, { source: 'partner' as const, amount: 0 }, { source: 'external' as const, amount: 250_000 }]),
    expectedDeadline: fc.option(fc.constantFrom('2025-12-31', '2025-06-01')),
    date: fc.integer({ min: 1, max: 12 }).chain((m) => fc.integer({ min: 1, max: 28 }).map((d) => `2025-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)),
    author: fc.string({ maxLength: 8 }),
  });
  const followUpArb: fc.Arbitrary<FollowUp> = fc.record({
    scheme: fc.constantFrom<FollowUp['scheme']>({ kind: 'tertials' }, { kind: 'quarters' }),
    kpiWeighting: fc.constantFrom<FollowUp['kpiWeighting']>('equal', 'cost'),
    updates: fc.uniqueArray(fc.tuple(fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/), updateArb), { maxLength: 25, selector: ([id]) => id }).map((list) => list.map(([id, u]) => ({ id, ...u }))),
    closures: fc.subarray(plan.followUp.closures),
  });
  const withFollowUp = (followUp: FollowUp): PlanDocument => ({ ...example, plans: example.plans.map((p) => (p.id === planId ? { ...p, followUp } : p)) });

  it('plan → Y.Doc → plan is the same document, also after a diff write and on another client', () => {
    fc.assert(
      fc.property(followUpArb, followUpArb, (first, second) => {
        const docA = withFollowUp(first);
        const docB = withFollowUp(second);
        const ydoc = planToYDoc(docA);
        expect(read(ydoc)).toEqual(docA);
        applyPlanToYDoc(ydoc, docA, docB, LOCAL);
        expect(read(ydoc)).toEqual(docB);
        expect(read(cloneDoc(ydoc))).toEqual(docB);
      }),
      { numRuns: Number(process.env['SYNC_RUNS'] ?? 40) },
    );
  });
});
