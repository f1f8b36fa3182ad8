/**
 * The year's plan as the screens need it: the plan, its tiltak, and the kontroll's result
 * (totals, findings) kept up to date as the document changes — incrementally
 * (`updateKontroll`): an edit recomputes only what the changed tiltak bring.
 * `usePlanDataAfterPaint` does the same for a screen that can show its tiltak before their
 * findings: the plan's first kontroll runs after the first paint (issue 13: a reload onto
 * the plan shows its table sooner).
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Action, ActionPlan, Finding, PlanDocument } from '@shared/domain';
import { actionFindings, updateKontroll } from '@shared/rules';
import type { FindingCounts, KontrollInput, KontrollResult, KontrollState } from '@shared/rules';
import { createAfterPaint } from '../state/after-paint';
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

/** The plan of `year` in `doc` and its tiltak, the list kept from edit to edit. */
function usePlanActions(doc: PlanDocument, year: number | null): { plan: ActionPlan | undefined; actions: readonly Action[] } {
  const plan = year === null ? undefined : doc.plans.find((p) => p.year === year);
  const allActions = doc.actions;
  // The plan's tiltak: after an edit of a few tiltak, the last list with those replaced (plan-actions.ts).
  const [actionsMemo] = useState(createPlanActionsMemo);
  const planId = plan?.id ?? null;
  const actions = useMemo(() => (planId === null ? NO_ACTIONS : planActionsOf(actionsMemo, allActions, planId)), [allActions, planId, actionsMemo]);
  return { plan, actions };
}

/** The plan for `year` (null when there is none) with tiltak and kontroll. */
export function usePlanData(doc: PlanDocument, year: number | null): PlanData | null {
  const { strategy } = doc;
  const { plan, actions } = usePlanActions(doc, year);
  // The last kontroll state, the base of the next update (a cache: any earlier state of the same plan is a valid base).
  const [last] = useState<{ state: KontrollState | null }>(() => ({ state: null }));
  return useMemo(() => {
    if (!plan) return null;
    const state = updateKontroll(last.state, { strategy, plan, actions });
    last.state = state;
    return { plan, actions, kontroll: state.result, findingsByAction: state.findingCounts, findingsOf: (actionId: string) => actionFindings(state, actionId) };
  }, [strategy, plan, actions, last]);
}

/** The findings of a plan's kontroll, as a table and a detail panel need them. */
export interface PlanFindings {
  /** Number of findings per tiltak id. */
  byAction: FindingCounts;
  /** The findings about one tiltak (as in the kontroll's result). */
  of(actionId: string): Finding[];
}

/** A year's plan with its tiltak, and their findings once the kontroll has run. */
export interface PlanDataAfterPaint {
  plan: ActionPlan;
  actions: readonly Action[];
  /**
   * The findings; null while the plan's first kontroll is being computed (after the first
   * paint of the screen or of another year): show them as being computed, never as none.
   */
  findings: PlanFindings | null;
}

/**
 * As `usePlanData` for a screen that shows the findings only: when there is no kontroll of
 * this plan to build on (the screen's first render, another year), the plan and its tiltak
 * come at once and the kontroll runs after that render is painted, then renders again with
 * the findings. Edits after that update it incrementally in the render, as usePlanData.
 * `now`: compute a pending kontroll in this render (something shown needs the findings).
 * The returned `needFindings` computes a pending kontroll at once, e.g. in the event handler
 * of a filter or sort by findings, so the change and the findings render together.
 */
export function usePlanDataAfterPaint(doc: PlanDocument, year: number | null, now = false): { data: PlanDataAfterPaint | null; needFindings(): void } {
  const { strategy } = doc;
  const { plan, actions } = usePlanActions(doc, year);
  // The last kontroll state (as in usePlanData), and the input of the last render, for the kontroll that runs after its paint.
  const [last] = useState<{ state: KontrollState | null; input: KontrollInput | null; pending: boolean }>(() => ({ state: null, input: null, pending: false }));
  // Bumped when the pending kontroll has run: the render that shows its findings.
  const [computed, setComputed] = useState(0);
  const state = useMemo(() => {
    void computed;
    if (!plan) return null;
    const previous = last.state;
    // Nothing of this plan to build on: the whole kontroll, which waits for the paint unless asked for now.
    if (!now && (previous === null || previous.plan.id !== plan.id)) return null;
    const next = updateKontroll(previous, { strategy, plan, actions });
    last.state = next;
    return next;
  }, [strategy, plan, actions, last, now, computed]);
  const isPending = plan !== undefined && state === null;
  last.input = plan ? { strategy, plan, actions } : null;
  last.pending = isPending;

  // The pending kontroll, after the paint or at once when asked for (then the later run finds nothing pending).
  const runPending = useCallback(() => {
    const input = last.input;
    if (input === null || !last.pending) return;
    last.pending = false;
    last.state = updateKontroll(last.state, input);
    setComputed((n) => n + 1);
  }, [last]);
  useEffect(() => {
    if (!isPending) return undefined;
    const afterPaint = createAfterPaint(runPending);
    afterPaint.schedule();
    return () => afterPaint.cancel();
  }, [isPending, runPending]);

  const data = useMemo<PlanDataAfterPaint | null>(() => {
    if (!plan) return null;
    const findings: PlanFindings | null = state === null ? null : { byAction: state.findingCounts, of: (actionId: string) => actionFindings(state, actionId) };
    return { plan, actions, findings };
  }, [plan, actions, state]);
  return { data, needFindings: runPending };
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
