// A deletion made by undo (undoing a tiltak's creation, redoing its deletion) while a
// colleague edited the tiltak offline: like an ordinary deletion, it wins on every copy and
// the colleague's edit is offered back — because the undoing copy records what it had seen
// (recordUndoDeletions) right before the undo.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import type { Action, PlanDocument } from '@shared/domain';
import { createExampleDocument } from '@shared/templates';
import { planTypes, readDeleteConflicts, recordUndoDeletions, restoreDeletedEntity, watchConflicts } from '@shared/sync';
import { cloneDoc, deliver, edit, LOCAL, planToYDoc, read, syncAll } from './helpers';

const example = createExampleDocument();
const template = example.actions[1] ?? missing('the example needs two tiltak');
const NEW_ID = 'act_undo_new';
const OLA = { name: 'Ola', at: '2026-03-01T14:30:00Z' };
const KARI = { name: 'Kari', at: '2026-03-01T14:32:00Z' };

function missing(what: string): never {
  throw new Error(what);
}

function setAction(doc: PlanDocument, id: string, patch: Partial<Action>): PlanDocument {
  return { ...doc, actions: doc.actions.map((a) => (a.id === id ? { ...a, ...patch } : a)) };
}

const createAction = (doc: PlanDocument): PlanDocument => ({ ...doc, actions: [...doc.actions, { ...template, id: NEW_ID, number: '9.9', title: 'Nytt tiltak' }] });
const deleteAction = (id: string) => (doc: PlanDocument): PlanDocument => ({ ...doc, actions: doc.actions.filter((a) => a.id !== id) });

/** Ola's copy with his own undo (over the plan's types, his edits only), and Kari's copy. */
function setup() {
  const ola = planToYDoc(example);
  const kari = cloneDoc(ola);
  watchConflicts(ola);
  watchConflicts(kari);
  const undo = new Y.UndoManager(planTypes(ola), { trackedOrigins: new Set([LOCAL]), captureTimeout: 0 });
  return { ola, kari, undo };
}

/** Through a relay like the team server (plain Yjs with garbage collection), in both orders. */
function relay(first: Y.Doc, second: Y.Doc): void {
  const server = new Y.Doc();
  deliver(first, server);
  deliver(second, server);
  for (let round = 0; round < 2; round += 1) {
    deliver(server, first);
    deliver(server, second);
    deliver(first, server);
    deliver(second, server);
  }
}

describe('a deletion by undo while a colleague edited', () => {
  it.each([
    ['the undoer’s updates reach the server first', true],
    ['the editor’s updates reach the server first', false],
  ])('undoing a creation: the tiltak stays deleted and the colleague’s edit is offered back (%s)', (_order, undoerFirst) => {
    const { ola, kari, undo } = setup();
    edit(ola, createAction, OLA);
    syncAll([ola, kari]);
    // Offline: Kari fills in the new tiltak, Ola takes its creation back.
    edit(kari, (d) => setAction(d, NEW_ID, { title: 'Kari sin tittel', cost: 4_000 }), KARI);
    expect(recordUndoDeletions(ola, undo.undoStack.at(-1), OLA)).toBe(1);
    undo.undo();
    if (undoerFirst) relay(ola, kari);
    else relay(kari, ola);
    for (const ydoc of [ola, kari]) {
      expect(read(ydoc).actions.some((a) => a.id === NEW_ID)).toBe(false);
      const conflicts = readDeleteConflicts(ydoc);
      expect(conflicts).toHaveLength(1);
      expect(conflicts[0]).toMatchObject({ collection: 'c:actions', entityId: NEW_ID, changedFields: ['cost', 'title'], editedBy: 'Kari', deletedBy: 'Ola', deletedAt: OLA.at });
    }
    // «Gjenopprett» brings it back with Kari's values, on every copy.
    const conflict = readDeleteConflicts(kari)[0] ?? missing('a conflict');
    edit(kari, (d) => restoreDeletedEntity(d, conflict), KARI);
    syncAll([ola, kari]);
    expect(read(ola).actions.find((a) => a.id === NEW_ID)).toMatchObject({ title: 'Kari sin tittel', cost: 4_000 });
  });

  it('redoing a deletion after its undo: the colleague’s edit of the restored tiltak is offered back', () => {
    const { ola, kari, undo } = setup();
    edit(ola, deleteAction(template.id), OLA);
    undo.undo();
    syncAll([ola, kari]);
    expect(read(kari).actions.some((a) => a.id === template.id)).toBe(true);
    edit(kari, (d) => setAction(d, template.id, { notes: 'Viktig merknad' }), KARI);
    expect(recordUndoDeletions(ola, undo.redoStack.at(-1), OLA)).toBe(1);
    undo.redo();
    relay(ola, kari);
    for (const ydoc of [ola, kari]) {
      expect(read(ydoc).actions.some((a) => a.id === template.id)).toBe(false);
      expect(readDeleteConflicts(ydoc).map((c) => [c.entityId, c.changedFields])).toEqual([[template.id, ['notes']]]);
    }
  });

  it('undoing a creation again after a redo is still recorded (the redone tiltak is a new item)', () => {
    const { ola, kari, undo } = setup();
    edit(ola, createAction, OLA);
    undo.undo();
    undo.redo();
    syncAll([ola, kari]);
    edit(kari, (d) => setAction(d, NEW_ID, { owner: 'Kari' }), KARI);
    expect(recordUndoDeletions(ola, undo.undoStack.at(-1), OLA)).toBe(1);
    undo.undo();
    relay(ola, kari);
    expect(readDeleteConflicts(kari).map((c) => c.changedFields)).toEqual([['owner']]);
  });

  it('an undo that deletes nothing records nothing; an undo after seeing the colleague’s edit is no conflict', () => {
    const { ola, kari, undo } = setup();
    edit(ola, (d) => setAction(d, template.id, { title: 'Ola sin tittel' }), OLA);
    expect(recordUndoDeletions(ola, undo.undoStack.at(-1), OLA)).toBe(0);
    expect(recordUndoDeletions(ola, undefined, OLA)).toBe(0);
    edit(ola, createAction, OLA);
    syncAll([ola, kari]);
    edit(kari, (d) => setAction(d, NEW_ID, { title: 'Sett av Ola' }), KARI);
    // Ola has seen Kari's edit before he takes the creation back: a deliberate deletion.
    syncAll([ola, kari]);
    recordUndoDeletions(ola, undo.undoStack.at(-1), OLA);
    undo.undo();
    relay(ola, kari);
    expect([...readDeleteConflicts(ola), ...readDeleteConflicts(kari)]).toEqual([]);
    expect(read(kari).actions.some((a) => a.id === NEW_ID)).toBe(false);
  });
});
