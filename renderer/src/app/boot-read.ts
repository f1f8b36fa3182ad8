/**
 * A reload onto a strategy reads its stored document before the app's code has loaded
 * (renderer/public/early-read.js, started by index.html) or, failing that, at boot beside
 * the settings, the catalogue and the workspace code — not after them (issue 13: reading
 * 10 000 tiltak from IndexedDB is most of a reload's wait). StrategyWorkspace takes that
 * read once; it still takes the writer lock and replays any recovery journal first, and
 * `loadDocument` uses the early rows only when the strategy's «last written» stamp is
 * unchanged since — so what is shown is exactly what is stored.
 */
import type { ActionPlan, Strategy } from '@shared/domain';
import type { ActionChunkRow } from '../db/action-chunks';
import type { StoredDocument, StrategyRows } from '../db/repositories';
import { documentFromRows, loadStoredDocument } from '../db/repositories';
import { bootMark } from './boot-marks';

declare global {
  interface Window {
    /** The rows early-read.js started reading (absent when the page did not open on a strategy). */
    __handlingsromEarlyRead?: { strategyId: string; rows: Promise<unknown> };
  }
}

let early: { strategyId: string; read: Promise<StoredDocument | null> } | null = null;

const stamped = (read: { doc: StoredDocument['doc']; stamp: string | null } | null): StoredDocument | null => {
  bootMark('read');
  return read && read.stamp !== null ? { doc: read.doc, stamp: read.stamp } : null;
};

/** Reads a strategy's stored rows with their stamp; null when not stored, unstamped or unreadable. */
export function readStoredDocument(strategyId: string): Promise<StoredDocument | null> {
  return loadStoredDocument(strategyId).then(stamped, () => null);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

const metaValue = (row: unknown): unknown => (isRecord(row) ? row['value'] : undefined);

/** The rows as early-read.js hands them over, when they have the shape the tables give. */
export function earlyRows(strategyId: string, raw: unknown): StrategyRows | null {
  if (!isRecord(raw)) return null;
  const { strategy, plans, chunks } = raw;
  if (!isRecord(strategy) || strategy['id'] !== strategyId || !Array.isArray(plans) || !Array.isArray(chunks)) return null;
  if (!chunks.every((c) => isRecord(c) && Array.isArray(c['actions']))) return null;
  return {
    // As Dexie would return them: the tables' own rows, written by this app.
    strategy: strategy as unknown as Strategy,
    plans: plans as ActionPlan[],
    chunks: chunks as ActionChunkRow[],
    order: metaValue(raw['order']),
    touched: metaValue(raw['touched']),
  };
}

/** Starts (or takes over from early-read.js) the read of the strategy a reload lands on. */
export function startBootRead(strategyId: string): void {
  const started = typeof window === 'undefined' ? undefined : window.__handlingsromEarlyRead;
  const read =
    started?.strategyId === strategyId
      ? started.rows.then(
          (raw) => {
            const rows = earlyRows(strategyId, raw);
            // Anything unexpected (no such table yet, another shape): read through Dexie.
            return rows ? stamped(documentFromRows(rows)) : readStoredDocument(strategyId);
          },
          () => readStoredDocument(strategyId),
        )
      : readStoredDocument(strategyId);
  early = { strategyId, read };
}

/** The boot read of this strategy, if one was started and not yet taken (then null). */
export function takeBootRead(strategyId: string): Promise<StoredDocument | null> | null {
  if (early?.strategyId !== strategyId) return null;
  const { read } = early;
  early = null;
  return read;
}
