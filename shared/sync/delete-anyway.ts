/**
 * Slett likevel: the answer to a «deleted while edited» conflict (delete-conflicts.ts) that
 * keeps the deletion. What a colleague put under the deleted entity or linked to it without
 * seeing the deletion hangs: the read leaves it out (dangling.ts), but the Y.Doc still holds
 * it — a satsing under a deleted innsatsområde, a tiltak of a deleted handlingsplan (with its
 * funding and the plan's oppfølging recorded meanwhile), a tiltak's link to a deleted aktør.
 * Left there, it would be hidden data for ever, and would come back by itself if the parent
 * ever did. So «Slett likevel» makes the Y.Doc hold what the read shows, for everything the
 * conflict lists and everything that points at what the deletion removed (as a local deletion
 * does, `deleteStrategyItem`): an entity the read leaves out is deleted — as an ordinary
 * deletion, with its record (tombstones.ts), so a colleague's concurrent edit of it comes
 * back as a conflict of its own — and a link the read drops is written without it. All of
 * it, and the closing of the conflict, is one transaction (`CONFLICT_ORIGIN`: it is a
 * decision on a conflict, never an undo step), so every copy gets all of it or none.
 *
 * When the deleted entity exists again (someone took «Gjenopprett» meanwhile, or undid the
 * deletion), nothing hangs because of it: the conflict is only closed.
 */
import * as Y from 'yjs';
import type { PlanDocument } from '../domain/document';
import { CONFLICT_ORIGIN, CONFLICTS_MAP } from './conflicts';
import type { DeleteConflict } from './delete-conflicts';
import {
  AUTHOR_KEY,
  FOLLOW_UP_CLOSURES_MAP,
  FOLLOW_UP_SETTINGS_MAP,
  FOLLOW_UP_UPDATES_MAP,
  isEntity,
  PLANS_KEY,
  planIdOfKey,
  readCollection,
  sameValue,
  SYNC_COLLECTIONS,
  yDocToPlan,
  type SyncAuthor,
} from './plan-ydoc';
import { recordDeletions } from './tombstones';

/** The plan field kept in the follow-up maps, not in the plan's entity (plan-ydoc.ts). */
const FOLLOW_UP_FIELD = 'followUp';
const ACTIONS_KEY = 'c:actions';
const FOCUS_AREAS_KEY = 'c:strategy.focusAreas';
const INITIATIVES_KEY = 'c:strategy.initiatives';

/** Whether a JSON-like value holds one of `ids` as a string or as an object key (a target share is keyed by its innsatsområde). */
function mentions(value: unknown, ids: ReadonlySet<string>): boolean {
  if (typeof value === 'string') return ids.has(value);
  if (Array.isArray(value)) return value.some((v) => mentions(v, ids));
  if (typeof value === 'object' && value !== null) return Object.entries(value).some(([key, v]) => ids.has(key) || mentions(v, ids));
  return false;
}

/** The ids of a deleted innsatsområde's delmål (as the conflict holds it). */
function subGoalIds(entity: Record<string, unknown>): string[] {
  const subGoals = entity['subGoals'];
  return Array.isArray(subGoals) ? subGoals.flatMap((g: unknown) => (isEntity(g) ? [g.id] : [])) : [];
}

/** The entities to settle, by collection key: what the conflict lists and what points at what the deletion removed. */
function entitiesToSettle(ydoc: Y.Doc, conflict: DeleteConflict, clean: PlanDocument): Map<string, Set<string>> {
  const settle = new Map<string, Set<string>>(SYNC_COLLECTIONS.map((c) => [c.key, new Set<string>()]));
  const add = (collectionKey: string, id: string) => settle.get(collectionKey)?.add(id);
  for (const item of conflict.hanging ?? []) add(item.collection, item.entityId);
  for (const action of conflict.contents?.actions ?? []) if (typeof action['id'] === 'string') add(ACTIONS_KEY, action['id']);
  // What the deletion removed: the entity, an innsatsområde's delmål, and the satsinger that hang with it (left out of the read).
  const gone = new Set([conflict.entityId]);
  if (conflict.collection === FOCUS_AREAS_KEY) for (const id of subGoalIds(conflict.entity)) gone.add(id);
  const shown = new Set(clean.strategy.initiatives.map((i) => i.id));
  const listed = settle.get(INITIATIVES_KEY);
  for (const [id, entity] of ydoc.getMap<unknown>(INITIATIVES_KEY).entries()) {
    if (!(entity instanceof Y.Map) || shown.has(id)) continue;
    if (entity.get('focusAreaId') !== conflict.entityId && !listed?.has(id)) continue;
    gone.add(id);
    add(INITIATIVES_KEY, id);
  }
  // Anything that still points at what is gone (a tiltak's link or plan, a funding line's aktør, a plan's target share).
  for (const collection of SYNC_COLLECTIONS) {
    for (const [id, entity] of ydoc.getMap<unknown>(collection.key).entries()) {
      if (!(entity instanceof Y.Map)) continue;
      for (const [field, value] of entity.entries()) {
        if (field.startsWith('$') || !mentions(value, gone)) continue;
        add(collection.key, id);
        break;
      }
    }
  }
  return settle;
}

/** Writes the fields of an entity's Y.Map that differ from the read's record; true when any did. */
function writeShown(entity: Y.Map<unknown>, shown: Record<string, unknown>, isPlan: boolean): boolean {
  let changed = false;
  for (const [field, value] of [...entity.entries()]) {
    if (field.startsWith('$') || (isPlan && field === FOLLOW_UP_FIELD)) continue;
    const wanted = shown[field];
    if (sameValue(value, wanted)) continue;
    if (wanted === undefined) entity.delete(field);
    else entity.set(field, wanted);
    changed = true;
  }
  return changed;
}

/** Removes a deleted plan's oppfølging that was recorded while it was deleted (settings, status updates, closures). */
function removeFollowUpOf(ydoc: Y.Doc, planId: string): void {
  for (const name of [FOLLOW_UP_SETTINGS_MAP, FOLLOW_UP_UPDATES_MAP, FOLLOW_UP_CLOSURES_MAP]) {
    const map = ydoc.getMap<unknown>(name);
    for (const key of [...map.keys()]) if (planIdOfKey(key) === planId) map.delete(key);
  }
}

/**
 * Slett likevel: keeps the deletion of a «deleted while edited» conflict and removes from
 * the Y.Doc what hangs because of it (see the module comment), then closes the conflict —
 * all in one transaction. The deletions are recorded as ordinary deletions by `author`.
 */
export function deleteAnyway(ydoc: Y.Doc, conflict: DeleteConflict, author?: SyncAuthor): void {
  ydoc.transact(() => {
    settleHanging(ydoc, conflict, author);
    const conflicts = ydoc.getMap<unknown>(CONFLICTS_MAP);
    if (conflicts.has(conflict.key)) conflicts.delete(conflict.key);
  }, CONFLICT_ORIGIN);
}

/** The Y.Doc made to hold what the read shows, for what hangs because of the conflict's deletion. */
function settleHanging(ydoc: Y.Doc, conflict: DeleteConflict, author: SyncAuthor | undefined): void {
  // Back again: nothing hangs because of it.
  if (ydoc.getMap<unknown>(conflict.collection).has(conflict.entityId)) return;
  // The document as the read has it, without joining duplicates (those are joined on read only, never written).
  const read = yDocToPlan(ydoc, undefined, { join: false });
  if (!read.ok) return;
  const clean = read.doc;
  const settle = entitiesToSettle(ydoc, conflict, clean);
  for (const collection of SYNC_COLLECTIONS) {
    const ids = settle.get(collection.key);
    if (ids === undefined || ids.size === 0) continue;
    const map = ydoc.getMap<unknown>(collection.key);
    const shown = new Map<string, Record<string, unknown>>();
    for (const entity of readCollection(clean, collection)) if (isEntity(entity) && ids.has(entity.id)) shown.set(entity.id, entity);
    const doomed: string[] = [];
    for (const id of ids) {
      const entity = map.get(id);
      if (!(entity instanceof Y.Map)) continue;
      const record = shown.get(id);
      if (record === undefined) doomed.push(id);
      else if (writeShown(entity, record, collection.key === PLANS_KEY) && author) entity.set(AUTHOR_KEY, author);
    }
    // Ordinary deletions: what this copy had seen of each, so a colleague's concurrent edit of one is offered back.
    recordDeletions(map, doomed, author);
    for (const id of doomed) map.delete(id);
  }
  if (conflict.collection === PLANS_KEY) removeFollowUpOf(ydoc, conflict.entityId);
}
