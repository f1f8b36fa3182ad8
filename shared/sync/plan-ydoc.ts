/**
 * Teamsynk: the mapping between the app's `PlanDocument` and one `Y.Doc` per strategy.
 *
 * Shape of the Y.Doc (decided here, documented in the README):
 * - `strategy`: a Y.Map with the strategy's own fields (name, vision, period …) — every
 *   field but its entity collections.
 * - one Y.Map per entity collection (`SYNC_COLLECTIONS`, e.g. `c:actions`,
 *   `c:strategy.focusAreas`), keyed by the entity's id; each entity is a Y.Map of its
 *   fields, so two planners changing different fields of one tiltak both keep their edit.
 * - Arrays of value objects inside an entity (a tiltak's funding lines and KPIs, a focus
 *   area's delmål, a plan's scenarios, id lists) are whole values of one field: a change
 *   replaces the field; two concurrent changes to the same list are one conflict, shown to
 *   the planner (conflicts.ts) — never a silent merge that could double a funding line.
 * - Reserved entity keys start with `$`: `$pos` orders the collection (a number; ties by
 *   id), `$by` says who wrote the entity's last change and when (`{ name, at }`).
 * - A plan's oppfølging (`plan.followUp`) is not a field of the plan's entity: its status
 *   updates and closures are entries of their own (`f:updates`, `f:closures`, keyed
 *   `<planId>/<id>`, each a Y.Map of its fields with `$pos` for the history's order), and
 *   the period scheme and KPI weighting are fields of `f:settings` (keys
 *   `<planId>/scheme`, `<planId>/kpiWeighting`, and `<planId>/$by`: who changed them
 *   last). Two planners who each record updates
 *   offline keep both (an update is a history entry), in the same order on every copy.
 *   A Y.Doc written before this mapping (the whole `followUp` as one field of the plan) is
 *   read as it is and moved to the entries by the first change of that plan's follow-up.
 *
 * `applyPlanToYDoc` diffs two documents (edits share untouched objects, so identity is
 * compared first) and writes only the changed fields in one transaction; `yDocToPlan`
 * reads the Y.Doc back, reusing the previous document's objects where nothing changed,
 * and validates the result with the plan-document schema.
 */
import * as Y from 'yjs';
import type { PlanDocument } from '../domain/document';
import type { ActionPlan } from '../domain/entities';
import type { FollowUp } from '../domain/follow-up';
import { planDocumentSchema } from '../domain/document';
import { msg, type Message } from '../i18n/message';
import { zodIssueToMessage } from '../domain/validation-messages';
import { recordDeletions } from './tombstones';
import { withoutDangling } from './dangling';
import { withoutDuplicates } from './duplicates';

/** A synced entity: any object with a stable id. */
export interface SyncEntity {
  readonly id: string;
}

/** Samling: one entity collection of the plan document that syncs entity by entity. */
export interface SyncCollection {
  /** Name of the collection's top-level Y.Map in the Y.Doc. */
  readonly key: string;
  /** Where the array lives in the PlanDocument: `['actions']` or `['strategy', 'roles']`. */
  readonly path: readonly [string] | readonly ['strategy', string];
}

/**
 * The entity collections (samlinger) that sync entity by entity. A new collection in the
 * plan document needs one line here.
 */
export const SYNC_COLLECTIONS: readonly SyncCollection[] = [
  { key: 'c:plans', path: ['plans'] },
  { key: 'c:actions', path: ['actions'] },
  { key: 'c:strategy.roles', path: ['strategy', 'roles'] },
  { key: 'c:strategy.values', path: ['strategy', 'values'] },
  { key: 'c:strategy.challenges', path: ['strategy', 'challenges'] },
  { key: 'c:strategy.guidingStrategies', path: ['strategy', 'guidingStrategies'] },
  { key: 'c:strategy.focusAreas', path: ['strategy', 'focusAreas'] },
  { key: 'c:strategy.initiatives', path: ['strategy', 'initiatives'] },
  { key: 'c:strategy.crossCuttingProjects', path: ['strategy', 'crossCuttingProjects'] },
  { key: 'c:strategy.actors', path: ['strategy', 'actors'] },
  { key: 'c:strategy.partnerRegions', path: ['strategy', 'partnerRegions'] },
];

/** Name of the Y.Map holding the strategy's own fields. */
export const STRATEGY_MAP = 'strategy';
/** Entity key: the entity's place in its collection. */
export const POSITION_KEY = '$pos';
/** Entity key: who wrote the entity's last change, and when (`{ name, at }`). */
export const AUTHOR_KEY = '$by';

/** Name of the Y.Map holding each plan's follow-up settings: `<planId>/scheme`, `<planId>/kpiWeighting`. */
export const FOLLOW_UP_SETTINGS_MAP = 'f:settings';
/** Name of the Y.Map holding every plan's status updates (statusoppdateringer), keyed `<planId>/<updateId>`. */
export const FOLLOW_UP_UPDATES_MAP = 'f:updates';
/** Name of the Y.Map holding every plan's period closures (lukkinger), keyed `<planId>/<closureId>`. */
export const FOLLOW_UP_CLOSURES_MAP = 'f:closures';
/** The plan field that is mapped to the follow-up maps instead of being a field of the plan's entity. */
const FOLLOW_UP_FIELD = 'followUp';
const FOLLOW_UP_SKIP: ReadonlySet<string> = new Set([FOLLOW_UP_FIELD]);
/** Name of the plans' collection map (their follow-up lives in the follow-up maps). */
export const PLANS_KEY = 'c:plans';
/** The follow-up settings that are fields of `f:settings` (next to them `<planId>/$by`: who changed them last). */
export const FOLLOW_UP_SETTINGS = ['scheme', 'kpiWeighting'] as const;

/** Forfatter: who makes a change and when (ISO time; shared/ has no clock). */
export interface SyncAuthor {
  name: string;
  at: string;
}

/** A Y.Map of JSON-like values (an entity, a collection, the strategy). */
export type YRecord = Y.Map<unknown>;

/** The strategy's fields that are entity collections (not fields of the `strategy` map). */
export const STRATEGY_COLLECTION_FIELDS: ReadonlySet<string> = new Set(SYNC_COLLECTIONS.flatMap((c) => (c.path.length === 2 ? [c.path[1]] : [])));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Enhet: an object with a string id (internal to shared/sync). */
export function isEntity(value: unknown): value is SyncEntity & Record<string, unknown> {
  return isRecord(value) && typeof value['id'] === 'string';
}

/** The entities of one collection in a document (an empty list when absent). */
export function readCollection(doc: PlanDocument, collection: SyncCollection): readonly unknown[] {
  const root: unknown = collection.path.length === 1 ? doc : doc.strategy;
  const field = collection.path.length === 1 ? collection.path[0] : collection.path[1];
  if (!isRecord(root)) return [];
  const list = root[field];
  return Array.isArray(list) ? list : [];
}

/** Structural equality of JSON-like values (identity first). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    return keys.every((k) => Object.hasOwn(b, k) && sameValue(a[k], b[k]));
  }
  return false;
}

/** The collection's Y.Map (created on first use). */
export function collectionMap(ydoc: Y.Doc, collection: SyncCollection): Y.Map<YRecord> {
  return ydoc.getMap<YRecord>(collection.key);
}

/** Every top-level type of the plan's Y.Doc (the scope of a Y.UndoManager). */
export function planTypes(ydoc: Y.Doc): Y.Map<unknown>[] {
  return [
    ydoc.getMap(STRATEGY_MAP),
    ...SYNC_COLLECTIONS.map((c) => ydoc.getMap(c.key)),
    ydoc.getMap(FOLLOW_UP_SETTINGS_MAP),
    ydoc.getMap(FOLLOW_UP_UPDATES_MAP),
    ydoc.getMap(FOLLOW_UP_CLOSURES_MAP),
  ];
}

/** Writes the changed fields of one record (never reserved keys); true when any changed. */
function writeFields(target: YRecord, before: Record<string, unknown> | undefined, after: Record<string, unknown>, skip?: ReadonlySet<string>): boolean {
  let changed = false;
  for (const [key, value] of Object.entries(after)) {
    if (skip?.has(key)) continue;
    const old = before === undefined ? target.get(key) : before[key];
    if (before !== undefined && old === value) continue;
    if (value === undefined) {
      if (target.has(key)) {
        target.delete(key);
        changed = true;
      }
    } else if (!target.has(key) || !sameValue(old, value)) {
      target.set(key, value);
      changed = true;
    }
  }
  const gone = before === undefined ? [...target.keys()].filter((k) => !k.startsWith('$')) : Object.keys(before);
  for (const key of gone) {
    if (skip?.has(key) || Object.hasOwn(after, key) && after[key] !== undefined) continue;
    if (target.has(key)) {
      target.delete(key);
      changed = true;
    }
  }
  return changed;
}

/** Plassering: an entity's `$pos`, undefined when it has none (internal to shared/sync). */
export function position(entity: YRecord | undefined): number | undefined {
  const pos = entity?.get(POSITION_KEY);
  return typeof pos === 'number' && Number.isFinite(pos) ? pos : undefined;
}

/**
 * Gives every entity of `ids` (in the wanted order) a `$pos`. When the entities already
 * placed keep their relative order, only new ones get a place between their neighbours;
 * otherwise (a move) the whole collection is renumbered.
 */
function placeEntities(map: Y.Map<YRecord>, ids: readonly string[]): void {
  const wanted: (number | undefined)[] = ids.map((id) => position(map.get(id)));
  const placed = wanted.flatMap((pos, i) => (pos === undefined ? [] : [{ pos, id: ids[i] ?? '' }]));
  const keepsOrder = placed.every((p, i) => {
    const prev = placed[i - 1];
    return prev === undefined || prev.pos < p.pos || (prev.pos === p.pos && prev.id < p.id);
  });
  let next: number[] | null = null;
  if (keepsOrder) {
    next = [];
    for (let i = 0; i < ids.length; ) {
      const known = wanted[i];
      if (known !== undefined) {
        next.push(known);
        i += 1;
        continue;
      }
      // A run of new entities between two placed ones (or an end).
      let end = i;
      while (end < ids.length && wanted[end] === undefined) end += 1;
      const low = next.at(-1);
      const high = wanted[end];
      const count = end - i;
      for (let k = 1; k <= count; k += 1) {
        if (low === undefined && high === undefined) next.push(k - 1);
        else if (low === undefined && high !== undefined) next.push(high - (count + 1 - k));
        else if (low !== undefined && high === undefined) next.push(low + k);
        else if (low !== undefined && high !== undefined) next.push(low + ((high - low) * k) / (count + 1));
      }
      i = end;
    }
    // Halving runs out of precision after some fifty inserts at one place: renumber then.
    if (next.some((pos, i) => i > 0 && !(pos > (next?.[i - 1] ?? 0)) && pos !== wanted[i])) next = null;
  }
  next ??= ids.map((_, i) => i);
  ids.forEach((id, i) => {
    const entity = map.get(id);
    const pos = next?.[i];
    if (entity && pos !== undefined && position(entity) !== pos) entity.set(POSITION_KEY, pos);
  });
}

/** Writes one collection's changes; `before` undefined means «write all». */
function writeCollection(map: Y.Map<YRecord>, before: readonly unknown[] | undefined, after: readonly unknown[], author: SyncAuthor | undefined, skip?: ReadonlySet<string>, isPlans = false): void {
  const previous = new Map<string, Record<string, unknown>>();
  for (const entity of before ?? []) if (isEntity(entity)) previous.set(entity.id, entity);
  const ids: string[] = [];
  const seen = new Set<string>();
  let orderChanged = before === undefined || before.length !== after.length;
  after.forEach((entity, i) => {
    if (!isEntity(entity) || seen.has(entity.id)) return;
    seen.add(entity.id);
    ids.push(entity.id);
    const old = previous.get(entity.id);
    const prevAtIndex = before?.[i];
    if (!isEntity(prevAtIndex) || prevAtIndex.id !== entity.id) orderChanged = true;
    const existing = map.get(entity.id);
    if (!existing) {
      const created = new Y.Map<unknown>();
      // Integrate first: a Y.Map's entries are only written once it is in the document.
      map.set(entity.id, created);
      writeFields(created, undefined, entity, skip);
      if (author) created.set(AUTHOR_KEY, author);
      orderChanged = true;
      return;
    }
    if (old === entity) return;
    if (writeFields(existing, old, entity, skip) && author) existing.set(AUTHOR_KEY, author);
  });
  const gone = [...previous.keys()].filter((id) => !seen.has(id));
  if (before === undefined) for (const id of map.keys()) if (!seen.has(id)) gone.push(id);
  // What this copy had seen of each deleted entity, so an edit it had not seen is found (delete-conflicts.ts).
  recordDeletions(map, gone, author, isPlans);
  for (const id of gone) map.delete(id);
  if (orderChanged) placeEntities(map, ids);
}

/** Key of a plan's follow-up entry or setting: `<planId>/<id>` (ids never hold a `/`). */
export function followUpKey(planId: string, id: string): string {
  return `${planId}/${id}`;
}

/** The plan id of a follow-up key (the part before the first `/`). */
export function planIdOfKey(key: string): string {
  const slash = key.indexOf('/');
  return slash < 0 ? '' : key.slice(0, slash);
}

/**
 * Writes one plan's entries of a follow-up list (updates or closures) — new and changed
 * entries field by field, removed ones deleted, `$pos` when the order changed. `before`
 * undefined writes all and removes the plan's entries that are not in `after`.
 */
function writeFollowUpEntries(map: Y.Map<YRecord>, planId: string, before: readonly unknown[] | undefined, after: readonly unknown[], author: SyncAuthor | undefined): void {
  if (before === after) return;
  const previous = new Map<string, Record<string, unknown>>();
  for (const entry of before ?? []) if (isEntity(entry)) previous.set(entry.id, entry);
  const keys: string[] = [];
  const seen = new Set<string>();
  let orderChanged = before === undefined || before.length !== after.length;
  after.forEach((entry, i) => {
    if (!isEntity(entry) || seen.has(entry.id)) return;
    seen.add(entry.id);
    const key = followUpKey(planId, entry.id);
    keys.push(key);
    const prevAtIndex = before?.[i];
    if (!isEntity(prevAtIndex) || prevAtIndex.id !== entry.id) orderChanged = true;
    const existing = map.get(key);
    if (!existing) {
      const created = new Y.Map<unknown>();
      map.set(key, created);
      writeFields(created, undefined, entry);
      if (author) created.set(AUTHOR_KEY, author);
      orderChanged = true;
      return;
    }
    const old = previous.get(entry.id);
    if (old === entry) return;
    if (writeFields(existing, old, entry) && author) existing.set(AUTHOR_KEY, author);
  });
  for (const id of previous.keys()) if (!seen.has(id)) map.delete(followUpKey(planId, id));
  if (before === undefined) {
    const prefix = `${planId}/`;
    for (const key of [...map.keys()]) if (key.startsWith(prefix) && !seen.has(key.slice(prefix.length))) map.delete(key);
  }
  if (orderChanged) placeEntities(map, keys);
}

/** Writes one plan's follow-up (settings as fields, updates and closures as entries); `before` undefined writes all. */
function writeFollowUp(ydoc: Y.Doc, planId: string, before: FollowUp | undefined, after: FollowUp, author: SyncAuthor | undefined): void {
  const settings = ydoc.getMap<unknown>(FOLLOW_UP_SETTINGS_MAP);
  let settingsChanged = false;
  for (const field of FOLLOW_UP_SETTINGS) {
    if (before !== undefined && before[field] === after[field]) continue;
    const key = followUpKey(planId, field);
    if (!settings.has(key) || !sameValue(settings.get(key), after[field])) {
      settings.set(key, after[field]);
      settingsChanged = true;
    }
  }
  // Who changed the plan's settings, and when (a conflict on a setting names its writer).
  if (settingsChanged && author) settings.set(followUpKey(planId, AUTHOR_KEY), author);
  writeFollowUpEntries(ydoc.getMap<YRecord>(FOLLOW_UP_UPDATES_MAP), planId, before?.updates, after.updates, author);
  writeFollowUpEntries(ydoc.getMap<YRecord>(FOLLOW_UP_CLOSURES_MAP), planId, before?.closures, after.closures, author);
}

/** Removes the follow-up of plans that are gone (all but `keep`). */
function removeFollowUps(ydoc: Y.Doc, keep: ReadonlySet<string>): void {
  for (const name of [FOLLOW_UP_SETTINGS_MAP, FOLLOW_UP_UPDATES_MAP, FOLLOW_UP_CLOSURES_MAP]) {
    const map = ydoc.getMap<unknown>(name);
    for (const key of [...map.keys()]) if (!keep.has(planIdOfKey(key))) map.delete(key);
  }
}

/** Writes the follow-up of every plan whose follow-up changed (all with `before` undefined); removes that of deleted plans. */
function writePlansFollowUp(ydoc: Y.Doc, before: readonly ActionPlan[] | undefined, after: readonly ActionPlan[], author: SyncAuthor | undefined): void {
  const plans = ydoc.getMap<YRecord>(PLANS_KEY);
  const previous = new Map<string, ActionPlan>();
  for (const plan of before ?? []) previous.set(plan.id, plan);
  const ids = new Set<string>();
  for (const plan of after) {
    if (ids.has(plan.id)) continue;
    ids.add(plan.id);
    const entity = plans.get(plan.id);
    // A Y.Doc of the earlier mapping: the plan's whole follow-up moves to the entries.
    const isLegacy = entity?.has(FOLLOW_UP_FIELD) === true;
    const old = before === undefined || isLegacy ? undefined : previous.get(plan.id)?.followUp;
    if (old === plan.followUp) continue;
    writeFollowUp(ydoc, plan.id, old, plan.followUp, author);
    if (isLegacy) entity?.delete(FOLLOW_UP_FIELD);
  }
  if (before === undefined) removeFollowUps(ydoc, ids);
  else if ([...previous.keys()].some((id) => !ids.has(id))) {
    // Only the plans deleted here: a plan joined into another on read (duplicates.ts) is in neither list, and its oppfølging is shown.
    const keep = new Set([...ydoc.getMap<unknown>(PLANS_KEY).keys(), ...ids].filter((id) => ids.has(id) || !previous.has(id)));
    removeFollowUps(ydoc, keep);
  }
}

/**
 * Sammenslåtte planer: a plan read as joined into `after`'s plan (the same year, a larger id:
 * duplicates.ts) shows its scenarios and oppfølging records in it. When this copy writes that
 * plan's scenarios or records, they are written under the kept plan (what the planner saw,
 * with the change); here they leave the joined plan, so a deletion among them sticks. Every
 * copy doing it writes the same values, so concurrent writers converge.
 */
function settleJoinedPlans(ydoc: Y.Doc, before: readonly ActionPlan[], after: readonly ActionPlan[]): void {
  const plans = ydoc.getMap<YRecord>(PLANS_KEY);
  const old = new Map(before.map((p) => [p.id, p]));
  for (const plan of after) {
    const was = old.get(plan.id);
    if (was === undefined || was === plan) continue;
    const scenariosWritten = was.scenarios !== plan.scenarios;
    const updatesWritten = was.followUp.updates !== plan.followUp.updates;
    const closuresWritten = was.followUp.closures !== plan.followUp.closures;
    if (!scenariosWritten && !updatesWritten && !closuresWritten) continue;
    for (const [id, entity] of plans.entries()) {
      if (id === plan.id || !(entity instanceof Y.Map) || entity.get('year') !== plan.year) continue;
      if (scenariosWritten) {
        const shown = new Set(was.scenarios.map((s) => s.id));
        const own: unknown = entity.get('scenarios');
        if (Array.isArray(own) && own.some((s: unknown) => isEntity(s) && shown.has(s.id))) entity.set('scenarios', own.filter((s: unknown) => !(isEntity(s) && shown.has(s.id))));
      }
      const entries: [boolean, string, readonly { id: string }[]][] = [
        [updatesWritten, FOLLOW_UP_UPDATES_MAP, was.followUp.updates],
        [closuresWritten, FOLLOW_UP_CLOSURES_MAP, was.followUp.closures],
      ];
      for (const [written, name, shownList] of entries) {
        if (!written) continue;
        const map = ydoc.getMap<unknown>(name);
        for (const entry of shownList) if (map.has(followUpKey(id, entry.id))) map.delete(followUpKey(id, entry.id));
      }
    }
  }
}

/**
 * Skriv endringer til Y.Doc: writes the difference between two plan documents (the one
 * the Y.Doc holds now and the edited one) in one transaction with `origin`: only the
 * changed fields, new and deleted entities, and places when the order changed. With an
 * author every changed entity records who changed it and when. `before` null writes the
 * whole document (and removes what is not in it).
 */
export function applyPlanToYDoc(ydoc: Y.Doc, before: PlanDocument | null, after: PlanDocument, origin: unknown, author?: SyncAuthor): void {
  if (before === after) return;
  ydoc.transact(() => {
    if (before === null || before.strategy !== after.strategy) {
      const strategyMap = ydoc.getMap<unknown>(STRATEGY_MAP);
      writeFields(strategyMap, before?.strategy, after.strategy, STRATEGY_COLLECTION_FIELDS);
    }
    for (const collection of SYNC_COLLECTIONS) {
      const old = before === null ? undefined : readCollection(before, collection);
      const next = readCollection(after, collection);
      if (old === next) continue;
      const isPlans = collection.key === PLANS_KEY;
      writeCollection(collectionMap(ydoc, collection), old, next, author, isPlans ? FOLLOW_UP_SKIP : undefined, isPlans);
    }
    if (before === null || before.plans !== after.plans) writePlansFollowUp(ydoc, before?.plans, after.plans, author);
    if (before !== null && before.plans !== after.plans) settleJoinedPlans(ydoc, before.plans, after.plans);
  }, origin);
}

/** Ny Y.Doc fra plan: a fresh Y.Doc holding the whole document. */
export function planToYDoc(plan: PlanDocument, origin: unknown = null): Y.Doc {
  const ydoc = new Y.Doc();
  applyPlanToYDoc(ydoc, null, plan, origin);
  return ydoc;
}

/** A record's fields without reserved keys, reusing `previous` when every field is the same. */
export function readRecord(source: Y.Map<unknown>, previous: Record<string, unknown> | undefined, skip?: ReadonlySet<string>): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  let count = 0;
  let isSame = previous !== undefined;
  for (const [key, value] of source.entries()) {
    if (key.startsWith('$') || skip?.has(key)) continue;
    fields[key] = value;
    count += 1;
    if (isSame && previous?.[key] !== value) isSame = false;
  }
  if (isSame && previous !== undefined) {
    const prevCount = Object.keys(previous).filter((k) => !skip?.has(k)).length;
    if (prevCount === count) return previous;
  }
  // Keep the previous object's key order, so a snapshot file reads like the original.
  if (previous === undefined) return fields;
  const ordered: Record<string, unknown> = {};
  for (const key of Object.keys(previous)) if (Object.hasOwn(fields, key)) ordered[key] = fields[key];
  return Object.assign(ordered, fields);
}

/** Reads one entity's record (the plan's reader adds its follow-up). */
export type EntityReader = (id: string, entity: YRecord, previous: Record<string, unknown> | undefined) => Record<string, unknown>;

/** Reads an entity's fields (every collection but the plans). */
export const readPlain: EntityReader = (_id, entity, previous) => readRecord(entity, previous);

/** A collection's entities in their order (`$pos`, ties by id). */
function readEntities(map: Y.Map<YRecord>, previous: readonly unknown[], readEntity: EntityReader = readPlain): unknown[] {
  const before = new Map<string, Record<string, unknown>>();
  for (const entity of previous) if (isEntity(entity)) before.set(entity.id, entity);
  const rows: { pos: number; id: string; entity: Record<string, unknown> }[] = [];
  for (const [id, entity] of map.entries()) {
    if (!(entity instanceof Y.Map)) continue;
    rows.push({ pos: position(entity) ?? Number.MAX_SAFE_INTEGER, id, entity: readEntity(id, entity, before.get(id)) });
  }
  rows.sort((a, b) => a.pos - b.pos || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const list = rows.map((r) => r.entity);
  return list.length === previous.length && list.every((e, i) => e === previous[i]) ? [...previous] : list;
}

/** One plan's follow-up entries in a follow-up map, by plan id: `[id, entry]` in the history's order (`$pos`, ties by key). */
function groupFollowUpEntries(map: Y.Map<YRecord>): Map<string, { id: string; entry: YRecord }[]> {
  const rows: { planId: string; id: string; key: string; pos: number; entry: YRecord }[] = [];
  for (const [key, entry] of map.entries()) {
    if (!(entry instanceof Y.Map)) continue;
    const planId = planIdOfKey(key);
    rows.push({ planId, id: key.slice(planId.length + 1), key, pos: position(entry) ?? Number.MAX_SAFE_INTEGER, entry });
  }
  rows.sort((a, b) => a.pos - b.pos || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const byPlan = new Map<string, { id: string; entry: YRecord }[]>();
  for (const row of rows) {
    const list = byPlan.get(row.planId);
    if (list) list.push({ id: row.id, entry: row.entry });
    else byPlan.set(row.planId, [{ id: row.id, entry: row.entry }]);
  }
  return byPlan;
}

/** One plan's list of follow-up entries: the previous list itself when nothing changed, else a new list reusing unchanged entries. */
function readFollowUpList(entries: readonly { id: string; entry: YRecord }[], previous: unknown): readonly unknown[] {
  const old: readonly unknown[] = Array.isArray(previous) ? previous : [];
  const before = new Map<string, Record<string, unknown>>();
  for (const item of old) if (isEntity(item)) before.set(item.id, item);
  const list = entries.map(({ id, entry }) => readRecord(entry, before.get(id)));
  return Array.isArray(previous) && list.length === old.length && list.every((e, i) => e === old[i]) ? old : list;
}

/** Reads the plans' follow-up from the follow-up maps (or, for a Y.Doc of the earlier mapping, the plan's own field). */
export function followUpReader(ydoc: Y.Doc): EntityReader {
  const settings = ydoc.getMap<unknown>(FOLLOW_UP_SETTINGS_MAP);
  const updates = groupFollowUpEntries(ydoc.getMap<YRecord>(FOLLOW_UP_UPDATES_MAP));
  const closures = groupFollowUpEntries(ydoc.getMap<YRecord>(FOLLOW_UP_CLOSURES_MAP));
  return (planId, entity, previous) => {
    const fields = readRecord(entity, previous, FOLLOW_UP_SKIP);
    const prev: unknown = previous?.[FOLLOW_UP_FIELD];
    const prevFollowUp = isRecord(prev) ? prev : undefined;
    const legacy = entity.get(FOLLOW_UP_FIELD);
    let followUp: unknown;
    if (!settings.has(followUpKey(planId, 'scheme')) && isRecord(legacy)) {
      followUp = prevFollowUp !== undefined && sameValue(prevFollowUp, legacy) ? prevFollowUp : legacy;
    } else {
      const read: Record<string, unknown> = {};
      for (const field of FOLLOW_UP_SETTINGS) {
        const value = settings.get(followUpKey(planId, field));
        if (value !== undefined) read[field] = prevFollowUp !== undefined && sameValue(prevFollowUp[field], value) ? prevFollowUp[field] : value;
      }
      const updateList = readFollowUpList(updates.get(planId) ?? [], prevFollowUp?.['updates']);
      const closureList = readFollowUpList(closures.get(planId) ?? [], prevFollowUp?.['closures']);
      const isSame = prevFollowUp !== undefined && FOLLOW_UP_SETTINGS.every((f) => read[f] === prevFollowUp[f]) && updateList === prevFollowUp['updates'] && closureList === prevFollowUp['closures'];
      followUp = isSame ? prevFollowUp : { ...read, updates: updateList, closures: closureList };
    }
    if (previous !== undefined && fields === previous && followUp === prev) return previous;
    return { ...fields, [FOLLOW_UP_FIELD]: followUp };
  };
}

/** Result of reading a Y.Doc. */
export type YDocReadResult = { ok: true; doc: PlanDocument } | { ok: false; errors: Message[] };

function isPlanDocument(candidate: unknown): candidate is PlanDocument {
  return planDocumentSchema.safeParse(candidate).success;
}

/**
 * Les plan fra Y.Doc: the plan document the Y.Doc holds, checked with the plan-document
 * schema. Entities that did not change since `previous` are the previous objects (so the
 * screens redraw only what changed). A Y.Doc that does not hold a valid document gives
 * messages and no document: the caller keeps its last valid one and reports them.
 * `join: false` leaves two plans for a year and two tiltak with one number as they are
 * (for the notices that name them; duplicates.ts).
 */
export function yDocToPlan(ydoc: Y.Doc, previous?: PlanDocument, options: { join?: boolean } = {}): YDocReadResult {
  const strategyMap = ydoc.getMap<unknown>(STRATEGY_MAP);
  if (strategyMap.size === 0) return { ok: false, errors: [msg('sync.emptyDocument')] };
  const strategy = readRecord(strategyMap, previous?.strategy, STRATEGY_COLLECTION_FIELDS);
  const root: Record<string, unknown> = {};
  const nested: Record<string, unknown> = {};
  let strategyChanged = previous === undefined || strategy !== previous.strategy;
  for (const collection of SYNC_COLLECTIONS) {
    const old = previous ? readCollection(previous, collection) : [];
    const read = readEntities(collectionMap(ydoc, collection), old, collection.key === PLANS_KEY ? followUpReader(ydoc) : readPlain);
    const list = read.length === old.length && read.every((e, i) => e === old[i]) && previous ? old : read;
    if (collection.path.length === 1) root[collection.path[0]] = list;
    else {
      nested[collection.path[1]] = list;
      if (list !== old) strategyChanged = true;
    }
  }
  const fullStrategy = strategyChanged || !previous ? { ...strategy, ...nested } : previous.strategy;
  const candidate: Record<string, unknown> = { strategy: fullStrategy, ...root };
  if (previous && fullStrategy === previous.strategy && Object.entries(root).every(([k, v]) => v === Reflect.get(previous, k))) {
    return { ok: true, doc: previous };
  }
  if (isPlanDocument(candidate)) {
    // What a concurrent deletion left hanging is read as the deletion wants it (dangling.ts).
    // Two plans for one year, two tiltak with one number (a merge of offline work): joined on read (duplicates.ts).
    const clean = withoutDangling(candidate, previous);
    const doc = options.join === false ? clean : withoutDuplicates(clean, previous);
    const same = previous !== undefined && doc.strategy === previous.strategy && doc.plans === previous.plans && doc.actions === previous.actions;
    return { ok: true, doc: same ? previous : doc };
  }
  const parsed = planDocumentSchema.safeParse(candidate);
  const errors = parsed.success ? [] : parsed.error.issues.slice(0, 20).map((issue) => msg('sync.invalidRemote', { problem: zodIssueToMessage(issue) }, { path: issue.path.join('.') }));
  return { ok: false, errors };
}
