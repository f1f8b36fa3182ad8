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
  loadStoredDocument,
  recoverPendingJournal,
  saveDocument,
  writePendingJournal,
} from '../../../renderer/src/db/repositories';
import { ACTION_BUCKETS, actionBucket, chunkId } from '../../../renderer/src/db/action-chunks';
import { freshDb, templateDoc } from '../helpers';

let db: HandlingsromDb;
afterEach(async () => {
  db?.close();
});

/** The tiltak as its chunk holds it (undefined when it is not stored). */
async function storedAction(strategyId: string, id: string): Promise<Action | undefined> {
  const chunk = await db.actionChunks.get(chunkId(strategyId, actionBucket(id)));
  return chunk?.actions.find((a) => a.id === id);
}

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
    // Tamper with an untouched tiltak behind the repository's back: if applyChanges rewrote
    // every chunk, the tampering would be overwritten. (One in a chunk the edit does not touch.)
    const sid = doc.strategy.id;
    const removed = doc.actions[3];
    const touched = new Set([doc.actions[5]!.id, removed!.id, 'act_new_one'].map(actionBucket));
    const untouched = doc.actions.find((a) => !touched.has(actionBucket(a.id)));
    if (!untouched) throw new Error('fixture');
    const chunk = await db.actionChunks.get(chunkId(sid, actionBucket(untouched.id)));
    if (!chunk) throw new Error('chunk');
    await db.actionChunks.put({ ...chunk, actions: chunk.actions.map((a) => (a.id === untouched.id ? { ...a, title: 'Sentinel' } : a)) });

    const added: Action = { ...doc.actions[0]!, id: 'act_new_one', number: '999', title: 'Nytt tiltak', lineageId: 'lin_new' };
    let after = withAction(doc, 5, { title: 'Endret tittel' });
    after = { ...after, actions: [...after.actions.filter((a) => a.id !== removed?.id), added] };
    const delta = await applyChanges(doc, after, db);

    expect(delta.putActions.map((a) => a.id).sort()).toEqual([doc.actions[5]!.id, 'act_new_one'].sort());
    expect(delta.deleteActionIds).toEqual([removed!.id]);
    expect(delta.strategy).toBeNull();
    expect((await storedAction(sid, untouched.id))?.title).toBe('Sentinel');
    expect((await storedAction(sid, doc.actions[5]!.id))?.title).toBe('Endret tittel');
    expect((await storedAction(sid, 'act_new_one'))?.title).toBe('Nytt tiltak');
    expect(await storedAction(sid, removed!.id)).toBeUndefined();
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
    expect(await db.actionChunks.count()).toBe(0);
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

  it('stores tiltak in at most ACTION_BUCKETS chunks per strategy; two strategies with the same tiltak ids keep their own', async () => {
    db = freshDb();
    const doc = generateLargeDocument({ actions: 600, years: 2, seed: 13 });
    await saveDocument(doc, db);
    const chunks = await db.actionChunks.where('strategyId').equals(doc.strategy.id).toArray();
    expect(chunks.length).toBeLessThanOrEqual(ACTION_BUCKETS);
    expect(chunks.reduce((n, c) => n + c.actions.length, 0)).toBe(600);
    // A copy under another strategy id, with the very same tiltak ids and other titles.
    const copy: PlanDocument = {
      strategy: { ...doc.strategy, id: 'str_copy' },
      plans: doc.plans.map((p) => ({ ...p, id: `${p.id}_copy`, strategyId: 'str_copy' })),
      actions: doc.actions.map((a) => ({ ...a, planId: `${a.planId}_copy`, title: `Kopi ${a.title}` })),
    };
    await saveDocument(copy, db);
    expect(await loadDocument(doc.strategy.id, db)).toEqual(doc);
    expect(await loadDocument('str_copy', db)).toEqual(copy);
    await deleteStrategy('str_copy', db);
    expect(await loadDocument(doc.strategy.id, db)).toEqual(doc);
  });

  it('after any series of edits (change, add, remove, move to another plan, remove a plan) the tables hold exactly the document', async () => {
    db = freshDb();
    let doc = generateLargeDocument({ actions: 300, years: 3, seed: 17 });
    await saveDocument(doc, db);
    let stored = doc;
    let n = 0;
    const step = async (next: PlanDocument, viaJournal: boolean) => {
      n += 1;
      if (viaJournal) {
        await writePendingJournal(stored, next, n, db);
        expect(await recoverPendingJournal(next.strategy.id, db)).toBe(true);
      } else await applyChanges(stored, next, db);
      stored = next;
      expect(await loadDocument(next.strategy.id, db)).toEqual(next);
    };
    for (let i = 0; i < 12; i++) {
      const k = (i * 37) % doc.actions.length;
      doc = withAction(doc, k, { title: `Endring ${i}` });
      if (i % 3 === 0) doc = { ...doc, actions: doc.actions.filter((_, j) => j !== (k + 5) % doc.actions.length) };
      if (i % 4 === 1) doc = { ...doc, actions: [...doc.actions, { ...doc.actions[0]!, id: `act_added_${i}`, number: String(900 + i), lineageId: `lin_added_${i}` }] };
      if (i % 5 === 2) doc = withAction(doc, (k + 9) % doc.actions.length, { planId: doc.plans[(i + 1) % doc.plans.length]!.id });
      await step(doc, i % 2 === 1);
    }
    // A whole plan goes, with its tiltak.
    const gone = doc.plans[0]!.id;
    doc = { ...doc, plans: doc.plans.slice(1), actions: doc.actions.filter((a) => a.planId !== gone) };
    await step(doc, false);
    const left = (await db.actionChunks.where('strategyId').equals(doc.strategy.id).toArray()).flatMap((c) => c.actions);
    expect(left.map((a) => a.id).sort()).toEqual(doc.actions.map((a) => a.id).sort());
  });

  it('loadStoredDocument gives the rows with their stamp: passed back, they stand until a write (a replayed journal) comes in between', async () => {
    db = freshDb();
    const doc = generateLargeDocument({ actions: 30, years: 1, seed: 23 });
    await saveDocument(doc, db);
    const read = await loadStoredDocument(doc.strategy.id, db);
    expect(read?.doc).toEqual(doc);
    if (!read || read.stamp === null) throw new Error('stamp');
    const known = { doc: read.doc, stamp: read.stamp };
    expect(await loadDocument(doc.strategy.id, db, known)).toBe(read.doc);
    // No journal: nothing is written.
    expect(await recoverPendingJournal(doc.strategy.id, db)).toBe(false);
    expect(await loadDocument(doc.strategy.id, db, known)).toBe(read.doc);
    const after = withAction(doc, 4, { title: 'Fra journalen' });
    await writePendingJournal(doc, after, 1, db);
    expect(await recoverPendingJournal(doc.strategy.id, db)).toBe(true);
    expect(await loadDocument(doc.strategy.id, db, known)).toEqual(after);
    expect(await loadStoredDocument('missing', db)).toBeNull();
  });
});

