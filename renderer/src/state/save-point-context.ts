/**
 * Explicit save points next to the document store: `flush()` writes every pending change
 * to Dexie now (strict durability), e.g. before the plan file is written or the user
 * leaves the strategy.
 */
import { createContext, useContext } from 'react';

/** Writes pending changes now; `strict` makes it a durable save point. */
export type FlushDocument = (strict?: boolean) => Promise<void>;

/** Context carrying the flush function of the open document. */
export const SavePointContext = createContext<FlushDocument | null>(null);

/** The flush function of the open document; throws outside a DocumentProvider. */
export function useFlushDocument(): FlushDocument {
  const flush = useContext(SavePointContext);
  if (!flush) throw new Error('useFlushDocument must be used inside a DocumentProvider');
  return flush;
}
