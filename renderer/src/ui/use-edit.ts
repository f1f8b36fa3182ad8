/**
 * Runs a pure edit from shared/edits through the document store. The edit is tried first
 * on the current document, so a refusal (EditError) comes back as a message for the UI
 * instead of being thrown inside the store's reducer; only an edit that succeeds becomes
 * an undo step. The result computed here is reused, so ids created by the edit are the
 * ones that end up in the document.
 */
import { useCallback, useLayoutEffect, useRef } from 'react';
import type { PlanDocument } from '@shared/domain';
import { documentKronerTotal, documentKronerTotalAfter, documentTotalMessage } from '@shared/domain/limits';
import { isEditError } from '@shared/edits';
import { useDocumentStore } from '../state/document-context';
import { useRenderMessage } from './messages';

/**
 * The sum of all amounts of each document the editor has seen (documentKronerTotal), so an
 * edit adds only what it changed instead of summing the whole plan again.
 */
const kronerTotals = new WeakMap<PlanDocument, number>();

function totalOf(doc: PlanDocument): number {
  let total = kronerTotals.get(doc);
  if (total === undefined) {
    total = documentKronerTotal(doc);
    kronerTotals.set(doc, total);
  }
  return total;
}

/** Applies an edit; returns null when it was applied (or changed nothing), else the refusal in the user's language. */
export type RunEdit = (label: string, edit: (doc: PlanDocument) => PlanDocument) => string | null;

/** The edit runner for the open document. */
export function useEdit(): RunEdit {
  const { doc, apply } = useDocumentStore();
  const render = useRenderMessage();
  const latest = useRef(doc);
  useLayoutEffect(() => {
    latest.current = doc;
  }, [doc]);
  return useCallback<RunEdit>(
    (label, edit) => {
      const base = latest.current;
      let next: PlanDocument;
      try {
        next = edit(base);
      } catch (e) {
        if (isEditError(e)) return render(e);
        throw e;
      }
      if (next === base) return null;
      // The plan's sum of all amounts must stay exact (shared/domain/limits.ts); the file reader refuses the same.
      const nextTotal = documentKronerTotalAfter(base, totalOf(base), next);
      const tooLarge = documentTotalMessage(nextTotal);
      if (tooLarge) return render(tooLarge);
      kronerTotals.set(next, nextTotal);
      apply(label, (current) => {
        if (current === base) return next;
        try {
          return edit(current);
        } catch {
          return current;
        }
      });
      // Several edits in one event chain on each other before React re-renders.
      latest.current = next;
      return null;
    },
    [apply, render],
  );
}
