// A tiltak deleted on one copy while edited on another, offline: the deletion wins on
// both, and the edit is recorded (who edited, who deleted, when) so it can be restored.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { Action, PlanDocument } from '@shared/domain';
import { createExampleDocument } from '@shared/templates';
import { DELETIONS_MAP, readConflicts, readDeleteConflicts, resolveConflict, restoreDeletedEntity, watchConflicts, type DeleteConflict } from '@shared/sync';
import { cloneDoc, deliver, edit, planToYDoc, read, syncAll } from './helpers';

function setAction(doc: PlanDocument, id: string, patch: Partial<Action>): PlanDocument {
  return { ...doc, actions: doc.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)) };
}

function deleteAction(doc: PlanDocument, id: string): PlanDocument {
  return { ...doc, actions: doc.actions.filter((a) => a.id !== id) };
}

const example = createExampleDocument();
const target = example.actions[1];
if (!target) throw new Error('the example needs two tiltak');
const targetId = target.id;
const before = example.actions[0]?.id ?? null;

const KARI = { name: 'Kari', at: '2026-03-01T14:32:00Z' };
const OLA = { name: 'Ola', at: '2026-03-01T14:35:00Z' };

function pair() {
  const a = planToYDoc(example);
  const b = cloneDoc(a);
  watchConflicts(a);
  watchConflicts(b);
  return { a, b };
}

/** A relay like the team server: plain Yjs with garbage collection, no conflict watcher. */
function relayed(order: 'deleter first' | 'editor first', a: Y.Doc, b: Y.Doc): void {
  const server = new Y.Doc();
  const first = order === 'deleter first' ? a : b;
  const second = first === a ? b : a;
  deliver(first, server);
  deliver(second, server);
  for (let round = 0; round < 2; round += 1) {
    deliver(server, a);
    deliver(server, b);
    deliver(a, server);
    deliver(b, server);
  }
}

describe('deleted on one copy while edited on another', () => {
  it.each([
    ['deleter’s updates arrive first', true],
    ['editor’s updates arrive first', false],
  ])('both converge, the tiltak stays deleted and the edit is recorded (%s)', (_order, deleterFirst) => {
    const { a, b } = pair();
    edit(a, (d) => deleteAction(d, targetId), OLA);
    edit(b, (d) => setAction(d, targetId, { title: 'Kari sin nye tittel' }), KARI);
    if (deleterFirst) {
      deliver(a, b);
      deliver(b, a);
    } else {
      deliver(b, a);
      deliver(a, b);
    }
    syncAll([a, b]);
    const docA = read(a);
    expect(read(b)).toEqual(docA);
    expect(docA.actions.some((x) => x.id === targetId)).toBe(false);
    const seenA = readDeleteConflicts(a);
    expect(readDeleteConflicts(b)).toEqual(seenA);
    expect(seenA).toHaveLength(1);
    expect(seenA[0]).toMatchObject({
      kind: 'deleted',
      collection: 'c:actions',
      entityId: targetId,
      changedFields: ['title'],
      editedBy: 'Kari',
      editedAt: KARI.at,
      deletedBy: 'Ola',
      deletedAt: OLA.at,
      after: before,
    });
    expect(seenA[0]?.entity).toMatchObject({ ...target, title: 'Kari sin nye tittel' });
    // No field conflict on top of it.
    expect(readConflicts(a)).toEqual([]);
  });

  it.each(['deleter first', 'editor first'] as const)('through a relay that collects deleted content, the editor still records it (%s)', (order) => {
    const { a, b } = pair();
    edit(a, (d) => deleteAction(d, targetId), OLA);
    edit(b, (d) => setAction(d, targetId, { owner: 'Kari' }), KARI);
    relayed(order, a, b);
    expect(read(a)).toEqual(read(b));
    for (const doc of [a, b]) {
      expect(readDeleteConflicts(doc)).toHaveLength(1);
      expect(readDeleteConflicts(doc)[0]).toMatchObject({ entityId: targetId, changedFields: ['owner'], editedBy: 'Kari', deletedBy: 'Ola' });
    }
  });

  it('«Gjenopprett» brings the tiltak back in its place with the edit, as one change that syncs and can be undone', () => {
    const { a, b } = pair();
    edit(a, (d) => deleteAction(d, targetId), OLA);
    edit(b, (d) => setAction(d, targetId, { title: 'Kari sin nye tittel', cost: 12_345 }), KARI);
    syncAll([a, b]);
    syncAll([a, b]);
    const conflict = readDeleteConflicts(b)[0];
    if (!conflict) throw new Error('expected a conflict');
    expect(conflict.changedFields).toEqual(['cost', 'title']);
    const undo = new Y.UndoManager([b.getMap('c:actions')], { trackedOrigins: new Set(['local']) });
    edit(b, (d) => restoreDeletedEntity(d, conflict), KARI);
    resolveConflict(b, conflict.key);
    syncAll([a, b]);
    for (const doc of [a, b]) {
      const actions = read(doc).actions;
      expect(actions.map((x) => x.id)).toEqual(example.actions.map((x) => x.id));
      expect(actions[1]).toEqual({ ...target, title: 'Kari sin nye tittel', cost: 12_345 });
      expect(readDeleteConflicts(doc)).toEqual([]);
    }
    undo.undo();
    syncAll([a, b]);
    expect(read(a).actions.some((x) => x.id === targetId)).toBe(false);
    expect(read(b).actions.some((x) => x.id === targetId)).toBe(false);
  });

  it('«Slett likevel» closes it on every copy and the tiltak stays deleted', () => {
    const { a, b } = pair();
    edit(a, (d) => deleteAction(d, targetId), OLA);
    edit(b, (d) => setAction(d, targetId, { notes: 'viktig' }), KARI);
    syncAll([a, b]);
    syncAll([a, b]);
    const conflict = readDeleteConflicts(a)[0];
    if (!conflict) throw new Error('expected a conflict');
    resolveConflict(a, conflict.key);
    syncAll([a, b]);
    expect([...readDeleteConflicts(a), ...readDeleteConflicts(b)]).toEqual([]);
    expect(read(b).actions.some((x) => x.id === targetId)).toBe(false);
  });

  it('a deletion after seeing the edit is no conflict', () => {
    const { a, b } = pair();
    edit(b, (d) => setAction(d, targetId, { title: 'Sett' }), KARI);
    deliver(b, a);
    edit(a, (d) => deleteAction(d, targetId), OLA);
    syncAll([a, b]);
    syncAll([a, b]);
    expect([...readDeleteConflicts(a), ...readDeleteConflicts(b)]).toEqual([]);
  });

  it('a deletion of an entity nobody edited meanwhile is no conflict, and records what it saw', () => {
    const { a, b } = pair();
    edit(a, (d) => deleteAction(d, targetId), OLA);
    syncAll([a, b]);
    syncAll([a, b]);
    expect(readDeleteConflicts(b)).toEqual([]);
    const records = [...b.getMap(DELETIONS_MAP).values()];
    expect(records).toEqual([expect.objectContaining({ collection: 'c:actions', entityId: targetId, by: 'Ola', at: OLA.at })]);
  });

  it('two copies that both deleted it see no conflict', () => {
    const { a, b } = pair();
    edit(a, (d) => deleteAction(d, targetId), OLA);
    edit(b, (d) => deleteAction(d, targetId), KARI);
    syncAll([a, b]);
    syncAll([a, b]);
    expect([...readDeleteConflicts(a), ...readDeleteConflicts(b)]).toEqual([]);
  });

  it('restoring when the tiltak exists again puts back only the edited fields', () => {
    const conflict: DeleteConflict = {
      kind: 'deleted',
      key: 'k',
      collection: 'c:actions',
      entityId: targetId,
      entity: { ...target, title: 'Gjenopprettet', owner: 'gammel' },
      changedFields: ['title'],
      editedBy: 'Kari',
      editedAt: KARI.at,
      deletedBy: 'Ola',
      deletedAt: OLA.at,
      after: before,
    };
    const restored = restoreDeletedEntity(example, conflict);
    expect(restored.actions[1]).toEqual({ ...target, title: 'Gjenopprettet' });
  });

  it('restoring a tiltak whose plan is gone too is refused', () => {
    const conflict: DeleteConflict = {
      kind: 'deleted',
      key: 'k',
      collection: 'c:actions',
      entityId: 'act_orphan',
      entity: { ...target, id: 'act_orphan', planId: 'plan_gone' },
      changedFields: ['title'],
      editedBy: null,
      editedAt: null,
      deletedBy: null,
      deletedAt: null,
      after: null,
    };
    expect(restoreDeletedEntity(example, conflict)).toBe(example);
  });

  it('restoring refuses what would make the plan invalid', () => {
    const conflict: DeleteConflict = {
      kind: 'deleted',
      key: 'k',
      collection: 'c:actions',
      entityId: 'act_gone',
      entity: { ...target, id: 'act_gone', cost: -5 },
      changedFields: ['cost'],
      editedBy: null,
      editedAt: null,
      deletedBy: null,
      deletedAt: null,
      after: null,
    };
    expect(restoreDeletedEntity(example, conflict)).toBe(example);
  });
});
