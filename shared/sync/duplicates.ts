/**
 * Dobbeltføringer: what two planners create offline that the document may hold only once.
 * Both click «Opprett plan for 2028»: after the merge the Y.Doc holds two handlingsplaner
 * for 2028. Both add a tiltak to one plan: both get the next number («1.5»).
 *
 * Rule, applied on read (like `withoutDangling`; the Y.Doc keeps what each planner wrote,
 * so nothing is lost and no copy has to write a repair that could race another copy's):
 * - one plan per year: of the plans for one year the one with the smallest id is kept; the
 *   others are joined into it — their tiltak point at it, their scenarios (with their added
 *   tiltak) and oppfølging records (status updates, closures) are added to its own (by id,
 *   the kept plan's version first). The kept plan's frame, status and settings stand; where
 *   a joined plan's own field differs, join-notices.ts shows its value as a field conflict.
 *   A list a plan may hold only so many of (scenarios, status updates, closures: the
 *   schema's limits) takes the kept plan's entries, then each joined plan's in its order
 *   (joined plans by id) while there is room; the rest is left out of the read (an
 *   `overflow` join, shown as a notice) and stays in the Y.Doc, so it comes back by itself
 *   once entries are deleted and there is room. The read never holds more than a plan
 *   file may.
 * - one number per tiltak within a plan: in the document's order (the same on every copy)
 *   the first tiltak keeps the number, each later one gets the next free number (the
 *   trailing digits counted up: «1.5» → «1.6»; without trailing digits «-2», «-3» …).
 * - every plan inside the strategy period: a plan made for a year that a concurrent period
 *   change left out widens the period (as read) to hold it — nothing hidden; the notice lets
 *   the planners delete the plan or keep the wider period.
 * Both depend only on the merged content, never on the order updates arrived in, so every
 * copy reads the same document. `duplicateJoins` says what was joined, for the notices.
 */
import type { PlanDocument } from '../domain/document';
import { MAX_SCENARIOS, type Action, type ActionPlan } from '../domain/entities';
import { MAX_PERIOD_CLOSURES, MAX_STATUS_UPDATES } from '../domain/follow-up';

/** Sammenslåing: one plan joined into another, or one tiltak renumbered. */
export type DuplicateJoin =
  | { kind: 'plan'; year: number; keptPlanId: string; joinedPlanId: string }
  | { kind: 'period'; planId: string; year: number; from: number; to: number }
  | { kind: 'number'; planId: string; actionId: string; from: string; to: string }
  | { kind: 'overflow'; year: number; keptPlanId: string; joinedPlanId: string; list: JoinedList; ids: string[]; limit: number };

/**
 * Grenser ved sammenslåing: the lists a join adds a joined plan's entries to, with the most
 * one plan may hold (the plan-file schema's limits).
 */
export const JOIN_LIMITS = { scenarios: MAX_SCENARIOS, updates: MAX_STATUS_UPDATES, closures: MAX_PERIOD_CLOSURES } as const;
/** A list a join adds to: the plan's scenarios, or its oppfølging's status updates or closures. */
export type JoinedList = keyof typeof JOIN_LIMITS;

const MAX_NUMBER_LENGTH = 20;

/** The plan id each plan is read as (itself, or the kept plan of its year); null when no year is held twice. */
function planTargets(plans: readonly ActionPlan[]): Map<string, string> | null {
  const keptByYear = new Map<number, string>();
  let twice = false;
  for (const plan of plans) {
    const kept = keptByYear.get(plan.year);
    if (kept !== undefined) twice = true;
    if (kept === undefined || plan.id < kept) keptByYear.set(plan.year, plan.id);
  }
  if (!twice) return null;
  return new Map(plans.map((p) => [p.id, keptByYear.get(p.year) ?? p.id]));
}

/** A free number next to `number` (not in `taken`). */
function nextFreeNumber(number: string, taken: ReadonlySet<string>): string {
  const match = /^(.*?)(\d+)$/.exec(number);
  for (let step = 1; step < 1_000_000; step += 1) {
    const candidate = match ? `${match[1] ?? ''}${BigInt(match[2] ?? '0') + BigInt(step)}` : `${number}-${step + 1}`;
    const fitted = candidate.length <= MAX_NUMBER_LENGTH ? candidate : candidate.slice(candidate.length - MAX_NUMBER_LENGTH);
    if (!taken.has(fitted)) return fitted;
  }
  return number;
}

/**
 * Entries of `extra` whose id is not in `list` appended to it in their order while the list
 * holds fewer than `limit` (the list itself when none is added); `left` the ones that did
 * not fit.
 */
function joinById<T extends { id: string }>(list: readonly T[], extra: readonly T[], limit: number): { list: T[]; left: T[] } {
  const ids = new Set(list.map((e) => e.id));
  const added: T[] = [];
  const left: T[] = [];
  for (const e of extra) {
    if (ids.has(e.id)) continue;
    ids.add(e.id);
    if (list.length + added.length < limit) added.push(e);
    else left.push(e);
  }
  return { list: added.length === 0 ? (list as T[]) : [...list, ...added], left };
}

/** The joins the document needs (empty when it holds one plan per year inside the period and one number per tiltak in a plan). */
export function duplicateJoins(doc: PlanDocument): DuplicateJoin[] {
  return joinDuplicates(doc).joins;
}

/** Whether the document holds a year twice, a plan outside the period, or a number twice in one plan. */
export function hasDuplicates(doc: PlanDocument): boolean {
  if (planTargets(doc.plans) !== null) return true;
  if (doc.plans.some((p) => p.year < doc.strategy.periodFrom || p.year > doc.strategy.periodTo)) return true;
  const seen = new Set<string>();
  for (const action of doc.actions) {
    const key = `${action.planId}\u0000${action.number.trim()}`;
    if (seen.has(key)) return true;
    seen.add(key);
  }
  return false;
}

function joinDuplicates(doc: PlanDocument): { doc: PlanDocument; joins: DuplicateJoin[] } {
  if (!hasDuplicates(doc)) return { doc, joins: [] };
  const joins: DuplicateJoin[] = [];
  const targets = planTargets(doc.plans);
  let plans = doc.plans;
  if (targets !== null) {
    const joined = new Map<string, ActionPlan>();
    const order: string[] = [];
    // The kept plan first, then the others in id order (the same on every copy).
    const sorted = [...doc.plans].sort((a, b) => (targets.get(a.id) === a.id ? 0 : 1) - (targets.get(b.id) === b.id ? 0 : 1) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const plan of sorted) {
      const keptId = targets.get(plan.id) ?? plan.id;
      const kept = joined.get(keptId);
      if (kept === undefined) {
        joined.set(plan.id, plan);
        continue;
      }
      joins.push({ kind: 'plan', year: plan.year, keptPlanId: keptId, joinedPlanId: plan.id });
      const scenarios = plan.scenarios.map((s) => (s.addedActions.every((a) => a.planId === keptId) ? s : { ...s, addedActions: s.addedActions.map((a) => (a.planId === keptId ? a : { ...a, planId: keptId })) }));
      const joinList = <T extends { id: string }>(list: JoinedList, into: readonly T[], extra: readonly T[]): T[] => {
        const result = joinById(into, extra, JOIN_LIMITS[list]);
        if (result.left.length > 0) joins.push({ kind: 'overflow', year: plan.year, keptPlanId: keptId, joinedPlanId: plan.id, list, ids: result.left.map((e) => e.id), limit: JOIN_LIMITS[list] });
        return result.list;
      };
      joined.set(keptId, {
        ...kept,
        scenarios: joinList('scenarios', kept.scenarios, scenarios),
        followUp: { ...kept.followUp, updates: joinList('updates', kept.followUp.updates, plan.followUp.updates), closures: joinList('closures', kept.followUp.closures, plan.followUp.closures) },
      });
    }
    for (const plan of doc.plans) if (targets.get(plan.id) === plan.id) order.push(plan.id);
    plans = order.map((id) => joined.get(id)).filter((p): p is ActionPlan => p !== undefined);
  }
  const moved = targets === null ? doc.actions : doc.actions.map((a) => {
    const planId = targets.get(a.planId) ?? a.planId;
    return planId === a.planId ? a : { ...a, planId };
  });
  const numbers = new Map<string, Set<string>>();
  for (const action of moved) {
    const taken = numbers.get(action.planId) ?? new Set<string>();
    taken.add(action.number.trim());
    numbers.set(action.planId, taken);
  }
  const seen = new Set<string>();
  const actions = moved.map((action) => {
    const number = action.number.trim();
    const key = `${action.planId}\u0000${number}`;
    if (!seen.has(key)) {
      seen.add(key);
      return action;
    }
    const taken = numbers.get(action.planId) ?? new Set<string>();
    const next = nextFreeNumber(number, taken);
    taken.add(next);
    seen.add(`${action.planId}\u0000${next}`);
    joins.push({ kind: 'number', planId: action.planId, actionId: action.id, from: number, to: next });
    return { ...action, number: next } satisfies Action;
  });
  // A plan for a year the period left out while it was made (a concurrent period change): the period widens to hold it.
  let strategy = doc.strategy;
  const years = plans.map((p) => p.year);
  const from = Math.min(strategy.periodFrom, ...years);
  const to = Math.max(strategy.periodTo, ...years);
  if (from !== strategy.periodFrom || to !== strategy.periodTo) {
    for (const plan of plans) {
      if (plan.year < strategy.periodFrom || plan.year > strategy.periodTo) joins.push({ kind: 'period', planId: plan.id, year: plan.year, from, to });
    }
    strategy = { ...strategy, periodFrom: from, periodTo: to };
  }
  return { doc: { ...doc, strategy, plans, actions }, joins };
}

/**
 * Uten dobbeltføringer: the document with one plan per year and one number per tiltak in a
 * plan (see the module comment); the document itself when it already holds them. With
 * `previous`, a tiltak or plan that comes out the same as there is the previous object.
 */
export function withoutDuplicates(doc: PlanDocument, previous?: PlanDocument): PlanDocument {
  const joined = joinDuplicates(doc).doc;
  if (joined === doc || previous === undefined) return joined;
  const reuse = <T extends { id: string }>(list: T[], old: readonly T[]): T[] => {
    const before = new Map(old.map((e) => [e.id, e]));
    const next = list.map((e) => {
      const o = before.get(e.id);
      return o !== undefined && o !== e && JSON.stringify(o) === JSON.stringify(e) ? o : e;
    });
    return next.length === old.length && next.every((e, i) => e === old[i]) ? (old as T[]) : next;
  };
  const strategy = joined.strategy !== doc.strategy && JSON.stringify(joined.strategy) === JSON.stringify(previous.strategy) ? previous.strategy : joined.strategy;
  return { ...joined, strategy, plans: reuse(joined.plans, previous.plans), actions: reuse(joined.actions, previous.actions) };
}
