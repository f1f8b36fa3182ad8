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
import { kpiWeightingSchema, periodClosureSchema, periodSchemeSchema, statusUpdateSchema } from '../domain/follow-up';
import { isEditError } from '../edits/errors';
import { replaceStatusUpdate, setKpiWeighting, setPeriodScheme } from '../edits/follow-up';
import type { Message } from '../i18n/message';
import { deleteConflictsOfTransaction, isDeleteConflict, type DeleteConflict } from './delete-conflicts';
import {
  AUTHOR_KEY,
  FOLLOW_UP_CLOSURES_MAP,
  FOLLOW_UP_SETTINGS,
  FOLLOW_UP_SETTINGS_MAP,
  FOLLOW_UP_UPDATES_MAP,
  followUpKey,
  planIdOfKey,
  sameValue,
  STRATEGY_MAP,
  SYNC_COLLECTIONS,
  type SyncAuthor,
} from './plan-ydoc';

/** Name of the Y.Map that holds the open conflicts (key → SyncConflict). */
export const CONFLICTS_MAP = '$conflicts';

/** Origin of the transactions that publish or resolve conflicts (never undone). */
export const CONFLICT_ORIGIN = 'handlingsrom:conflict';

/** Konflikt på et felt: the value that lost, who wrote it and when. */
export interface SyncConflict {
  /** Stable key: the field and the losing write. */
  key: string;
  /**
   * The collection's Y.Map name (`c:actions` …), `strategy` for the strategy's own fields,
   * or a follow-up map: `f:updates` (a status update), `f:closures` (a period closure),
   * `f:settings` (a plan's periodeinndeling and vekting).
   */
  collection: string;
  /** The entity's id (the strategy's id for its own fields; the update's or closure's id; the plan's id for `f:settings`). */
  entityId: string;
  /** The field (e.g. `title`, `cost`; `status`, `comment` of a status update; `scheme`, `kpiWeighting`). */
  field: string;
  /** Oppfølging: the plan whose follow-up holds the record (follow-up conflicts only). */
  planId?: string;
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

/** The author record written with `item` (same client, the next write of `authorKey` after it). */
function authorOf(parent: Y.Map<unknown>, item: Y.Item, authorKey: string): SyncAuthor | null {
  let cursor: Y.Item | null = parent._map.get(authorKey) ?? null;
  let best: Y.Item | null = null;
  while (cursor !== null) {
    if (cursor.id.client === item.id.client && cursor.id.clock > item.id.clock && (best === null || cursor.id.clock < best.id.clock)) best = cursor;
    cursor = cursor.left;
  }
  const value = best ? firstValue(best) : null;
  return isAuthor(value) ? value : null;
}

/** Where a conflicting write sits: the entity, its field, and the key of its author record in `parent`. */
interface Place {
  collection: string;
  entityId: string;
  field: string;
  planId?: string;
  authorKey: string;
}

const FOLLOW_UP_ENTRY_MAPS = [FOLLOW_UP_UPDATES_MAP, FOLLOW_UP_CLOSURES_MAP] as const;
const SETTING_NAMES: ReadonlySet<string> = new Set(FOLLOW_UP_SETTINGS);

/**
 * Which entity field a write of `key` in the Y.Map `parent` is: a field of the strategy map,
 * of an entity inside a collection, of a status update or closure (`f:updates`,
 * `f:closures`: entries keyed `<planId>/<id>`), or a plan's follow-up setting (`f:settings`,
 * keyed `<planId>/<setting>`). Null for anything else.
 */
function locate(ydoc: Y.Doc, parent: Y.Map<unknown>, key: string): Place | null {
  if (parent === ydoc.getMap(STRATEGY_MAP)) {
    const id = parent.get('id');
    return { collection: STRATEGY_MAP, entityId: typeof id === 'string' ? id : '', field: key, authorKey: AUTHOR_KEY };
  }
  if (parent === ydoc.getMap(FOLLOW_UP_SETTINGS_MAP)) {
    const planId = planIdOfKey(key);
    const setting = key.slice(planId.length + 1);
    if (planId === '' || !SETTING_NAMES.has(setting)) return null;
    return { collection: FOLLOW_UP_SETTINGS_MAP, entityId: planId, field: setting, planId, authorKey: followUpKey(planId, AUTHOR_KEY) };
  }
  const holder = parent._item;
  if (!holder || holder.parentSub === null || !(holder.parent instanceof Y.Map)) return null;
  for (const name of COLLECTION_KEYS) {
    if (ydoc.getMap(name) === holder.parent) return { collection: name, entityId: holder.parentSub, field: key, authorKey: AUTHOR_KEY };
  }
  for (const name of FOLLOW_UP_ENTRY_MAPS) {
    if (ydoc.getMap(name) !== holder.parent) continue;
    const planId = planIdOfKey(holder.parentSub);
    if (planId === '') return null;
    return { collection: name, entityId: holder.parentSub.slice(planId.length + 1), field: key, planId, authorKey: AUTHOR_KEY };
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
    const place = locate(ydoc, parent, field);
    if (!place) return;
    // Both wrote the same value: nothing was lost.
    if (sameValue(firstValue(loser), parent.get(field))) return;
    // A status update's or closure's key names its plan too (`f:updates/<planId>/<id>/…`).
    const entityPath = place.planId !== undefined && place.collection !== FOLLOW_UP_SETTINGS_MAP ? `${place.planId}/${place.entityId}` : place.entityId;
    const key = `${place.collection}/${entityPath}/${place.field}/${loser.id.client}:${loser.id.clock}`;
    if (seen.has(key)) return;
    seen.add(key);
    const author = authorOf(parent, loser, place.authorKey);
    found.push({
      key,
      collection: place.collection,
      entityId: place.entityId,
      field: place.field,
      ...(place.planId === undefined ? {} : { planId: place.planId }),
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
 * document (the field of that entity only; a follow-up record through the follow-up edits).
 * Returns the document unchanged when the entity no longer exists or the edit is refused
 * (`takeConflictRefusal` says why).
 */
export function takeConflictValue(doc: PlanDocument, conflict: SyncConflict): PlanDocument {
  try {
    const candidate = withFieldValue(doc, conflict);
    return candidate !== null && isPlanDocument(candidate) ? candidate : doc;
  } catch (e) {
    if (isEditError(e)) return doc;
    throw e;
  }
}

/**
 * Avvisning av «Bruk denne verdien»: why taking the conflict's losing value is refused
 * (a follow-up edit's refusal, e.g. the period is closed), or null when it can be taken
 * (or there is nothing left to take it into).
 */
export function takeConflictRefusal(doc: PlanDocument, conflict: SyncConflict): Message | null {
  try {
    withFieldValue(doc, conflict);
    return null;
  } catch (e) {
    if (isEditError(e)) return e.detail;
    throw e;
  }
}

function isPlanDocument(candidate: unknown): candidate is PlanDocument {
  return planDocumentSchema.safeParse(candidate).success;
}

/**
 * The document with a follow-up conflict's losing value put back through the follow-up
 * edits (they check it and throw their refusal), or null when the record or plan is gone
 * or the value is not one the field takes.
 */
function withFollowUpValue(doc: PlanDocument, conflict: SyncConflict): PlanDocument | null {
  const planId = conflict.planId;
  const plan = planId === undefined ? undefined : doc.plans.find((p) => p.id === planId);
  if (planId === undefined || !plan) return null;
  if (conflict.collection === FOLLOW_UP_SETTINGS_MAP) {
    if (conflict.field === 'scheme') {
      const scheme = periodSchemeSchema.safeParse(conflict.lostValue);
      return scheme.success ? setPeriodScheme(doc, planId, scheme.data) : null;
    }
    if (conflict.field === 'kpiWeighting') {
      const weighting = kpiWeightingSchema.safeParse(conflict.lostValue);
      return weighting.success ? setKpiWeighting(doc, planId, weighting.data) : null;
    }
    return null;
  }
  if (conflict.collection === FOLLOW_UP_UPDATES_MAP) {
    const old = plan.followUp.updates.find((u) => u.id === conflict.entityId);
    const update = old ? statusUpdateSchema.safeParse({ ...old, [conflict.field]: conflict.lostValue }) : null;
    return update?.success ? replaceStatusUpdate(doc, planId, update.data) : null;
  }
  // A closure (its reopening, say) has no edit of its own: the field is put back and the document checked.
  const old = plan.followUp.closures.find((c) => c.id === conflict.entityId);
  const closure = old ? periodClosureSchema.safeParse({ ...old, [conflict.field]: conflict.lostValue }) : null;
  if (!closure?.success) return null;
  const closures = plan.followUp.closures.map((c) => (c.id === conflict.entityId ? closure.data : c));
  return { ...doc, plans: doc.plans.map((p) => (p.id === planId ? { ...p, followUp: { ...p.followUp, closures } } : p)) };
}

/** The document with the conflict's losing value put back (unchecked), or null; a refused follow-up edit throws. */
function withFieldValue(doc: PlanDocument, conflict: SyncConflict): unknown {
  if (conflict.collection === FOLLOW_UP_SETTINGS_MAP || conflict.collection === FOLLOW_UP_UPDATES_MAP || conflict.collection === FOLLOW_UP_CLOSURES_MAP) {
    return withFollowUpValue(doc, conflict);
  }
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
