/**
 * Autosave of the open document to Dexie, outside React so it can be tested and flushed
 * from page-lifecycle events. Two layers:
 *  1. right after every change, a small recovery journal (only the changed rows) goes to
 *     the `meta` table, so a reload in the middle of typing loses nothing;
 *  2. after a quiet period (~300 ms) — or at once on flush — the changed rows are written
 *     to the tables with `applyChanges` in one transaction, which also clears the journal.
 * While writes fail (storage full …) the autosaver is «failing»: every change is also kept
 * in the local journal (localStorage, synchronous) that the next start applies, and the
 * save is retried. When the page goes with something not yet committed, that goes to the
 * local journal too (`keepForNextStart`): the browser may abort the writes a last flush
 * starts. Only the window holding the writer lock writes (`canWrite`).
 */
import type { PlanDocument } from '@shared/domain';
import type { HandlingsromDb } from '../db/database';
import { applyChanges, clearLocalJournal, saveDocument, writeLocalJournal, writePendingJournal } from '../db/repositories';
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
  /**
   * The write of `stored` itself, when it is still under way (a plan file just opened, stored
   * by a worker): until it commits the autosaver counts as saving and writes nothing, then
   * goes on from `stored`. If it fails the autosaver is failing, and its retries write the
   * whole document (the tables do not hold `stored`: a change against it would mix two
   * documents), with no local journal (it would be a change against `stored` too).
   */
  storedAfter?: Promise<void>;
}

/** The autosaver of one open document. */
export interface Autosaver {
  /** The document changed (after an edit, undo or redo). */
  update(doc: PlanDocument): void;
  /** Writes everything now; with `strict`, as a durable save point. */
  flush(strict?: boolean): Promise<void>;
  /**
   * The page is going (reload, close): keeps what is not yet committed in the local journal
   * (synchronous), since the browser may abort the writes a flush has just started.
   */
  keepForNextStart(): void;
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
  // The strict save-point connection may be made on first use (a getter).
  const strictTarget = (): HandlingsromDb => (typeof strictDb === 'function' ? strictDb() : strictDb);
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
  /** Counts resets: a save queued before one is forgotten with the rest of the pending work. */
  let epoch = 0;
  /** The state of `storedAfter`: none (or committed), still pending, or failed. */
  let initial: 'none' | 'pending' | 'failed' = options.storedAfter ? 'pending' : 'none';

  const pending = () => saving > 0 || seq !== savedSeq;
  const report = () => {
    const now = pending();
    if (now !== lastPending) {
      lastPending = now;
      onPendingChange?.(now);
    }
  };

  const keepLocally = () => {
    if (failing && initial !== 'failed') writeLocalJournal(stored, current, seq);
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
    // Before the document itself is stored a journal against it means nothing (written once it is).
    if (!canWrite() || initial !== 'none') return;
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
    // What to write is captured now; what it is written against is worked out when it runs:
    // saves run in order, so `stored` is then exactly what the tables hold. (Taken at queue
    // time — the target of the save before — a save queued behind one that then failed
    // would miss that one's change: closing a page flushes twice while the first write is
    // still under way, and the second found nothing to write, «succeeded» and cleared the
    // local journal.)
    const target = current;
    const targetSeq = seq;
    const queuedIn = epoch;
    base = target;
    saving++;
    report();
    chain = chain.then(async () => {
      const before = stored;
      try {
        if (queuedIn !== epoch) return;
        if (initial === 'failed') {
          // The whole document: the tables do not hold `before` (its own write failed).
          await saveDocument(target, strict ? strictTarget() : db);
          initial = 'none';
        } else {
          // Always run (even when nothing differs) so the journal row is cleared.
          await applyChanges(before, target, strict ? strictTarget() : db, targetSeq);
        }
        savedSeq = Math.max(savedSeq, targetSeq);
        stored = target;
        clearLocalJournal(target.strategy.id, savedSeq);
        setFailing(false);
        onSaved?.();
      } catch (e) {
        // Nothing queued after it: the journal's base is again what the tables hold.
        if (base === target) base = stored;
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

  if (options.storedAfter) {
    saving++;
    lastPending = true;
    chain = options.storedAfter.then(
      () => {
        initial = 'none';
        onSaved?.();
        // Changes made while it was written: their journal now (their rows follow with the timer).
        if (seq !== savedSeq) writeJournal();
      },
      (e: unknown) => {
        initial = 'failed';
        setFailing(true);
        onError?.(e);
        if (timer) clearTimeout(timer);
        timer = canWrite()
          ? setTimeout(() => {
              timer = null;
              void save(false);
            }, retryMs)
          : null;
      },
    );
    void chain.finally(() => {
      saving--;
      report();
    });
  }

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
    keepForNextStart() {
      // Not in a window without the writer lock (the writer keeps its own), nor while the
      // document's first write has failed (a change against `stored` means nothing then).
      if (!pending() || !canWrite() || initial !== 'none') return;
      writeLocalJournal(stored, current, seq);
    },
    isPending: pending,
    isFailing: () => failing,
    reset(doc) {
      epoch++;
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
