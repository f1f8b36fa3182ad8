/**
 * Failing writes (storage full …) and the writer guard, with fake-indexeddb in jsdom: the
 * error becomes a Message in words, the unsaved change is kept in the local journal and
 * the next start applies it; a window without the writer lock writes nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie from 'dexie';
import type { PlanDocument } from '@shared/domain';
import { renderMessage } from '@shared/i18n/message';
import type { HandlingsromDb } from '../../../renderer/src/db/database';
import { hasLocalJournal, loadDocument, recoverLocalJournal, saveDocument } from '../../../renderer/src/db/repositories';
import { createAutosaver } from '../../../renderer/src/state/autosaver';
import { ReadOnlyError, storageErrorMessage } from '../../../renderer/src/state/storage-error';
import { freshDb, templateDoc } from '../helpers';

let db: HandlingsromDb;
afterEach(() => {
  vi.restoreAllMocks();
  db?.close();
  localStorage.clear();
});

const withVision = (doc: PlanDocument, vision: string): PlanDocument => ({ ...doc, strategy: { ...doc.strategy, vision } });
const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storageErrorMessage', () => {
  it('maps raw error names, also wrapped by Dexie, to codes with words in both languages', () => {
    expect(storageErrorMessage(quota()).code).toBe('storage.error.quotaExceeded');
    expect(storageErrorMessage(new Dexie.AbortError('aborted', quota())).code).toBe('storage.error.quotaExceeded');
    expect(storageErrorMessage(new Dexie.DatabaseClosedError('closed')).code).toBe('storage.error.databaseClosed');
    expect(storageErrorMessage(new DOMException('x', 'InvalidStateError')).code).toBe('storage.error.invalidState');
    expect(storageErrorMessage(new DOMException('x', 'UnknownError')).code).toBe('storage.error.unknown');
    expect(storageErrorMessage(new ReadOnlyError()).code).toBe('storage.error.readOnly');
    for (const odd of [undefined, null, {}, 'text', new TypeError("Cannot read properties of undefined (reading 'col')")]) {
      expect(storageErrorMessage(odd).code).toBe('storage.error.unknown');
    }
    for (const lang of ['nb', 'en'] as const) {
      const text = renderMessage(storageErrorMessage(quota()), lang);
      expect(text).not.toMatch(/QuotaExceededError|undefined|\[object Object\]|storage\.error/);
      expect(text.length).toBeGreaterThan(20);
    }
  });
});

describe('autosaver with failing writes', () => {
  it('reports the failure, keeps the change in the local journal, and the next start applies it', async () => {
    db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    const errors: unknown[] = [];
    const failing: boolean[] = [];
    // Every write to the meta table fails: the journal, and every save (it stamps meta).
    const put = vi.spyOn(db.meta, 'put').mockImplementation(() => Dexie.Promise.reject(quota()));
    const saver = createAutosaver({
      db,
      strictDb: db,
      stored: doc,
      delayMs: 60_000,
      retryMs: 60_000,
      onError: (e) => errors.push(e),
      onFailingChange: (f) => failing.push(f),
    });
    saver.update(withVision(doc, 'Skrevet mens disken er full'));
    await saver.flush();
    expect(saver.isFailing()).toBe(true);
    expect(failing).toEqual([true]);
    expect(errors.map((e) => storageErrorMessage(e).code)).toContain('storage.error.quotaExceeded');
    expect(hasLocalJournal(doc.strategy.id)).toBe(true);
    // A later change while failing is kept too (synchronously, before any write).
    saver.update(withVision(doc, 'Enda en endring'));
    expect(localStorage.getItem(`handlingsrom:pending:${doc.strategy.id}`)).toContain('Enda en endring');
    expect((await db.strategies.get(doc.strategy.id))?.vision).toBe(doc.strategy.vision);
    saver.dispose();

    // The page is gone; the next start (writes work again) finds the change.
    put.mockRestore();
    expect(await recoverLocalJournal(doc.strategy.id, db)).toBe(true);
    expect((await loadDocument(doc.strategy.id, db))?.strategy.vision).toBe('Enda en endring');
    expect(hasLocalJournal(doc.strategy.id)).toBe(false);
  });

  it('a save queued while an earlier one is still failing writes the whole change, not nothing (the page-hide flushes)', async () => {
    // Closing a page flushes twice (visibilitychange, then pagehide) while the first flush's
    // write is still under way. The second used to be worked out against the first's target:
    // nothing to write, so it «succeeded» and cleared the local journal — the edit was lost.
    db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    const put = vi.spyOn(db.meta, 'put').mockImplementation(() => Dexie.Promise.reject(quota()));
    const saved: number[] = [];
    const saver = createAutosaver({ db, strictDb: db, stored: doc, delayMs: 60_000, retryMs: 60_000, onSaved: () => saved.push(1) });
    saver.update(withVision(doc, 'Skrevet mens disken er full'));
    await saver.flush();
    expect(saver.isFailing()).toBe(true);
    const first = saver.flush();
    const second = saver.flush(true);
    await Promise.all([first, second]);
    expect(saved).toEqual([]);
    expect(saver.isFailing()).toBe(true);
    expect(saver.isPending()).toBe(true);
    expect(localStorage.getItem(`handlingsrom:pending:${doc.strategy.id}`)).toContain('Skrevet mens disken er full');
    saver.dispose();

    put.mockRestore();
    expect(await recoverLocalJournal(doc.strategy.id, db)).toBe(true);
    expect((await loadDocument(doc.strategy.id, db))?.strategy.vision).toBe('Skrevet mens disken er full');
  });

  it('after a failed save, one that works writes every change since the last committed one', async () => {
    db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    let fail = true;
    const original = db.meta.put.bind(db.meta);
    vi.spyOn(db.meta, 'put').mockImplementation((...args: Parameters<typeof original>) => (fail ? Dexie.Promise.reject(quota()) : original(...args)));
    const saver = createAutosaver({ db, strictDb: db, stored: doc, delayMs: 60_000, retryMs: 60_000 });
    const one = withVision(doc, 'Første');
    saver.update(one);
    // Two saves queued before the first has failed; writes work again before the second runs.
    const first = saver.flush();
    const second = saver.flush(true);
    await first.catch(() => undefined);
    fail = false;
    await second;
    expect(saver.isFailing()).toBe(false);
    expect(saver.isPending()).toBe(false);
    expect((await loadDocument(doc.strategy.id, db))?.strategy.vision).toBe('Første');
    expect(hasLocalJournal(doc.strategy.id)).toBe(false);
    saver.dispose();
  });

  it('a save queued before a reset is forgotten with the rest of the pending work', async () => {
    db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    // The saves' writes wait until released, so both are still queued at the reset (a reload
    // from the tables: they hold `doc`).
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const saver = createAutosaver({ db, strictDb: db, stored: doc, delayMs: 60_000 });
    saver.update(withVision(doc, 'Første'));
    // Its recovery journal first (written at once), then the saves' transactions are held.
    await new Promise((r) => setTimeout(r, 50));
    const transaction = db.transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
    vi.spyOn(db, 'transaction').mockImplementation(((...args: unknown[]) => held.then(() => transaction(...args))) as never);
    const first = saver.flush();
    saver.update(withVision(doc, 'Glemt'));
    const second = saver.flush();
    saver.reset(doc);
    release();
    await first;
    await second;
    expect((await loadDocument(doc.strategy.id, db))?.strategy.vision).toBe(doc.strategy.vision);
    expect(saver.isPending()).toBe(false);
    saver.dispose();
  });

  it('the page going with a change not yet committed keeps it in the local journal for the next start', async () => {
    db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    // The writes a last flush starts never finish (the browser cut them off with the page).
    const transaction = vi.spyOn(db, 'transaction').mockImplementation((() => new Promise(() => undefined)) as never);
    vi.spyOn(db.meta, 'put').mockImplementation(() => new Dexie.Promise(() => undefined));
    const saver = createAutosaver({ db, strictDb: db, stored: doc, delayMs: 60_000 });
    saver.keepForNextStart();
    expect(hasLocalJournal(doc.strategy.id)).toBe(false);
    saver.update(withVision(doc, 'Skrevet rett før siden ble lastet på nytt'));
    void saver.flush();
    saver.keepForNextStart();
    expect(localStorage.getItem(`handlingsrom:pending:${doc.strategy.id}`)).toContain('Skrevet rett før siden ble lastet på nytt');
    saver.dispose();
    // The save has started (and hangs) before the next start.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(transaction).toHaveBeenCalled();

    vi.restoreAllMocks();
    expect(await recoverLocalJournal(doc.strategy.id, db)).toBe(true);
    expect((await loadDocument(doc.strategy.id, db))?.strategy.vision).toBe('Skrevet rett før siden ble lastet på nytt');
    expect(hasLocalJournal(doc.strategy.id)).toBe(false);
  });

  it('a committed save clears what keepForNextStart kept; a reader keeps nothing', async () => {
    db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    const saver = createAutosaver({ db, strictDb: db, stored: doc, delayMs: 60_000 });
    saver.update(withVision(doc, 'Lagret likevel'));
    saver.keepForNextStart();
    expect(hasLocalJournal(doc.strategy.id)).toBe(true);
    await saver.flush();
    expect(hasLocalJournal(doc.strategy.id)).toBe(false);
    saver.dispose();

    const reader = createAutosaver({ db, strictDb: db, stored: doc, delayMs: 60_000, canWrite: () => false, onError: () => undefined });
    reader.update(withVision(doc, 'Leser'));
    reader.keepForNextStart();
    expect(hasLocalJournal(doc.strategy.id)).toBe(false);
    reader.dispose();
  });

  it('works again after a failure: failing ends and the local journal is cleared', async () => {
    db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    const failing: boolean[] = [];
    const put = vi.spyOn(db.meta, 'put').mockImplementation(() => Dexie.Promise.reject(quota()));
    const saver = createAutosaver({ db, strictDb: db, stored: doc, delayMs: 60_000, retryMs: 60_000, onFailingChange: (f) => failing.push(f) });
    saver.update(withVision(doc, 'Først feilet'));
    await saver.flush();
    expect(hasLocalJournal(doc.strategy.id)).toBe(true);
    put.mockRestore();
    saver.update(withVision(doc, 'Så lagret'));
    await saver.flush();
    expect(failing).toEqual([true, false]);
    expect(saver.isFailing()).toBe(false);
    expect(hasLocalJournal(doc.strategy.id)).toBe(false);
    expect((await loadDocument(doc.strategy.id, db))?.strategy.vision).toBe('Så lagret');
    saver.dispose();
  });
});

describe('writer guard', () => {
  it('an autosaver without the writer lock writes neither rows nor journal', async () => {
    db = freshDb();
    const doc = templateDoc();
    await saveDocument(doc, db);
    const errors: unknown[] = [];
    let writer = false;
    const saver = createAutosaver({ db, strictDb: db, stored: doc, delayMs: 10, canWrite: () => writer, onError: (e) => errors.push(e) });
    saver.update(withVision(doc, 'Fra et lesevindu'));
    await saver.flush();
    await new Promise((r) => setTimeout(r, 40));
    expect((await db.strategies.get(doc.strategy.id))?.vision).toBe(doc.strategy.vision);
    expect(await db.meta.get(`pending:${doc.strategy.id}`)).toBeUndefined();
    expect(errors.some((e) => e instanceof ReadOnlyError)).toBe(true);
    // With the lock, the same autosaver writes.
    writer = true;
    await saver.flush();
    expect((await db.strategies.get(doc.strategy.id))?.vision).toBe('Fra et lesevindu');
    saver.dispose();
  });
});
