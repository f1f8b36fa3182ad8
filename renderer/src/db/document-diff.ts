/**
 * What changed between two versions of a plan document. Edits (shared/edits) keep every
 * untouched object identical, so comparing by reference finds the changed rows in O(n)
 * without deep comparison.
 */
import type { Action, ActionPlan, PlanDocument, Strategy } from '@shared/domain';

/** The rows to write and delete to turn `before` into `after`. */
export interface DocumentDelta {
  strategyId: string;
  /** The strategy row, when it changed. */
  strategy: Strategy | null;
  putPlans: ActionPlan[];
  deletePlanIds: string[];
  putActions: Action[];
  deleteActionIds: string[];
  /** The new order of plan and action ids, when it changed. */
  order: DocumentOrder | null;
}

/** Order of the plans and actions in the document (Dexie returns rows by key). */
export interface DocumentOrder {
  planIds: string[];
  actionIds: string[];
}

function diffRows<T extends { id: string }>(before: readonly T[], after: readonly T[]): { put: T[]; deleteIds: string[] } {
  if (before === after) return { put: [], deleteIds: [] };
  // Only the stretch between the common start and the common end can differ (an edit
  // replaces, adds or removes a few rows), so the map holds that stretch, not the plan.
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const old = new Map<string, T>();
  for (let i = start; i < before.length - end; i++) old.set((before[i] as T).id, before[i] as T);
  const put: T[] = [];
  for (let i = start; i < after.length - end; i++) {
    const row = after[i] as T;
    const prev = old.get(row.id);
    if (prev !== row) put.push(row);
    old.delete(row.id);
  }
  return { put, deleteIds: [...old.keys()] };
}

function sameIds(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  // The same object has the same id: only rows that are new objects need their ids read.
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && a[i]?.id !== b[i]?.id) return false;
  return true;
}

/** The order rows of a document. */
export function documentOrder(doc: PlanDocument): DocumentOrder {
  return { planIds: doc.plans.map((p) => p.id), actionIds: doc.actions.map((a) => a.id) };
}

/** Rows that differ between `before` and `after` (same strategy id). */
export function diffDocuments(before: PlanDocument, after: PlanDocument): DocumentDelta {
  const plans = diffRows(before.plans, after.plans);
  const actions = diffRows(before.actions, after.actions);
  const orderChanged = !sameIds(before.plans, after.plans) || !sameIds(before.actions, after.actions);
  return {
    strategyId: after.strategy.id,
    strategy: before.strategy === after.strategy ? null : after.strategy,
    putPlans: plans.put,
    deletePlanIds: plans.deleteIds,
    putActions: actions.put,
    deleteActionIds: actions.deleteIds,
    order: orderChanged ? documentOrder(after) : null,
  };
}

/** True when the delta writes nothing. */
export function isEmptyDelta(delta: DocumentDelta): boolean {
  return (
    delta.strategy === null &&
    delta.putPlans.length === 0 &&
    delta.deletePlanIds.length === 0 &&
    delta.putActions.length === 0 &&
    delta.deleteActionIds.length === 0 &&
    delta.order === null
  );
}
