// What a concurrent deletion can leave hanging: Kari deletes an innsatsområde (a satsing, an
// aktør, a plan …) while Ola, offline, puts something under it or links something to it.
// The deletion wins, the app never holds a document the plan file would refuse, the full
// and the incremental read agree, and Ola's work is offered back («Gjenopprett»).
import * as Y from 'yjs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain';
import { integrityErrors } from '@shared/domain/plan-file-integrity';
import { addStrategyItem, deleteStrategyItem } from '@shared/edits';
import { createExampleDocument } from '@shared/templates';
import { createPlanReader, deleteAnyway, readCollection, readConflicts, readDeleteConflicts, resolveConflict, restoreDeletedEntity, SYNC_COLLECTIONS, watchConflicts, withoutDangling, yDocToPlan, type DeleteConflict } from '@shared/sync';
import { cloneDoc, deliver, edit, planToYDoc, read, syncAll } from './helpers';

const example = createExampleDocument();
const OLA = { name: 'Ola', at: '2026-03-01T14:30:00Z' };
const KARI = { name: 'Kari', at: '2026-03-01T14:32:00Z' };

function missing(what: string): never {
  throw new Error(what);
}

const [area, otherArea] = example.strategy.focusAreas;
if (!area || !otherArea) missing('the example has two innsatsområder');
const initiative = example.strategy.initiatives.find((i) => i.focusAreaId === area.id) ?? missing('a satsing under the area');
const action = example.actions[0] ?? missing('a tiltak');

/** Kari (first copy) makes her edit, Ola (second, offline) his; then both reach each other. */
function concurrently(kari: (d: PlanDocument) => PlanDocument, ola: (d: PlanDocument) => PlanDocument) {
  const kariDoc = planToYDoc(example);
  const olaDoc = cloneDoc(kariDoc);
  watchConflicts(kariDoc);
  watchConflicts(olaDoc);
  const reader = createPlanReader(olaDoc);
  olaDoc.on('update', (_u: Uint8Array, _o: unknown, _d: Y.Doc, transaction: Y.Transaction) => reader.track(transaction));
  edit(kariDoc, kari, KARI);
  const olaHad = edit(olaDoc, ola, OLA);
  const base = read(olaDoc);
  syncAll([kariDoc, olaDoc]);
  syncAll([kariDoc, olaDoc]);
  const incremental = reader.read(base);
  return { kariDoc, olaDoc, olaHad, incremental };
}

function onlyConflict(ydoc: Y.Doc): DeleteConflict {
  const conflicts = readDeleteConflicts(ydoc);
  expect(conflicts).toHaveLength(1);
  return conflicts[0] ?? missing('a conflict');
}

function expectIntact(doc: PlanDocument): void {
  expect(integrityErrors(doc).map((m) => `${m.code} ${m.where?.path ?? ''}`)).toEqual([]);
}

/** The raw record of every entity in the Y.Doc equals what the read shows of it, or the read leaves it out because its own record is gone too. */
function expectNothingHidden(ydoc: Y.Doc, only?: ReadonlySet<string>): void {
  const shown = yDocToPlan(ydoc, undefined, { join: false });
  if (!shown.ok) throw new Error('invalid');
  for (const collection of SYNC_COLLECTIONS) {
    if (collection.key === 'c:plans') continue;
    const held = new Map(readCollection(shown.doc, collection).map((e) => [Reflect.get(Object(e), 'id'), e]));
    for (const [id, entity] of ydoc.getMap<unknown>(collection.key).entries()) {
      if (!(entity instanceof Y.Map) || (only && !only.has(`${collection.key}/${id}`))) continue;
      const raw = Object.fromEntries([...entity.entries()].filter(([k]) => !k.startsWith('$')));
      expect({ key: `${collection.key}/${id}`, raw }).toEqual({ key: `${collection.key}/${id}`, raw: held.get(id) });
    }
  }
}

const newInitiative = { ...initiative, id: 'sat_ola', name: 'Olas satsing' };
const deleteArea = (d: PlanDocument) => deleteStrategyItem(d, 'focusAreas', area.id, { moveTo: { kind: 'focusArea', id: otherArea.id } });

describe('a deletion that leaves something a colleague made hanging', () => {
  it('a satsing added under a deleted innsatsområde is not held; the conflict names it and «Gjenopprett» brings the area back with it', () => {
    const { kariDoc, olaDoc, olaHad, incremental } = concurrently(deleteArea, (d) => addStrategyItem(d, 'initiatives', newInitiative));
    for (const ydoc of [kariDoc, olaDoc]) {
      const doc = read(ydoc);
      expect(doc.strategy.initiatives.some((i) => i.id === 'sat_ola')).toBe(false);
      expect(doc.strategy.focusAreas.some((f) => f.id === area.id)).toBe(false);
      expectIntact(doc);
    }
    expect(incremental.ok && incremental.doc).toEqual(read(olaDoc));
    const conflict = onlyConflict(kariDoc);
    expect(onlyConflict(olaDoc).key).toBe(conflict.key);
    expect(conflict).toMatchObject({ collection: 'c:strategy.focusAreas', entityId: area.id, changedFields: [], deletedBy: 'Kari', editedBy: 'Ola' });
    expect(conflict.hanging?.map((h) => [h.collection, h.entityId, h.fields])).toEqual([['c:strategy.initiatives', 'sat_ola', ['focusAreaId']]]);
    const restored = edit(kariDoc, (d) => restoreDeletedEntity(d, conflict), KARI);
    expect(restored.strategy.initiatives.find((i) => i.id === 'sat_ola')).toEqual(olaHad.strategy.initiatives.find((i) => i.id === 'sat_ola'));
    expectIntact(restored);
    syncAll([kariDoc, olaDoc]);
    expect(read(olaDoc).strategy.focusAreas.some((f) => f.id === area.id)).toBe(true);
    expect(read(olaDoc).strategy.initiatives.some((i) => i.id === 'sat_ola')).toBe(true);
  });

  it('a satsing moved to a deleted innsatsområde is named the same way', () => {
    const moved = example.strategy.initiatives.find((i) => i.focusAreaId === otherArea.id) ?? missing('a satsing elsewhere');
    const { olaDoc } = concurrently(deleteArea, (d) => ({ ...d, strategy: { ...d.strategy, initiatives: d.strategy.initiatives.map((i) => (i.id === moved.id ? { ...i, focusAreaId: area.id } : i)) } }));
    expectIntact(read(olaDoc));
    expect(onlyConflict(olaDoc).hanging?.map((h) => h.entityId)).toEqual([moved.id]);
  });

  it('a tiltak linked to a deleted satsing keeps its other links; «Gjenopprett» puts the satsing and the link back', () => {
    const linked = example.strategy.initiatives.find((i) => !action.initiativeIds.includes(i.id)) ?? missing('another satsing');
    const deleteIt = (d: PlanDocument) => deleteStrategyItem(d, 'initiatives', linked.id, { moveTo: { kind: 'focusArea', id: otherArea.id } });
    const link = (d: PlanDocument) => ({ ...d, actions: d.actions.map((a) => (a.id === action.id ? { ...a, initiativeIds: [...a.initiativeIds, linked.id] } : a)) });
    const { kariDoc, olaDoc, incremental } = concurrently(deleteIt, link);
    const held = read(olaDoc).actions.find((a) => a.id === action.id);
    expect(held?.initiativeIds).toEqual(action.initiativeIds);
    expect(incremental.ok && incremental.doc).toEqual(read(olaDoc));
    expectIntact(read(kariDoc));
    const conflict = onlyConflict(olaDoc);
    expect(conflict.hanging?.map((h) => [h.entityId, h.fields])).toEqual([[action.id, ['initiativeIds']]]);
    const restored = edit(olaDoc, (d) => restoreDeletedEntity(d, conflict), OLA);
    expect(restored.actions.find((a) => a.id === action.id)?.initiativeIds).toEqual([...action.initiativeIds, linked.id]);
    expectIntact(restored);
  });

  it('an aktør deleted while a colleague made it a partner: the link is dropped and offered back', () => {
    const actor = example.strategy.actors.find((a) => !action.partnerIds.includes(a.id)) ?? missing('an aktør not partner of the tiltak');
    const { olaDoc } = concurrently(
      (d) => deleteStrategyItem(d, 'actors', actor.id, { detach: true }),
      (d) => ({ ...d, actions: d.actions.map((a) => (a.id === action.id ? { ...a, partnerIds: [...a.partnerIds, actor.id] } : a)) }),
    );
    expect(read(olaDoc).actions.find((a) => a.id === action.id)?.partnerIds).toEqual(action.partnerIds);
    expectIntact(read(olaDoc));
    expect(onlyConflict(olaDoc).hanging?.map((h) => h.fields)).toEqual([['partnerIds']]);
  });

  it('«Slett likevel» deletes the hanging satsing from the Y.Doc on every copy, as an ordinary deletion, and closes the conflict', () => {
    const { kariDoc, olaDoc } = concurrently(deleteArea, (d) => addStrategyItem(d, 'initiatives', newInitiative));
    const conflict = onlyConflict(kariDoc);
    const shown = read(kariDoc);
    expect(kariDoc.getMap('c:strategy.initiatives').has('sat_ola')).toBe(true);
    deleteAnyway(kariDoc, conflict, KARI);
    syncAll([kariDoc, olaDoc]);
    for (const ydoc of [kariDoc, olaDoc]) {
      expect(ydoc.getMap('c:strategy.initiatives').has('sat_ola')).toBe(false);
      expect(readDeleteConflicts(ydoc)).toEqual([]);
      expect(read(ydoc)).toEqual(shown);
      expectIntact(read(ydoc));
      expectNothingHidden(ydoc);
    }
    expect(Y.encodeStateVector(kariDoc)).toEqual(Y.encodeStateVector(olaDoc));
    expect([...kariDoc.getMap('$deleted').values()].some((r) => typeof r === 'object' && r !== null && Reflect.get(r, 'entityId') === 'sat_ola' && Reflect.get(r, 'by') === 'Kari')).toBe(true);
  });

  it('«Slett likevel» writes a tiltak\'s links without the deleted satsing, and unlinks every tiltak from a satsing that goes with its innsatsområde', () => {
    const linked = example.strategy.initiatives.find((i) => !action.initiativeIds.includes(i.id)) ?? missing('another satsing');
    const deleteIt = (d: PlanDocument) => deleteStrategyItem(d, 'initiatives', linked.id, { moveTo: { kind: 'focusArea', id: otherArea.id } });
    const link = (d: PlanDocument) => ({ ...d, actions: d.actions.map((a) => (a.id === action.id ? { ...a, initiativeIds: [...a.initiativeIds, linked.id] } : a)) });
    const { kariDoc, olaDoc } = concurrently(deleteIt, link);
    deleteAnyway(olaDoc, onlyConflict(olaDoc), OLA);
    syncAll([kariDoc, olaDoc]);
    for (const ydoc of [kariDoc, olaDoc]) {
      const tiltak = ydoc.getMap('c:actions').get(action.id);
      expect(tiltak instanceof Y.Map && tiltak.get('initiativeIds')).toEqual(action.initiativeIds);
      expectNothingHidden(ydoc);
    }
    // A satsing Ola moved into the area, with a tiltak linked to it before: both settled.
    const moved = example.strategy.initiatives.find((i) => i.focusAreaId === otherArea.id) ?? missing('a satsing elsewhere');
    const withLink = (d: PlanDocument) => ({ ...d, actions: d.actions.map((a) => (a.id === action.id ? { ...a, initiativeIds: [...new Set([...a.initiativeIds, moved.id])] } : a)) });
    const moveIt = (d: PlanDocument) => ({ ...d, strategy: { ...d.strategy, initiatives: d.strategy.initiatives.map((i) => (i.id === moved.id ? { ...i, focusAreaId: area.id } : i)) } });
    const kari = planToYDoc(withLink(example));
    const ola = cloneDoc(kari);
    watchConflicts(kari);
    watchConflicts(ola);
    edit(kari, deleteArea, KARI);
    edit(ola, moveIt, OLA);
    syncAll([kari, ola]);
    syncAll([kari, ola]);
    deleteAnyway(ola, onlyConflict(ola), OLA);
    syncAll([kari, ola]);
    for (const ydoc of [kari, ola]) {
      expect(ydoc.getMap('c:strategy.initiatives').has(moved.id)).toBe(false);
      expectNothingHidden(ydoc);
      expectIntact(read(ydoc));
    }
  });

  it('a colleague\'s edit of the satsing made after «Gjenopprett» on his copy, while the other copy took «Slett likevel», is offered back as a conflict of its own', () => {
    const { kariDoc, olaDoc } = concurrently(deleteArea, (d) => addStrategyItem(d, 'initiatives', newInitiative));
    const conflict = onlyConflict(olaDoc);
    // Ola, offline: restores, then renames his satsing. Kari: «Slett likevel».
    edit(olaDoc, (d) => restoreDeletedEntity(d, conflict), OLA);
    resolveConflict(olaDoc, conflict.key);
    edit(olaDoc, (d) => ({ ...d, strategy: { ...d.strategy, initiatives: d.strategy.initiatives.map((i) => (i.id === 'sat_ola' ? { ...i, name: 'Olas nye navn' } : i)) } }), OLA);
    deleteAnyway(kariDoc, conflict, KARI);
    syncAll([kariDoc, olaDoc]);
    syncAll([kariDoc, olaDoc]);
    const again = onlyConflict(kariDoc);
    expect(onlyConflict(olaDoc).key).toBe(again.key);
    expect(again).toMatchObject({ collection: 'c:strategy.initiatives', entityId: 'sat_ola', deletedBy: 'Kari', editedBy: 'Ola', changedFields: ['name'] });
    const restored = edit(olaDoc, (d) => restoreDeletedEntity(d, again), OLA);
    expect(restored.strategy.initiatives.find((i) => i.id === 'sat_ola')?.name).toBe('Olas nye navn');
    expectIntact(restored);
  });

  it('withoutDangling returns the document itself when nothing hangs', () => {
    expect(withoutDangling(example)).toBe(example);
  });
});

// Random concurrent deletions and additions on two copies: after the merge each copy's document passes the integrity check, and the incremental read equals the full one.
type Op =
  | { kind: 'deleteArea' | 'deleteInitiative' | 'deleteGuiding' | 'deleteActor' | 'deleteProject' | 'deletePlan' | 'deleteSubGoals'; index: number }
  | { kind: 'addInitiative' | 'moveInitiative'; index: number; target: number }
  | { kind: 'linkAction'; index: number; target: number; what: 'initiative' | 'area' | 'subGoal' | 'guiding' | 'actor' | 'project' | 'funding' }
  | { kind: 'addAction'; target: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('deleteArea', 'deleteInitiative', 'deleteGuiding', 'deleteActor', 'deleteProject', 'deletePlan', 'deleteSubGoals'), index: fc.nat(20) }),
  fc.record({ kind: fc.constantFrom('addInitiative', 'moveInitiative'), index: fc.nat(20), target: fc.nat(20) }),
  fc.record({ kind: fc.constant('linkAction'), index: fc.nat(40), target: fc.nat(20), what: fc.constantFrom('initiative', 'area', 'subGoal', 'guiding', 'actor', 'project', 'funding') }),
  fc.record({ kind: fc.constant('addAction'), target: fc.nat(20) }),
) as fc.Arbitrary<Op>;

function pick<T>(list: readonly T[], index: number): T | undefined {
  return list.length === 0 ? undefined : list[index % list.length];
}

/** One planner's edit, made as plainly as an edit can (no clean-up of links: the merge must cope). */
function apply(doc: PlanDocument, o: Op, serial: string): PlanDocument {
  const s = doc.strategy;
  const without = <K extends 'focusAreas' | 'initiatives' | 'guidingStrategies' | 'actors' | 'crossCuttingProjects'>(key: K, index: number): PlanDocument => {
    const list: readonly { id: string }[] = s[key];
    const gone = pick(list, index);
    return gone ? { ...doc, strategy: { ...s, [key]: list.filter((x) => x !== gone) } } : doc;
  };
  switch (o.kind) {
    case 'deleteArea':
      return without('focusAreas', o.index);
    case 'deleteInitiative':
      return without('initiatives', o.index);
    case 'deleteGuiding':
      return without('guidingStrategies', o.index);
    case 'deleteActor':
      return without('actors', o.index);
    case 'deleteProject':
      return without('crossCuttingProjects', o.index);
    case 'deleteSubGoals': {
      const target = pick(s.focusAreas, o.index);
      return target ? { ...doc, strategy: { ...s, focusAreas: s.focusAreas.map((f) => (f === target ? { ...f, subGoals: [] } : f)) } } : doc;
    }
    case 'deletePlan': {
      const plan = pick(doc.plans, o.index);
      return plan ? { ...doc, plans: doc.plans.filter((p) => p !== plan), actions: doc.actions.filter((a) => a.planId !== plan.id) } : doc;
    }
    case 'addInitiative': {
      const under = pick(s.focusAreas, o.target);
      const model = s.initiatives[0] ?? initiative;
      return under ? { ...doc, strategy: { ...s, initiatives: [...s.initiatives, { ...model, id: `sat_${serial}`, name: `Satsing ${serial}`, focusAreaId: under.id }] } } : doc;
    }
    case 'moveInitiative': {
      const moved = pick(s.initiatives, o.index);
      const to = pick(s.focusAreas, o.target);
      return moved && to ? { ...doc, strategy: { ...s, initiatives: s.initiatives.map((i) => (i === moved ? { ...i, focusAreaId: to.id } : i)) } } : doc;
    }
    case 'addAction': {
      const plan = pick(doc.plans, o.target);
      const to = pick(s.initiatives, o.target);
      return plan ? { ...doc, actions: [...doc.actions, { ...action, id: `act_${serial}`, planId: plan.id, number: `n${serial}`, initiativeIds: to ? [to.id] : [], funding: [] }] } : doc;
    }
    case 'linkAction': {
      const target = pick(doc.actions, o.index);
      if (!target) return doc;
      const ids = (list: readonly { id: string }[]) => pick(list, o.target)?.id;
      const subGoal = ids(s.focusAreas.flatMap((f) => f.subGoals));
      const patch = (() => {
        switch (o.what) {
          case 'initiative': { const id = ids(s.initiatives); return id === undefined ? {} : { initiativeIds: [...new Set([...target.initiativeIds, id])] }; }
          case 'area': { const id = ids(s.focusAreas); return id === undefined ? {} : { focusAreaIds: [...new Set([...target.focusAreaIds, id])] }; }
          case 'subGoal': return subGoal === undefined ? {} : { subGoalIds: [...new Set([...target.subGoalIds, subGoal])] };
          case 'guiding': { const id = ids(s.guidingStrategies); return id === undefined ? {} : { guidingStrategyIds: [...new Set([...target.guidingStrategyIds, id])] }; }
          case 'actor': { const id = ids(s.actors); return id === undefined ? {} : { partnerIds: [...new Set([...target.partnerIds, id])] }; }
          case 'project': { const id = ids(s.crossCuttingProjects); return id === undefined ? {} : { crossCuttingProjectId: id }; }
          case 'funding': { const id = ids(s.actors); return id === undefined ? {} : { funding: [{ id: `fl_${serial}`, source: 'partner' as const, actorId: id, amount: 1000, status: 'confirmed' as const }] }; }
        }
        return {};
      })();
      return { ...doc, actions: doc.actions.map((a) => (a === target ? { ...a, ...patch } : a)) };
    }
  }
}

/** A copy that reads incrementally, like the app. */
function copyOf(source: Y.Doc | null) {
  const ydoc = source === null ? planToYDoc(example) : cloneDoc(source);
  const reader = createPlanReader(ydoc);
  ydoc.on('update', (_u: Uint8Array, _o: unknown, _d: Y.Doc, transaction: Y.Transaction) => reader.track(transaction));
  watchConflicts(ydoc);
  let held = read(ydoc);
  return {
    ydoc,
    edit(o: Op, serial: string) {
      const next = apply(held, o, serial);
      edit(ydoc, () => next);
      held = read(ydoc);
    },
    /** «Gjenopprett» on this copy: the restoring edit, and the conflict closed. */
    restore(conflict: DeleteConflict) {
      edit(ydoc, (d) => restoreDeletedEntity(d, conflict));
      resolveConflict(ydoc, conflict.key);
    },
    /** «Slett likevel» on this copy: nothing the conflict lists stays hidden in its Y.Doc. */
    deleteAnyway(conflict: DeleteConflict) {
      deleteAnyway(ydoc, conflict, { name: 'Test', at: '2026-01-01T00:00:00Z' });
      expect(readDeleteConflicts(ydoc).some((c) => c.key === conflict.key)).toBe(false);
      if (ydoc.getMap<unknown>(conflict.collection).has(conflict.entityId)) return;
      const listed = new Set([...(conflict.hanging ?? []).map((h) => `${h.collection}/${h.entityId}`), ...(conflict.contents?.actions ?? []).map((a) => `c:actions/${String(a['id'])}`)]);
      expectNothingHidden(ydoc, listed);
    },
    check() {
      const result = reader.read(held);
      const full = yDocToPlan(ydoc);
      expect(result.ok).toBe(full.ok);
      if (!result.ok || !full.ok) return;
      expect(result.doc).toEqual(full.doc);
      expect(integrityErrors(result.doc).map((m) => `${m.code} ${m.where?.path ?? ''}`)).toEqual([]);
      held = result.doc;
    },
  };
}

/** How one open conflict is answered: on which copy, «Gjenopprett» or «Slett likevel» (each copy decides before hearing the other). */
const decision = fc.record({ onKari: fc.boolean(), restore: fc.boolean() });

describe('random concurrent deletions and additions on two copies', () => {
  it('after the merge, and after «Gjenopprett» or «Slett likevel» on each conflict, every copy holds the same document, which passes the plan-file integrity check, read incrementally as in full', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 8 }), fc.array(op, { maxLength: 8 }), fc.boolean(), fc.array(decision, { maxLength: 6 }), (kariOps, olaOps, kariFirst, decisions) => {
        const kari = copyOf(null);
        const ola = copyOf(kari.ydoc);
        kariOps.forEach((o, i) => kari.edit(o, `k${i}`));
        olaOps.forEach((o, i) => ola.edit(o, `o${i}`));
        const server = new Y.Doc();
        const [first, second] = kariFirst ? [kari, ola] : [ola, kari];
        deliver(first.ydoc, server);
        deliver(server, second.ydoc);
        second.check();
        deliver(second.ydoc, server);
        deliver(server, first.ydoc);
        first.check();
        // The conflicts each copy published reach the other.
        syncAll([kari.ydoc, ola.ydoc, server]);
        kari.check();
        ola.check();
        // The conflicts answered, some on one copy and some on the other, concurrently.
        readDeleteConflicts(kari.ydoc).forEach((conflict, i) => {
          const d = decisions[i];
          if (!d) return;
          const copy = d.onKari ? kari : ola;
          if (d.restore) copy.restore(conflict);
          else copy.deleteAnyway(conflict);
        });
        kari.check();
        ola.check();
        for (let round = 0; round < 2; round += 1) syncAll([kari.ydoc, ola.ydoc, server]);
        kari.check();
        ola.check();
        expect(read(kari.ydoc)).toEqual(read(ola.ydoc));
        expect(readDeleteConflicts(kari.ydoc)).toEqual(readDeleteConflicts(ola.ydoc));
        expect(readConflicts(kari.ydoc)).toEqual(readConflicts(ola.ydoc));
      }),
      { numRuns: Number(process.env['SYNC_RUNS'] ?? 15) },
    );
  });
});
