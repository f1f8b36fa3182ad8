/**
 * A restored draft stays in the draft store until the edit it became is stored: a reload in
 * the moments between — before the autosave has written it — restores it again instead of
 * losing it. The hook returns `release(entries)`: call it right after committing restored
 * drafts (in the same event or effect). The document store (WhenStoredContext) runs it:
 * - the commit changed the document → the drafts go once the store reports it saved;
 * - it changed nothing (the text was already stored) → they go at once;
 * - a draft the user has typed again since is kept (it is theirs now, not the restored one).
 * Outside a document store (nothing to wait for) the drafts go at once.
 */
import { useCallback, useContext } from 'react';
import { WhenStoredContext } from '../state/when-stored-context';
import { clearDraftIf } from './draft-store';

/** `release(entries)`: forget these [draft key, text] once their edit is stored. */
export function useReleaseDraftsWhenStored(): (entries: readonly (readonly [string, string])[]) => void {
  const whenStored = useContext(WhenStoredContext);
  return useCallback(
    (entries) => {
      if (entries.length === 0) return;
      const clear = () => {
        for (const [key, text] of entries) clearDraftIf(key, text);
      };
      if (whenStored) whenStored(clear);
      else clear();
    },
    [whenStored],
  );
}
