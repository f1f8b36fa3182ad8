// A handlingsplan deleted on one copy while a colleague worked inside it offline (a tiltak
// edited or added, a status update recorded, the plan's own fields): the deletion wins on
// every copy, one conflict says so, and «Gjenopprett» brings back the plan with its tiltak
// and its oppfølging as the colleague had them — not only the plan's own fields.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { Action, PlanDocument } from '@shared/domain';
import type { StatusUpdate } from '@shared/domain/follow-up';
import { addStatusUpdate } from '@shared/edits';
import { createExampleDocument } from '@shared/templates';
import { deleteAnyway, readDeleteConflicts, restoreDeletedEntity, watchConflicts, type DeleteConflict } from '@shared/sync';
import { cloneDoc, deliver, edit, planToYDoc, read, syncAll } from './helpers';

const example = createExampleDocument();
const plan = example.plans[0] ?? missing('the example has a plan');
const planId = plan.id;
const planActions = example.actions.filter((a) => a.planId === planId);
const target = planActions[1] ?? missing('the plan has two tiltak');
const OLA = { name: 'Ola', at: '2026-03-01T14:30:00Z' };
const KARI = { name: 'Kari', at: '2026-03-01T14:32:00Z' };

function missing(what: string): never {
  throw new Error(what);
}

const deletePlan = (doc: PlanDocument): PlanDocument => ({ ...doc, plans: doc.plans.filter((p) => p.id !== planId), actions: doc.actions.filter((a) => a.planId !== planId) });
const setAction = (id: string, patch: Partial<Action>) => (doc: PlanDocument): PlanDocument => ({ ...doc, actions: doc.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)) });
const addAction = (doc: PlanDocument): PlanDocument => ({ ...doc, actions: [...doc.actions, { ...target, id: 'act_kari_new', number: '9.9', title: 'Karis nye tiltak' }] });
const newUpdate: StatusUpdate = {
  id: 'su_kari',
  actionId: target.id,
  periodId: 'T2',
  status: 'delayed',
  comment: 'Registrert av Kari',
  kpiValues: [],
  spending: [],
  expectedDeadline: null,
  date: '2025-08-01',
  author: 'Kari',
};

/** Ola deletes the plan while Kari, offline, makes her edits; both reach each other through a relay like the server. */
function deletedWhileEdited(kariEdits: ((d: PlanDocument) => PlanDocument)[], order: 'deleter first' | 'editor first' = 'deleter first') {
  const ola = planToYDoc(example);
  const kari = cloneDoc(ola);
  watchConflicts(ola);
  watchConflicts(kari);
  edit(ola, deletePlan, OLA);
  let kariDoc = read(kari);
  for (const fn of kariEdits) kariDoc = edit(kari, fn, KARI);
  const server = new Y.Doc();
  const [first, second] = order === 'deleter first' ? [ola, kari] : [kari, ola];
  deliver(first, server);
  deliver(second, server);
  for (let round = 0; round < 2; round += 1) {
    for (const copy of [ola, kari]) {
      deliver(server, copy);
      deliver(copy, server);
    }
  }
  return { ola, kari, kariDoc };
}

function onlyConflict(ydoc: Y.Doc): DeleteConflict {
  const conflicts = readDeleteConflicts(ydoc);
  expect(conflicts).toHaveLength(1);
  return conflicts[0] ?? missing('a conflict');
}

const byId = (list: readonly { id: string }[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

describe('a handlingsplan deleted while a colleague worked inside it', () => {
  it.each(['deleter first', 'editor first'] as const)('one conflict for the plan, and «Gjenopprett» gives back the plan with all its tiltak and oppfølging as the colleague had them (%s)', (order) => {
    const { ola, kari, kariDoc } = deletedWhileEdited([setAction(target.id, { title: 'Karis tittel' })], order);
    for (const ydoc of [ola, kari]) {
      expect(read(ydoc).plans.some((p) => p.id === planId)).toBe(false);
      expect(read(ydoc).actions.some((a) => a.planId === planId)).toBe(false);
    }
    // The tiltak's own conflict is folded into the plan's: restoring a tiltak without its plan is no help.
    const conflict = onlyConflict(kari);
    expect(onlyConflict(ola).key).toBe(conflict.key);
    expect(conflict).toMatchObject({ collection: 'c:plans', entityId: planId, changedFields: [], deletedBy: 'Ola', editedBy: 'Kari' });
    expect(conflict.contents?.changedActions).toEqual([target.id]);
    expect(conflict.contents?.actions.map((a) => a['id'])).toEqual(planActions.map((a) => a.id));
    expect(conflict.contents?.followUp).toEqual(plan.followUp);
    const restored = edit(kari, (d) => restoreDeletedEntity(d, conflict), KARI);
    expect(restored.plans).toEqual(kariDoc.plans);
    expect(byId(restored.actions)).toEqual(byId(kariDoc.actions));
    syncAll([ola, kari]);
    expect(read(ola).plans).toEqual(kariDoc.plans);
    expect(byId(read(ola).actions)).toEqual(byId(kariDoc.actions));
  });

  it('a tiltak added and a status update recorded in the plan offline come back with it', () => {
    const { kari, kariDoc } = deletedWhileEdited([addAction, (d) => addStatusUpdate(d, planId, newUpdate)]);
    const conflict = onlyConflict(kari);
    expect(conflict.contents?.changedActions).toEqual(['act_kari_new']);
    expect(conflict.contents?.changedFollowUp).toBe(1);
    // While the plan is gone, Karis tiltak points at nothing; restoring the plan shows it again.
    const restored = restoreDeletedEntity(read(kari), conflict);
    expect(restored.plans).toEqual(kariDoc.plans);
    expect(restored.plans[0]?.followUp.updates.at(-1)).toEqual(newUpdate);
    expect(byId(restored.actions)).toEqual(byId(kariDoc.actions));
  });

  it('«Slett likevel» removes from the Y.Doc the tiltak and the status update a colleague added to the plan while it was deleted', () => {
    const { ola, kari } = deletedWhileEdited([addAction, (d) => addStatusUpdate(d, planId, newUpdate)]);
    const conflict = onlyConflict(kari);
    // The app holds no tiltak of a plan that is gone (dangling.ts), but the Y.Doc does; the conflict holds Karis.
    expect(read(kari).actions.filter((a) => a.planId === planId)).toEqual([]);
    expect(kari.getMap('c:actions').has('act_kari_new')).toBe(true);
    expect(conflict.contents?.actions.map((a) => a['id'])).toContain('act_kari_new');
    const before = read(ola);
    deleteAnyway(ola, conflict, OLA);
    syncAll([ola, kari]);
    for (const ydoc of [ola, kari]) {
      expect(ydoc.getMap('c:actions').has('act_kari_new')).toBe(false);
      expect([...ydoc.getMap('f:updates').keys()].filter((k) => k.startsWith(`${planId}/`))).toEqual([]);
      expect([...ydoc.getMap('f:settings').keys()].filter((k) => k.startsWith(`${planId}/`))).toEqual([]);
      expect(readDeleteConflicts(ydoc)).toEqual([]);
      // What the app shows does not change: it never showed what hung.
      expect(read(ydoc)).toEqual(before);
    }
    // Recorded as an ordinary deletion (tombstones.ts).
    expect([...ola.getMap('$deleted').values()].some((r) => typeof r === 'object' && r !== null && Reflect.get(r, 'entityId') === 'act_kari_new' && Reflect.get(r, 'by') === 'Ola')).toBe(true);
  });

  it('«Slett likevel» after the plan came back only closes the conflict', () => {
    const { ola, kari, kariDoc } = deletedWhileEdited([addAction]);
    const conflict = onlyConflict(kari);
    edit(kari, (d) => restoreDeletedEntity(d, conflict), KARI);
    syncAll([ola, kari]);
    deleteAnyway(ola, conflict, OLA);
    syncAll([ola, kari]);
    for (const ydoc of [ola, kari]) {
      expect(byId(read(ydoc).actions)).toEqual(byId(kariDoc.actions));
      expect(readDeleteConflicts(ydoc)).toEqual([]);
    }
  });

  it('an edit of the plan\'s own fields is named, and the plan comes back with its contents', () => {
    const frame = { ...plan.frame, ownFunds: plan.frame.ownFunds + 1_000 };
    const { kari, kariDoc } = deletedWhileEdited([(d) => ({ ...d, plans: d.plans.map((p) => (p.id === planId ? { ...p, frame } : p)) })]);
    const conflict = onlyConflict(kari);
    expect(conflict.changedFields).toEqual(['frame']);
    expect(conflict.contents?.changedActions).toEqual([]);
    const restored = restoreDeletedEntity(read(kari), conflict);
    expect(restored.plans).toEqual(kariDoc.plans);
    expect(byId(restored.actions)).toEqual(byId(kariDoc.actions));
  });

  it('a plan deleted after seeing every edit is no conflict', () => {
    const ola = planToYDoc(example);
    const kari = cloneDoc(ola);
    watchConflicts(ola);
    watchConflicts(kari);
    edit(kari, setAction(target.id, { title: 'Karis tittel' }), KARI);
    syncAll([ola, kari]);
    edit(ola, deletePlan, OLA);
    syncAll([ola, kari]);
    expect([...readDeleteConflicts(ola), ...readDeleteConflicts(kari)]).toEqual([]);
  });
});
