/**
 * Edits of the oppfølging (issue 12): status updates, the period scheme, the KPI weighting,
 * closing a period (a frozen snapshot) and reopening it with a logged reason. They touch
 * only `plan.followUp`, never a tiltak, the frame or a scenario — which is why they are
 * allowed on a vedtatt plan without reopening it. A closed period refuses every change
 * until it is reopened. Refusals are `EditError`s with `followUp.refused.*` codes.
 */
import type { Action, ActionPlan } from '../domain/entities';
import type { PlanDocument } from '../domain/document';
import type { IsoDate } from '../domain/dates';
import type { CustomPeriod, FollowUp, KpiWeighting, PeriodClosure, PeriodScheme, ReportingPeriod, StatusUpdate } from '../domain/follow-up';
import {
  activeClosure,
  customPeriodSchema,
  kpiWeightingSchema,
  periodSchemeSchema,
  periodsOfScheme,
  reopeningSchema,
  reportingPeriods,
  statusUpdateSchema,
} from '../domain/follow-up';
import { isoDateSchema } from '../domain/dates';
import { newId } from '../domain/ids';
import { msg, type Message, type MessageParams } from '../i18n/message';
import { followUpRollUp } from '../rules/follow-up';
import { EditError } from './errors';
import { actionLabel, getPlan, replaceById, validate } from './internal';

function refuse(message: Message): EditError {
  return new EditError(message);
}

function withFollowUp(doc: PlanDocument, planId: string, fn: (followUp: FollowUp, plan: ActionPlan) => FollowUp): PlanDocument {
  return { ...doc, plans: replaceById(doc.plans, planId, (p) => ({ ...p, followUp: fn(p.followUp, p) })) };
}

/** The plan's period by id or short name, or a refusal. */
export function getPeriod(plan: ActionPlan, idOrShortName: string): ReportingPeriod {
  const periods = reportingPeriods(plan);
  const wanted = idOrShortName.trim().toLowerCase();
  const period = periods.find((p) => p.id === idOrShortName) ?? periods.find((p) => p.shortName.toLowerCase() === wanted);
  if (!period) throw refuse(msg('followUp.refused.unknownPeriod', { year: plan.year, period: idOrShortName }));
  return period;
}

function periodLabel(period: ReportingPeriod, year: number): MessageParams[string] {
  return period.name ?? `${period.shortName} ${year}`;
}

function assertOpen(plan: ActionPlan, period: ReportingPeriod): void {
  if (activeClosure(plan.followUp, period.id)) throw refuse(msg('followUp.refused.periodClosed', { period: periodLabel(period, plan.year) }));
}

function hasNegativeSpending(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || !('spending' in value) || !Array.isArray(value.spending)) return false;
  return value.spending.some((s: unknown) => typeof s === 'object' && s !== null && 'amount' in s && typeof s.amount === 'number' && s.amount < 0);
}

/** Checks an update against the plan: tiltak, period, date in the plan year, KPI ids, one value per KPI and source. */
function checkedUpdate(doc: PlanDocument, plan: ActionPlan, input: StatusUpdate): { update: StatusUpdate; period: ReportingPeriod } {
  // A negative forbruk gets its own refusal (the schema would only say «negative amount»).
  if (hasNegativeSpending(input)) throw refuse(msg('followUp.refused.negativeSpending'));
  const action: Action | undefined = doc.actions.find((a) => a.id === input.actionId);
  const what = action ? actionLabel(action) : msg('followUp.subject.statusUpdate');
  const update = validate(statusUpdateSchema, input, what);
  if (!action || action.planId !== plan.id) throw refuse(msg('followUp.refused.actionNotInPlan', { year: plan.year }));
  const period = getPeriod(plan, update.periodId);
  if (Number(update.date.slice(0, 4)) !== plan.year) {
    throw refuse(msg('followUp.refused.dateOutsideYear', { date: update.date, year: plan.year }));
  }
  const kpiIds = new Set(action.kpis.map((k) => k.id));
  const seenKpis = new Set<string>();
  for (const value of update.kpiValues) {
    if (!kpiIds.has(value.kpiId)) throw refuse(msg('followUp.refused.unknownKpi', { number: action.number, title: action.title, kpiId: value.kpiId }));
    if (seenKpis.has(value.kpiId)) throw refuse(msg('followUp.refused.duplicateKpiValue', { number: action.number, title: action.title }));
    seenKpis.add(value.kpiId);
  }
  const sources = new Set(update.spending.map((s) => s.source));
  if (sources.size !== update.spending.length) throw refuse(msg('followUp.refused.duplicateSource'));
  // Store the period's id, also when the caller named it by its short name.
  return { update: update.periodId === period.id ? update : { ...update, periodId: period.id }, period };
}

/**
 * Legg inn statusoppdatering: appends an update to the history of a tiltak in a period (the
 * latest one counts). Allowed on a vedtatt plan; refused in a closed period, for a tiltak of
 * another plan, a period the plan does not have, a date outside the plan year, a KPI the
 * tiltak does not have (or given twice), a negative forbruk, a source given twice, or an id
 * already used.
 */
export function addStatusUpdate(doc: PlanDocument, planId: string, input: StatusUpdate): PlanDocument {
  const plan = getPlan(doc, planId);
  const { update, period } = checkedUpdate(doc, plan, input);
  assertOpen(plan, period);
  if (plan.followUp.updates.some((u) => u.id === update.id)) throw refuse(msg('followUp.refused.updateExists'));
  return withFollowUp(doc, planId, (f) => ({ ...f, updates: [...f.updates, update] }));
}

/**
 * Rett statusoppdatering: replaces an update (same id) — to correct it, not to move it: the
 * tiltak and the period stay. Same refusals as `addStatusUpdate`, and the update must exist.
 */
export function replaceStatusUpdate(doc: PlanDocument, planId: string, input: StatusUpdate): PlanDocument {
  const plan = getPlan(doc, planId);
  const old = plan.followUp.updates.find((u) => u.id === input.id);
  if (!old) throw refuse(msg('followUp.refused.updateNotFound'));
  const { update, period } = checkedUpdate(doc, plan, input);
  if (update.actionId !== old.actionId || update.periodId !== old.periodId) throw refuse(msg('followUp.refused.changesPeriod'));
  assertOpen(plan, period);
  return withFollowUp(doc, planId, (f) => ({ ...f, updates: replaceById(f.updates, update.id, () => update) }));
}

/** Slett statusoppdatering (a mistaken entry). Refused in a closed period. */
export function removeStatusUpdate(doc: PlanDocument, planId: string, updateId: string): PlanDocument {
  const plan = getPlan(doc, planId);
  const old = plan.followUp.updates.find((u) => u.id === updateId);
  if (!old) throw refuse(msg('followUp.refused.updateNotFound'));
  assertOpen(plan, getPeriod(plan, old.periodId));
  return withFollowUp(doc, planId, (f) => ({ ...f, updates: f.updates.filter((u) => u.id !== updateId) }));
}

function checkCustomPeriods(periods: readonly CustomPeriod[], year: number): void {
  const ids = new Set<string>();
  const shortNames = new Set<string>();
  for (const p of periods) {
    if (ids.has(p.id)) throw refuse(msg('followUp.refused.customDuplicateId'));
    ids.add(p.id);
    const key = p.shortName.toLowerCase();
    if (shortNames.has(key)) throw refuse(msg('followUp.refused.customDuplicateShortName', { shortName: p.shortName }));
    shortNames.add(key);
    if (p.to < p.from) throw refuse(msg('followUp.refused.customEndsBeforeStart', { name: p.name }));
    if (Number(p.from.slice(0, 4)) !== year || Number(p.to.slice(0, 4)) !== year) {
      throw refuse(msg('followUp.refused.customOutsideYear', { name: p.name, year }));
    }
  }
  const sorted = [...periods].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const next = sorted[i];
    if (prev && next && next.from <= prev.to) throw refuse(msg('followUp.refused.customOverlap', { first: prev.name, second: next.name }));
  }
}

/**
 * Velg periodeinndeling: tertialer, kvartaler or the user's own periods (inside the plan
 * year, not overlapping, unique short names). Refused while a period that would change or
 * disappear has updates or a closure (an unchanged period may keep them).
 */
export function setPeriodScheme(doc: PlanDocument, planId: string, scheme: PeriodScheme): PlanDocument {
  const plan = getPlan(doc, planId);
  const parsed = validate(periodSchemeSchema, scheme, msg('followUp.subject.plan', { year: plan.year }));
  if (parsed.kind === 'custom') {
    for (const p of parsed.periods) validate(customPeriodSchema, p, msg('followUp.subject.plan', { year: plan.year }));
    checkCustomPeriods(parsed.periods, plan.year);
  }
  const next = new Map(periodsOfScheme(parsed, plan.year).map((p) => [p.id, p]));
  for (const old of reportingPeriods(plan)) {
    const kept = next.get(old.id);
    const isSame = kept !== undefined && kept.from === old.from && kept.to === old.to;
    if (isSame) continue;
    const isUsed = plan.followUp.updates.some((u) => u.periodId === old.id) || plan.followUp.closures.some((c) => c.periodId === old.id);
    if (isUsed) throw refuse(msg('followUp.refused.schemeInUse', { period: periodLabel(old, plan.year) }));
  }
  return withFollowUp(doc, planId, (f) => ({ ...f, scheme: parsed }));
}

/** Velg vekting of KPI progress (each tiltak 1, or its kostnad). A closed period's snapshot keeps the weighting it was closed with. */
export function setKpiWeighting(doc: PlanDocument, planId: string, weighting: KpiWeighting): PlanDocument {
  const plan = getPlan(doc, planId);
  const parsed = validate(kpiWeightingSchema, weighting, msg('followUp.subject.plan', { year: plan.year }));
  if (plan.followUp.kpiWeighting === parsed) return doc;
  return withFollowUp(doc, planId, (f) => ({ ...f, kpiWeighting: parsed }));
}

/** Who closes or reopens, and when (the caller's clock: shared/ has none). */
export interface PeriodActor {
  /** Dato. */
  date: IsoDate;
  /** Av (free text). */
  by: string;
  /** Closure id (created when omitted). */
  id?: string;
}

/**
 * Lukk periode: freezes the period's updates (with their history) and its roll-up
 * (`followUpRollUp`, per dato = the period's last day) as a snapshot. Refused when the
 * period is already closed.
 */
export function closePeriod(doc: PlanDocument, planId: string, periodId: string, actor: PeriodActor): PlanDocument {
  const plan = getPlan(doc, planId);
  const period = getPeriod(plan, periodId);
  if (activeClosure(plan.followUp, period.id)) throw refuse(msg('followUp.refused.periodAlreadyClosed', { period: periodLabel(period, plan.year) }));
  const date = validate(isoDateSchema, actor.date, msg('followUp.subject.plan', { year: plan.year }));
  const rollUp = followUpRollUp({ strategy: doc.strategy, plan, actions: doc.actions }, period.id);
  const closure: PeriodClosure = {
    id: actor.id ?? newId('close'),
    periodId: period.id,
    date,
    by: actor.by.slice(0, 200),
    snapshot: { updates: plan.followUp.updates.filter((u) => u.periodId === period.id), rollUp },
    reopened: null,
  };
  return withFollowUp(doc, planId, (f) => ({ ...f, closures: [...f.closures, closure] }));
}

/**
 * Gjenåpne periode: records who reopened it, when and why on the closure (the log stays);
 * the reason is required. Refused when the period is not closed.
 */
export function reopenPeriod(doc: PlanDocument, planId: string, periodId: string, actor: PeriodActor & { reason: string }): PlanDocument {
  const plan = getPlan(doc, planId);
  const period = getPeriod(plan, periodId);
  const closure = activeClosure(plan.followUp, period.id);
  if (!closure) throw refuse(msg('followUp.refused.periodNotClosed', { period: periodLabel(period, plan.year) }));
  if (actor.reason.trim() === '') throw refuse(msg('followUp.refused.reasonMissing', { period: periodLabel(period, plan.year) }));
  const reopened = validate(reopeningSchema, { date: actor.date, by: actor.by.slice(0, 200), reason: actor.reason }, msg('followUp.subject.plan', { year: plan.year }));
  return withFollowUp(doc, planId, (f) => ({ ...f, closures: replaceById(f.closures, closure.id, (c) => ({ ...c, reopened })) }));
}
