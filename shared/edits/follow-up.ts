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
  MAX_CUSTOM_PERIODS,
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

/** A field of an own period a message can point at (`where.field` = `followUp.periodField.<field>`). */
export type CustomPeriodField = 'shortName' | 'name' | 'from' | 'to';

/** The catalogue key of an own period's field, for `Message.where.field` (feltnavn). */
export function customPeriodFieldKey(field: CustomPeriodField): string {
  return `followUp.periodField.${field}`;
}

/** Egen periode as the user types it: short name, name and from/to dates (YYYY-MM-DD). */
export interface CustomPeriodInput {
  /** Kortnavn, e.g. «H1». */
  shortName: string;
  /** Navn, e.g. «Første halvår». */
  name: string;
  /** Fra-dato. */
  from: string;
  /** Til-dato. */
  to: string;
}

const SHORT_NAME_MAX = 12;
const NAME_MAX = 100;

const at = (field: CustomPeriodField) => ({ field: customPeriodFieldKey(field) });
const isDate = (value: string) => isoDateSchema.safeParse(value).success;

/**
 * Every problem with one own period against the others (kontroll av egen periode): short
 * name and name given and not too long, the short name not used by another period
 * (case-insensitive), both dates real dates inside the plan year, from ≤ to, and no day in
 * common with another period. Each problem names the period and points at its field.
 */
function periodProblems(input: CustomPeriodInput, others: readonly CustomPeriod[], year: number): Message[] {
  const out: Message[] = [];
  const shortName = input.shortName.trim();
  const name = input.name.trim();
  const label = name || shortName;
  if (shortName === '') out.push(msg('followUp.refused.periodShortNameMissing', {}, at('shortName')));
  else if (shortName.length > SHORT_NAME_MAX) out.push(msg('followUp.refused.periodShortNameTooLong', { shortName, max: SHORT_NAME_MAX }, at('shortName')));
  else {
    const same = others.find((o) => o.shortName.trim().toLowerCase() === shortName.toLowerCase());
    if (same) out.push(msg('followUp.refused.customDuplicateShortName', { shortName, other: same.name }, at('shortName')));
  }
  if (name === '') out.push(msg('followUp.refused.periodNameMissing', { shortName: shortName || '–' }, at('name')));
  else if (name.length > NAME_MAX) out.push(msg('followUp.refused.periodNameTooLong', { max: NAME_MAX }, at('name')));
  const fromOk = isDate(input.from);
  const toOk = isDate(input.to);
  if (!fromOk) out.push(msg(input.from.trim() === '' ? 'followUp.refused.periodFromMissing' : 'followUp.refused.periodFromInvalid', { name: label || '–', value: input.from }, at('from')));
  if (!toOk) out.push(msg(input.to.trim() === '' ? 'followUp.refused.periodToMissing' : 'followUp.refused.periodToInvalid', { name: label || '–', value: input.to }, at('to')));
  if (!fromOk || !toOk) return out;
  const { from, to } = input;
  if (Number(from.slice(0, 4)) !== year) out.push(msg('followUp.refused.customOutsideYear', { name: label, date: from, year }, at('from')));
  if (Number(to.slice(0, 4)) !== year) out.push(msg('followUp.refused.customOutsideYear', { name: label, date: to, year }, at('to')));
  if (to < from) out.push(msg('followUp.refused.customEndsBeforeStart', { name: label, from, to }, at('to')));
  else {
    const overlapping = others.find((o) => o.from <= to && from <= o.to);
    if (overlapping) {
      out.push(msg('followUp.refused.customOverlap', { first: label, from, to, second: overlapping.name, secondFrom: overlapping.from, secondTo: overlapping.to }, at('from')));
    }
  }
  return out;
}

/** The plan's own periods (empty when it uses tertialer or kvartaler). */
function customPeriodsOf(plan: Pick<ActionPlan, 'followUp'>): CustomPeriod[] {
  const scheme = plan.followUp.scheme;
  return scheme.kind === 'custom' ? scheme.periods : [];
}

/**
 * Problems with an own period of the plan as the user typed it — a new one
 * (`replacingId` null) or a change of the period with id `replacingId` — against the
 * plan's other own periods. Empty when it can be saved. The UI shows each message at its
 * field (`where.field`); `addCustomPeriod` / `updateCustomPeriod` refuse with the first.
 */
export function customPeriodProblems(plan: Pick<ActionPlan, 'year' | 'followUp'>, input: CustomPeriodInput, replacingId: string | null): Message[] {
  return periodProblems(
    input,
    customPeriodsOf(plan).filter((p) => p.id !== replacingId),
    plan.year,
  );
}

function checkCustomPeriods(periods: readonly CustomPeriod[], year: number): void {
  const ids = new Set<string>();
  for (const [i, p] of periods.entries()) {
    if (ids.has(p.id)) throw refuse(msg('followUp.refused.customDuplicateId'));
    ids.add(p.id);
    const first = periodProblems(p, periods.slice(0, i), year)[0];
    if (first) throw refuse(first);
  }
}

const byFrom = (a: CustomPeriod, b: CustomPeriod) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0);

function updateCount(plan: ActionPlan, periodId: string): number {
  let n = 0;
  for (const u of plan.followUp.updates) if (u.periodId === periodId) n++;
  return n;
}

/**
 * Velg periodeinndeling: tertialer, kvartaler or the user's own periods (inside the plan
 * year, not overlapping, unique short names). A period that would disappear is refused
 * while it has status updates or a closure (they belong to it); a period that stays (same
 * id) may change its dates unless it is closed. Switching to own periods with the current
 * periods as they are (same ids and dates) is therefore always allowed.
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
    if (kept === undefined) {
      const isUsed = updateCount(plan, old.id) > 0 || plan.followUp.closures.some((c) => c.periodId === old.id);
      if (isUsed) throw refuse(msg('followUp.refused.schemeInUse', { period: periodLabel(old, plan.year) }));
    } else if (kept.from !== old.from || kept.to !== old.to) {
      assertOpen(plan, old);
    }
  }
  const stored: PeriodScheme = parsed.kind === 'custom' ? { kind: 'custom', periods: [...parsed.periods].sort(byFrom) } : parsed;
  return withFollowUp(doc, planId, (f) => ({ ...f, scheme: stored }));
}

function ownPeriod(plan: ActionPlan, periodId: string): CustomPeriod {
  if (plan.followUp.scheme.kind !== 'custom') throw refuse(msg('followUp.refused.notCustomScheme', { year: plan.year }));
  const period = plan.followUp.scheme.periods.find((p) => p.id === periodId);
  if (!period) throw refuse(msg('followUp.refused.unknownPeriod', { year: plan.year, period: periodId }));
  return period;
}

function cleaned(input: CustomPeriodInput): Omit<CustomPeriod, 'id'> {
  return { shortName: input.shortName.trim(), name: input.name.trim(), from: input.from, to: input.to };
}

/**
 * Legg til egen periode: adds a period (short name, name, from–to) to a plan that uses its
 * own periods. Refused when the plan uses tertialer or kvartaler, when it already has the
 * most periods allowed, or with the first of `customPeriodProblems`. Allowed on a vedtatt
 * plan (it touches only the follow-up).
 */
export function addCustomPeriod(doc: PlanDocument, planId: string, input: CustomPeriodInput & { id?: string }): PlanDocument {
  const plan = getPlan(doc, planId);
  if (plan.followUp.scheme.kind !== 'custom') throw refuse(msg('followUp.refused.notCustomScheme', { year: plan.year }));
  const periods = plan.followUp.scheme.periods;
  if (periods.length >= MAX_CUSTOM_PERIODS) throw refuse(msg('followUp.refused.tooManyPeriods', { max: MAX_CUSTOM_PERIODS }));
  const first = customPeriodProblems(plan, input, null)[0];
  if (first) throw refuse(first);
  const period: CustomPeriod = { id: input.id ?? newId('period'), ...cleaned(input) };
  if (periods.some((p) => p.id === period.id)) throw refuse(msg('followUp.refused.customDuplicateId'));
  return setPeriodScheme(doc, planId, { kind: 'custom', periods: [...periods, period] });
}

/**
 * Endre egen periode: a new short name, name or dates for one of the plan's own periods.
 * Its status updates stay with it (they belong to the period by id). Refused for a closed
 * period (its snapshot is what was reported) and with the first of `customPeriodProblems`.
 */
export function updateCustomPeriod(doc: PlanDocument, planId: string, periodId: string, input: CustomPeriodInput): PlanDocument {
  const plan = getPlan(doc, planId);
  const old = ownPeriod(plan, periodId);
  const changed: CustomPeriod = { id: old.id, ...cleaned(input) };
  if (changed.shortName === old.shortName && changed.name === old.name && changed.from === old.from && changed.to === old.to) return doc;
  assertOpen(plan, getPeriod(plan, periodId));
  const first = customPeriodProblems(plan, input, periodId)[0];
  if (first) throw refuse(first);
  const periods = plan.followUp.scheme.kind === 'custom' ? plan.followUp.scheme.periods : [];
  return setPeriodScheme(doc, planId, { kind: 'custom', periods: periods.map((p) => (p.id === periodId ? changed : p)) });
}

/**
 * Fjern egen periode. Refused — never silently deleting what was reported — while the
 * period has status updates (they would be lost) or a closure in the log (closed now or
 * reopened), and for the plan's only period (own periods need at least one; choose
 * tertialer or kvartaler instead).
 */
export function removeCustomPeriod(doc: PlanDocument, planId: string, periodId: string): PlanDocument {
  const plan = getPlan(doc, planId);
  const old = ownPeriod(plan, periodId);
  const period = getPeriod(plan, periodId);
  assertOpen(plan, period);
  if (plan.followUp.closures.some((c) => c.periodId === periodId)) throw refuse(msg('followUp.refused.periodHasClosures', { name: old.name }));
  const count = updateCount(plan, periodId);
  if (count > 0) throw refuse(msg('followUp.refused.periodHasUpdates', { name: old.name, count }));
  const periods = plan.followUp.scheme.kind === 'custom' ? plan.followUp.scheme.periods : [];
  if (periods.length <= 1) throw refuse(msg('followUp.refused.lastPeriod', { name: old.name }));
  return setPeriodScheme(doc, planId, { kind: 'custom', periods: periods.filter((p) => p.id !== periodId) });
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
