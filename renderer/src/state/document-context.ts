/**
 * The open plan document as the UI sees it: the current PlanDocument and the one way to
 * change it — `apply(label, edit)` with a pure edit function (see shared/edits). Every
 * applied edit is one undo step and is autosaved to Dexie. The provider lives in
 * DocumentProvider.tsx; components only use `useDocumentStore()`.
 */
import { createContext, useContext } from 'react';
import type { PlanDocument } from '@shared/domain';

/** A pure edit: returns a new document (or the same one when nothing changed). */
export type DocumentEdit = (doc: PlanDocument) => PlanDocument;

/** What components get from the document store. */
export interface DocumentStore {
  doc: PlanDocument;
  /** Applies a pure edit as one undo step (label shown in the undo menu / status line). */
  apply(label: string, edit: DocumentEdit): void;
  undo(): void;
  redo(): void;
  canUndo: boolean;
  canRedo: boolean;
  /** Label of the step Ctrl+Z would undo, for the UI. */
  undoLabel: string | null;
  redoLabel: string | null;
  /** True while an autosave to Dexie is pending. */
  isSaving: boolean;
}

/** React context carrying the document store. */
export const DocumentContext = createContext<DocumentStore | null>(null);

/** The document store of the open plan; throws outside a DocumentProvider. */
export function useDocumentStore(): DocumentStore {
  const store = useContext(DocumentContext);
  if (!store) throw new Error('useDocumentStore must be used inside a DocumentProvider');
  return store;
}
