/**
 * Sammenligning av versjoner: what changed between a snapshot (before) and the current
 * document (after) — tiltak added, removed and changed (with the changed fields), whether
 * the føringer changed, and the kontroll's totals per handlingsplan in both versions.
 */
import type { Action, ActionPlan } from '../domain/entities';
import type { PlanDocument } from '../domain/document';
import { computeTotals } from '../rules/totals';
import type { PlanTotals } from '../rules/types';

/** A tiltak as the comparison names it. */
export interface ComparedAction {
  id: string;
  planId: string;
  number: string;
  title: string;
}

/** Endret tiltak: the tiltak (as it is after) and the fields that differ. */
export interface ChangedAction {
  action: ComparedAction;
  fields: Array<keyof Action>;
}

/** Summer for one handlingsplan in both versions (null where the plan does not exist). */
export interface PlanComparison {
  planId: string;
  year: number;
  before: PlanTotals | null;
  after: PlanTotals | null;
}

/** Forskjeller mellom to versjoner. */
export interface DocumentComparison {
  added: ComparedAction[];
  removed: ComparedAction[];
  changed: ChangedAction[];
  /** True when the føringer (strategy) differ. */
  strategyChanged: boolean;
  /** Every plan of either version, by year. */
  plans: PlanComparison[];
}

function ref(a: Action): ComparedAction {
  return { id: a.id, planId: a.planId, number: a.number, title: a.title };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields(before: Action, after: Action): Array<keyof Action> {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const fields: Array<keyof Action> = [];
  for (const key of keys) {
    const k = key as keyof Action;
    if (!same(before[k], after[k])) fields.push(k);
  }
  return fields;
}

function totalsOf(doc: PlanDocument, plan: ActionPlan | undefined): PlanTotals | null {
  if (!plan) return null;
  return computeTotals({ strategy: doc.strategy, plan, actions: doc.actions.filter((a) => a.planId === plan.id) });
}

/** Sammenlign to versjoner av en strategi: `before` is the older one (a snapshot), `after` the newer. */
export function compareDocuments(before: PlanDocument, after: PlanDocument): DocumentComparison {
  const beforeActions = new Map(before.actions.map((a) => [a.id, a]));
  const afterActions = new Map(after.actions.map((a) => [a.id, a]));
  const added = after.actions.filter((a) => !beforeActions.has(a.id)).map(ref);
  const removed = before.actions.filter((a) => !afterActions.has(a.id)).map(ref);
  const changed: ChangedAction[] = [];
  for (const a of after.actions) {
    const old = beforeActions.get(a.id);
    if (!old) continue;
    const fields = changedFields(old, a);
    if (fields.length > 0) changed.push({ action: ref(a), fields });
  }
  const planIds = [...new Set([...before.plans.map((p) => p.id), ...after.plans.map((p) => p.id)])];
  const plans = planIds
    .map((planId) => {
      const b = before.plans.find((p) => p.id === planId);
      const a = after.plans.find((p) => p.id === planId);
      return { planId, year: (a ?? b)?.year ?? 0, before: totalsOf(before, b), after: totalsOf(after, a) };
    })
    .sort((x, y) => x.year - y.year);
  return { added, removed, changed, strategyChanged: !same(before.strategy, after.strategy), plans };
}
