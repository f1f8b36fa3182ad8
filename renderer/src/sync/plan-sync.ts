/**
 * The bridge between the document store and a strategy's Y.Doc: a local edit becomes the
 * changed fields in one Y.Doc transaction (origin LOCAL_ORIGIN); every other change of
 * the Y.Doc (a colleague's edit, the local copy loaded from IndexedDB, an undo) becomes a
 * new PlanDocument for the store — or, when it would make the document invalid, a
 * message, and the store keeps its last valid document. The remote path reads only the
 * entities the transaction changed (createPlanReader; the full yDocToPlan when the change
 * is structural), so a colleague's edit of one tiltak costs one tiltak, not the strategy. Undo is per user: a
 * Y.UndoManager that tracks this client's local edits only, so Ctrl+Z never takes back a
 * colleague's work. An undo that deletes an entity (undoing its creation, redoing its
 * deletion) first records what this copy had seen of it, like an ordinary deletion, so a
 * colleague's concurrent edit of it is offered back («Gjenopprett»), not lost.
 */
import * as Y from 'yjs';
import type { PlanDocument } from '@shared/domain';
import type { Message } from '@shared/i18n/message';
import { applyPlanToYDoc, createPlanReader, planTypes, recordUndoDeletions, type SyncAuthor } from '@shared/sync';

/** Origin of this window's own edits in the Y.Doc. */
export const LOCAL_ORIGIN = 'handlingsrom:local';

/** The store ↔ Y.Doc binding of one open team strategy. */
export interface PlanSync {
  readonly ydoc: Y.Doc;
  /** The current (last valid) document. */
  current(): PlanDocument;
  /** Applies a pure edit locally: the Y.Doc in one transaction; one undo step labelled `label`. */
  applyLocal(label: string, edit: (doc: PlanDocument) => PlanDocument): void;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  undoLabel(): string | null;
  redoLabel(): string | null;
  /** Why the last remote change was not taken in (null when it was). */
  invalid(): Message[] | null;
  /** Local edits made since `markSent` (shown while offline). */
  pendingLocal(): number;
  markSent(): void;
  /** Called after every change of the document, the undo stacks or the counters. */
  subscribe(listener: () => void): () => void;
  dispose(): void;
}

/** Options of createPlanSync. */
export interface PlanSyncOptions {
  ydoc: Y.Doc;
  /** The document the Y.Doc holds now. */
  initial: PlanDocument;
  /** Who edits, and the time now. */
  author: () => SyncAuthor;
}

function labelOf(item: { meta: Map<unknown, unknown> } | undefined): string | null {
  const label = item?.meta.get('label');
  return typeof label === 'string' ? label : null;
}

/** Binds a Y.Doc to the store's document. */
export function createPlanSync({ ydoc, initial, author }: PlanSyncOptions): PlanSync {
  let doc = initial;
  let invalid: Message[] | null = null;
  let pending = 0;
  let nextLabel: string | null = null;
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of listeners) listener();
  };
  // captureTimeout 0: every edit is its own undo step, as in the single-user store.
  const undoManager = new Y.UndoManager(planTypes(ydoc), { trackedOrigins: new Set([LOCAL_ORIGIN]), captureTimeout: 0 });
  undoManager.on('stack-item-added', (event: { stackItem: { meta: Map<unknown, unknown> }; type: 'undo' | 'redo' }) => {
    // A new step, or the step an undo/redo moved to the other stack: it keeps its label.
    if (nextLabel !== null) event.stackItem.meta.set('label', nextLabel);
    notify();
  });
  undoManager.on('stack-item-popped', () => notify());

  // Sees every transaction (local ones too), so it knows what changed since the last read.
  const reader = createPlanReader(ydoc);
  const onUpdate = (_update: Uint8Array, origin: unknown, _ydoc: Y.Doc, transaction: Y.Transaction) => {
    reader.track(transaction);
    if (origin === LOCAL_ORIGIN) return;
    const read = reader.read(doc);
    if (read.ok) {
      invalid = null;
      if (read.doc === doc) return;
      doc = read.doc;
    } else {
      invalid = read.errors;
    }
    notify();
  };
  ydoc.on('update', onUpdate);

  return {
    ydoc,
    current: () => doc,
    applyLocal(label, edit) {
      const next = edit(doc);
      if (next === doc) return;
      nextLabel = label;
      undoManager.stopCapturing();
      applyPlanToYDoc(ydoc, doc, next, LOCAL_ORIGIN, author());
      nextLabel = null;
      doc = next;
      pending += 1;
      notify();
    },
    undo() {
      nextLabel = labelOf(undoManager.undoStack.at(-1));
      recordUndoDeletions(ydoc, undoManager.undoStack.at(-1), author());
      undoManager.undo();
      nextLabel = null;
    },
    redo() {
      nextLabel = labelOf(undoManager.redoStack.at(-1));
      recordUndoDeletions(ydoc, undoManager.redoStack.at(-1), author());
      undoManager.redo();
      nextLabel = null;
    },
    canUndo: () => undoManager.undoStack.length > 0,
    canRedo: () => undoManager.redoStack.length > 0,
    undoLabel: () => labelOf(undoManager.undoStack.at(-1)),
    redoLabel: () => labelOf(undoManager.redoStack.at(-1)),
    invalid: () => invalid,
    pendingLocal: () => pending,
    markSent() {
      if (pending === 0) return;
      pending = 0;
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dispose() {
      ydoc.off('update', onUpdate);
      undoManager.destroy();
      listeners.clear();
    },
  };
}
