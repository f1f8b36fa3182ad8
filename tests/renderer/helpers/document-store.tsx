/**
 * Stand-ins for the document store in renderer tests: a fixed store to hand a
 * DocumentContext, and a harness that holds a document and applies edits to it as the
 * app's store does (so a form's edits can be read back).
 */
import { useState, type ReactNode } from 'react';
import type { PlanDocument } from '@shared/domain';
import { isEditError, type EditError } from '@shared/edits';
import type { DocumentStore } from '../../../renderer/src/state/document-context';
import type { RunEdit } from '../../../renderer/src/ui/use-edit';

/** A store over `doc` that applies, undoes and saves nothing; `overrides` replace its parts (e.g. a spy as `apply`). */
export function fakeDocumentStore(doc: PlanDocument, overrides: Partial<DocumentStore> = {}): DocumentStore {
  return {
    doc,
    apply: () => undefined,
    undo: () => undefined,
    redo: () => undefined,
    canUndo: false,
    canRedo: false,
    undoLabel: null,
    redoLabel: null,
    isSaving: false,
    ...overrides,
  };
}

/** Props of EditHarness. */
export interface EditHarnessProps {
  initial: PlanDocument;
  /** Called with the document after every edit that went through. */
  onDoc(doc: PlanDocument): void;
  /** The text runEdit returns for a refused edit. */
  errorText(error: EditError): string;
  children(doc: PlanDocument, runEdit: RunEdit): ReactNode;
}

/** Holds a document and applies edits to it, as the app's store does; renders `children(doc, runEdit)`. */
export function EditHarness({ initial, onDoc, errorText, children }: EditHarnessProps) {
  const [doc, setDoc] = useState(initial);
  const runEdit: RunEdit = (_label, edit) => {
    try {
      const next = edit(doc);
      setDoc(next);
      onDoc(next);
      return null;
    } catch (e) {
      if (isEditError(e)) return errorText(e);
      throw e;
    }
  };
  return <>{children(doc, runEdit)}</>;
}
