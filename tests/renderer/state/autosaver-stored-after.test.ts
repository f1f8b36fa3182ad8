/**
 * A plan file shown while a worker still writes it (issue 13, point 3): its autosaver
 * counts as saving and writes nothing before that write commits; edits made meanwhile are
 * written after it. When the write fails, nothing of the document is in the tables: the
 * autosaver is failing, keeps no local journal (it would be a change against a document the
 * tables do not hold), and its retry writes the whole document.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain';
import type { HandlingsromDb } from '../../../renderer/src/db/database';
import { loadDocument, saveDocument } from '../../../renderer/src/db/repositories';
import { createAutosaver } from '../../../renderer/src/state/autosaver';
import { freshDb, templateDoc } from '../helpers';

let db: HandlingsromDb;
afterEach(() => db?.close());

const withVision = (doc: PlanDocument, vision: string): PlanDocument => ({ ...doc, strategy: { ...doc.strategy, vision } });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean | Promise<boolean>, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(10);
  }
  throw new Error('timed out');
}

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: unknown) => void } {
  let resolve: () => void = () => undefined;
  let reject: (e: unknown) => void = () => undefined;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

describe('autosaver after a write still under way (storedAfter)', () => {
  it('is saving and writes nothing until that write commits, then writes the edits made meanwhile', async () => {
    db = freshDb();
    const doc = templateDoc();
    const write = deferred();
    const pending: boolean[] = [];
    let saved = 0;
    const saver = createAutosaver({ db, strictDb: db, stored: doc, delayMs: 10, storedAfter: write.promise, onPendingChange: (p) => pending.push(p), onSaved: () => (saved += 1) });
    expect(saver.isPending()).toBe(true);
    const edited = withVision(doc, 'Endret mens filen ble lagret');
    saver.update(edited);
    void saver.flush();
    await sleep(60);
    // Neither the rows nor a journal of the edit: the tables do not hold the document yet.
    expect(await db.strategies.get(doc.strategy.id)).toBeUndefined();
    expect(await db.meta.get(`pending:${doc.strategy.id}`)).toBeUndefined();
    expect(saver.isPending()).toBe(true);
    // The worker's write (here: this thread's) commits, then the autosaver goes on from it.
    await saveDocument(doc, db);
    write.resolve();
    await until(() => !saver.isPending());
    expect(await loadDocument(doc.strategy.id, db)).toEqual(edited);
    expect(pending.at(-1)).toBe(false);
    expect(saved).toBeGreaterThanOrEqual(1);
    saver.dispose();
  });

  it('a failed write: failing, no local journal, and the retry writes the whole document', async () => {
    db = freshDb();
    const doc = templateDoc();
    const localJournal = `handlingsrom:pending:${doc.strategy.id}`;
    localStorage.removeItem(localJournal);
    const write = deferred();
    const errors: unknown[] = [];
    const failing: boolean[] = [];
    const saver = createAutosaver({
      db,
      strictDb: db,
      stored: doc,
      delayMs: 10,
      retryMs: 30,
      storedAfter: write.promise,
      onError: (e) => errors.push(e),
      onFailingChange: (f) => failing.push(f),
    });
    const quota = Object.assign(new Error('full'), { name: 'QuotaExceededError' });
    write.reject(quota);
    await until(() => saver.isFailing());
    expect(errors[0]).toBe(quota);
    const edited = withVision(doc, 'Endret etter at lagringen feilet');
    saver.update(edited);
    expect(localStorage.getItem(localJournal)).toBeNull();
    // The retry stores the document as a whole (nothing of it was in the tables).
    await until(async () => (await loadDocument(doc.strategy.id, db)) !== null);
    await until(() => !saver.isPending());
    expect(await loadDocument(doc.strategy.id, db)).toEqual(edited);
    expect(saver.isFailing()).toBe(false);
    expect(failing).toEqual([true, false]);
    saver.dispose();
  });
});
