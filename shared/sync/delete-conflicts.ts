/**
 * Slettet mens endret: one planner deleted an entity (a tiltak, say) while another, who
 * had not seen the deletion, edited it. Rule: the deletion wins on every copy (the
 * planner who deleted meant it, and an edited tiltak coming back by itself would undo a
 * deliberate clean-up, or point at a plan that is gone), and the edit is never lost: the
 * entity as the editing copy had it, with the edited fields, who edited and who deleted,
 * is published in the Y.Doc's `$conflicts` map, so every copy shows «Ola slettet tiltaket
 * mens Kari endret det» with «Gjenopprett» (`restoreDeletedEntity`: one undoable edit)
 * and «Slett likevel» (`deleteAnyway`, delete-anyway.ts: keeps the deletion and removes
 * what hangs because of it).
 *
 * Who finds it: the deleter's record (tombstones.ts) says how far it had seen each
 * client's writes to the entity. When a deletion arrives on a copy that still holds the
 * entity's content, every field value it held is compared with that record; a value
 * written beyond what the deleter had seen was an edit made concurrently. The copy that
 * made the edit always finds it (the deletion always reaches it after its own edit); a
 * copy that has already collected the content (the server) passes the deletion on.
 */
import * as Y from 'yjs';
import type { PlanDocument } from '../domain/document';
import { planDocumentSchema } from '../domain/document';
import { emptyFollowUp, followUpSchema } from '../domain/follow-up';
import {
  AUTHOR_KEY,
  FOLLOW_UP_CLOSURES_MAP,
  FOLLOW_UP_SETTINGS,
  FOLLOW_UP_SETTINGS_MAP,
  FOLLOW_UP_UPDATES_MAP,
  followUpKey,
  PLANS_KEY,
  POSITION_KEY,
  SYNC_COLLECTIONS,
  sameValue,
  type SyncAuthor,
} from './plan-ydoc';
import { DELETIONS_MAP, isDeletionRecord, itemKey, recordDeletions, type DeletionRecord } from './tombstones';

/** Konflikt «slettet mens endret»: the deleted entity as the editing copy had it. */
export interface DeleteConflict {
  kind: 'deleted';
  /** Stable key: the entity, its deleted item and the unseen writes (every finder writes the same record). */
  key: string;
  /** The collection's Y.Map name (`c:actions` …). */
  collection: string;
  entityId: string;
  /** The entity's fields as the editing copy had them when the deletion arrived. */
  entity: Record<string, unknown>;
  /** The fields whose value the deleter had not seen (the concurrent edit). */
  changedFields: string[];
  /** Who made the edit, and when (null: unknown). */
  editedBy: string | null;
  editedAt: string | null;
  /** Who deleted the entity, and when (null: unknown). */
  deletedBy: string | null;
  deletedAt: string | null;
  /** The id of the entity it followed in its collection (null: it was first), for restoring it in place. */
  after: string | null;
  /** A deleted handlingsplan: what it held on the editing copy (its tiltak and oppfølging), restored with it. */
  contents?: PlanContents;
  /**
   * What a colleague put under the deleted entity, or linked to it, without seeing the
   * deletion (a satsing under a deleted innsatsområde, a tiltak linked to a deleted satsing):
   * it hangs, so the app holds it no more (dangling.ts); «Gjenopprett» gives it back.
   */
  hanging?: HangingEntity[];
}

/** Hengende: an entity that pointed at a deleted entity when the deletion arrived, as the editing copy had it. */
export interface HangingEntity {
  /** Its collection's Y.Map name (`c:strategy.initiatives`, `c:actions`, `c:strategy.crossCuttingProjects`). */
  collection: string;
  entityId: string;
  /** Its fields as the editing copy had them. */
  entity: Record<string, unknown>;
  /** The fields that point at what was deleted (or at a satsing that goes with it). */
  fields: string[];
}

/**
 * Innholdet i en slettet handlingsplan, as the editing copy had it when the deletion
 * arrived: «Gjenopprett» brings the plan back with these.
 */
export interface PlanContents {
  /** The plan's tiltak that were deleted with it, or added to it (kept editing) while it was deleted — fields as this copy had them, in their order. */
  actions: Record<string, unknown>[];
  /** The plan's oppfølging (a `FollowUp`), or null when this copy had none to give back. */
  followUp: Record<string, unknown> | null;
  /** Tiltak (ids) with an edit the deleter had not seen: changed, or added to the plan, while it was deleted. */
  changedActions: string[];
  /** How many follow-up records (status updates, closures, settings) had an edit the deleter had not seen. */
  changedFollowUp: number;
}

const COLLECTION_KEYS: ReadonlySet<string> = new Set(SYNC_COLLECTIONS.map((c) => c.key));

function valueOf(item: Y.Item): unknown {
  return item.content.getContent()[0];
}

function isAuthor(value: unknown): value is SyncAuthor {
  return typeof value === 'object' && value !== null && typeof Reflect.get(value, 'name') === 'string' && typeof Reflect.get(value, 'at') === 'string';
}

/** True while an item still holds its content and was deleted by `transaction` (it was live before). */
function wasLiveBefore(item: Y.Item, transaction: Y.Transaction): boolean {
  return item.deleted && Y.isDeleted(transaction.deleteSet, item.id) && !(item.content instanceof Y.ContentDeleted);
}

function positionOf(entity: Y.Map<unknown>): number | undefined {
  const pos = entity.get(POSITION_KEY);
  return typeof pos === 'number' ? pos : undefined;
}

/** The live entity just before `pos` in the collection (ties by id), or null. */
function predecessor(collection: Y.Map<unknown>, pos: number | undefined, id: string): string | null {
  if (pos === undefined) return null;
  let best: { pos: number; id: string } | null = null;
  for (const [otherId, other] of collection.entries()) {
    if (otherId === id || !(other instanceof Y.Map)) continue;
    const p = positionOf(other);
    if (p === undefined || p > pos || (p === pos && otherId > id)) continue;
    if (best === null || p > best.pos || (p === best.pos && otherId > best.id)) best = { pos: p, id: otherId };
  }
  return best?.id ?? null;
}

/** The conflict of one deleted entity item, when the deletion was concurrent with an edit it holds (a plan: or with an edit inside it). */
function conflictOf(transaction: Y.Transaction, collection: Y.Map<unknown>, collectionKey: string, entityId: string, holder: Y.Item): DeleteConflict | null {
  if (!(holder.content instanceof Y.ContentType) || !(holder.content.type instanceof Y.Map)) return null;
  const record: unknown = transaction.doc.getMap<unknown>(DELETIONS_MAP).get(itemKey(holder));
  // No record: a deletion that says nothing of what it had seen (an undo without recordUndoDeletions, an old copy).
  if (!isDeletionRecord(record)) return null;
  const isUnseen = (item: Y.Item) => item.id.clock >= (record.seen[String(item.id.client)] ?? 0);
  const entity: Record<string, unknown> = {};
  const changed: string[] = [];
  const unseenIds: string[] = [];
  let author: SyncAuthor | null = null;
  let pos: number | undefined;
  for (const [field, item] of holder.content.type._map) {
    if (!wasLiveBefore(item, transaction)) continue;
    const value = valueOf(item);
    if (field === AUTHOR_KEY) {
      if (isUnseen(item) && isAuthor(value)) author = value;
      continue;
    }
    if (field === POSITION_KEY) {
      if (typeof value === 'number') pos = value;
      continue;
    }
    if (field.startsWith('$')) continue;
    entity[field] = value;
    if (isUnseen(item)) {
      changed.push(field);
      unseenIds.push(itemKey(item));
    }
  }
  const contents = collectionKey === PLANS_KEY ? planContents(transaction, entityId, record) : null;
  const hanging = hangingOf(transaction.doc, collectionKey, entityId, entity, isUnseen);
  if (changed.length === 0 && (contents === null || contents.unseen.length === 0) && hanging.entities.length === 0) return null;
  if (contents !== null) unseenIds.push(...contents.unseen);
  if (author === null && contents !== null) author = contents.author;
  unseenIds.push(...hanging.unseen);
  author ??= hanging.author;
  changed.sort();
  unseenIds.sort();
  return {
    kind: 'deleted',
    key: `deleted/${collectionKey}/${entityId}/${itemKey(holder)}/${unseenIds.join(',')}`,
    collection: collectionKey,
    entityId,
    entity,
    changedFields: changed,
    editedBy: author?.name ?? null,
    editedAt: author?.at ?? null,
    deletedBy: record.by,
    deletedAt: record.at,
    after: predecessor(collection, pos, entityId),
    ...(contents === null ? {} : { contents: contents.contents }),
    ...(hanging.entities.length === 0 ? {} : { hanging: hanging.entities }),
  };
}

/** What points at an entity of each collection: the collection and field of the pointer, and whether a value points at one of `ids`. */
interface Pointer {
  collection: string;
  field: string;
  hits: (value: unknown, ids: ReadonlySet<string>) => boolean;
}

const isId = (value: unknown, ids: ReadonlySet<string>) => typeof value === 'string' && ids.has(value);
const listHas = (value: unknown, ids: ReadonlySet<string>) => Array.isArray(value) && value.some((v) => isId(v, ids));
const fundingHas = (value: unknown, ids: ReadonlySet<string>) => Array.isArray(value) && value.some((line) => typeof line === 'object' && line !== null && isId(Reflect.get(line, 'actorId'), ids));

/** The pointers to each collection a deletion can leave hanging (those `integrityErrors` checks). */
const POINTERS: Readonly<Record<string, readonly Pointer[]>> = {
  'c:strategy.focusAreas': [
    { collection: 'c:strategy.initiatives', field: 'focusAreaId', hits: isId },
    { collection: 'c:actions', field: 'focusAreaIds', hits: listHas },
    { collection: 'c:strategy.crossCuttingProjects', field: 'focusAreaIds', hits: listHas },
  ],
  'c:strategy.initiatives': [{ collection: 'c:actions', field: 'initiativeIds', hits: listHas }],
  'c:strategy.guidingStrategies': [
    { collection: 'c:strategy.initiatives', field: 'guidingStrategyIds', hits: listHas },
    { collection: 'c:actions', field: 'guidingStrategyIds', hits: listHas },
  ],
  'c:strategy.crossCuttingProjects': [{ collection: 'c:actions', field: 'crossCuttingProjectId', hits: isId }],
  'c:strategy.actors': [
    { collection: 'c:actions', field: 'partnerIds', hits: listHas },
    { collection: 'c:actions', field: 'funding', hits: fundingHas },
  ],
};

/**
 * The live entities that point at a deleted entity through a write the deleter had not seen
 * (put under it or linked to it concurrently). For an innsatsområde also the tiltak linked
 * to its delmål, and to the satsinger that hang under it.
 */
function hangingOf(ydoc: Y.Doc, collectionKey: string, entityId: string, deleted: Record<string, unknown>, isUnseen: (item: Y.Item) => boolean): { entities: HangingEntity[]; unseen: string[]; author: SyncAuthor | null } {
  const found = new Map<string, HangingEntity>();
  const unseen: string[] = [];
  let author: SyncAuthor | null = null;
  const scan = (pointer: Pointer, ids: ReadonlySet<string>) => {
    for (const [id, item] of ydoc.getMap<unknown>(pointer.collection)._map) {
      if (item.deleted || !(item.content instanceof Y.ContentType) || !(item.content.type instanceof Y.Map)) continue;
      const child: Y.Map<unknown> = item.content.type;
      const field = child._map.get(pointer.field);
      if (!field || field.deleted || !isUnseen(field) || !pointer.hits(valueOf(field), ids)) continue;
      const key = `${pointer.collection}/${id}`;
      const known = found.get(key);
      if (known) {
        if (!known.fields.includes(pointer.field)) known.fields.push(pointer.field);
      } else {
        const entity: Record<string, unknown> = {};
        for (const [name, value] of child.entries()) if (!name.startsWith('$')) entity[name] = value;
        found.set(key, { collection: pointer.collection, entityId: id, entity, fields: [pointer.field] });
      }
      unseen.push(itemKey(field));
      const by = child._map.get(AUTHOR_KEY);
      if (author === null && by && !by.deleted && isUnseen(by)) {
        const value = valueOf(by);
        if (isAuthor(value)) author = value;
      }
    }
  };
  const self = new Set([entityId]);
  for (const pointer of POINTERS[collectionKey] ?? []) scan(pointer, self);
  if (collectionKey === 'c:strategy.focusAreas') {
    const subGoals = Array.isArray(deleted['subGoals']) ? deleted['subGoals'] : [];
    const subGoalIds = new Set(subGoals.flatMap((g: unknown) => (typeof g === 'object' && g !== null && typeof Reflect.get(g, 'id') === 'string' ? [String(Reflect.get(g, 'id'))] : [])));
    if (subGoalIds.size > 0) scan({ collection: 'c:actions', field: 'subGoalIds', hits: listHas }, subGoalIds);
    // Every satsing still under the area goes with it (seen or not): a tiltak linked to one of them unseen hangs too.
    const initiatives = new Set<string>();
    for (const [id, value] of ydoc.getMap<unknown>('c:strategy.initiatives').entries()) if (value instanceof Y.Map && value.get('focusAreaId') === entityId) initiatives.add(id);
    if (initiatives.size > 0) scan({ collection: 'c:actions', field: 'initiativeIds', hits: listHas }, initiatives);
  }
  for (const entity of found.values()) entity.fields.sort();
  const entities = [...found.values()].sort((a, b) => (a.collection + a.entityId < b.collection + b.entityId ? -1 : 1));
  return { entities, unseen, author };
}

/** The fields an entity's Y.Map held before `transaction` (live, or deleted by it), with its place and the unseen writes. */
function fieldsBefore(entity: Y.Map<unknown>, transaction: Y.Transaction, isUnseen: (item: Y.Item) => boolean): { fields: Record<string, unknown>; pos: number; unseen: string[]; author: SyncAuthor | null } {
  const fields: Record<string, unknown> = {};
  const unseen: string[] = [];
  let pos = Number.MAX_SAFE_INTEGER;
  let author: SyncAuthor | null = null;
  for (const [field, latest] of entity._map) {
    // The value it held before: the live write, or the one this transaction deleted.
    let item: Y.Item | null = latest;
    for (let steps = 0; item !== null && steps < 8 && item.deleted && !wasLiveBefore(item, transaction); steps += 1) item = item.left;
    if (item === null || (item.deleted && !wasLiveBefore(item, transaction))) continue;
    const value = valueOf(item);
    if (field === POSITION_KEY) {
      if (typeof value === 'number') pos = value;
      continue;
    }
    if (field === AUTHOR_KEY) {
      if (isUnseen(item) && isAuthor(value)) author = value;
      continue;
    }
    if (field.startsWith('$')) continue;
    fields[field] = value;
    if (isUnseen(item)) unseen.push(itemKey(item));
  }
  return { fields, pos, unseen, author };
}

/** Whether an entity's holder was live before `transaction`: live now, or deleted by it with its content. */
function heldBefore(item: Y.Item, transaction: Y.Transaction): boolean {
  return !item.deleted || wasLiveBefore(item, transaction);
}

/** The holder of `key` in `map` that was live before `transaction`, if any. */
function holderBefore(map: Y.Map<unknown>, key: string, transaction: Y.Transaction): Y.Item | null {
  let steps = 0;
  for (let item = map._map.get(key) ?? null; item !== null && steps < 8; item = item.left, steps += 1) if (heldBefore(item, transaction)) return item;
  return null;
}

/**
 * What a deleted plan held on this copy before the deletion arrived: its tiltak deleted with
 * it and those still pointing at it (added concurrently), and its oppfølging (settings,
 * status updates, closures — deleted with it, or added concurrently). A write the deleter
 * had not seen (its record holds the deleter's whole state) is an unseen edit.
 */
function planContents(transaction: Y.Transaction, planId: string, record: DeletionRecord): { contents: PlanContents; unseen: string[]; author: SyncAuthor | null } {
  const ydoc = transaction.doc;
  const isUnseen = (item: Y.Item) => item.id.clock >= (record.seen[String(item.id.client)] ?? 0);
  const unseen: string[] = [];
  let author: SyncAuthor | null = null;
  const note = (read: { unseen: string[]; author: SyncAuthor | null }) => {
    unseen.push(...read.unseen);
    author ??= read.author;
    return read.unseen.length > 0;
  };
  const actions: { pos: number; id: string; fields: Record<string, unknown> }[] = [];
  const changedActions: string[] = [];
  for (const [id, item] of ydoc.getMap<unknown>('c:actions')._map) {
    const holder = item.deleted ? holderBefore(ydoc.getMap<unknown>('c:actions'), id, transaction) : item;
    if (holder === null || !(holder.content instanceof Y.ContentType) || !(holder.content.type instanceof Y.Map)) continue;
    const read = fieldsBefore(holder.content.type, transaction, isUnseen);
    if (read.fields['planId'] !== planId) continue;
    // Still there: added to the plan (or edited) without seeing the deletion. The app holds it no more (dangling.ts); «Gjenopprett» gives it back.
    if (!holder.deleted) {
      changedActions.push(id);
      note({ unseen: [itemKey(holder)], author: read.author });
      actions.push({ pos: read.pos, id, fields: { ...read.fields, id } });
      continue;
    }
    if (note(read)) changedActions.push(id);
    actions.push({ pos: read.pos, id, fields: { ...read.fields, id } });
  }
  actions.sort((a, b) => a.pos - b.pos || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let changedFollowUp = 0;
  const settings = ydoc.getMap<unknown>(FOLLOW_UP_SETTINGS_MAP);
  const followUp: Record<string, unknown> = {};
  for (const setting of FOLLOW_UP_SETTINGS) {
    const holder = holderBefore(settings, followUpKey(planId, setting), transaction);
    if (holder === null) continue;
    followUp[setting] = valueOf(holder);
    if (isUnseen(holder) || !holder.deleted) {
      changedFollowUp += 1;
      unseen.push(itemKey(holder));
    }
  }
  const prefix = `${planId}/`;
  for (const [name, list] of [[FOLLOW_UP_UPDATES_MAP, 'updates'], [FOLLOW_UP_CLOSURES_MAP, 'closures']] as const) {
    const map = ydoc.getMap<unknown>(name);
    const entries: { pos: number; key: string; fields: Record<string, unknown> }[] = [];
    for (const key of map._map.keys()) {
      if (!key.startsWith(prefix)) continue;
      const holder = holderBefore(map, key, transaction);
      if (holder === null || !(holder.content instanceof Y.ContentType) || !(holder.content.type instanceof Y.Map)) continue;
      const read = fieldsBefore(holder.content.type, transaction, isUnseen);
      // Live: recorded without seeing the deletion.
      if (note(holder.deleted ? read : { unseen: [itemKey(holder)], author: read.author })) changedFollowUp += 1;
      entries.push({ pos: read.pos, key, fields: read.fields });
    }
    entries.sort((a, b) => a.pos - b.pos || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    followUp[list] = entries.map((e) => e.fields);
  }
  const hasFollowUp = followUpSchema.safeParse(followUp).success;
  return {
    contents: { actions: actions.map((a) => a.fields), followUp: hasFollowUp ? followUp : null, changedActions, changedFollowUp },
    unseen,
    author,
  };
}

/**
 * Every «deleted while edited» conflict a finished transaction reveals (call it from
 * `afterTransaction`, before Yjs collects the deleted content).
 */
export function deleteConflictsOfTransaction(transaction: Y.Transaction): DeleteConflict[] {
  const found: DeleteConflict[] = [];
  transaction.changed.forEach((keys, type) => {
    if (!(type instanceof Y.Map) || type._item !== null) return;
    const collectionKey = Y.findRootTypeKey(type);
    if (!COLLECTION_KEYS.has(collectionKey)) return;
    for (const entityId of keys) {
      if (entityId === null) continue;
      // The deleted entity item, or (deleted and set again in one go) a few to its left.
      let steps = 0;
      for (let item = type._map.get(entityId) ?? null; item !== null && steps < 8; item = item.left, steps += 1) {
        if (!wasLiveBefore(item, transaction)) continue;
        const conflict = conflictOf(transaction, type, collectionKey, entityId, item);
        if (conflict) found.push(conflict);
      }
    }
  });
  // A tiltak deleted with its plan is offered back with the plan («Gjenopprett» on the plan).
  const deletedPlans = new Set(found.flatMap((c) => (c.contents ? [c.entityId] : [])));
  return deletedPlans.size === 0 ? found : found.filter((c) => c.collection !== 'c:actions' || !deletedPlans.has(String(c.entity['planId'])));
}

/** Type guard for a «deleted while edited» record read from the Y.Doc. */
export function isDeleteConflict(value: unknown): value is DeleteConflict {
  if (typeof value !== 'object' || value === null) return false;
  const entity: unknown = Reflect.get(value, 'entity');
  return (
    Reflect.get(value, 'kind') === 'deleted' &&
    typeof Reflect.get(value, 'key') === 'string' &&
    typeof Reflect.get(value, 'collection') === 'string' &&
    typeof Reflect.get(value, 'entityId') === 'string' &&
    typeof entity === 'object' &&
    entity !== null &&
    Array.isArray(Reflect.get(value, 'changedFields'))
  );
}

function isPlanDocument(candidate: unknown): candidate is PlanDocument {
  return planDocumentSchema.safeParse(candidate).success;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** False when the entity belongs to something that is gone too (a tiltak's plan, a satsing's innsatsområde). */
function hasParent(doc: PlanDocument, conflict: DeleteConflict): boolean {
  const parentId = (key: string) => {
    const value = conflict.entity[key];
    return typeof value === 'string' ? value : null;
  };
  if (conflict.collection === 'c:actions') return doc.plans.some((p) => p.id === parentId('planId'));
  if (conflict.collection === 'c:strategy.initiatives') return doc.strategy.focusAreas.some((f) => f.id === parentId('focusAreaId'));
  return true;
}

/** The list with the entity put back: its edited fields when it exists again, else the whole entity after its predecessor. */
function restoredList(list: readonly unknown[], conflict: DeleteConflict): unknown[] {
  const index = list.findIndex((e) => isRecord(e) && e['id'] === conflict.entityId);
  if (index >= 0) {
    const existing = list[index];
    if (!isRecord(existing)) return [...list];
    const patch = Object.fromEntries(conflict.changedFields.map((f) => [f, conflict.entity[f]]));
    return list.map((e, i) => (i === index ? { ...existing, ...patch } : e));
  }
  const restored = { ...conflict.entity, id: conflict.entityId };
  const at = conflict.after === null ? 0 : list.findIndex((e) => isRecord(e) && e['id'] === conflict.after) + 1;
  // Its predecessor is gone too: at the end.
  const place = conflict.after !== null && at === 0 ? list.length : at;
  return [...list.slice(0, place), restored, ...list.slice(place)];
}

/**
 * Gjenopprett: the edit that brings a deleted entity back with the values the editing
 * copy had (or, when it exists again, puts its edited fields back). Returns the document
 * unchanged when what it belongs to is gone too (a tiltak's plan, a satsing's
 * innsatsområde) or the result would not be a valid plan.
 */
export function restoreDeletedEntity(doc: PlanDocument, conflict: DeleteConflict): PlanDocument {
  if (conflict.collection === PLANS_KEY) return restoredPlan(doc, conflict);
  const collection = SYNC_COLLECTIONS.find((c) => c.key === conflict.collection);
  if (!collection || !hasParent(doc, conflict)) return doc;
  const root: unknown = collection.path.length === 1 ? doc : doc.strategy;
  const field = collection.path.length === 1 ? collection.path[0] : collection.path[1];
  const list: unknown = isRecord(root) ? root[field] : undefined;
  if (!Array.isArray(list)) return doc;
  const next = restoredList(list, conflict);
  const unchanged = next.length === list.length && next.every((e, i) => sameValue(e, list[i]));
  if (unchanged && !conflict.hanging?.length) return doc;
  const restored = collection.path.length === 1 ? { ...doc, [field]: next } : { ...doc, strategy: { ...doc.strategy, [field]: next } };
  const candidate = withHanging(restored, conflict.hanging ?? []);
  if (unchanged && sameValue(candidate, doc)) return doc;
  return isPlanDocument(candidate) ? candidate : doc;
}

/** The hanging entities back: their pointing fields where the entity is there, the whole entity (at the end) where it is not. */
function withHanging(doc: Record<string, unknown>, hanging: readonly HangingEntity[]): Record<string, unknown> {
  let next = doc;
  for (const item of hanging) {
    const collection = SYNC_COLLECTIONS.find((c) => c.key === item.collection);
    if (!collection) continue;
    const strategy = next['strategy'];
    const root: unknown = collection.path.length === 1 ? next : strategy;
    const field = collection.path.length === 1 ? collection.path[0] : collection.path[1];
    const list: unknown = isRecord(root) ? root[field] : undefined;
    if (!Array.isArray(list)) continue;
    const index = list.findIndex((e) => isRecord(e) && e['id'] === item.entityId);
    const patch = Object.fromEntries(item.fields.map((f) => [f, item.entity[f]]));
    const updated = index >= 0 ? list.map((e, i) => (i === index && isRecord(e) ? { ...e, ...patch } : e)) : [...list, { ...item.entity, id: item.entityId }];
    next = collection.path.length === 1 ? { ...next, [field]: updated } : { ...next, strategy: { ...(isRecord(strategy) ? strategy : {}), [field]: updated } };
  }
  return next;
}

/** Origin of the transaction that records what an undo or redo is about to delete (not itself an undo step). */
export const UNDO_DELETIONS_ORIGIN = 'handlingsrom:undo-deletions';

/** One step of a Y.UndoManager's stacks (Yjs does not export the class's type). */
export type UndoStep = Y.UndoManager['undoStack'][number];

/**
 * True when undoing `step` deletes the entity held by `holder`: the step created it, or it
 * is what an earlier undo or redo made of an item the step created (Yjs's `redone` chain).
 */
function isDeletedByStep(store: Y.Doc['store'], holder: Y.Item, step: UndoStep): boolean {
  if (Y.isDeleted(step.insertions, holder.id)) return true;
  // A redone entity is a new item for the same key, to the right of the one it replaces.
  let steps = 0;
  for (let left = holder.left; left !== null && steps < 64; left = left.left, steps += 1) {
    if (!Y.isDeleted(step.insertions, left.id)) continue;
    let next = left.redone;
    for (let hops = 0; next !== null && hops < 64; hops += 1) {
      const item = Y.getItem(store, next);
      if (item === holder) return true;
      if (!(item instanceof Y.Item)) break;
      next = item.redone;
    }
  }
  return false;
}

/**
 * Merk slettinger ved angre: undoing a step that created an entity (or redoing a deletion)
 * deletes it, and Y.UndoManager says nothing of what this copy had seen — so a colleague's
 * concurrent edit of it would vanish unnoticed. Call this right before `undo()` / `redo()`
 * with the step it will take (`undoStack.at(-1)` / `redoStack.at(-1)`): it writes, in a
 * transaction of its own just before (origin `UNDO_DELETIONS_ORIGIN`, so every copy gets it
 * no later than the deletion), a deletion record (tombstones.ts) for every entity the step
 * will delete, exactly as an ordinary deletion does. Returns how many it recorded.
 */
export function recordUndoDeletions(ydoc: Y.Doc, step: UndoStep | undefined, author?: SyncAuthor): number {
  if (!step) return 0;
  const found: { map: Y.Map<unknown>; ids: string[] }[] = [];
  let count = 0;
  for (const collection of SYNC_COLLECTIONS) {
    const map = ydoc.getMap<unknown>(collection.key);
    const ids: string[] = [];
    for (const [id, holder] of map._map) if (!holder.deleted && isDeletedByStep(ydoc.store, holder, step)) ids.push(id);
    if (ids.length > 0) found.push({ map, ids });
    count += ids.length;
  }
  if (count > 0) ydoc.transact(() => found.forEach(({ map, ids }) => recordDeletions(map, ids, author)), UNDO_DELETIONS_ORIGIN);
  return count;
}

/**
 * Gjenopprett handlingsplan: the plan back with its own fields, its oppfølging and the
 * tiltak it held on the editing copy (those not there again), in their order at the end;
 * when the plan exists again, only its edited fields and the tiltak that are missing.
 */
function restoredPlan(doc: PlanDocument, conflict: DeleteConflict): PlanDocument {
  const contents = conflict.contents;
  const exists = doc.plans.some((p) => p.id === conflict.entityId);
  const followUp = contents?.followUp ? followUpSchema.safeParse(contents.followUp) : null;
  // A plan of the earlier mapping kept its oppfølging as its own field.
  const ownFollowUp: unknown = conflict.entity['followUp'];
  const restoredFollowUp = followUp?.success ? followUp.data : ownFollowUp ?? emptyFollowUp();
  const withFollowUp: DeleteConflict = exists ? conflict : { ...conflict, entity: { ...conflict.entity, followUp: restoredFollowUp } };
  const plans = restoredList(doc.plans, withFollowUp);
  const ids = new Set(doc.actions.map((a) => a.id));
  const missing = (contents?.actions ?? []).filter((a) => typeof a['id'] === 'string' && !ids.has(a['id']));
  const candidate = { ...doc, plans, actions: missing.length === 0 ? doc.actions : [...doc.actions, ...missing] };
  if (missing.length === 0 && plans.length === doc.plans.length && plans.every((p, i) => sameValue(p, doc.plans[i]))) return doc;
  return isPlanDocument(candidate) ? candidate : doc;
}
