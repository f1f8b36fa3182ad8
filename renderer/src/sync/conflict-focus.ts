/**
 * «Vis feltet»: the table's conflict marker asks for the field's notice to get focus once
 * the detail panel has opened it. One pending request at a time; the field's notice takes
 * it when it renders (FieldConflict).
 */

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
