/**
 * Slettemerker: what a copy had seen of an entity when it deleted it. Yjs records a
 * deletion without saying what the deleter knew, so a copy that edited the entity
 * offline could not tell «deleted after seeing my edit» from «deleted while I edited».
 * The deleting transaction therefore writes, next to the deletion and in the same
 * transaction (so every copy receives both together), a record in the Y.Doc's `$deleted`
 * map keyed by the deleted entity's Yjs item: who deleted it, when, and for every client
 * that ever wrote to the entity, how far the deleter had seen that client's writes. A
 * field write beyond that point was unseen: the deletion and the write were concurrent
 * (delete-conflicts.ts).
 *
 * This module imports only yjs (plan-ydoc.ts calls it while it deletes).
 */
import * as Y from 'yjs';

/** Name of the Y.Map that holds the deletion records (item id → DeletionRecord). */
export const DELETIONS_MAP = '$deleted';

/** Slettemerke: a deletion of one entity, with what the deleter had seen. */
export interface DeletionRecord {
  /** The collection's Y.Map name (`c:actions` …). */
  collection: string;
  entityId: string;
  /** Who deleted it (null: unknown, e.g. an upload). */
  by: string | null;
  /** When (ISO), when known. */
  at: string | null;
  /**
   * Client id → the first clock of that client the deleter had NOT seen: for every client
   * that wrote to the entity, or (a handlingsplan, whose tiltak and oppfølging go with it)
   * for every client the deleter knew.
   */
  seen: Record<string, number>;
}

/** Key of an entity's Yjs item (the map entry that holds it): `client:clock`. */
export function itemKey(item: Y.Item): string {
  return `${item.id.client}:${item.id.clock}`;
}

/** Type guard for a deletion record read from the Y.Doc. */
export function isDeletionRecord(value: unknown): value is DeletionRecord {
  if (typeof value !== 'object' || value === null) return false;
  const seen: unknown = Reflect.get(value, 'seen');
  return typeof Reflect.get(value, 'collection') === 'string' && typeof Reflect.get(value, 'entityId') === 'string' && typeof seen === 'object' && seen !== null;
}

/** The clients that wrote to an entity (every write of every field, also overwritten ones). */
function writersOf(entity: Y.Map<unknown>): Set<number> {
  const clients = new Set<number>();
  for (const latest of entity._map.values()) {
    // A field's history: each write's left neighbour is the write it replaced.
    for (let item: Y.Item | null = latest; item !== null; item = item.left) clients.add(item.id.client);
  }
  return clients;
}

/**
 * Merk slettingene: call inside the transaction that deletes `ids` from the collection
 * `map`, before deleting them. Writes one deletion record per entity that exists. With
 * `wholeState` (a plan: what it holds goes with it) the record says how far the deleter
 * had seen every client, so a concurrent edit of its tiltak or oppfølging is found too.
 */
export function recordDeletions<T>(map: Y.Map<T>, ids: readonly string[], author: { name: string; at: string } | undefined, wholeState = false): void {
  const ydoc = map.doc;
  if (ids.length === 0 || ydoc === null) return;
  const collection = Y.findRootTypeKey(map);
  const records = ydoc.getMap<unknown>(DELETIONS_MAP);
  for (const id of ids) {
    const holder = map._map.get(id);
    const entity: unknown = map.get(id);
    if (!holder || holder.deleted || !(entity instanceof Y.Map)) continue;
    const seen: Record<string, number> = {};
    for (const client of writersOf(entity)) seen[String(client)] = Y.getState(ydoc.store, client);
    if (wholeState) for (const client of ydoc.store.clients.keys()) seen[String(client)] = Y.getState(ydoc.store, client);
    const record: DeletionRecord = { collection, entityId: id, by: author?.name ?? null, at: author?.at ?? null, seen };
    records.set(itemKey(holder), record);
  }
}
