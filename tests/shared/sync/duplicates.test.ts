// What two planners create offline that the document may hold once: a plan for the same
// year (both click «Opprett plan for 2028»), a tiltak number in one plan (both add «next»).
// The read joins them the same way on every copy, loses nothing, and says what it joined.
import type * as Y from 'yjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanDocument, Scenario } from '@shared/domain';
import { MAX_SCENARIOS } from '@shared/domain/entities';
import { blankAction } from '@shared/domain/factories';
import { integrityErrors } from '@shared/domain/plan-file-integrity';
import { planDocumentSchema } from '@shared/domain/document';
import { addAction, addScenario, createPlan, deleteActions, deletePlan, deleteScenario, setFrame, setPlanStatus, updateStrategy } from '@shared/edits';
import { setKpiWeighting } from '@shared/edits/follow-up';
import { renderMessage } from '@shared/i18n/message';
import { createExampleDocument } from '@shared/templates';
import { applyPlanToYDoc, createPlanReader, duplicateJoins, joinConflicts, joinNotices, resolveJoinConflict, takeConflictValue, yDocToPlan, type JoinConflict, type PlanReader } from '@shared/sync';
import { cloneDoc, deliver, edit, LOCAL, planToYDoc, read, syncAll } from './helpers';

const example = createExampleDocument();
const OLA = { name: 'Ola', at: '2026-03-01T14:30:00Z' };
const KARI = { name: 'Kari', at: '2026-03-01T14:32:00Z' };
const YEAR = example.strategy.periodTo;
const planId = example.plans[0]?.id ?? '';
const scenario: Scenario = { id: 'scn', name: 'Scenario', description: '', frame: null, changes: [], addedActions: [], createdAt: '2026-03-01T14:00:00Z' };

function integrity(doc: PlanDocument): string[] {
  return integrityErrors(doc).map((m) => `${m.code} ${m.where?.path ?? ''}`);
}

function planOf(doc: PlanDocument, year: number) {
  const plans = doc.plans.filter((p) => p.year === year);
  expect(plans).toHaveLength(1);
  return plans[0] ?? { id: '' };
}

describe('two plans for one year', () => {
  it('are read as one (the smaller id), with the tiltak and scenarios of both, on every copy, and a notice names who created the other', () => {
    const kari = planToYDoc(example);
    const ola = cloneDoc(kari);
    edit(kari, (d) => {
      const withPlan = createPlan(d, YEAR, { id: 'plan_b_kari' });
      const withAction = addAction(withPlan, 'plan_b_kari', { id: 'act_kari', title: 'Karis tiltak' });
      const added = { ...blankAction('act_added', 'plan_b_kari', '40'), title: 'Bare i scenarioet' };
      return addScenario(withAction, 'plan_b_kari', { ...scenario, id: 'scn_kari', addedActions: [added] });
    }, KARI);
    edit(ola, (d) => {
      const withPlan = createPlan(d, YEAR, { id: 'plan_a_ola' });
      const withAction = addAction(withPlan, 'plan_a_ola', { id: 'act_ola', title: 'Olas tiltak' });
      return addScenario(withAction, 'plan_a_ola', { ...scenario, id: 'scn_ola' });
    }, OLA);
    syncAll([kari, ola]);
    const a = read(kari);
    const b = read(ola);
    expect(a).toEqual(b);
    expect(integrity(a)).toEqual([]);
    const plan = planOf(a, YEAR);
    expect(plan.id).toBe('plan_a_ola');
    expect(a.actions.filter((x) => x.planId === plan.id).map((x) => x.id).sort()).toEqual(['act_kari', 'act_ola']);
    const scenarios = a.plans.find((p) => p.id === plan.id)?.scenarios ?? [];
    expect(scenarios.map((s) => s.id)).toEqual(['scn_ola', 'scn_kari']);
    expect(scenarios[1]?.addedActions.map((x) => x.planId)).toEqual([plan.id]);
    // Both tiltak got number 1 offline: one keeps it, the other is renumbered.
    expect(a.actions.filter((x) => x.planId === plan.id).map((x) => x.number).sort()).toEqual(['1', '2']);
    const notices = joinNotices(ola);
    expect(notices.map((n) => n.message.code).sort()).toEqual(['sync.joined.number', 'sync.joined.plan']);
    const planNotice = notices.find((n) => n.message.code === 'sync.joined.plan');
    expect(planNotice?.message.params).toMatchObject({ year: YEAR, by: 'Kari', at: KARI.at });
    expect(renderMessage(planNotice?.message ?? { code: '', params: {} }, 'nb', false)).toContain('Kari');
    expect(joinNotices(kari)).toEqual(notices);
  });

  it('an edit of a joined tiltak stays in the joined plan; deleting the other plan ends the join', () => {
    const kari = planToYDoc(example);
    const ola = cloneDoc(kari);
    edit(kari, (d) => addAction(createPlan(d, YEAR, { id: 'plan_b' }), 'plan_b', { id: 'act_b', title: 'B', number: '7' }), KARI);
    edit(ola, (d) => addAction(createPlan(d, YEAR, { id: 'plan_a' }), 'plan_a', { id: 'act_a', title: 'A', number: '3' }), OLA);
    syncAll([kari, ola]);
    edit(kari, (d) => ({ ...d, actions: d.actions.map((x) => (x.id === 'act_b' ? { ...x, title: 'B2' } : x)) }), KARI);
    syncAll([kari, ola]);
    const doc = read(ola);
    expect(doc.actions.find((x) => x.id === 'act_b')).toMatchObject({ planId: 'plan_a', title: 'B2', number: '7' });
    expect(joinNotices(ola).map((n) => n.message.code)).toEqual(['sync.joined.plan']);
  });
});

describe('what a joined plan brought', () => {
  it('its oppfølging survives deleting another plan, and deleting one of its scenarios or status updates sticks on every copy', () => {
    const kari = planToYDoc(example);
    const ola = cloneDoc(kari);
    const basis = example.plans[0];
    const update = basis?.followUp.updates[0];
    if (!basis || !update) throw new Error('the example plan has status updates');
    // Kari's copy made its own plan for the same year (a larger id: it is joined into the example's).
    edit(kari, (d) => ({ ...d, plans: [...d.plans, { ...basis, id: 'zz_plan', scenarios: [{ ...scenario, id: 'scn_zz' }], followUp: { ...basis.followUp, updates: [{ ...update, id: 'upd_zz' }], closures: [] } }] }), KARI);
    syncAll([kari, ola]);
    const kept = (d: PlanDocument) => d.plans.find((p) => p.id === basis.id);
    expect(kept(read(ola))?.followUp.updates.map((u) => u.id)).toContain('upd_zz');
    edit(ola, (d) => createPlan(d, YEAR, { id: 'plan_new' }), OLA);
    edit(ola, (d) => deletePlan(d, 'plan_new'), OLA);
    syncAll([kari, ola]);
    expect(kept(read(kari))?.followUp.updates.map((u) => u.id)).toContain('upd_zz');
    edit(ola, (d) => ({ ...d, plans: d.plans.map((p) => (p.id === basis.id ? { ...p, scenarios: p.scenarios.filter((x) => x.id !== 'scn_zz') } : p)) }), OLA);
    edit(ola, (d) => ({ ...d, plans: d.plans.map((p) => (p.id === basis.id ? { ...p, followUp: { ...p.followUp, updates: p.followUp.updates.filter((u) => u.id !== 'upd_zz') } } : p)) }), OLA);
    syncAll([kari, ola]);
    for (const copy of [kari, ola]) {
      const doc = read(copy);
      expect(kept(doc)?.scenarios.map((x) => x.id)).not.toContain('scn_zz');
      expect(kept(doc)?.followUp.updates.map((u) => u.id)).not.toContain('upd_zz');
      expect(kept(doc)?.followUp.updates).toHaveLength(basis.followUp.updates.length);
    }
  });
});

describe('a plan made for a year a concurrent period change leaves out', () => {
  it('widens the period as read, on every copy, with a notice naming who made the plan', () => {
    const kari = planToYDoc(example);
    const ola = cloneDoc(kari);
    edit(kari, (d) => updateStrategy(d, { periodTo: YEAR - 1 }), KARI);
    edit(ola, (d) => createPlan(d, YEAR, { id: 'plan_ola' }), OLA);
    syncAll([kari, ola]);
    const doc = read(kari);
    expect(doc).toEqual(read(ola));
    expect(integrity(doc)).toEqual([]);
    expect(doc.strategy.periodTo).toBe(YEAR);
    expect(joinNotices(kari).map((n) => n.message)).toEqual([{ code: 'sync.joined.period', params: { year: YEAR, from: example.strategy.periodFrom, to: YEAR, by: 'Ola', at: OLA.at } }]);
    // Deleting the plan ends it: the period Kari set stands.
    edit(kari, (d) => deletePlan(d, 'plan_ola'), KARI);
    syncAll([kari, ola]);
    expect(read(ola).strategy.periodTo).toBe(YEAR - 1);
    expect(joinNotices(ola)).toEqual([]);
  });
});

describe('two tiltak with one number in a plan', () => {
  it('the later one in the list gets the next free number, the same on every copy, with a notice', () => {
    const kari = planToYDoc(example);
    const ola = cloneDoc(kari);
    edit(kari, (d) => addAction(d, planId, { id: 'act_k', title: 'Kurs', number: '9.5' }), KARI);
    edit(ola, (d) => addAction(d, planId, { id: 'act_o', title: 'Opplæring', number: '9.5' }), OLA);
    syncAll([kari, ola]);
    const a = read(kari);
    expect(a).toEqual(read(ola));
    expect(integrity(a)).toEqual([]);
    const numbers = a.actions.filter((x) => x.id === 'act_k' || x.id === 'act_o').map((x) => x.number).sort();
    expect(numbers).toEqual(['9.5', '9.6']);
    const joins = duplicateJoins(read(kari)).length;
    expect(joins).toBe(0);
    const [notice] = joinNotices(kari);
    expect(notice?.message).toMatchObject({ code: 'sync.joined.number', params: { from: '9.5', to: '9.6' } });
  });

  it('a number without trailing digits gets a suffix', () => {
    const kari = planToYDoc(example);
    const ola = cloneDoc(kari);
    edit(kari, (d) => addAction(d, planId, { id: 'act_k', title: 'K', number: 'A' }), KARI);
    edit(ola, (d) => addAction(d, planId, { id: 'act_o', title: 'O', number: 'A' }), OLA);
    syncAll([kari, ola]);
    expect(read(kari).actions.filter((x) => x.number.startsWith('A')).map((x) => x.number).sort()).toEqual(['A', 'A-2']);
  });
});

/** One planner's copy: its Y.Doc, an incremental reader told every transaction, and the document it holds. */
interface Copy {
  ydoc: Y.Doc;
  reader: PlanReader;
  doc: PlanDocument;
}

type Op =
  | { kind: 'createPlan'; copy: number; year: number }
  | { kind: 'addAction'; copy: number; plan: number; number: string | null }
  | { kind: 'deletePlan'; copy: number; plan: number }
  | { kind: 'deleteAction'; copy: number; action: number }
  | { kind: 'addScenario'; copy: number; plan: number; added: boolean }
  | { kind: 'deleteScenario'; copy: number; plan: number; scenario: number }
  | { kind: 'period'; copy: number; from: number; to: number }
  | { kind: 'send'; copy: number; toRelay: boolean }
  | { kind: 'manyScenarios'; copy: number; year: number; count: number }
  | { kind: 'planField'; copy: number; year: number; field: 'frame' | 'status' | 'weighting'; value: number }
  | { kind: 'closeJoined'; copy: number; index: number; take: boolean };

function holdOf(copy: Copy): PlanDocument {
  const result = copy.reader.read(copy.doc);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  copy.doc = result.doc;
  return result.doc;
}

function localEdit(copy: Copy, fn: (doc: PlanDocument) => PlanDocument): void {
  const before = holdOf(copy);
  let after: PlanDocument;
  try {
    after = fn(before);
  } catch {
    return; // The edit refuses (a plan for the year exists, an adopted plan …): nothing written.
  }
  applyPlanToYDoc(copy.ydoc, before, after, LOCAL, OLA);
  copy.doc = after;
}

/** «Bruk denne verdien» (take) or «Behold gjeldende» on a joined plan's field, as the app does it. */
function closeJoined(copy: Copy, conflict: JoinConflict, take: boolean): void {
  if (take) localEdit(copy, (d) => takeConflictValue(d, conflict));
  resolveJoinConflict(copy.ydoc, conflict);
}

describe('property: concurrent plans, numbers, scenarios, plan fields, period changes and deletions merged through a relay', () => {
  it('every copy holds the same document with the same joined-field conflicts, it passes the schema and the integrity check, the incremental read equals the full read, and taking the conflicts converges', () => {
    const from = example.strategy.periodFrom;
    const to = example.strategy.periodTo;
    const op: fc.Arbitrary<Op> = fc.oneof(
      { arbitrary: fc.record({ kind: fc.constant('createPlan' as const), copy: fc.nat(2), year: fc.integer({ min: from, max: to }) }), weight: 4 },
      { arbitrary: fc.record({ kind: fc.constant('addAction' as const), copy: fc.nat(2), plan: fc.nat(2), number: fc.option(fc.constantFrom('1.5', '1.6', 'A'), { nil: null }) }), weight: 4 },
      { arbitrary: fc.record({ kind: fc.constant('deletePlan' as const), copy: fc.nat(2), plan: fc.nat(5) }), weight: 1 },
      { arbitrary: fc.record({ kind: fc.constant('deleteAction' as const), copy: fc.nat(2), action: fc.nat(50) }), weight: 1 },
      { arbitrary: fc.record({ kind: fc.constant('addScenario' as const), copy: fc.nat(2), plan: fc.nat(2), added: fc.boolean() }), weight: 2 },
      { arbitrary: fc.record({ kind: fc.constant('deleteScenario' as const), copy: fc.nat(2), plan: fc.nat(2), scenario: fc.nat(3) }), weight: 1 },
      { arbitrary: fc.record({ kind: fc.constant('period' as const), copy: fc.nat(2), from: fc.integer({ min: from, max: from + 1 }), to: fc.integer({ min: to - 2, max: to }) }), weight: 1 },
      { arbitrary: fc.record({ kind: fc.constant('send' as const), copy: fc.nat(2), toRelay: fc.boolean() }), weight: 3 },
      // Enough scenarios that two joined plans hold more than a plan may.
      { arbitrary: fc.record({ kind: fc.constant('manyScenarios' as const), copy: fc.nat(2), year: fc.integer({ min: from, max: to }), count: fc.integer({ min: 40, max: MAX_SCENARIOS }) }), weight: 2 },
      { arbitrary: fc.record({ kind: fc.constant('planField' as const), copy: fc.nat(2), year: fc.integer({ min: from, max: to }), field: fc.constantFrom('frame' as const, 'status' as const, 'weighting' as const), value: fc.nat(2) }), weight: 3 },
      { arbitrary: fc.record({ kind: fc.constant('closeJoined' as const), copy: fc.nat(2), index: fc.nat(5), take: fc.boolean() }), weight: 2 },
    );
    const twinStart = fc.record({
      year: fc.integer({ min: from + 1, max: to }),
      copies: fc.array(fc.record({ frame: fc.option(fc.nat(2), { nil: null }), review: fc.boolean(), cost: fc.boolean(), scenarios: fc.integer({ min: 0, max: 70 }) }), { minLength: 3, maxLength: 3 }),
    });
    fc.assert(
      // Most runs start with two planners each creating the plan for one year offline (the case the join is for).
      fc.property(fc.integer({ min: 2, max: 3 }), fc.option(twinStart, { nil: null, freq: 4 }), fc.array(op, { maxLength: 30 }), (count, twin, ops) => {
        const relay = planToYDoc(example);
        const copies: Copy[] = [];
        for (let i = 0; i < count; i += 1) {
          const ydoc = cloneDoc(relay);
          const reader = createPlanReader(ydoc);
          ydoc.on('update', (_u: Uint8Array, _o: unknown, _d: Y.Doc, transaction: Y.Transaction) => reader.track(transaction));
          copies.push({ ydoc, reader, doc: read(ydoc) });
        }
        // Each planner creates the plan for the year offline, sets its own fields and scenarios.
        if (twin !== null) {
          for (const [n, copy] of copies.entries()) {
            const own = twin.copies[n];
            const planId = `plan_twin_${n}`;
            localEdit(copy, (d) => createPlan(d, twin.year, { id: planId }));
            if (!own) continue;
            localEdit(copy, (d) => {
              let doc = own.frame === null ? d : setFrame(d, planId, { ownFunds: own.frame * 1000 });
              if (own.review) doc = setPlanStatus(doc, planId, 'review');
              if (own.cost) doc = setKpiWeighting(doc, planId, 'cost');
              return Array.from({ length: own.scenarios }, (_, i) => ({ ...scenario, id: `scn_twin_${n}_${i}`, name: `S ${n} ${i}` })).reduce((x, sc) => addScenario(x, planId, sc), doc);
            });
          }
        }
        ops.forEach((o, step) => {
          const copy = copies[o.copy % count];
          if (!copy) return;
          const id = `${o.copy % count}_${step}`;
          switch (o.kind) {
            case 'createPlan':
              localEdit(copy, (d) => createPlan(d, o.year, { id: `plan_${id}` }));
              break;
            case 'addAction':
              localEdit(copy, (d) => {
                const plan = d.plans[o.plan % Math.max(1, d.plans.length)];
                if (!plan) return d;
                return addAction(d, plan.id, o.number === null ? { id: `act_${id}`, title: `T ${id}` } : { id: `act_${id}`, title: `T ${id}`, number: o.number });
              });
              break;
            case 'deletePlan':
              localEdit(copy, (d) => {
                const plan = d.plans[o.plan % Math.max(1, d.plans.length)];
                return plan ? deletePlan(d, plan.id) : d;
              });
              break;
            case 'deleteAction':
              localEdit(copy, (d) => {
                const action = d.actions[o.action % Math.max(1, d.actions.length)];
                return action ? deleteActions(d, [action.id]) : d;
              });
              break;
            case 'addScenario':
              localEdit(copy, (d) => {
                const plan = d.plans[o.plan % Math.max(1, d.plans.length)];
                if (!plan) return d;
                // A scenario with a tiltak of its own (tillagt tiltak) that points at its plan.
                const addedActions = o.added ? [{ ...blankAction(`sact_${id}`, plan.id, '90'), title: `S ${id}` }] : [];
                return addScenario(d, plan.id, { ...scenario, id: `scn_${id}`, addedActions });
              });
              break;
            case 'deleteScenario':
              localEdit(copy, (d) => {
                const plan = d.plans[o.plan % Math.max(1, d.plans.length)];
                const gone = plan?.scenarios[o.scenario % Math.max(1, plan.scenarios.length)];
                return plan && gone ? deleteScenario(d, plan.id, gone.id) : d;
              });
              break;
            case 'period':
              localEdit(copy, (d) => updateStrategy(d, { periodFrom: o.from, periodTo: o.to }));
              break;
            case 'send':
              if (o.toRelay) deliver(copy.ydoc, relay);
              else deliver(relay, copy.ydoc);
              holdOf(copy);
              break;
            case 'manyScenarios':
              localEdit(copy, (d) => {
                const plan = d.plans.find((p) => p.year === o.year);
                if (!plan) return d;
                const room = Math.min(o.count, MAX_SCENARIOS - plan.scenarios.length);
                return Array.from({ length: room }, (_, i) => ({ ...scenario, id: `scn_${id}_${i}`, name: `S ${id} ${i}` })).reduce((doc, x) => addScenario(doc, plan.id, x), d);
              });
              break;
            case 'planField':
              localEdit(copy, (d) => {
                const plan = d.plans.find((p) => p.year === o.year);
                if (!plan) return d;
                if (o.field === 'frame') return setFrame(d, plan.id, { ownFunds: o.value * 1000 });
                if (o.field === 'status') return setPlanStatus(d, plan.id, o.value === 0 ? 'draft' : 'review');
                return setKpiWeighting(d, plan.id, o.value === 0 ? 'equal' : 'cost');
              });
              break;
            case 'closeJoined': {
              const list = joinConflicts(copy.ydoc);
              const conflict = list[o.index % Math.max(1, list.length)];
              if (conflict) closeJoined(copy, conflict, o.take);
              break;
            }
          }
        });
        for (const copy of copies) deliver(copy.ydoc, relay);
        for (const copy of copies) deliver(relay, copy.ydoc);
        const full = copies.map((c) => read(c.ydoc));
        const first = full[0];
        for (const [i, copy] of copies.entries()) {
          expect(planDocumentSchema.safeParse(full[i]).success).toBe(true);
          expect(integrity(full[i] ?? example)).toEqual([]);
          expect(full[i]).toEqual(first);
          expect(holdOf(copy)).toEqual(full[i]);
          expect(joinNotices(copy.ydoc)).toEqual(joinNotices(copies[0]?.ydoc ?? relay));
          expect(joinConflicts(copy.ydoc)).toEqual(joinConflicts(copies[0]?.ydoc ?? relay));
        }
        expect(yDocToPlan(relay).ok && integrity(read(relay))).toEqual([]);
        // Without deletions nothing anyone added is lost: every tiltak and scenario is in the merged document,
        // or (a plan too full to hold it) named in a notice and kept in the Y.Doc.
        if (!ops.some((o) => o.kind.startsWith('delete'))) {
          const raw = yDocToPlan(copies[0]?.ydoc ?? relay, undefined, { join: false });
          const leftOut = raw.ok ? duplicateJoins(raw.doc).flatMap((j) => (j.kind === 'overflow' ? j.ids : [])) : [];
          expect(leftOut.length === 0 || joinNotices(copies[0]?.ydoc ?? relay).some((n) => n.message.code === 'sync.joined.overflowScenarios')).toBe(true);
          const held = new Set([...(first?.actions ?? []).map((a) => a.id), ...(first?.plans ?? []).flatMap((p) => p.scenarios.map((x) => x.id)), ...leftOut]);
          const made = copies.flatMap((c) => [...c.ydoc.getMap('c:actions').keys()]);
          for (const id of made) expect(held).toContain(id);
          for (const plan of copies[0]?.ydoc.getMap<Y.Map<unknown>>('c:plans').values() ?? []) {
            const scenarios: unknown = plan.get('scenarios');
            for (const x of Array.isArray(scenarios) ? scenarios : []) expect(held).toContain(Reflect.get(x, 'id'));
          }
        }
        // One planner takes every joined plan's differing field: every copy converges, with none left open.
        const taker = copies[count - 1];
        if (taker) for (const conflict of joinConflicts(taker.ydoc)) closeJoined(taker, conflict, true);
        for (const copy of copies) deliver(copy.ydoc, relay);
        for (const copy of copies) deliver(relay, copy.ydoc);
        const taken = copies.map((c) => read(c.ydoc));
        for (const [i, copy] of copies.entries()) {
          expect(taken[i]).toEqual(taken[0]);
          expect(planDocumentSchema.safeParse(taken[i]).success).toBe(true);
          expect(joinConflicts(copy.ydoc)).toEqual([]);
        }
      }),
      { numRuns: Number(process.env['SYNC_RUNS'] ?? 30) },
    );
  });
});
