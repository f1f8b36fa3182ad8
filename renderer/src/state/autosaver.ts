/**
 * Autosave of the open document to Dexie, outside React so it can be tested and flushed
 * from page-lifecycle events. Two layers:
 *  1. right after every change, a small recovery journal (only the changed rows) goes to
 *     the `meta` table, so a reload in the middle of typing loses nothing;
 *  2. after a quiet period (~300 ms) — or at once on flush — the changed rows are written
 *     to the tables with `applyChanges` in one transaction, which also clears the journal.
 * While writes fail (storage full …) the autosaver is «failing»: every change is also kept
 * in the local journal (localStorage, synchronous) that the next start applies, and the
 * save is retried. Only the window holding the writer lock writes (`canWrite`).
 */
import type { PlanDocument } from '@shared/domain';
import type { HandlingsromDb } from '../db/database';
import { applyChanges, clearLocalJournal, writeLocalJournal, writePendingJournal } from '../db/repositories';
import { ReadOnlyError } from './storage-error';

/** Options of an autosaver. */
export interface AutosaverOptions {
  db: HandlingsromDb;
  /** Connection with strict durability for explicit save points (or how to get it when first needed). */
  strictDb: HandlingsromDb | (() => HandlingsromDb);
  /** The document as it is stored in the tables right now. */
  stored: PlanDocument;
  delayMs: number;
  /** Called whenever «something is unsaved» changes. */
  onPendingChange?: (isPending: boolean) => void;
  onError?: (error: unknown) => void;
  /** Whether this window may write (holds the writer lock); default: always. */
  canWrite?: () => boolean;
  /** Called after a write was committed to the tables. */
  onSaved?: () => void;
  /** Called when writes start failing (true) or work again (false). */
  onFailingChange?: (isFailing: boolean) => void;
  /** Wait before a failed save is tried again (default 5 s). */
  retryMs?: number;
}

/** The autosaver of one open document. */
export interface Autosaver {
  /** The document changed (after an edit, undo or redo). */
  update(doc: PlanDocument): void;
  /** Writes everything now; with `strict`, as a durable save point. */
  flush(strict?: boolean): Promise<void>;
  /** True while something is not yet in the tables. */
  isPending(): boolean;
  /** True while the last write failed and nothing has been written since. */
  isFailing(): boolean;
  /** Takes `doc` as what the tables hold now (after a reload from them); forgets pending work. */
  reset(doc: PlanDocument): void;
  /** Stops the timer (call flush first to keep the last changes). */
  dispose(): void;
}

/** Creates an autosaver for a document that is stored as `stored`. */
export function createAutosaver(options: AutosaverOptions): Autosaver {
  const { db, strictDb, delayMs, onPendingChange, onError, onSaved, onFailingChange } = options;
  const canWrite = options.canWrite ?? (() => true);
  const retryMs = options.retryMs ?? 5000;
  /** What the tables hold for certain (the target of the last committed save). */
  let stored = options.stored;
  let failing = false;
  /** What the tables will hold once every started save has run. */
  let base = options.stored;
  let current = options.stored;
  let seq = 0;
  let savedSeq = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let journalBusy = false;
  let journalAgain = false;
  let chain: Promise<void> = Promise.resolve();
  let saving = 0;
  let lastPending = false;

  const pending = () => saving > 0 || seq !== savedSeq;
  const report = () => {
    const now = pending();
    if (now !== lastPending) {
      lastPending = now;
      onPendingChange?.(now);
    }
  };

  const keepLocally = () => {
    if (failing) writeLocalJournal(stored, current, seq);
  };

  const setFailing = (next: boolean) => {
    if (failing === next) return;
    failing = next;
    onFailingChange?.(next);
  };

  const fail = (e: unknown) => {
    setFailing(true);
    keepLocally();
    onError?.(e);
  };

  const writeJournal = () => {
    if (!canWrite()) return;
    if (journalBusy) {
      journalAgain = true;
      return;
    }
    journalBusy = true;
    writePendingJournal(base, current, seq, db)
      .catch((e: unknown) => fail(e))
      .finally(() => {
        journalBusy = false;
        if (journalAgain) {
          journalAgain = false;
          if (seq !== savedSeq) writeJournal();
        }
      });
  };

  const save = (strict: boolean): Promise<void> => {
    // The guard: a window without the writer lock never writes (see writer-lock.ts).
    if (!canWrite()) {
      onError?.(new ReadOnlyError());
      return chain;
    }
    // Capture what to write now: saves run in order, so each one starts from the target of
    // the one before it (`base`), which is what the tables will hold when it runs.
    const before = base;
    const target = current;
    const targetSeq = seq;
    base = target;
    saving++;
    report();
    chain = chain.then(async () => {
      try {
        // Always run (even when nothing differs) so the journal row is cleared.
        await applyChanges(before, target, strict ? (typeof strictDb === 'function' ? strictDb() : strictDb) : db, targetSeq);
        savedSeq = Math.max(savedSeq, targetSeq);
        stored = target;
        clearLocalJournal(target.strategy.id, savedSeq);
        setFailing(false);
        onSaved?.();
      } catch (e) {
        if (base === target) base = before;
        fail(e);
        if (!timer && canWrite()) {
          timer = setTimeout(() => {
            timer = null;
            void save(false);
          }, retryMs);
        }
      } finally {
        saving--;
        report();
      }
    });
    return chain;
  };

  return {
    update(doc) {
      if (doc === current) return;
      current = doc;
      seq++;
      report();
      keepLocally();
      writeJournal();
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        void save(false);
      }, delayMs);
    },
    flush(strict = false) {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
      if (!strict && seq === savedSeq && saving === 0) return chain;
      return save(strict);
    },
    isPending: pending,
    isFailing: () => failing,
    reset(doc) {
      if (timer) clearTimeout(timer);
      timer = null;
      base = doc;
      stored = doc;
      current = doc;
      savedSeq = seq;
      setFailing(false);
      report();
    },
    dispose() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
