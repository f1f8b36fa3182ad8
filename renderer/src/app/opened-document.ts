/**
 * Hand-over from «Åpne fil …» to the workspace: the document of a plan file has just been
 * validated and written to Dexie, so the workspace can take it as it is instead of reading
 * every row straight back (for 10 000 tiltak, a good part of opening the file). Holds one
 * document and gives it once; `loadDocument` still checks against the tables' stamp that
 * nothing was written since, so a hand-over that comes too late only costs the read.
 */
import type { StoredDocument } from '../db/repositories';

let handedOver: StoredDocument | null = null;

/** Leaves the document just stored for the workspace that opens its strategy next. */
export function handOverStoredDocument(stored: StoredDocument): void {
  handedOver = stored;
}

/**
 * The document handed over for `strategyId`, once; null when there is none. One for another
 * strategy stays (the workspace may run once more for the strategy it is leaving).
 */
export function takeStoredDocument(strategyId: string): StoredDocument | null {
  if (handedOver?.doc.strategy.id !== strategyId) return null;
  const stored = handedOver;
  handedOver = null;
  return stored;
}
