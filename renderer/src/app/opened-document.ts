/**
 * Hand-over from «Åpne fil …» to the workspace: the document of a plan file has just been
 * validated, so the workspace can take it as it is instead of reading every row straight
 * back (for 10 000 tiltak, a good part of opening the file). Holds one document and gives
 * it once. Written already (`written` absent): `loadDocument` still checks against the
 * tables' stamp that nothing was written since, so a hand-over that comes too late only
 * costs the read. Still being written (`written`, by the worker that stores it): the
 * workspace shows it at once and its store writes nothing before that write commits; the
 * workspace starts that write (`startWrite`) once it has painted the document.
 */
import type { StoredDocument } from '../db/repositories';

/** A document handed over, with the write that stores it when that is still under way. */
export interface HandedOverDocument extends StoredDocument {
  /** Resolves when the document is in the tables (with `stamp`); rejects when the write failed. */
  written?: Promise<void>;
  /** Starts `written` (it waits for this, or starts by itself a little later): called once the document is painted, or before waiting for it. */
  startWrite?: () => void;
}

let handedOver: HandedOverDocument | null = null;

/** Leaves the document just opened for the workspace that opens its strategy next. */
export function handOverStoredDocument(stored: HandedOverDocument): void {
  handedOver = stored;
}

/**
 * The document handed over for `strategyId`, once; null when there is none. One for another
 * strategy stays (the workspace may run once more for the strategy it is leaving).
 */
export function takeStoredDocument(strategyId: string): HandedOverDocument | null {
  if (handedOver?.doc.strategy.id !== strategyId) return null;
  const stored = handedOver;
  handedOver = null;
  return stored;
}
