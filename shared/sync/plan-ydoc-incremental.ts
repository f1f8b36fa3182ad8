/**
 * Teamsynk, the read side made incremental: a colleague's edit of one tiltak re-reads and
 * re-checks that tiltak, not the whole strategy.
 *
 * `createPlanReader(ydoc)` is told every transaction of the Y.Doc (`track`, local ones
 * too) and remembers what they touched, in the mapping's terms: per collection the keys
 * of the entities added, changed or deleted, the collections whose order may have changed
 * (`$pos`, an entity added or replaced), the plans whose oppfølging changed (entries of
 * `f:updates` / `f:closures`, fields of `f:settings`). `read(base)` then builds the new
 * `PlanDocument` from `base` — the document the Y.Doc held when the remembered changes
 * began, plus the local edits written since with `applyPlanToYDoc` — re-reading only those
 * entities (unchanged entities, lists and the strategy keep their identity) and checking
 * only them against their entity schema, the lists' lengths and the document limit: what
 * the plan-document schema checks, as the rest was valid in `base`.
 *
 * A change of the strategy's own fields re-reads them and checks the strategy (its lists
 * are small beside the tiltak). `yDocToPlan` (the full read) stays the reference. The
 * reader uses it when the change is not one it understands (a nested type, many entities, a Y.Doc
 * whose entity ids are not their keys) and whenever the incremental check refuses the
 * change, so a refusal reports exactly the full read's messages.
 */
import * as Y from 'yjs';
import { z } from 'zod';
import type { PlanDocument } from '../domain/document';
import { planDocumentSchema } from '../domain/document';
import { strategySchema } from '../domain/entities';
import { documentLimitMessage } from '../domain/limits';
import { hasDangling } from './dangling';
import { hasDuplicates } from './duplicates';
import { yDocHoldsDuplicates } from './join-notices';
import {
  collectionMap,
  FOLLOW_UP_CLOSURES_MAP,
  FOLLOW_UP_SETTINGS_MAP,
  FOLLOW_UP_UPDATES_MAP,
  followUpReader,
  isEntity,
  planIdOfKey,
  PLANS_KEY,
  position,
  POSITION_KEY,
  readCollection,
  readPlain,
  readRecord,
  STRATEGY_COLLECTION_FIELDS,
  STRATEGY_MAP,
  SYNC_COLLECTIONS,
  yDocToPlan,
  type EntityReader,
  type SyncCollection,
  type YDocReadResult,
} from './plan-ydoc';

/** More changed entities than this since the last read: read the whole document. */
export const INCREMENTAL_READ_LIMIT = 2000;

/** Leser for teamsynk: reads a strategy's Y.Doc incrementally (see the module comment). */
export interface PlanReader {
  /** Remembers what a transaction of the Y.Doc changed (call it for every transaction, local ones too). */
  track(transaction: Y.Transaction): void;
  /**
   * The document the Y.Doc holds: `base` with the remembered changes read in, checked.
   * `base` must be the last document `read` returned (or the one the Y.Doc held when the
   * reader was created), with the local edits since written by `applyPlanToYDoc`. When
   * the result is a refusal, the changes stay remembered for the next read.
   */
  read(base: PlanDocument): YDocReadResult;
  /** Whether changes are remembered that `read` has not taken in. */
  hasPending(): boolean;
  /** How the last `read` was done: nothing to read, the changed entities only, or the whole document (for tests and benchmarks). */
  lastRead(): 'none' | 'incremental' | 'full';
}

/** Options of createPlanReader. */
export interface PlanReaderOptions {
  /** Always read the whole document (the reference; for comparisons and benchmarks). */
  full?: boolean;
  /** More changed entities than this: read the whole document (default INCREMENTAL_READ_LIMIT). */
  limit?: number;
}

/** The changes remembered since the last read. */
interface Pending {
  /** Collection key → keys of the entities added, changed or deleted. */
  entities: Map<string, Set<string>>;
  /** Collections whose order may have changed. */
  reorder: Set<string>;
  /** Plans whose follow-up changed. */
  plans: Set<string>;
  /** The strategy's own fields changed. */
  strategy: boolean;
  count: number;
  /** A change the reader does not understand: read everything. */
  all: boolean;
}

function emptyPending(): Pending {
  return { entities: new Map(), reorder: new Set(), plans: new Set(), strategy: false, count: 0, all: false };
}

const COLLECTIONS_BY_KEY: ReadonlyMap<string, SyncCollection> = new Map(SYNC_COLLECTIONS.map((c) => [c.key, c]));
const FOLLOW_UP_MAPS: ReadonlySet<string> = new Set([FOLLOW_UP_SETTINGS_MAP, FOLLOW_UP_UPDATES_MAP, FOLLOW_UP_CLOSURES_MAP]);

/** What the plan-document schema checks for one collection: each entity, and the list (its length). */
interface CollectionCheck {
  entity: z.core.$ZodType;
  list: z.core.$ZodType;
}

const checks = new Map<string, CollectionCheck>();

/** The collection's checks, taken from the plan-document schema itself (so they cannot drift from it). */
function checkOf(collection: SyncCollection): CollectionCheck {
  const known = checks.get(collection.key);
  if (known) return known;
  const shape: Record<string, z.ZodType> = collection.path.length === 1 ? planDocumentSchema.shape : strategySchema.shape;
  const field = collection.path.length === 1 ? collection.path[0] : collection.path[1];
  const array = shape[field];
  if (!(array instanceof z.ZodArray)) throw new Error(`${collection.key}: not an array in the plan-document schema`);
  // The list's own checks (its maximum length) on a list of anything: the entities are checked one by one.
  const listChecks = (array._zod.def.checks ?? []) as z.core.$ZodCheck<unknown[]>[];
  const check: CollectionCheck = { entity: array.element, list: z.array(z.unknown()).check(...listChecks) };
  checks.set(collection.key, check);
  return check;
}

/**
 * Where a changed type sits: the name of its top-level type and the keys down to it
 * (`[]` for the top-level type itself, `[key]` for an entity of a collection; null for a
 * step into an array).
 */
function placeOf(type: { _item: Y.Item | null }, names: ReadonlyMap<unknown, string>): { top: string; keys: (string | null)[] } {
  const keys: (string | null)[] = [];
  let current: { _item: Y.Item | null } = type;
  for (;;) {
    const item = current._item;
    const parent = item?.parent;
    if (item === null || item === undefined || !(parent instanceof Y.AbstractType)) return { top: item === null ? (names.get(current) ?? '') : '', keys };
    keys.unshift(item.parentSub);
    current = parent;
  }
}

/** Every entity of the collections is stored under its own id (a Y.Doc written by applyPlanToYDoc is). */
function isWellKeyed(ydoc: Y.Doc): boolean {
  for (const collection of SYNC_COLLECTIONS) {
    for (const [key, entity] of collectionMap(ydoc, collection).entries()) {
      if (entity instanceof Y.Map && entity.get('id') !== key) return false;
    }
  }
  return true;
}

/** A read that could not be done incrementally: the full read decides. */
const NOT_INCREMENTAL = Symbol('not incremental');
/** The incremental check refused the change: the full read reports why. */
const REFUSED = Symbol('refused');

/** A collection's new list (or `old` itself) and the entities in it that were read anew. */
interface CollectionRead {
  list: readonly unknown[];
  fresh: unknown[];
}

/** Reads the pending entities of one collection into its list; NOT_INCREMENTAL when `old` does not match the Y.Doc as expected. */
function readChangedCollection(map: Y.Map<Y.Map<unknown>>, old: readonly unknown[], keys: ReadonlySet<string>, reorder: boolean, readEntity: EntityReader): CollectionRead | typeof NOT_INCREMENTAL {
  const index = new Map<string, number>();
  for (let i = 0; i < old.length; i += 1) {
    const entity = old[i];
    if (!isEntity(entity) || index.has(entity.id)) return NOT_INCREMENTAL;
    index.set(entity.id, i);
  }
  const read = new Map<string, Record<string, unknown> | null>();
  const fresh: unknown[] = [];
  for (const key of keys) {
    const entity = map.get(key);
    if (!(entity instanceof Y.Map)) {
      read.set(key, null);
      continue;
    }
    const at = index.get(key);
    const before = at === undefined ? undefined : old[at];
    const record = readEntity(key, entity, isEntity(before) ? before : undefined);
    if (record['id'] !== key) return NOT_INCREMENTAL;
    read.set(key, record);
    if (record !== before) fresh.push(record);
  }
  let list: unknown[];
  if (reorder) {
    const rows: { pos: number; id: string }[] = [];
    for (const [id, entity] of map.entries()) if (entity instanceof Y.Map) rows.push({ pos: position(entity) ?? Number.MAX_SAFE_INTEGER, id });
    rows.sort((a, b) => a.pos - b.pos || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    list = [];
    for (const { id } of rows) {
      // Neither read now nor in `old`: left out by the last read as hanging (dangling.ts), and unchanged since.
      if (!read.has(id) && !index.has(id)) continue;
      const record = read.has(id) ? read.get(id) : old[index.get(id) ?? -1];
      if (record === undefined || record === null) return NOT_INCREMENTAL;
      list.push(record);
    }
  } else {
    list = [...old];
    let removed = false;
    for (const [key, record] of read) {
      const at = index.get(key);
      // A new entity always changes the collection map's keys, which asks for a reorder.
      if (at === undefined) {
        if (record !== null) return NOT_INCREMENTAL;
        continue;
      }
      list[at] = record;
      if (record === null) removed = true;
    }
    if (removed) list = list.filter((entity) => entity !== null);
  }
  const same = list.length === old.length && list.every((entity, i) => entity === old[i]);
  return { list: same ? old : list, fresh };
}

/** The incremental read: the new document, NOT_INCREMENTAL or REFUSED. */
function readIncrementally(ydoc: Y.Doc, base: PlanDocument, pending: Pending): PlanDocument | typeof NOT_INCREMENTAL | typeof REFUSED {
  const lists = new Map<string, readonly unknown[]>();
  for (const collection of SYNC_COLLECTIONS) {
    const isPlans = collection.key === PLANS_KEY;
    const keys = new Set(pending.entities.get(collection.key));
    if (isPlans) for (const planId of pending.plans) keys.add(planId);
    const reorder = pending.reorder.has(collection.key);
    if (keys.size === 0 && !reorder) continue;
    const old = readCollection(base, collection);
    const read = readChangedCollection(collectionMap(ydoc, collection), old, keys, reorder, isPlans ? followUpReader(ydoc) : readPlain);
    if (read === NOT_INCREMENTAL) return NOT_INCREMENTAL;
    if (read.list === old) continue;
    const check = checkOf(collection);
    if (!z.safeParse(check.list, read.list).success) return REFUSED;
    for (const entity of read.fresh) if (!z.safeParse(check.entity, entity).success) return REFUSED;
    lists.set(collection.key, read.list);
  }
  // The strategy's own fields: read and checked with the whole strategy (its lists are small beside the tiltak).
  let fields: Record<string, unknown> = base.strategy;
  if (pending.strategy) {
    const map = ydoc.getMap<unknown>(STRATEGY_MAP);
    if (map.size === 0) return NOT_INCREMENTAL;
    fields = readRecord(map, base.strategy, STRATEGY_COLLECTION_FIELDS);
  }
  if (lists.size === 0 && fields === base.strategy) return base;
  const nested: Record<string, readonly unknown[]> = {};
  for (const collection of SYNC_COLLECTIONS) {
    const list = lists.get(collection.key);
    if (collection.path.length === 2 && (list !== undefined || fields !== base.strategy)) nested[collection.path[1]] = list ?? readCollection(base, collection);
  }
  const strategy = Object.keys(nested).length === 0 ? base.strategy : { ...fields, ...nested };
  if (fields !== base.strategy && !strategySchema.safeParse(strategy).success) return REFUSED;
  const candidate: Record<string, unknown> = { strategy };
  for (const collection of SYNC_COLLECTIONS) {
    if (collection.path.length === 1) candidate[collection.path[0]] = lists.get(collection.key) ?? readCollection(base, collection);
  }
  // Every part is checked (the changed entities and lists above, the limit below) or unchanged from the valid `base`.
  const doc = candidate as PlanDocument;
  if (hangs(base, doc, lists)) return NOT_INCREMENTAL;
  // A year or a number held twice: the full read joins them (duplicates.ts).
  if ((lists.has(PLANS_KEY) || lists.has('c:actions') || fields !== base.strategy) && hasDuplicates(doc)) return NOT_INCREMENTAL;
  if ((lists.has(PLANS_KEY) || lists.has('c:actions')) && documentLimitMessage(doc) !== null) return REFUSED;
  return doc;
}

/** The collections something can point at (a deletion there can leave a reference hanging). */
const TARGET_COLLECTIONS = ['c:plans', 'c:strategy.focusAreas', 'c:strategy.initiatives', 'c:strategy.guidingStrategies', 'c:strategy.crossCuttingProjects', 'c:strategy.actors'] as const;

/**
 * Whether the incremental result may differ from the full read's `withoutDangling`: an
 * entity something can point at came (back) — what was left out as hanging may be whole
 * again —, an innsatsområde changed (its delmål), or a reference hangs (checked in the
 * strategy and plans, and in the tiltak read anew unless a target was removed).
 */
function hangs(base: PlanDocument, doc: PlanDocument, lists: ReadonlyMap<string, readonly unknown[]>): boolean {
  let removed = false;
  for (const key of TARGET_COLLECTIONS) {
    const list = lists.get(key);
    if (list === undefined) continue;
    const collection = COLLECTIONS_BY_KEY.get(key);
    const old = collection ? readCollection(base, collection) : [];
    if (key === 'c:strategy.focusAreas') return true;
    const before = new Set(old.flatMap((e) => (isEntity(e) ? [e.id] : [])));
    const after = new Set(list.flatMap((e) => (isEntity(e) ? [e.id] : [])));
    for (const id of after) if (!before.has(id)) return true;
    if (before.size !== after.size) removed = true;
  }
  const actions = lists.get('c:actions');
  if (removed) return hasDangling(doc);
  if (actions === undefined) return hasDangling(doc, []);
  const unchanged = new Set(base.actions);
  return hasDangling(doc, doc.actions.filter((a) => !unchanged.has(a)));
}

/**
 * Ny leser: a reader of `ydoc` that re-reads only what changed (see the module comment).
 * The caller passes every transaction to `track` (e.g. from the Y.Doc's `update` event,
 * whose fourth argument is the transaction) and calls `read` with its current document.
 */
export function createPlanReader(ydoc: Y.Doc, options: PlanReaderOptions = {}): PlanReader {
  const limit = options.limit ?? INCREMENTAL_READ_LIMIT;
  let pending = emptyPending();
  // Checked before the first incremental read and after every full one.
  let wellKeyed: boolean | null = null;
  let last: 'none' | 'incremental' | 'full' = 'none';
  // The last full read joined duplicates: the document differs from the Y.Doc's entities, so read in full until it does not.
  let joined = false;

  const touch = (collection: string, key: string) => {
    let keys = pending.entities.get(collection);
    if (!keys) {
      keys = new Set();
      pending.entities.set(collection, keys);
    }
    if (!keys.has(key)) {
      keys.add(key);
      pending.count += 1;
    }
  };

  const fullRead = (base: PlanDocument): YDocReadResult => {
    last = 'full';
    const result = yDocToPlan(ydoc, base);
    if (result.ok) {
      pending = emptyPending();
      wellKeyed = null;
      joined = yDocHoldsDuplicates(ydoc);
    }
    return result;
  };

  return {
    track(transaction) {
      if (pending.all || options.full) return;
      const names = new Map<unknown, string>();
      for (const [name, type] of ydoc.share) names.set(type, name);
      for (const [type, changedKeys] of transaction.changed) {
        const { top, keys } = placeOf(type, names);
        const isCollection = COLLECTIONS_BY_KEY.has(top);
        // Other top-level types (the conflicts) are not part of the document.
        if (top !== STRATEGY_MAP && !isCollection && !FOLLOW_UP_MAPS.has(top)) continue;
        const [sub] = keys;
        if (keys.length > 1 || sub === null || (top === STRATEGY_MAP && sub !== undefined)) {
          // A type nested deeper than the mapping writes: not understood here.
          pending.all = true;
          return;
        }
        if (top === STRATEGY_MAP) {
          pending.strategy = true;
        } else if (isCollection) {
          if (sub === undefined) {
            // Entities added, replaced or deleted.
            pending.reorder.add(top);
            for (const key of changedKeys) {
              if (key === null) {
                pending.all = true;
                return;
              }
              touch(top, key);
            }
          } else {
            touch(top, sub);
            if (changedKeys.has(POSITION_KEY)) pending.reorder.add(top);
          }
        } else if (FOLLOW_UP_MAPS.has(top)) {
          if (sub !== undefined) pending.plans.add(planIdOfKey(sub));
          else for (const key of changedKeys) pending.plans.add(planIdOfKey(key ?? ''));
        }
      }
      if (pending.count + pending.plans.size > limit) pending.all = true;
    },
    read(base) {
      if (options.full || pending.all || (joined && (pending.strategy || pending.count > 0 || pending.plans.size > 0 || pending.reorder.size > 0))) return fullRead(base);
      if (pending.count === 0 && pending.plans.size === 0 && pending.reorder.size === 0 && !pending.strategy) {
        last = 'none';
        return { ok: true, doc: base };
      }
      wellKeyed ??= isWellKeyed(ydoc);
      if (!wellKeyed) return fullRead(base);
      const result = readIncrementally(ydoc, base, pending);
      // Not understood, or refused: the full read decides (and words the refusal).
      if (result === NOT_INCREMENTAL || result === REFUSED) return fullRead(base);
      pending = emptyPending();
      last = 'incremental';
      return { ok: true, doc: result };
    },
    lastRead: () => last,
    hasPending: () => options.full !== true && (pending.all || pending.strategy || pending.count > 0 || pending.plans.size > 0 || pending.reorder.size > 0),
  };
}
