// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { Action, PlanDocument } from '@shared/domain';
import { generateLargeDocument } from '@shared/templates';
import type { HandlingsromDb } from '../../../renderer/src/db/database';
import {
  applyChanges,
  deleteStrategy,
  listStrategies,
  loadDocument,
  recoverPendingJournal,
  saveDocument,
  writePendingJournal,
} from '../../../renderer/src/db/repositories';
import { freshDb, templateDoc } from '../helpers';

let db: HandlingsromDb;
afterEach(async () => {
  db?.close();
});

function withAction(doc: PlanDocument, index: number, patch: Partial<Action>): PlanDocument {
  return { ...doc, actions: doc.actions.map((a, i) => (i === index ? { ...a, ...patch } : a)) };
}

describe('Dexie repositories', () => {
  it('saves and loads a template document unchanged', async () => {
    db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    expect(await loadDocument(doc.strategy.id, db)).toEqual(doc);
    expect(await loadDocument('missing', db)).toBeNull();
  });

  it('round-trips a plan of 10 000 tiltak in order', async () => {
    db = freshDb();
    const doc = generateLargeDocument({ actions: 10_000, years: 3, seed: 7 });
    expect(doc.actions).toHaveLength(10_000);
    // Not sorted by id: the stored order must come back, not the key order.
    const shuffled: PlanDocument = { ...doc, actions: [...doc.actions].reverse() };
    await saveDocument(shuffled, db);
    const loaded = await loadDocument(doc.strategy.id, db);
    expect(loaded?.actions).toHaveLength(10_000);
    expect(loaded).toEqual(shuffled);
  });

  it('loadDocument takes a just-saved document as it is, but reads the tables once anything was written since', async () => {
    db = freshDb();
    const doc = generateLargeDocument({ actions: 40, years: 2, seed: 9 });
    const stored = await saveDocument(doc, db);
    expect(stored.doc).toBe(doc);
    // Nothing written since: the very same object, no rows read back.
    expect(await loadDocument(doc.strategy.id, db, stored)).toBe(doc);
    // Another strategy's id: the known document does not apply.
    expect(await loadDocument('missing', db, stored)).toBeNull();

    // An autosave after the save: the tables win.
    const after = withAction(doc, 2, { title: 'Endret etter åpning' });
    await applyChanges(doc, after, db);
    const loaded = await loadDocument(doc.strategy.id, db, stored);
    expect(loaded).not.toBe(doc);
    expect(loaded).toEqual(after);

    // A recovered journal is a write too.
    const again = await saveDocument(doc, db);
    expect(again.stamp > stored.stamp).toBe(true);
    await writePendingJournal(doc, after, 1, db);
    expect(await recoverPendingJournal(doc.strategy.id, db)).toBe(true);
    expect(await loadDocument(doc.strategy.id, db, again)).toEqual(after);

    // Deleted: nothing to load, whatever the caller holds.
    const last = await saveDocument(doc, db);
    await deleteStrategy(doc.strategy.id, db);
    expect(await loadDocument(doc.strategy.id, db, last)).toBeNull();
  });

  it('without a stored order, tiltak come back by number, numerically (2 before 10)', async () => {
    db = freshDb();
    const doc = generateLargeDocument({ actions: 30, years: 1, seed: 5 });
    const numbered: PlanDocument = { ...doc, actions: doc.actions.map((a, i) => ({ ...a, number: String(30 - i) })) };
    await saveDocument(numbered, db);
    await db.meta.delete(`order:${doc.strategy.id}`);
    const loaded = await loadDocument(doc.strategy.id, db);
    expect(loaded?.actions.map((a) => a.number)).toEqual(Array.from({ length: 30 }, (_, i) => String(i + 1)));
  });

  it('applyChanges writes only the rows that changed', async () => {
    db = freshDb();
    const doc = generateLargeDocument({ actions: 50, years: 2, seed: 1 });
    await saveDocument(doc, db);
    // Tamper with an untouched row behind the repository's back: if applyChanges rewrote
    // every row, the tampering would be overwritten.
    const untouched = doc.actions[10];
    if (!untouched) throw new Error('fixture');
    await db.actions.put({ ...untouched, title: 'Sentinel' });

    const removed = doc.actions[3];
    const added: Action = { ...doc.actions[0]!, id: 'act_new_one', number: '999', title: 'Nytt tiltak', lineageId: 'lin_new' };
    let after = withAction(doc, 5, { title: 'Endret tittel' });
    after = { ...after, actions: [...after.actions.filter((a) => a.id !== removed?.id), added] };
    const delta = await applyChanges(doc, after, db);

    expect(delta.putActions.map((a) => a.id).sort()).toEqual([doc.actions[5]!.id, 'act_new_one'].sort());
    expect(delta.deleteActionIds).toEqual([removed!.id]);
    expect(delta.strategy).toBeNull();
    expect((await db.actions.get(untouched.id))?.title).toBe('Sentinel');
    expect((await db.actions.get(doc.actions[5]!.id))?.title).toBe('Endret tittel');
    expect(await db.actions.get(removed!.id)).toBeUndefined();
    const loaded = await loadDocument(doc.strategy.id, db);
    expect(loaded?.actions.map((a) => a.id)).toEqual(after.actions.map((a) => a.id));
  });

  it('applyChanges is one transaction: a failing row leaves nothing half-written', async () => {
    db = freshDb();
    const doc = generateLargeDocument({ actions: 20, years: 1, seed: 3 });
    await saveDocument(doc, db);
    const broken = { ...doc.actions[1]!, id: undefined } as unknown as Action;
    const after: PlanDocument = {
      strategy: { ...doc.strategy, name: 'Nytt navn' },
      plans: doc.plans,
      actions: [withAction(doc, 0, { title: 'Endret' }).actions[0]!, broken, ...doc.actions.slice(2)],
    };
    await expect(applyChanges(doc, after, db)).rejects.toThrow();
    const loaded = await loadDocument(doc.strategy.id, db);
    expect(loaded).toEqual(doc);
  });

  it('applyChanges writes plans and strategy changes', async () => {
    db = freshDb();
    const doc = generateLargeDocument({ actions: 10, years: 2, seed: 5 });
    await saveDocument(doc, db);
    const [first, second] = doc.plans;
    const after: PlanDocument = {
      strategy: { ...doc.strategy, vision: 'Ny visjon' },
      plans: [{ ...first!, status: 'adopted' }],
      actions: doc.actions.filter((a) => a.planId === first!.id),
    };
    await applyChanges(doc, after, db);
    const loaded = await loadDocument(doc.strategy.id, db);
    expect(loaded).toEqual(after);
    expect(await db.plans.get(second!.id)).toBeUndefined();
  });

  it('lists stored strategies, most recently changed first, and deletes one completely', async () => {
    db = freshDb();
    const a = templateDoc();
    const b = generateLargeDocument({ actions: 30, years: 2, seed: 9 });
    await saveDocument(a, db);
    await new Promise((r) => setTimeout(r, 5));
    await saveDocument(b, db);
    const list = await listStrategies(db);
    expect(list.map((s) => s.strategy.id)).toEqual([b.strategy.id, a.strategy.id]);
    expect(list[0]?.planCount).toBe(2);

    await deleteStrategy(b.strategy.id, db);
    expect((await listStrategies(db)).map((s) => s.strategy.id)).toEqual([a.strategy.id]);
    expect(await db.plans.count()).toBe(0);
    expect(await db.actions.count()).toBe(0);
    expect(await db.meta.where('key').startsWith(`order:${b.strategy.id}`).count()).toBe(0);
  });

  it('a recovery journal brings back edits that never reached the tables', async () => {
    db = freshDb();
    const doc = generateLargeDocument({ actions: 12, years: 1, seed: 11 });
    await saveDocument(doc, db);
    const after = withAction({ ...doc, actions: doc.actions.slice(1) }, 0, { title: 'Skrevet før reload' });
    await writePendingJournal(doc, after, 1, db);
    // Tables are unchanged until the journal is replayed.
    expect(await loadDocument(doc.strategy.id, db)).toEqual(doc);
    expect(await recoverPendingJournal(doc.strategy.id, db)).toBe(true);
    expect(await loadDocument(doc.strategy.id, db)).toEqual(after);
    expect(await recoverPendingJournal(doc.strategy.id, db)).toBe(false);
  });

  it('applyChanges clears the journal it covers, but not a newer one', async () => {
    db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    const after = { ...doc, strategy: { ...doc.strategy, vision: 'A' } };
    await writePendingJournal(doc, after, 4, db);
    await applyChanges(doc, after, db, 3);
    expect(await db.meta.get(`pending:${doc.strategy.id}`)).toBeDefined();
    await applyChanges(after, after, db, 4);
    expect(await db.meta.get(`pending:${doc.strategy.id}`)).toBeUndefined();
  });
});
