/**
 * The year's plan as the screens need it: the plan, its tiltak, and the kontroll's result
 * (totals, findings) kept up to date as the document changes — incrementally
 * (`updateKontroll`): an edit recomputes only what the changed tiltak bring.
 */
import { useMemo, useState } from 'react';
import type { Action, ActionPlan, Finding, PlanDocument } from '@shared/domain';
import { actionFindings, updateKontroll } from '@shared/rules';
import type { FindingCounts, KontrollResult, KontrollState } from '@shared/rules';
import { createPlanActionsMemo, planActionsOf } from './plan-actions';

const NO_ACTIONS: readonly Action[] = [];

/** A year's plan with its tiltak and kontroll. */
export interface PlanData {
  plan: ActionPlan;
  actions: readonly Action[];
  kontroll: KontrollResult;
  /** Number of findings per tiltak id. */
  findingsByAction: FindingCounts;
  /** The findings about one tiltak (as in `kontroll.findings`), without listing the whole plan's. */
  findingsOf(actionId: string): Finding[];
}

/** The plan for `year` (null when there is none) with tiltak and kontroll. */
export function usePlanData(doc: PlanDocument, year: number | null): PlanData | null {
  const plan = year === null ? undefined : doc.plans.find((p) => p.year === year);
  const { strategy, actions: allActions } = doc;
  // The plan's tiltak: after an edit of a few tiltak, the last list with those replaced (plan-actions.ts).
  const [actionsMemo] = useState(createPlanActionsMemo);
  const planId = plan?.id ?? null;
  const actions = useMemo(() => (planId === null ? NO_ACTIONS : planActionsOf(actionsMemo, allActions, planId)), [allActions, planId, actionsMemo]);
  // The last kontroll state, the base of the next update (a cache: any earlier state of the same plan is a valid base).
  const [last] = useState<{ state: KontrollState | null }>(() => ({ state: null }));
  return useMemo(() => {
    if (!plan) return null;
    const state = updateKontroll(last.state, { strategy, plan, actions });
    last.state = state;
    return { plan, actions, kontroll: state.result, findingsByAction: state.findingCounts, findingsOf: (actionId: string) => actionFindings(state, actionId) };
  }, [strategy, plan, actions, last]);
}

/** The year a plan screen shows when the URL names none: this year if it is in the period, else the first year with a plan, else the period's first year. */
export function defaultYear(doc: PlanDocument, today = new Date()): number {
  const { periodFrom, periodTo } = doc.strategy;
  const draft = doc.plans.find((p) => p.status !== 'adopted');
  if (draft) return draft.year;
  const thisYear = today.getFullYear();
  if (thisYear >= periodFrom && thisYear <= periodTo) return thisYear;
  return doc.plans[0]?.year ?? periodFrom;
}

/** Parses a year from a URL segment; null when it is not a year inside the period. */
export function parseYearParam(doc: PlanDocument, param: string | undefined): number | null {
  if (!param || !/^\d{4}$/.test(param)) return null;
  const year = Number(param);
  return year >= doc.strategy.periodFrom && year <= doc.strategy.periodTo ? year : null;
}

/**
 * The year a year-based screen shows: the URL's year, else the default year as it was when
 * the screen opened (a status change must not move the screen to another year).
 */
export function useScreenYear(doc: PlanDocument, param: string | undefined): number {
  const [fallbackYear] = useState(() => defaultYear(doc));
  return parseYearParam(doc, param) ?? fallbackYear;
}
