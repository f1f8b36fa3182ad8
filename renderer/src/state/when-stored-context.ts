/**
 * «When stored»: runs a callback once every edit applied so far is stored (at once when the
 * edits changed nothing). A restored draft leaves the draft store this way, not before its
 * edit is safe. A context of its own with a value that never changes, so a component that
 * uses it (the tiltak table) does not redraw when the save state does.
 */
import { createContext } from 'react';

/** Runs `run` once the edits applied so far (in this event or effect) are stored. */
export type WhenStored = (run: () => void) => void;

/** The document store's «when stored»; null outside a document store. */
export const WhenStoredContext = createContext<WhenStored | null>(null);
