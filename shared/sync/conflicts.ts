/**
 * Konflikter: two planners changed the same field of the same entity without seeing each
 * other's change. Yjs keeps one value (the same on every copy); this module finds the
 * value that did not win, with who wrote it and when, so the UI can show it on the field
 * and take it with one action (`takeConflictValue`). Nothing typed is dropped silently.
 *
 * How: after every transaction that brings in another client's changes (before Yjs
 * garbage-collects deleted content), each incoming field write is compared with the
 * field's winning write. Two writes are concurrent when neither was written on top of the
 * other (a field write's `origin` is the write it replaced); a concurrent write that was
 * deleted in this transaction is the loser. A copy that has already collected the losing
 * content (the server, say) passes it on without it, but the losing copy always has it —
 * it is its own live value until the winner arrives. So the copy that finds a conflict
 * publishes it in the Y.Doc's `$conflicts` map (keyed by the losing write, so two finders
 * write the same record), and every copy shows the same list until someone resolves it.
 */
import * as Y from 'yjs';
import type { PlanDocument } from '../domain/document';
import { planDocumentSchema } from '../domain/document';
import { deleteConflictsOfTransaction, isDeleteConflict, type DeleteConflict } from './delete-conflicts';
import { AUTHOR_KEY, sameValue, STRATEGY_MAP, SYNC_COLLECTIONS, type SyncAuthor } from './plan-ydoc';

/** Name of the Y.Map that holds the open conflicts (key → SyncConflict). */
export const CONFLICTS_MAP = '$conflicts';

/** Origin of the transactions that publish or resolve conflicts (never undone). */
export const CONFLICT_ORIGIN = 'handlingsrom:conflict';

/** Konflikt på et felt: the value that lost, who wrote it and when. */
export interface SyncConflict {
  /** Stable key: the field and the losing write. */
  key: string;
  /** The collection's Y.Map name (`c:actions` …) or `strategy` for the strategy's own fields. */
  collection: string;
  /** The entity's id (the strategy's id for its own fields). */
  entityId: string;
  /** The field (e.g. `title`, `cost`). */
  field: string;
  /** The value that did not win. */
  lostValue: unknown;
  /** The value the field holds now. */
  wonValue: unknown;
  /** Who wrote the losing value, when known. */
  lostBy: string | null;
  /** When the losing value was written (ISO), when known. */
  lostAt: string | null;
  /** Y.Doc client id of the copy that wrote the losing value. */
  lostClient: number;
}

const COLLECTION_KEYS = new Set(SYNC_COLLECTIONS.map((c) => c.key));

function isIdInItem(id: Y.ID, item: Y.Item): boolean {
  return id.client === item.id.client && id.clock >= item.id.clock && id.clock < item.id.clock + item.length;
}

/** True when `later` was written on top of `earlier` (directly or through other writes). */
function isWrittenAfter(store: Y.Doc['store'], later: Y.Item, earlier: Y.Item): boolean {
  let origin = later.origin;
  // A field's history is short in practice; the bound guards against a cycle in bad data.
  for (let steps = 0; origin !== null && steps < 100_000; steps += 1) {
    if (isIdInItem(origin, earlier)) return true;
    const struct = Y.getItem(store, origin);
    if (!(struct instanceof Y.Item)) return false;
    origin = struct.origin;
  }
  return false;
}

function firstValue(item: Y.Item, id?: Y.ID): unknown {
  const content = item.content.getContent();
  const offset = id ? id.clock - item.id.clock : 0;
  return content[offset];
}

function isAuthor(value: unknown): value is SyncAuthor {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'name') === 'string' && typeof Reflect.get(value, 'at') === 'string';
}

/** The author record written with `item` (same client, the next `$by` write after it). */
function authorOf(parent: Y.Map<unknown>, item: Y.Item): SyncAuthor | null {
  let cursor: Y.Item | null = parent._map.get(AUTHOR_KEY) ?? null;
  let best: Y.Item | null = null;
  while (cursor !== null) {
    if (cursor.id.client === item.id.client && cursor.id.clock > item.id.clock && (best === null || cursor.id.clock < best.id.clock)) best = cursor;
    cursor = cursor.left;
  }
  const value = best ? firstValue(best) : null;
  return isAuthor(value) ? value : null;
}

/** Which entity a Y.Map is: the strategy map or an entity inside a collection. */
function locate(ydoc: Y.Doc, parent: Y.Map<unknown>): { collection: string; entityId: string } | null {
  if (parent === ydoc.getMap(STRATEGY_MAP)) {
    const id = parent.get('id');
    return { collection: STRATEGY_MAP, entityId: typeof id === 'string' ? id : '' };
  }
  const holder = parent._item;
  if (!holder || holder.parentSub === null || !(holder.parent instanceof Y.Map)) return null;
  for (const key of COLLECTION_KEYS) {
    if (ydoc.getMap(key) === holder.parent) return { collection: key, entityId: holder.parentSub };
  }
  return null;
}

/** Every conflict a finished transaction reveals (call it from `afterTransaction`). */
export function conflictsOfTransaction(transaction: Y.Transaction): SyncConflict[] {
  const ydoc = transaction.doc;
  const store = ydoc.store;
  const found: SyncConflict[] = [];
  const seen = new Set<string>();
  const consider = (parent: Y.Map<unknown>, field: string, winner: Y.Item, loser: Y.Item) => {
    if (loser === winner || !loser.deleted || !Y.isDeleted(transaction.deleteSet, loser.id)) return;
    // Content already collected elsewhere: the copy that wrote it publishes the conflict.
    if (loser.content instanceof Y.ContentDeleted) return;
    if (isWrittenAfter(store, winner, loser)) return;
    const place = locate(ydoc, parent);
    if (!place) return;
    // Both wrote the same value: nothing was lost.
    if (sameValue(firstValue(loser), parent.get(field))) return;
    const key = `${place.collection}/${place.entityId}/${field}/${loser.id.client}:${loser.id.clock}`;
    if (seen.has(key)) return;
    seen.add(key);
    const author = authorOf(parent, loser);
    found.push({
      key,
      ...place,
      field,
      lostValue: firstValue(loser),
      wonValue: parent.get(field),
      lostBy: author?.name ?? null,
      lostAt: author?.at ?? null,
      lostClient: loser.id.client,
    });
  };
  transaction.afterState.forEach((clock, client) => {
    const from = transaction.beforeState.get(client) ?? 0;
    if (client === ydoc.clientID || clock <= from) return;
    const structs = store.clients.get(client);
    if (!structs) return;
    for (let i = Y.findIndexSS(structs, from); i < structs.length; i += 1) {
      const struct = structs[i];
      if (!(struct instanceof Y.Item) || struct.parentSub === null || struct.parentSub.startsWith('$')) continue;
      const parent = struct.parent;
      if (!(parent instanceof Y.Map)) continue;
      const winner = parent._map.get(struct.parentSub);
      if (!winner || winner.deleted) continue;
      if (winner !== struct) {
        consider(parent, struct.parentSub, winner, struct);
        continue;
      }
      // The incoming write won: did it push out a concurrent write of someone else?
      // Bounded: the writes a transaction replaces sit just left of the winner.
      let steps = 0;
      for (let left = winner.left; left !== null && steps < 64; left = left.left, steps += 1) consider(parent, struct.parentSub, winner, left);
    }
  });
  return found;
}

/**
 * Lytt etter konflikter: publishes every conflict that a transaction bringing in other
 * clients' changes reveals (a field write that lost, an entity deleted while edited —
 * delete-conflicts.ts) into the Y.Doc's conflict map (so the other copies get it), and
 * calls `onChange` with the open conflicts whenever that list changes. Returns the
 * function that stops listening.
 */
export function watchConflicts(ydoc: Y.Doc, onChange?: (conflicts: SyncConflict[], deleted: DeleteConflict[]) => void): () => void {
  const map = ydoc.getMap<unknown>(CONFLICTS_MAP);
  const listener = (transaction: Y.Transaction) => {
    if (transaction.local) return;
    const conflicts: (SyncConflict | DeleteConflict)[] = [...conflictsOfTransaction(transaction), ...deleteConflictsOfTransaction(transaction)];
    if (conflicts.length === 0) return;
    // A new transaction of its own, run by Yjs right after this one's cleanup.
    ydoc.transact(() => {
      for (const conflict of conflicts) if (!map.has(conflict.key)) map.set(conflict.key, conflict);
    }, CONFLICT_ORIGIN);
  };
  const observer = () => onChange?.(readConflicts(ydoc), readDeleteConflicts(ydoc));
  ydoc.on('afterTransaction', listener);
  map.observe(observer);
  return () => {
    ydoc.off('afterTransaction', listener);
    map.unobserve(observer);
  };
}

function isConflict(value: unknown): value is SyncConflict {
  if (typeof value !== 'object' || value === null) return false;
  const has = (key: string, type: string) => typeof Reflect.get(value, key) === type;
  return has('key', 'string') && has('collection', 'string') && has('entityId', 'string') && has('field', 'string') && has('lostClient', 'number');
}

/** De åpne konfliktene: the open conflicts of the Y.Doc, oldest first by their time. */
export function readConflicts(ydoc: Y.Doc): SyncConflict[] {
  const list: SyncConflict[] = [];
  for (const value of ydoc.getMap<unknown>(CONFLICTS_MAP).values()) if (isConflict(value)) list.push(value);
  return list.sort((a, b) => (a.lostAt ?? '').localeCompare(b.lostAt ?? '') || a.key.localeCompare(b.key));
}

/** Slettet mens endret: the open «deleted while edited» conflicts, oldest deletion first. */
export function readDeleteConflicts(ydoc: Y.Doc): DeleteConflict[] {
  const list: DeleteConflict[] = [];
  for (const value of ydoc.getMap<unknown>(CONFLICTS_MAP).values()) if (isDeleteConflict(value)) list.push(value);
  return list.sort((a, b) => (a.deletedAt ?? '').localeCompare(b.deletedAt ?? '') || a.key.localeCompare(b.key));
}

/** Lukk en konflikt: removes a resolved conflict (taken or kept) on every copy. */
export function resolveConflict(ydoc: Y.Doc, key: string): void {
  const map = ydoc.getMap<unknown>(CONFLICTS_MAP);
  if (map.has(key)) ydoc.transact(() => map.delete(key), CONFLICT_ORIGIN);
}

/**
 * Bruk denne verdien: the edit that puts a conflict's losing value back into the plan
 * document (the field of that entity only). Returns the document unchanged when the
 * entity no longer exists.
 */
export function takeConflictValue(doc: PlanDocument, conflict: SyncConflict): PlanDocument {
  const candidate = withFieldValue(doc, conflict);
  return candidate !== null && isPlanDocument(candidate) ? candidate : doc;
}

function isPlanDocument(candidate: unknown): candidate is PlanDocument {
  return planDocumentSchema.safeParse(candidate).success;
}

/** The document with the conflict's losing value put back (unchecked), or null. */
function withFieldValue(doc: PlanDocument, conflict: SyncConflict): unknown {
  if (conflict.collection === STRATEGY_MAP) {
    if (doc.strategy.id !== conflict.entityId) return null;
    return { ...doc, strategy: { ...doc.strategy, [conflict.field]: conflict.lostValue } };
  }
  const collection = SYNC_COLLECTIONS.find((c) => c.key === conflict.collection);
  if (!collection) return null;
  const replace = (list: unknown): unknown[] | null => {
    if (!Array.isArray(list)) return null;
    const index = list.findIndex((e: unknown) => typeof e === 'object' && e !== null && Reflect.get(e, 'id') === conflict.entityId);
    if (index < 0) return null;
    return list.map((e: unknown, i) => (i === index && typeof e === 'object' ? { ...e, [conflict.field]: conflict.lostValue } : e));
  };
  if (collection.path.length === 1) {
    const field = collection.path[0];
    const next = replace(Reflect.get(doc, field));
    return next ? { ...doc, [field]: next } : null;
  }
  const field = collection.path[1];
  const next = replace(Reflect.get(doc.strategy, field));
  return next ? { ...doc, strategy: { ...doc.strategy, [field]: next } } : null;
}
