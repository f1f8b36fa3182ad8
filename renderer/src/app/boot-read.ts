/**
 * A reload onto a strategy reads its stored document at boot, beside the settings, the
 * catalogue and the workspace code, instead of after them (issue 13: reading 10 000 tiltak
 * from IndexedDB is most of a reload's wait). StrategyWorkspace takes that read once; it
 * still takes the writer lock and replays any recovery journal first, and `loadDocument`
 * uses the early rows only when the strategy's «last written» stamp is unchanged since —
 * so what is shown is exactly what is stored.
 */
import type { StoredDocument } from '../db/repositories';
import { loadStoredDocument } from '../db/repositories';
import { bootMark } from './boot-marks';

let early: { strategyId: string; read: Promise<StoredDocument | null> } | null = null;

/** Reads a strategy's stored rows with their stamp; null when not stored, unstamped or unreadable. */
export function readStoredDocument(strategyId: string): Promise<StoredDocument | null> {
  return loadStoredDocument(strategyId).then(
    (read) => {
      bootMark('read');
      return read && read.stamp !== null ? { doc: read.doc, stamp: read.stamp } : null;
    },
    () => null,
  );
}

/** Starts reading the strategy a reload lands on. */
export function startBootRead(strategyId: string): void {
  early = { strategyId, read: readStoredDocument(strategyId) };
}

/** The boot read of this strategy, if one was started and not yet taken (then null). */
export function takeBootRead(strategyId: string): Promise<StoredDocument | null> | null {
  if (early?.strategyId !== strategyId) return null;
  const { read } = early;
  early = null;
  return read;
}
