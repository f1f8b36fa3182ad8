/**
 * «Vis feltet»: the table's conflict marker (and opening a tiltak by keyboard, where the
 * marker cannot be reached) asks for the field's notice to get focus once the detail panel
 * has opened it. One pending request at a time; the field's notice takes it when it renders
 * (FieldConflict under its control, or ConflictNotices for a field the panel has no control for).
 */
import type { SyncConflict } from '@shared/sync';

let pending: { entityId: string; field: string } | null = null;

/** Asks the notice of `field` on `entityId` to take focus when it next renders. */
export function requestConflictFocus(entityId: string, field: string): void {
  pending = { entityId, field };
}

/** True (and the request consumed) when the request is for this field. */
export function takeConflictFocus(entityId: string, field: string): boolean {
  if (pending === null || pending.entityId !== entityId || pending.field !== field) return false;
  pending = null;
  return true;
}

/** Asks the first open conflict of `entityId` for focus; false when it has none. */
export function requestFirstConflictFocus(conflicts: readonly SyncConflict[], entityId: string, collection = 'c:actions'): boolean {
  const first = conflicts.find((c) => c.entityId === entityId && c.collection === collection);
  if (first === undefined) return false;
  requestConflictFocus(entityId, first.field);
  return true;
}
