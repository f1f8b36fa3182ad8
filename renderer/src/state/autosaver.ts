/**
 * Autosave of the open document to Dexie, outside React so it can be tested and flushed
 * from page-lifecycle events. Two layers:
 *  1. right after every change, a small recovery journal (only the changed rows) goes to
 *     the `meta` table, so a reload in the middle of typing loses nothing;
 *  2. after a quiet period (~300 ms) — or at once on flush — the changed rows are written
 *     to the tables with `applyChanges` in one transaction, which also clears the journal.
 */
import type { PlanDocument } from '@shared/domain';
import type { HandlingsromDb } from '../db/database';
import { applyChanges, writePendingJournal } from '../db/repositories';

/** Options of an autosaver. */
export interface AutosaverOptions {
  db: HandlingsromDb;
  /** Connection with strict durability for explicit save points. */
  strictDb: HandlingsromDb;
  /** The document as it is stored in the tables right now. */
  stored: PlanDocument;
  delayMs: number;
  /** Called whenever «something is unsaved» changes. */
  onPendingChange?: (isPending: boolean) => void;
  onError?: (error: unknown) => void;
}

/** The autosaver of one open document. */
export interface Autosaver {
  /** The document changed (after an edit, undo or redo). */
  update(doc: PlanDocument): void;
  /** Writes everything now; with `strict`, as a durable save point. */
  flush(strict?: boolean): Promise<void>;
  /** True while something is not yet in the tables. */
  isPending(): boolean;
  /** Stops the timer (call flush first to keep the last changes). */
  dispose(): void;
}

/** Creates an autosaver for a document that is stored as `stored`. */
export function createAutosaver(options: AutosaverOptions): Autosaver {
  const { db, strictDb, delayMs, onPendingChange, onError } = options;
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

  const writeJournal = () => {
    if (journalBusy) {
      journalAgain = true;
      return;
    }
    journalBusy = true;
    writePendingJournal(base, current, seq, db)
      .catch((e: unknown) => onError?.(e))
      .finally(() => {
        journalBusy = false;
        if (journalAgain) {
          journalAgain = false;
          if (seq !== savedSeq) writeJournal();
        }
      });
  };

  const save = (strict: boolean): Promise<void> => {
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
        await applyChanges(before, target, strict ? strictDb : db, targetSeq);
        savedSeq = Math.max(savedSeq, targetSeq);
      } catch (e) {
        if (base === target) base = before;
        onError?.(e);
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
    dispose() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
