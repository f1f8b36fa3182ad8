// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain';
import type { HandlingsromDb } from '../../../renderer/src/db/database';
import { loadDocument, recoverPendingJournal, saveDocument } from '../../../renderer/src/db/repositories';
import { createAutosaver } from '../../../renderer/src/state/autosaver';
import { freshDb, templateDoc } from '../helpers';

let db: HandlingsromDb;
afterEach(() => db?.close());

const withVision = (doc: PlanDocument, vision: string): PlanDocument => ({ ...doc, strategy: { ...doc.strategy, vision } });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => Promise<boolean>, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(10);
  }
  throw new Error('timed out');
}

describe('autosaver', () => {
  it('writes changes to Dexie after the quiet period, coalescing a burst', async () => {
    db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    const pending: boolean[] = [];
    const saver = createAutosaver({ db, strictDb: db, stored: doc, delayMs: 80, onPendingChange: (p) => pending.push(p) });
    let current = doc;
    for (let i = 1; i <= 5; i++) {
      current = withVision(current, `Visjon ${i}`);
      saver.update(current);
    }
    expect(saver.isPending()).toBe(true);
    await sleep(20);
    // Not yet in the tables (debounced) ...
    expect((await db.strategies.get(doc.strategy.id))?.vision).toBe(doc.strategy.vision);
    await until(async () => (await db.strategies.get(doc.strategy.id))?.vision === 'Visjon 5');
    await until(async () => !saver.isPending());
    expect(pending).toEqual([true, false]);
    // ... and the journal is gone once the rows are written.
    expect(await db.meta.get(`pending:${doc.strategy.id}`)).toBeUndefined();
    expect(await loadDocument(doc.strategy.id, db)).toEqual(current);
    saver.dispose();
  });

  it('flush writes at once (the page is going away)', async () => {
    db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    const saver = createAutosaver({ db, strictDb: db, stored: doc, delayMs: 60_000 });
    const next = withVision(doc, 'Skrevet rett før lukking');
    saver.update(next);
    await saver.flush();
    expect((await loadDocument(doc.strategy.id, db))?.strategy.vision).toBe('Skrevet rett før lukking');
    saver.dispose();
  });

  it('a reload before the autosave restores the last edit from the journal', async () => {
    db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    const saver = createAutosaver({ db, strictDb: db, stored: doc, delayMs: 60_000 });
    saver.update(withVision(doc, 'Første'));
    saver.update(withVision(doc, 'Siste tastetrykk'));
    // The journal is written right away, without waiting for the debounce.
    await until(async () => {
      const row = await db.meta.get(`pending:${doc.strategy.id}`);
      return JSON.stringify(row?.value ?? '').includes('Siste tastetrykk');
    });
    saver.dispose(); // the page dies: no flush
    expect((await db.strategies.get(doc.strategy.id))?.vision).toBe(doc.strategy.vision);
    expect(await recoverPendingJournal(doc.strategy.id, db)).toBe(true);
    expect((await loadDocument(doc.strategy.id, db))?.strategy.vision).toBe('Siste tastetrykk');
  });

  it('undo back to the stored document leaves no stale journal behind', async () => {
    db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    const saver = createAutosaver({ db, strictDb: db, stored: doc, delayMs: 30 });
    saver.update(withVision(doc, 'Midlertidig'));
    saver.update(doc);
    await saver.flush();
    await sleep(50);
    expect(await recoverPendingJournal(doc.strategy.id, db)).toBe(false);
    expect(await loadDocument(doc.strategy.id, db)).toEqual(doc);
    saver.dispose();
  });
});
