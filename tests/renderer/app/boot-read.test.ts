/**
 * The early read of a reload (renderer/public/early-read.js + app/boot-read.ts): it hands
 * over exactly what loadStoredDocument reads, creates no database, never holds up Dexie's
 * upgrade of an older one, and anything unexpected falls back to the Dexie read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATABASE_NAME, HandlingsromDb, closeDbs } from '../../../renderer/src/db/database';
import { documentFromRows, loadStoredDocument, saveDocument } from '../../../renderer/src/db/repositories';
import { earlyRows, startBootRead, takeBootRead } from '../../../renderer/src/app/boot-read';
import { generateLargeDocument, templateDoc } from '../helpers';

const script = readFileSync(path.resolve(__dirname, '../../../renderer/public/early-read.js'), 'utf8');

/** Runs early-read.js as index.html does, on the page at `hash`. */
function runEarlyRead(hash: string): void {
  window.location.hash = hash;
  new Function(script)();
}

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = () => resolve();
    req.onerror = () => reject(req.error);
  });
}

beforeEach(async () => {
  closeDbs();
  await deleteDatabase(DATABASE_NAME);
  delete window.__handlingsromEarlyRead;
});

afterEach(() => {
  closeDbs();
  window.location.hash = '';
});

describe('early read of a reload', () => {
  it('hands over the stored document with its stamp, as loadStoredDocument reads it', async () => {
    const doc = generateLargeDocument({ actions: 600, years: 3, seed: 7 });
    // Stored in another order than the chunks hold it: the stored order must come back.
    const reversed = { ...doc, actions: [...doc.actions].reverse(), plans: [...doc.plans].reverse() };
    const saved = await saveDocument(reversed);
    closeDbs();

    runEarlyRead(`#/strategy/${encodeURIComponent(doc.strategy.id)}/handlingsplan/2026`);
    expect(window.__handlingsromEarlyRead?.strategyId).toBe(doc.strategy.id);
    startBootRead(doc.strategy.id);
    const read = await takeBootRead(doc.strategy.id);
    expect(takeBootRead(doc.strategy.id)).toBeNull();

    expect(read).toEqual({ doc: reversed, stamp: saved.stamp });
    expect(read).toEqual(await loadStoredDocument(doc.strategy.id));
  });

  it('creates no database when there is none, and the app still finds nothing', async () => {
    runEarlyRead('#/strategy/missing/handlingsplan');
    await expect(window.__handlingsromEarlyRead?.rows).resolves.toBeNull();
    expect(await databaseNames()).not.toContain(DATABASE_NAME);
    startBootRead('missing');
    await expect(takeBootRead('missing')).resolves.toBeNull();
  });

  it('reads nothing from a database of an older version and does not block its upgrade', async () => {
    // Version 3 (Dexie's 30) had tiltak one row each, no chunks.
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.open(DATABASE_NAME, 30);
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
      };
      req.onsuccess = () => {
        req.result.close();
        resolve();
      };
      req.onerror = () => reject(req.error);
    });
    runEarlyRead('#/strategy/s1/foringer');
    await expect(window.__handlingsromEarlyRead?.rows).resolves.toBeNull();
    // Dexie opens (and upgrades) the same database: the early connection is gone.
    const db = new HandlingsromDb(DATABASE_NAME);
    await db.open();
    expect(db.verno).toBe(4);
    db.close();
  });

  it('is not used for another strategy than the one in the URL', async () => {
    const doc = templateDoc();
    await saveDocument(doc);
    runEarlyRead('#/strategy/other/handlingsplan');
    startBootRead(doc.strategy.id);
    const read = await takeBootRead(doc.strategy.id);
    expect(read?.doc).toEqual(doc);
  });

  it('takes rows only in the shape the tables give; otherwise the Dexie read decides', async () => {
    const doc = templateDoc();
    const { stamp } = await saveDocument(doc);
    const rows = { strategy: doc.strategy, plans: doc.plans, chunks: [{ actions: doc.actions }], order: { value: null }, touched: { key: 'touched', value: stamp } };
    expect(earlyRows(doc.strategy.id, rows)).not.toBeNull();
    expect(earlyRows('another', rows)).toBeNull();
    expect(earlyRows(doc.strategy.id, { ...rows, chunks: [{ actions: null }] })).toBeNull();
    expect(earlyRows(doc.strategy.id, { ...rows, plans: 'x' })).toBeNull();
    expect(earlyRows(doc.strategy.id, null)).toBeNull();

    // A malformed hand-over: the stored document still comes, read through Dexie.
    Object.defineProperty(window, '__handlingsromEarlyRead', { value: { strategyId: doc.strategy.id, rows: Promise.resolve({ strategy: 'broken' }) }, configurable: true });
    startBootRead(doc.strategy.id);
    await expect(takeBootRead(doc.strategy.id)).resolves.toEqual({ doc, stamp });
  });

  it('orders plans and tiltak by the stored order (first place of an id), the ones it does not name after', () => {
    const doc = generateLargeDocument({ actions: 40, years: 2, seed: 3 });
    const [first, second, ...others] = doc.actions;
    if (!first || !second) throw new Error('template without tiltak');
    const order = { planIds: doc.plans.map((p) => p.id), actionIds: [second.id, second.id, 'gone', first.id] };
    const read = documentFromRows({ strategy: doc.strategy, plans: [...doc.plans].reverse(), chunks: [{ id: 'c', strategyId: doc.strategy.id, bucket: 0, actions: [...doc.actions].reverse() }], order, touched: 'stamp' });
    expect(read.stamp).toBe('stamp');
    expect(read.doc.plans).toEqual(doc.plans);
    expect(read.doc.actions.slice(0, 2)).toEqual([second, first]);
    expect(read.doc.actions).toHaveLength(doc.actions.length);
    expect(new Set(read.doc.actions.slice(2))).toEqual(new Set(others));
  });
});
