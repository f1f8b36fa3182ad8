/**
 * Tilpass til rammen (PRODUCT.md §4.5): when own funds exceed the frame, propose which
 * tiltak to postpone so the plan fits. It only proposes; shared/scenarios turns the
 * proposal into a variant — the plan itself is never edited.
 *
 * Algorithm (O(n log n), a few ms for 10 000 tiltak):
 * 1. Candidates are active tiltak that are not fullført and have own funds > 0.
 * 2. Priority levels are used lowest first: 3 (kan), then 2 (bør), then 1 (må). A level
 *    whose candidates together do not cover what remains of the overrun is taken whole,
 *    and the next level covers the rest. So a higher priority is never touched while the
 *    lower levels alone could cover the overrun.
 * 3. Within the level that completes the cover, the number of tiltak is minimal: the k
 *    largest own-funds tiltak have the largest sum of any k, so the smallest k whose
 *    largest-first prefix covers the remainder is the least possible count. Among the
 *    covers of that size it prefers cutting little: for k = 1 the smallest single tiltak
 *    that covers, for k = 2 the pair with the smallest sum that covers (exact, two
 *    pointers), for k ≥ 3 the k − 1 largest plus the smallest tiltak that completes.
 * 4. Tiltak from wholly taken levels that are not needed after all (the slack is at least
 *    their own funds) are dropped again, smallest first.
 * Ties are broken by the tiltak's order in the plan, so the proposal is deterministic.
 */
import type { Action, Priority } from '../domain/entities';
import type { KontrollContext } from './context';
import { isActive } from './funding';
import type { FitToFrameProposal, KontrollInput } from './types';

interface Candidate {
  id: string;
  own: number;
  priority: Priority;
  /** Position in the plan, for deterministic ties. */
  order: number;
}

const byOwnDescending = (a: Candidate, b: Candidate): number => b.own - a.own || a.order - b.order;

/** Index of the smallest item (sorted by own descending) with own ≥ need, searching from `from`; -1 when none. */
function lastCovering(items: readonly Candidate[], need: number, from: number): number {
  let lo = from;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.own ?? 0) >= need) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  // Among equal amounts, the one earliest in the plan.
  while (found > from && items[found - 1]?.own === items[found]?.own) found -= 1;
  return found;
}

/** The fewest candidates of one level (sorted by own descending) that cover `need`; their sum ≥ need is assumed possible. */
function minimalCover(items: readonly Candidate[], need: number): Candidate[] {
  let k = 0;
  let prefix = 0;
  while (prefix < need && k < items.length) prefix += items[k++]?.own ?? 0;
  if (k === 1) {
    const i = lastCovering(items, need, 0);
    return [items[i] as Candidate];
  }
  if (k === 2) {
    // Smallest pair sum ≥ need: two pointers over the descending list.
    let best: [number, number] = [0, 1];
    let bestSum = Infinity;
    let lo = 0;
    let hi = items.length - 1;
    while (lo < hi) {
      const sum = (items[lo]?.own ?? 0) + (items[hi]?.own ?? 0);
      if (sum >= need) {
        if (sum < bestSum) {
          bestSum = sum;
          best = [lo, hi];
        }
        lo += 1; // a smaller large element may still reach need with this small one
      } else {
        hi -= 1; // need a larger small element
      }
    }
    return [items[best[0]] as Candidate, items[best[1]] as Candidate];
  }
  const head = items.slice(0, k - 1);
  const headSum = head.reduce((s, c) => s + c.own, 0);
  const last = lastCovering(items, need - headSum, k - 1);
  return [...head, items[last] as Candidate];
}

/** The plan's own funds (active tiltak), its frame and the candidates by priority level. */
interface OwnFunds {
  ownFunds: number;
  frameOwnFunds: number;
  levels: Record<Priority, Candidate[]>;
}

function candidate(levels: Record<Priority, Candidate[]>, action: Action, own: number, order: number): void {
  if (action.status === 'done' || own <= 0) return;
  levels[action.priority].push({ id: action.id, own, priority: action.priority, order });
}

/** From a kontroll's groundwork. */
function ownFundsIn(context: KontrollContext): OwnFunds {
  const levels: Record<Priority, Candidate[]> = { 1: [], 2: [], 3: [] };
  context.active.forEach(({ action, funding }, order) => candidate(levels, action, funding.own, order));
  return { ownFunds: context.totals.ownFunds, frameOwnFunds: context.totals.frameOwnFunds, levels };
}

/**
 * The same in one pass over the tiltak that reads only their own funds (summed as
 * `actionFunding` and the kontroll's totals sum them, in the same order): the proposal
 * needs no placement, group or line of the kontroll's groundwork (issue 13: a variant cut
 * and fitted to the frame built that groundwork for the whole plan only for this).
 */
function ownFundsOf(input: KontrollInput): OwnFunds {
  const levels: Record<Priority, Candidate[]> = { 1: [], 2: [], 3: [] };
  let ownFunds = 0;
  let order = 0;
  for (const action of input.actions) {
    if (!isActive(action)) continue;
    let own = 0;
    for (const line of action.funding) if (line.source === 'own') own += line.amount;
    ownFunds += own;
    candidate(levels, action, own, order);
    order += 1;
  }
  return { ownFunds, frameOwnFunds: input.plan.frame.ownFunds, levels };
}

/**
 * Forslag til tilpasning: the tiltak to postpone so own funds fit the frame — lowest
 * priority first, as few tiltak as possible (see the module comment). Changes nothing.
 */
export function fitToFrame(input: KontrollInput, context?: KontrollContext): FitToFrameProposal {
  const { ownFunds, frameOwnFunds, levels } = context === undefined ? ownFundsOf(input) : ownFundsIn(context);
  // A frame of 0 is «not set» (as the frame rule reads it), not «cut everything».
  if (frameOwnFunds === 0) return { actionIds: [], savings: 0, ownFundsAfter: ownFunds, fits: true, overrun: 0, frameNotSet: true };
  const overrun = Math.max(0, ownFunds - frameOwnFunds);
  if (overrun === 0) return { actionIds: [], savings: 0, ownFundsAfter: ownFunds, fits: true, overrun: 0 };

  const wholeLevels: Candidate[] = [];
  let chosen: Candidate[] = [];
  let remaining = overrun;
  for (const priority of [3, 2, 1] as const) {
    const items = levels[priority].sort(byOwnDescending);
    const sum = items.reduce((s, c) => s + c.own, 0);
    if (sum < remaining) {
      for (const item of items) wholeLevels.push(item);
      remaining -= sum;
      continue;
    }
    chosen = minimalCover(items, remaining);
    remaining = 0;
    break;
  }

  let savings = [...wholeLevels, ...chosen].reduce((s, c) => s + c.own, 0);
  const kept = new Set<Candidate>();
  if (remaining === 0) {
    // Drop wholly taken tiltak that the cover turned out not to need, smallest first
    // (on a tie the more important one stays in the plan).
    const smallestFirst = [...wholeLevels].sort((a, b) => a.own - b.own || a.priority - b.priority || a.order - b.order);
    for (const c of smallestFirst) {
      if (savings - c.own < overrun) break;
      savings -= c.own;
      kept.add(c);
    }
  }
  const proposal = [...wholeLevels.filter((c) => !kept.has(c)), ...chosen].sort(
    (a, b) => b.priority - a.priority || byOwnDescending(a, b),
  );
  const ownFundsAfter = ownFunds - savings;
  return {
    actionIds: proposal.map((c) => c.id),
    savings,
    ownFundsAfter,
    fits: ownFundsAfter <= frameOwnFunds,
    overrun,
  };
}
