/**
 * Edits to the yearly handlingsplaner: create, carry over (videreføre) unfinished tiltak
 * to next year, status (utkast → til behandling → vedtatt, gjenåpne) and the økonomiske
 * rammer. A vedtatt plan is read-only: its tiltak and frame refuse every edit until
 * `reopenPlan`.
 */
import { budgetFrameSchema, scenarioSchema, UNFINISHED_STATUSES } from '../domain/entities';
import type { Action, ActionPlan, BudgetFrame, PlanStatus, Scenario } from '../domain/entities';
import type { PlanDocument } from '../domain/document';
import { isRealDate, isoDateSchema } from '../domain/dates';
import type { IsoDate } from '../domain/dates';
import { newId } from '../domain/ids';
import { editError } from './errors';
import { assertEditable, getPlan, replaceById, subject, validate } from './internal';

/** Options for a new plan. */
export interface CreatePlanOptions {
  /** Id of the new plan (created when omitted). */
  id?: string;
  /** Starting frame (zero when omitted). */
  frame?: BudgetFrame;
}

/** The plan for a year, or undefined. */
export function planForYear(doc: PlanDocument, year: number): ActionPlan | undefined {
  return doc.plans.find((p) => p.year === year);
}

/** Opprett en tom handlingsplan for et år. Refuses a year outside the strategy period or one that already has a plan. */
export function createPlan(doc: PlanDocument, year: number, options: CreatePlanOptions = {}): PlanDocument {
  const { periodFrom, periodTo } = doc.strategy;
  if (!Number.isInteger(year) || year < periodFrom || year > periodTo) {
    throw editError('yearOutsidePeriod', { year, from: periodFrom, to: periodTo });
  }
  if (planForYear(doc, year)) {
    throw editError('planExists', { year });
  }
  const frame = validate(budgetFrameSchema, options.frame ?? { ownFunds: 0, capacityHours: 0, targetShares: {} }, subject('frame', { year }));
  const plan: ActionPlan = {
    id: options.id ?? newId('plan'),
    strategyId: doc.strategy.id,
    year,
    status: 'draft',
    adoptedDate: null,
    frame,
    scenarios: [],
  };
  const plans = [...doc.plans, plan].sort((a, b) => a.year - b.year);
  return { ...doc, plans };
}

/** Slett en handlingsplan med tiltakene sine. Refuses a vedtatt plan. */
export function deletePlan(doc: PlanDocument, planId: string): PlanDocument {
  const plan = getPlan(doc, planId);
  assertEditable(plan);
  return { ...doc, plans: doc.plans.filter((p) => p.id !== planId), actions: doc.actions.filter((a) => a.planId !== planId) };
}

/** Moves a date by `years` years; 29 February becomes 28 February in a year without it. */
export function shiftDateByYears(date: IsoDate, years: number): IsoDate {
  const y = Number(date.slice(0, 4)) + years;
  const m = Number(date.slice(5, 7));
  let d = Number(date.slice(8, 10));
  while (d > 28 && !isRealDate(y, m, d)) d--;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Videreføre: copies the unfinished tiltak (planlagt, pågår, utsatt) of `fromYear` into
 * `toYear`'s plan, creating that plan (with the same frame) when it does not exist.
 * Each copy gets a new id, `carriedFromId` = the old id and the same `lineageId`; utsatt
 * becomes planlagt; funding lines and KPIs get new ids; a frist is moved by the years
 * between the plans. A tiltak whose lineage is already in the target plan is skipped.
 * The source plan is not touched.
 */
export function carryOverPlan(doc: PlanDocument, fromYear: number, toYear: number): PlanDocument {
  const from = planForYear(doc, fromYear);
  if (!from) throw editError('notFound.planForYear', { year: fromYear });
  if (toYear <= fromYear) {
    throw editError('carryOverBackwards', { year: fromYear });
  }
  let next = doc;
  let target = planForYear(doc, toYear);
  if (!target) {
    next = createPlan(doc, toYear, { frame: from.frame });
    target = planForYear(next, toYear) as ActionPlan;
  }
  assertEditable(target);
  const targetId = target.id;
  const inTarget = next.actions.filter((a) => a.planId === targetId);
  const lineages = new Set(inTarget.map((a) => a.lineageId));
  const numbers = new Set(inTarget.map((a) => a.number));
  const candidates = doc.actions.filter(
    (a) => a.planId === from.id && UNFINISHED_STATUSES.includes(a.status) && !lineages.has(a.lineageId),
  );
  if (candidates.length === 0) {
    if (next !== doc) return next;
    throw editError('noUnfinished', { from: fromYear, to: toYear });
  }
  const years = toYear - fromYear;
  let counter = nextFreeNumber(inTarget.map((a) => a.number));
  const copies = candidates.map((a): Action => {
    let number = a.number;
    if (numbers.has(number)) {
      while (numbers.has(String(counter))) counter++;
      number = String(counter++);
    }
    numbers.add(number);
    const deadline = a.deadline === null ? null : shiftDateByYears(a.deadline, years);
    return {
      ...a,
      id: newId('act'),
      planId: targetId,
      number,
      status: a.status === 'postponed' ? 'planned' : a.status,
      initiativeIds: [...a.initiativeIds],
      subGoalIds: [...a.subGoalIds],
      focusAreaIds: [...a.focusAreaIds],
      guidingStrategyIds: [...a.guidingStrategyIds],
      partnerIds: [...a.partnerIds],
      funding: a.funding.map((f) => ({ ...f, id: newId('fund') })),
      kpis: a.kpis.map((k) => ({ ...k, id: newId('kpi') })),
      deadline: deadline !== null && isoDateSchema.safeParse(deadline).success ? deadline : null,
      carriedFromId: a.id,
      lineageId: a.lineageId,
    };
  });
  return { ...next, actions: [...next.actions, ...copies] };
}

/** The next whole number after the largest numeric «Nr» in the list (1 for an empty plan). */
export function nextFreeNumber(numbers: readonly string[]): number {
  let max = 0;
  for (const n of numbers) {
    if (/^\d+$/.test(n)) max = Math.max(max, Number(n));
  }
  return max + 1;
}

/**
 * Sett planstatus (utkast, til behandling, vedtatt). `adopted` needs the vedtatt dato. A
 * vedtatt plan cannot change status here: use `reopenPlan`.
 */
export function setPlanStatus(doc: PlanDocument, planId: string, status: PlanStatus, adoptedDate?: IsoDate): PlanDocument {
  const plan = getPlan(doc, planId);
  if (plan.status === status && (status !== 'adopted' || plan.adoptedDate === adoptedDate)) return doc;
  assertEditable(plan);
  let date: IsoDate | null = null;
  if (status === 'adopted') {
    if (!adoptedDate) {
      throw editError('adoptedDateMissing', { year: plan.year });
    }
    date = validate(isoDateSchema, adoptedDate, subject('adoptedDate'));
  }
  return { ...doc, plans: replaceById(doc.plans, planId, (p) => ({ ...p, status, adoptedDate: date })) };
}

/** Gjenåpne en vedtatt plan: back to utkast, the vedtatt dato is cleared. */
export function reopenPlan(doc: PlanDocument, planId: string): PlanDocument {
  const plan = getPlan(doc, planId);
  if (plan.status !== 'adopted') return doc;
  return { ...doc, plans: replaceById(doc.plans, planId, (p) => ({ ...p, status: 'draft', adoptedDate: null })) };
}

/** Endre økonomiske rammer (egne midler, kapasitet, målandeler). Refuses in a vedtatt plan. */
export function setFrame(doc: PlanDocument, planId: string, patch: Partial<BudgetFrame>): PlanDocument {
  const plan = getPlan(doc, planId);
  assertEditable(plan);
  const frame = validate(budgetFrameSchema, { ...plan.frame, ...patch }, subject('frame', { year: plan.year }));
  const unknown = Object.keys(frame.targetShares).filter((id) => !doc.strategy.focusAreas.some((f) => f.id === id));
  if (unknown.length > 0) {
    throw editError('unknownReference.targetShare');
  }
  const sum = Object.values(frame.targetShares).reduce((s, v) => s + v, 0);
  if (sum > 100.0001) {
    throw editError('targetSharesOver100', { year: plan.year, sum: Math.round(sum * 10) / 10 });
  }
  const same =
    frame.ownFunds === plan.frame.ownFunds &&
    frame.capacityHours === plan.frame.capacityHours &&
    sameShares(frame.targetShares, plan.frame.targetShares);
  if (same) return doc;
  return { ...doc, plans: replaceById(doc.plans, planId, (p) => ({ ...p, frame })) };
}

function sameShares(a: Record<string, number>, b: Record<string, number>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/**
 * Legg til et scenario (variant) på en handlingsplan. A variant is stored beside the plan
 * and changes none of its tiltak or frame, so this is allowed on a vedtatt plan too.
 */
export function addScenario(doc: PlanDocument, planId: string, scenario: Scenario): PlanDocument {
  const plan = getPlan(doc, planId);
  const parsed = validate(scenarioSchema, scenario, subject('scenario', { name: scenario.name }));
  if (plan.scenarios.some((s) => s.id === parsed.id)) {
    throw editError('duplicateId.scenario', { year: plan.year });
  }
  return { ...doc, plans: replaceById(doc.plans, planId, (p) => ({ ...p, scenarios: [...p.scenarios, parsed] })) };
}
