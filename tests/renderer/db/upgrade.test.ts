// @vitest-environment node
// (No DOM needed: fake-indexeddb only.)
/**
 * Schema upgrades: every released version gets a fixture of its rows, and a test that the
 * current code opens a database created at that version. For version(n + 1): add
 * fixtures/db-v<n+1>.json, keep this test for v1, and add one that opens v<n> with the
 * new schema and checks the upgraded rows.
 */
import { describe, expect, it } from 'vitest';
import { emptyFollowUp, planDocumentSchema } from '@shared/domain';
import { HandlingsromDb } from '../../../renderer/src/db/database';
import { loadDocument, recoverPendingJournal } from '../../../renderer/src/db/repositories';
import fixture from '../fixtures/db-v1.json';
import fixtureV2 from '../fixtures/db-v2.json';
import fixtureV3 from '../fixtures/db-v3.json';

interface DbFixture {
  idbVersion: number;
  strategies: readonly object[];
  plans: readonly object[];
  actions: readonly object[];
  meta: readonly object[];
}

/** Creates the database exactly as Dexie version(1) — and versions 2 and 3, which changed no index — lays it out, with raw IndexedDB. */
function createV1Database(name: string, rows: DbFixture = fixture): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, rows.idbVersion);
    req.onupgradeneeded = () => {
      const idb = req.result;
      idb.createObjectStore('strategies', { keyPath: 'id' });
      const plans = idb.createObjectStore('plans', { keyPath: 'id' });
      plans.createIndex('strategyId', 'strategyId');
      plans.createIndex('[strategyId+year]', ['strategyId', 'year']);
      const actions = idb.createObjectStore('actions', { keyPath: 'id' });
      actions.createIndex('planId', 'planId');
      actions.createIndex('lineageId', 'lineageId');
      idb.createObjectStore('meta', { keyPath: 'key' });
      const tx = req.transaction;
      if (!tx) throw new Error('no upgrade transaction');
      for (const row of rows.strategies) tx.objectStore('strategies').put(row);
      for (const row of rows.plans) tx.objectStore('plans').put(row);
      for (const row of rows.actions) tx.objectStore('actions').put(row);
      for (const row of rows.meta) tx.objectStore('meta').put(row);
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

describe('database versions', () => {
  it('opens a fixture database created at version 1', async () => {
    const name = `fixture-v1-${Math.random().toString(36).slice(2)}`;
    await createV1Database(name);
    const db = new HandlingsromDb(name);
    await db.open();
    // version(2) added the direct links (delmål, innsatsområder) to every stored tiltak;
    // version(3) the oppfølging to every plan.
    expect(db.verno).toBe(4);
    const strategy = fixture.strategies[0]!;
    const doc = await loadDocument(strategy.id, db);
    expect(doc).not.toBeNull();
    // What comes out is a valid document with the fixture's rows, in the stored order.
    expect(planDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc?.strategy.name).toBe(strategy.name);
    expect(doc?.plans.map((p) => p.id)).toEqual(fixture.plans.map((p) => p.id));
    expect(doc?.actions.map((a) => a.id)).toEqual(fixture.actions.map((a) => a.id));
    expect(doc?.actions.every((a) => a.subGoalIds.length === 0 && a.focusAreaIds.length === 0)).toBe(true);
    expect(doc?.plans.every((p) => p.followUp.scheme.kind === 'tertials' && p.followUp.updates.length === 0)).toBe(true);
    db.close();
  });

  it('opens a fixture database created at version 2: every plan, also one in a recovery journal, gets an empty oppfølging', async () => {
    const name = `fixture-v2-${Math.random().toString(36).slice(2)}`;
    await createV1Database(name, fixtureV2);
    const db = new HandlingsromDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    const strategy = fixtureV2.strategies[0]!;
    // The journal written by version 2 is applied as the app does after a crash.
    expect(await recoverPendingJournal(strategy.id, db)).toBe(true);
    const doc = await loadDocument(strategy.id, db);
    expect(planDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc?.plans.map((p) => p.id)).toEqual(['ex_plan_2025', 'ex_plan_2026']);
    expect(doc?.plans.map((p) => p.followUp)).toEqual([emptyFollowUp(), emptyFollowUp()]);
    // The journal's change came through (the frame), the adopted plan is as it was.
    expect(doc?.plans[0]?.frame.ownFunds).toBe(2_100_000);
    expect(doc?.plans[1]?.status).toBe('adopted');
    db.close();
  });

  it('opens a fixture database created at version 3: every tiltak moves into its strategy\'s chunks, the per-row table goes', async () => {
    const name = `fixture-v3-${Math.random().toString(36).slice(2)}`;
    await createV1Database(name, fixtureV3);
    const db = new HandlingsromDb(name);
    await db.open();
    expect(db.verno).toBe(4);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['actionChunks', 'meta', 'plans', 'strategies']);
    // Chunks only for stored strategies; the tiltak whose plan is gone was never loaded and stays behind.
    const chunks = await db.actionChunks.toArray();
    expect(new Set(chunks.map((c) => c.strategyId))).toEqual(new Set(['ex_strategy', 'ex_copy']));
    expect(chunks.flatMap((c) => c.actions).map((a) => a.id).sort()).toEqual(fixtureV3.actions.map((a) => a.id).filter((id) => id !== 'orphan_act').sort());

    // The copy: its own tiltak, in its stored order, the oppfølging as stored.
    const copy = await loadDocument('ex_copy', db);
    expect(planDocumentSchema.safeParse(copy).success).toBe(true);
    expect(copy?.actions.map((a) => a.id)).toEqual(['copy_act_03', 'copy_act_01', 'copy_act_02']);

    // The original: the journal written by version 3 is applied as the app does after a crash.
    const before = await loadDocument('ex_strategy', db);
    expect(before?.plans[0]?.followUp.kpiWeighting).toBe('cost');
    expect(before?.actions.map((a) => a.id)).toEqual(fixtureV2.actions.map((a) => a.id));
    expect(await recoverPendingJournal('ex_strategy', db)).toBe(true);
    const doc = await loadDocument('ex_strategy', db);
    expect(planDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc?.plans[0]?.frame.ownFunds).toBe(2_100_000);
    expect(doc?.actions).toEqual(before?.actions);
    db.close();
  });
});
