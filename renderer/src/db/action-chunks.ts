/**
 * Tiltak are stored in chunks (Dexie version 4): per strategy at most ACTION_BUCKETS rows,
 * each holding the tiltak whose id hashes to its bucket. IndexedDB pays per record (a put,
 * an index entry, a commit with one entry per row), so 10 000 tiltak as 10 000 rows made
 * storing a plan file take over a second; as 64 rows it is a fraction of that, and a
 * reload reads 64 records instead of 10 000. An edit rewrites one chunk (~1/64 of the
 * strategy's tiltak). The bucket depends only on the tiltak's id, so an edit finds its
 * chunk without reading the others, also when it moves a tiltak to another plan.
 */
import type { Action } from '@shared/domain';

/** Chunks per strategy. Never change it: stored chunks were placed with this count. */
export const ACTION_BUCKETS = 64;

/** One chunk of a strategy's tiltak. */
export interface ActionChunkRow {
  /** `${strategyId}:${bucket}` (ids are [A-Za-z0-9_-], so the colon cannot clash). */
  id: string;
  strategyId: string;
  bucket: number;
  actions: Action[];
}

/** The bucket of a tiltak id: FNV-1a over its UTF-16 units, modulo ACTION_BUCKETS. */
export function actionBucket(id: string): number {
  if (typeof id !== 'string') throw new TypeError(`Tiltak uten gyldig id: ${String(id)}`);
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    hash ^= id.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % ACTION_BUCKETS;
}

/** Key of a strategy's chunk. */
export function chunkId(strategyId: string, bucket: number): string {
  return `${strategyId}:${bucket}`;
}

/** A strategy's tiltak as chunk rows (only the non-empty buckets), in their given order within each chunk. */
export function chunkActions(strategyId: string, actions: readonly Action[]): ActionChunkRow[] {
  const buckets = new Map<number, Action[]>();
  for (const action of actions) {
    const bucket = actionBucket(action.id);
    let list = buckets.get(bucket);
    if (!list) {
      list = [];
      buckets.set(bucket, list);
    }
    list.push(action);
  }
  return [...buckets].map(([bucket, list]) => ({ id: chunkId(strategyId, bucket), strategyId, bucket, actions: list }));
}

/** The changes to a strategy's tiltak, grouped by the chunk they touch. */
export interface ChunkChange {
  id: string;
  bucket: number;
  put: Map<string, Action>;
  deleteIds: Set<string>;
}

/** Groups tiltak to write and ids to delete by chunk. */
export function chunkChanges(strategyId: string, put: readonly Action[], deleteIds: readonly string[]): ChunkChange[] {
  const changes = new Map<number, ChunkChange>();
  const of = (id: string): ChunkChange => {
    const bucket = actionBucket(id);
    let change = changes.get(bucket);
    if (!change) {
      change = { id: chunkId(strategyId, bucket), bucket, put: new Map(), deleteIds: new Set() };
      changes.set(bucket, change);
    }
    return change;
  };
  for (const id of deleteIds) of(id).deleteIds.add(id);
  for (const action of put) of(action.id).put.set(action.id, action);
  return [...changes.values()];
}

/**
 * A chunk's tiltak after a change: deleted ones left out, changed ones replaced in place,
 * new ones appended. The result is a new array; `stored` is not changed.
 */
export function applyChunkChange(stored: readonly Action[], change: ChunkChange): Action[] {
  const pending = new Map(change.put);
  const next: Action[] = [];
  for (const action of stored) {
    if (change.deleteIds.has(action.id)) continue;
    const replaced = pending.get(action.id);
    if (replaced) {
      next.push(replaced);
      pending.delete(action.id);
    } else next.push(action);
  }
  for (const action of pending.values()) next.push(action);
  return next;
}
