// @vitest-environment node
// (No DOM needed: fake-indexeddb only.)
/**
 * Schema upgrades: every released version gets a fixture of its rows, and a test that the
 * current code opens a database created at that version. For version(n + 1): add
 * fixtures/db-v<n+1>.json, keep this test for v1, and add one that opens v<n> with the
 * new schema and checks the upgraded rows.
 */
import { describe, expect, it } from 'vitest';
import { planDocumentSchema } from '@shared/domain';
import { HandlingsromDb } from '../../../renderer/src/db/database';
import { loadDocument } from '../../../renderer/src/db/repositories';
import fixture from '../fixtures/db-v1.json';

/** Creates the database exactly as Dexie version(1) lays it out, with raw IndexedDB. */
function createV1Database(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, fixture.idbVersion);
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
      for (const row of fixture.strategies) tx.objectStore('strategies').put(row);
      for (const row of fixture.plans) tx.objectStore('plans').put(row);
      for (const row of fixture.actions) tx.objectStore('actions').put(row);
      for (const row of fixture.meta) tx.objectStore('meta').put(row);
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
    // version(2) added the direct links (delmål, innsatsområder) to every stored tiltak.
    expect(db.verno).toBe(2);
    const strategy = fixture.strategies[0]!;
    const doc = await loadDocument(strategy.id, db);
    expect(doc).not.toBeNull();
    // What comes out is a valid document with the fixture's rows, in the stored order.
    expect(planDocumentSchema.safeParse(doc).success).toBe(true);
    expect(doc?.strategy.name).toBe(strategy.name);
    expect(doc?.plans.map((p) => p.id)).toEqual(fixture.plans.map((p) => p.id));
    expect(doc?.actions.map((a) => a.id)).toEqual(fixture.actions.map((a) => a.id));
    expect(doc?.actions.every((a) => a.subGoalIds.length === 0 && a.focusAreaIds.length === 0)).toBe(true);
    db.close();
  });
});
