/**
 * A plan's tiltak (`doc.actions` filtered by `planId`) kept from edit to edit: an edit that
 * replaces a few tiltak in place (same place in the list, same plan) gives a copy of the
 * last list with those few replaced, found by identity, instead of filtering every tiltak
 * of the document again. Anything else (tiltak added, deleted or moved to another plan)
 * filters afresh. Unchanged tiltak keep their objects, so everything memoised per tiltak
 * downstream (kontroll, rows) stays valid.
 */
import type { Action } from '@shared/domain';

/** What `planActionsOf` keeps between calls. */
export interface PlanActionsMemo {
  all: readonly Action[] | null;
  planId: string | null;
  actions: readonly Action[];
  /** Index in `all` of each of `actions`, ascending. */
  positions: readonly number[];
}

/** An empty memo. */
export function createPlanActionsMemo(): PlanActionsMemo {
  return { all: null, planId: null, actions: [], positions: [] };
}

/** Most changed tiltak handled by replacing; beyond that the list is filtered afresh. */
const MAX_REPLACED = 256;

function refilter(memo: PlanActionsMemo, all: readonly Action[], planId: string): readonly Action[] {
  const actions: Action[] = [];
  const positions: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const a = all[i] as Action;
    if (a.planId === planId) {
      actions.push(a);
      positions.push(i);
    }
  }
  memo.all = all;
  memo.planId = planId;
  memo.actions = actions;
  memo.positions = positions;
  return actions;
}

/** First index in the ascending `positions` whose value is at least `at`. */
function lowerBound(positions: readonly number[], at: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((positions[mid] as number) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** `all.filter((a) => a.planId === planId)`, from the memo's last list where the change allows. */
export function planActionsOf(memo: PlanActionsMemo, all: readonly Action[], planId: string): readonly Action[] {
  const before = memo.all;
  if (before === all && memo.planId === planId) return memo.actions;
  if (before === null || memo.planId !== planId || before.length !== all.length) return refilter(memo, all, planId);
  let start = 0;
  while (start < all.length && before[start] === all[start]) start++;
  let end = all.length;
  while (end > start && before[end - 1] === all[end - 1]) end--;
  if (end - start > MAX_REPLACED) return refilter(memo, all, planId);
  let out: Action[] | null = null;
  let k = lowerBound(memo.positions, start);
  for (let i = start; i < end; i++) {
    const was = before[i] as Action;
    const now = all[i] as Action;
    const wasIn = was.planId === planId;
    if (wasIn !== (now.planId === planId)) return refilter(memo, all, planId);
    if (!wasIn || was === now) continue;
    // `was` is at index k of the plan's list (positions are ascending and include i).
    while (memo.positions[k] !== undefined && (memo.positions[k] as number) < i) k++;
    if (memo.positions[k] !== i) return refilter(memo, all, planId);
    out ??= memo.actions.slice();
    out[k] = now;
  }
  memo.all = all;
  if (out) memo.actions = out;
  return memo.actions;
}
