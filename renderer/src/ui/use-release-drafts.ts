/**
 * A restored draft stays in the draft store until the edit it became is stored: a reload in
 * the moments between — before the autosave has written it — restores it again instead of
 * losing it. The hook returns `release(entries)`: call it right after committing restored
 * drafts (in the same event or effect, so the edit and the hook's tick render together).
 * - the commit changed the document → the drafts go once the store reports it saved;
 * - it changed nothing (the text was already stored) → they go at once;
 * - a draft the user has typed again since is kept (it is theirs now, not the restored one).
 * Outside a document store (nothing to wait for) the drafts go at once.
 */
import { useCallback, useContext, useEffect, useRef, useState } from 'react';
import type { PlanDocument } from '@shared/domain/document';
import { DocumentContext } from '../state/document-context';
import { clearDraftIf } from './draft-store';

interface Waiting {
  entries: readonly (readonly [string, string])[];
  before: PlanDocument;
  tick: number;
  changed: boolean | null;
}

/** `release(entries)`: forget these [draft key, text] once their edit is stored. */
export function useReleaseDraftsWhenStored(): (entries: readonly (readonly [string, string])[]) => void {
  const store = useContext(DocumentContext);
  const doc = store?.doc ?? null;
  const isSaving = store?.isSaving ?? false;
  const [tick, setTick] = useState(0);
  const counter = useRef(0);
  const waiting = useRef<Waiting[]>([]);
  const docSeen = useRef(doc);
  docSeen.current = doc;

  useEffect(() => {
    if (waiting.current.length === 0) return;
    waiting.current = waiting.current.filter((w) => {
      if (tick < w.tick) return true; // the commit has not rendered yet
      w.changed ??= doc !== w.before;
      if (w.changed && isSaving) return true;
      for (const [key, text] of w.entries) clearDraftIf(key, text);
      return false;
    });
  }, [doc, isSaving, tick]);

  return useCallback((entries) => {
    if (entries.length === 0) return;
    const before = docSeen.current;
    if (before === null) {
      for (const [key, text] of entries) clearDraftIf(key, text);
      return;
    }
    counter.current += 1;
    waiting.current.push({ entries, before, tick: counter.current, changed: null });
    setTick(counter.current);
  }, []);
}
