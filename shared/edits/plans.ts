/**
 * Edits to the yearly handlingsplaner: create, carry over (videreføre) unfinished tiltak
 * to next year, status (utkast → til behandling → vedtatt, gjenåpne) and the økonomiske
 * rammer. A vedtatt plan is read-only: its tiltak and frame refuse every edit until
 * `reopenPlan`.
 */
import { budgetFrameSchema, MAX_SCENARIOS, scenarioSchema, UNFINISHED_STATUSES } from '../domain/entities';
import type { Action, ActionPlan, BudgetFrame, FundingLine, PlanStatus, Scenario } from '../domain/entities';
import type { FollowUpStatus, StatusUpdate } from '../domain/follow-up';
import { emptyFollowUp, reportingPeriods, spendingTotal } from '../domain/follow-up';
import { countingUpdates } from '../rules/follow-up';
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
    followUp: emptyFollowUp(),
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

/** Valg for videreføring (carry-over options). */
export interface CarryOverOptions {
  /**
   * Ids of the source plan's tiltak to carry over (among the unfinished ones not yet in
   * the target plan). Omitted = all of them; an empty list = none (only the plan is made).
   */
  actionIds?: readonly string[];
  /**
   * Flytt datoer: move start and frist by the years between the plans. Default false:
   * dates are kept as they are.
   */
  moveDates?: boolean;
}

/** One tiltak in the preview of a videreføring (kandidat). */
export interface CarryOverCandidate {
  /** Id of the tiltak in the source plan. */
  actionId: string;
  /** Nr in the source plan. */
  number: string;
  /** Nr the copy gets in the target plan (changed when it clashes). */
  newNumber: string;
  title: string;
  /** Status in the source plan (planlagt, pågår, utsatt). */
  status: Action['status'];
  /** Status of the copy (utsatt becomes planlagt). */
  newStatus: Action['status'];
  start: IsoDate | null;
  deadline: IsoDate | null;
  /** Start of the copy with the chosen date option. */
  newStart: IsoDate | null;
  /** Frist of the copy with the chosen date option. */
  newDeadline: IsoDate | null;
  /** Kostnad in the source plan. */
  cost: number;
  /**
   * Gjenstående kostnad carried into the copy: kostnad − forbruk (never below 0), where
   * forbruk is that of the tiltak's last status update in the source plan (0 without one).
   */
  remainingCost: number;
  /** Forbruk so far (from the last status update; 0 without one). */
  spent: number;
  /** Siste oppfølgingsstatus in the source plan (null: no update). */
  lastStatus: FollowUpStatus | null;
  hours: number;
  /** Chosen to come along under the given options. */
  isSelected: boolean;
}

/** Forhåndsvisning av en videreføring: what `carryOverPlan` would do, nothing changed. */
export interface CarryOverPreview {
  fromYear: number;
  toYear: number;
  /** The target year has no plan yet: one is made (with the source plan's frame). */
  createsPlan: boolean;
  /** Unfinished tiltak that can come along, in the source plan's order. */
  candidates: CarryOverCandidate[];
  /** Unfinished tiltak already carried over into the target plan (same lineage). */
  alreadyCarried: Array<{ actionId: string; number: string; title: string }>;
  /** Sum of `remainingCost` over the selected candidates. */
  selectedCost: number;
  /** Number of selected candidates. */
  selectedCount: number;
  /** Whether any candidate has a status update (false: remaining cost = the whole cost). */
  hasSpending: boolean;
  /** Unfinished tiltak left out because their last status update says fullført. */
  finishedByFollowUp: Array<{ actionId: string; number: string; title: string }>;
}

interface CarryOverPlanning {
  from: ActionPlan;
  target: ActionPlan | undefined;
  preview: CarryOverPreview;
  /** The last status update per tiltak of the source plan. */
  lastUpdates: ReadonlyMap<string, { update: StatusUpdate }>;
}

function planCarryOver(doc: PlanDocument, fromYear: number, toYear: number, options: CarryOverOptions): CarryOverPlanning {
  const from = planForYear(doc, fromYear);
  if (!from) throw editError('notFound.planForYear', { year: fromYear });
  if (toYear <= fromYear) {
    throw editError('carryOverBackwards', { year: fromYear });
  }
  const target = planForYear(doc, toYear);
  if (!target) {
    const { periodFrom, periodTo } = doc.strategy;
    if (!Number.isInteger(toYear) || toYear < periodFrom || toYear > periodTo) {
      throw editError('yearOutsidePeriod', { year: toYear, from: periodFrom, to: periodTo });
    }
  } else {
    assertEditable(target);
  }
  const inTarget = target ? doc.actions.filter((a) => a.planId === target.id) : [];
  const lineages = new Set(inTarget.map((a) => a.lineageId));
  const numbers = new Set(inTarget.map((a) => a.number));
  const unfinished = doc.actions.filter((a) => a.planId === from.id && UNFINISHED_STATUSES.includes(a.status));
  const fromPeriods = reportingPeriods(from);
  const lastPeriod = fromPeriods[fromPeriods.length - 1];
  const last: ReadonlyMap<string, { update: StatusUpdate }> = lastPeriod ? countingUpdates(from.followUp.updates, fromPeriods, lastPeriod.id) : new Map();
  const finishedByFollowUp: CarryOverPreview['finishedByFollowUp'] = [];
  const chosen = options.actionIds ? new Set(options.actionIds) : null;
  const years = toYear - fromYear;
  const move = (date: IsoDate | null): IsoDate | null => {
    if (date === null || !options.moveDates) return date;
    const moved = shiftDateByYears(date, years);
    return isoDateSchema.safeParse(moved).success ? moved : null;
  };
  let counter = nextFreeNumber(inTarget.map((a) => a.number));
  const candidates: CarryOverCandidate[] = [];
  const alreadyCarried: CarryOverPreview['alreadyCarried'] = [];
  for (const a of unfinished) {
    if (lineages.has(a.lineageId)) {
      alreadyCarried.push({ actionId: a.id, number: a.number, title: a.title });
      continue;
    }
    const lastUpdate = last.get(a.id)?.update;
    const lastStatus = lastUpdate?.status ?? null;
    if (lastStatus === 'done') {
      finishedByFollowUp.push({ actionId: a.id, number: a.number, title: a.title });
      continue;
    }
    const spent = lastUpdate ? spendingTotal(lastUpdate) : 0;
    // A stopped tiltak comes along only when it is chosen by name.
    const isSelected = chosen === null ? lastStatus !== 'stopped' : chosen.has(a.id);
    let newNumber = a.number;
    if (isSelected) {
      if (numbers.has(newNumber)) {
        while (numbers.has(String(counter))) counter++;
        newNumber = String(counter++);
      }
      numbers.add(newNumber);
    }
    candidates.push({
      actionId: a.id,
      number: a.number,
      newNumber,
      title: a.title,
      status: a.status,
      newStatus: lastStatus === 'onTrack' || lastStatus === 'delayed' ? 'ongoing' : a.status === 'postponed' ? 'planned' : a.status,
      start: a.start,
      deadline: a.deadline,
      newStart: move(a.start),
      newDeadline: move(a.deadline),
      cost: a.cost,
      remainingCost: Math.max(0, a.cost - spent),
      spent,
      lastStatus,
      hours: a.hours,
      isSelected,
    });
  }
  const selected = candidates.filter((c) => c.isSelected);
  return {
    from,
    target,
    lastUpdates: last,
    preview: {
      fromYear,
      toYear,
      createsPlan: !target,
      candidates,
      alreadyCarried,
      selectedCost: selected.reduce((s, c) => s + c.remainingCost, 0),
      selectedCount: selected.length,
      hasSpending: candidates.some((c) => c.lastStatus !== null),
      finishedByFollowUp,
    },
  };
}

/**
 * Forhåndsvis videreføring: which unfinished tiltak of `fromYear` would come along to
 * `toYear`, with their dates before and after and the remaining cost. Changes nothing;
 * refuses (like `carryOverPlan`) a missing source year, a target year that is not later
 * or outside the period, and a vedtatt target plan.
 */
export function previewCarryOver(doc: PlanDocument, fromYear: number, toYear: number, options: CarryOverOptions = {}): CarryOverPreview {
  return planCarryOver(doc, fromYear, toYear, options).preview;
}

/**
 * Videreføre: copies the chosen unfinished tiltak (planlagt, pågår, utsatt; all of them
 * unless `options.actionIds` says which) of `fromYear` into `toYear`'s plan, creating that
 * plan (with the same frame) when it does not exist. Each copy gets a new id,
 * `carriedFromId` = the old id and the same `lineageId`; utsatt becomes planlagt, and a
 * last follow-up status på sporet / forsinket makes it pågår; funding lines and KPIs get new
 * ids; start and frist are kept unless `options.moveDates` moves them by the years between
 * the plans; the cost carried is the remaining cost kostnad − forbruk, and each source's
 * funding is reduced by that source's forbruk (see `previewCarryOver`). A tiltak whose
 * lineage is already in the target plan is skipped, and so is one whose last status update
 * says fullført; one whose last status is stoppet comes only when chosen by id. The source
 * plan (and its oppfølging) is not touched.
 */
export function carryOverPlan(doc: PlanDocument, fromYear: number, toYear: number, options: CarryOverOptions = {}): PlanDocument {
  const { from, target, preview, lastUpdates } = planCarryOver(doc, fromYear, toYear, options);
  if (target && preview.selectedCount === 0) {
    throw editError('noUnfinished', { from: fromYear, to: toYear });
  }
  let next = doc;
  let targetId = target?.id;
  if (!targetId) {
    next = createPlan(doc, toYear, { frame: from.frame });
    targetId = (planForYear(next, toYear) as ActionPlan).id;
  }
  const byId = new Map(doc.actions.map((a) => [a.id, a]));
  const copies = preview.candidates
    .filter((c) => c.isSelected)
    .map((c): Action => {
      const a = byId.get(c.actionId) as Action;
      return {
        ...a,
        id: newId('act'),
        planId: targetId,
        number: c.newNumber,
        status: c.newStatus,
        initiativeIds: [...a.initiativeIds],
        subGoalIds: [...a.subGoalIds],
        focusAreaIds: [...a.focusAreaIds],
        guidingStrategyIds: [...a.guidingStrategyIds],
        partnerIds: [...a.partnerIds],
        funding: remainingFunding(a, lastUpdates.get(a.id)?.update).map((f) => ({ ...f, id: newId('fund') })),
        kpis: a.kpis.map((k) => ({ ...k, id: newId('kpi') })),
        cost: c.remainingCost,
        start: c.newStart,
        deadline: c.newDeadline,
        carriedFromId: a.id,
        lineageId: a.lineageId,
      };
    });
  if (copies.length === 0) return next;
  return { ...next, actions: [...next.actions, ...copies] };
}

/**
 * Gjenstående finansiering: each source's lines less that source's forbruk, taken from the
 * last line of the source backwards (a line used up is dropped). Without an update, as it is.
 */
function remainingFunding(action: Action, update: StatusUpdate | undefined): FundingLine[] {
  if (!update || update.spending.length === 0) return action.funding;
  const left: Record<FundingLine['source'], number> = { own: 0, partner: 0, external: 0 };
  for (const s of update.spending) left[s.source] += s.amount;
  const out: FundingLine[] = [];
  for (let i = action.funding.length - 1; i >= 0; i--) {
    const line = action.funding[i] as FundingLine;
    const used = Math.min(line.amount, left[line.source]);
    left[line.source] -= used;
    if (line.amount - used > 0) out.unshift(used === 0 ? line : { ...line, amount: line.amount - used });
  }
  return out;
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
  // A plan file holds at most MAX_SCENARIOS per plan: the 101st would make the plan one it cannot save.
  if (plan.scenarios.length >= MAX_SCENARIOS) throw editError('tooManyScenarios', { year: plan.year, max: MAX_SCENARIOS });
  return { ...doc, plans: replaceById(doc.plans, planId, (p) => ({ ...p, scenarios: [...p.scenarios, parsed] })) };
}
