/** Whether two lists of tiltak hold the same ids in the same order, looking only at the objects that differ. */
import type { Action } from '@shared/domain';

/** True when `after` has the ids of `before` at the same places (an edit replaced tiltak in place); reads ids only where the objects differ. */
export function sameIdsInPlace(before: readonly Action[], after: readonly Action[]): boolean {
  if (before === after) return true;
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    const a = before[i];
    const b = after[i];
    if (a !== b && a?.id !== b?.id) return false;
  }
  return true;
}
