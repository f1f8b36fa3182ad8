/**
 * Edits to tiltak: add (next free Nr), update (validated with the Action schema), delete,
 * bulk status / priority, and their finansieringslinjer and KPI-er. A tiltak in a vedtatt
 * plan refuses every edit. Only the edited tiltak get new objects; every other tiltak
 * keeps its identity.
 */
import { actionSchema, fundingLineSchema, kpiSchema } from '../domain/entities';
import type { Action, ActionStatus, FundingLine, Kpi, Priority } from '../domain/entities';
import type { PlanDocument } from '../domain/document';
import { newId } from '../domain/ids';
import { blankAction } from '../domain/factories';
import { editError } from './errors';
import { actionLabel, assertEditable, getAction, getPlan, mapShared, replaceById, subject, validate } from './internal';
import { nextFreeNumber } from './plans';

/** Fields of a tiltak that edits may change (not its id, plan or history). */
export type ActionPatch = Partial<Omit<Action, 'id' | 'planId' | 'lineageId' | 'carriedFromId'>>;

/** A new tiltak: a title, optionally any other field; the rest get defaults. */
export type NewAction = ActionPatch & { title: string; id?: string };

/** Legg til et tiltak i en handlingsplan, with the next free Nr unless one is given. */
export function addAction(doc: PlanDocument, planId: string, init: NewAction): PlanDocument {
  const plan = getPlan(doc, planId);
  assertEditable(plan);
  const inPlan = doc.actions.filter((a) => a.planId === planId);
  const id = init.id ?? newId('act');
  const { id: _ignored, ...fields } = init;
  const candidate: Action = {
    ...blankAction(id, planId, String(nextFreeNumber(inPlan.map((a) => a.number)))),
    ...fields,
  };
  const action = validate(actionSchema, candidate, subject('newAction', { title: candidate.title }));
  if (doc.actions.some((a) => a.id === action.id)) {
    throw editError('duplicateId.action');
  }
  assertUniqueNumber(inPlan, action);
  checkActionReferences(doc, action, Object.keys(fields));
  return { ...doc, actions: [...doc.actions, action] };
}

/** Endre et tiltak. The result is validated with the Action schema; invalid input is refused with a message. */
export function updateAction(doc: PlanDocument, actionId: string, patch: ActionPatch): PlanDocument {
  return editAction(doc, actionId, (a) => ({ ...a, ...patch }), Object.keys(patch));
}

/** Slett tiltak. Refuses when one of them is in a vedtatt plan. */
export function deleteActions(doc: PlanDocument, actionIds: readonly string[]): PlanDocument {
  const ids = new Set(actionIds);
  const doomed = doc.actions.filter((a) => ids.has(a.id));
  if (doomed.length === 0) return doc;
  for (const planId of new Set(doomed.map((a) => a.planId))) assertEditable(getPlan(doc, planId));
  return { ...doc, actions: doc.actions.filter((a) => !ids.has(a.id)) };
}

/** A bulk change: status and/or priority. */
export interface BulkPatch {
  status?: ActionStatus;
  priority?: Priority;
}

/** Endre status og/eller prioritet for mange tiltak på en gang. Refuses (all of it) when one is in a vedtatt plan. */
export function bulkUpdate(doc: PlanDocument, actionIds: readonly string[], patch: BulkPatch): PlanDocument {
  const ids = new Set(actionIds);
  const clean: BulkPatch = {};
  if (patch.status !== undefined) clean.status = validate(actionSchema.shape.status, patch.status, subject('status'));
  if (patch.priority !== undefined) clean.priority = validate(actionSchema.shape.priority, patch.priority, subject('priority'));
  const checked = new Set<string>();
  const actions = mapShared(doc.actions, (a) => {
    if (!ids.has(a.id)) return a;
    if (!checked.has(a.planId)) {
      assertEditable(getPlan(doc, a.planId));
      checked.add(a.planId);
    }
    const sameStatus = clean.status === undefined || clean.status === a.status;
    const samePriority = clean.priority === undefined || clean.priority === a.priority;
    return sameStatus && samePriority ? a : { ...a, ...clean };
  });
  return actions === doc.actions ? doc : { ...doc, actions };
}

/**
 * Sett egne midler for et tiltak: edits its one funding line with source `own` (adds a
 * bekreftet line when there is none). Refuses when the tiltak has several own-funds lines
 * — those are edited in the detail panel.
 */
export function setOwnFunds(doc: PlanDocument, actionId: string, amount: number): PlanDocument {
  return editAction(doc, actionId, (a) => {
    const own = a.funding.filter((f) => f.source === 'own');
    if (own.length > 1) {
      throw editError('severalOwnLines', { subject: actionLabel(a), count: own.length });
    }
    const line = own[0];
    if (line) {
      if (line.amount === amount) return a;
      return { ...a, funding: replaceById(a.funding, line.id, (f) => ({ ...f, amount })) };
    }
    return { ...a, funding: [...a.funding, { id: newId('fund'), source: 'own', actorId: null, amount, status: 'confirmed' }] };
  }, ['funding']);
}

/** A new funding line: everything but the id. */
export type NewFundingLine = Omit<FundingLine, 'id'> & { id?: string };

/** Legg til en finansieringslinje. */
export function addFundingLine(doc: PlanDocument, actionId: string, line: NewFundingLine): PlanDocument {
  const full = validate(fundingLineSchema, { ...line, id: line.id ?? newId('fund') }, subject('fundingLine'));
  return editAction(doc, actionId, (a) => ({ ...a, funding: [...a.funding, full] }), ['funding']);
}

/** Endre en finansieringslinje. */
export function updateFundingLine(
  doc: PlanDocument,
  actionId: string,
  lineId: string,
  patch: Partial<Omit<FundingLine, 'id'>>,
): PlanDocument {
  return editAction(doc, actionId, (a) => {
    const line = a.funding.find((f) => f.id === lineId);
    if (!line) throw editError('notFound.fundingLine');
    const next = validate(fundingLineSchema, { ...line, ...patch, id: lineId }, subject('fundingOf', { number: a.number, title: a.title }));
    if (sameRecord(line, next)) return a;
    return { ...a, funding: replaceById(a.funding, lineId, () => next) };
  }, ['funding']);
}

/** Fjern en finansieringslinje. */
export function removeFundingLine(doc: PlanDocument, actionId: string, lineId: string): PlanDocument {
  return editAction(doc, actionId, (a) =>
    a.funding.some((f) => f.id === lineId) ? { ...a, funding: a.funding.filter((f) => f.id !== lineId) } : a,
  );
}

/** A new KPI: everything but the id. */
export type NewKpi = Omit<Kpi, 'id'> & { id?: string };

/** Legg til en KPI / et resultatmål. */
export function addKpi(doc: PlanDocument, actionId: string, kpi: NewKpi): PlanDocument {
  const full = validate(kpiSchema, { ...kpi, id: kpi.id ?? newId('kpi') }, subject('kpi', { indicator: kpi.indicator }));
  return editAction(doc, actionId, (a) => ({ ...a, kpis: [...a.kpis, full] }));
}

/** Endre en KPI. */
export function updateKpi(doc: PlanDocument, actionId: string, kpiId: string, patch: Partial<Omit<Kpi, 'id'>>): PlanDocument {
  return editAction(doc, actionId, (a) => {
    const kpi = a.kpis.find((k) => k.id === kpiId);
    if (!kpi) throw editError('notFound.kpi');
    const next = validate(kpiSchema, { ...kpi, ...patch, id: kpiId }, subject('kpiOf', { number: a.number, title: a.title }));
    if (sameRecord(kpi, next)) return a;
    return { ...a, kpis: replaceById(a.kpis, kpiId, () => next) };
  });
}

/** Fjern en KPI. */
export function removeKpi(doc: PlanDocument, actionId: string, kpiId: string): PlanDocument {
  return editAction(doc, actionId, (a) => (a.kpis.some((k) => k.id === kpiId) ? { ...a, kpis: a.kpis.filter((k) => k.id !== kpiId) } : a));
}

/** Every tiltak of a lineage (the same tiltak across years), oldest plan first. */
export function actionHistory(doc: PlanDocument, lineageId: string): Action[] {
  const yearOf = new Map(doc.plans.map((p) => [p.id, p.year]));
  return doc.actions
    .filter((a) => a.lineageId === lineageId)
    .sort((a, b) => (yearOf.get(a.planId) ?? 0) - (yearOf.get(b.planId) ?? 0));
}

/** Applies `fn` to one tiltak, validates the result and checks references for the changed fields. */
function editAction(doc: PlanDocument, actionId: string, fn: (a: Action) => Action, changed: readonly string[] = []): PlanDocument {
  const current = getAction(doc, actionId);
  assertEditable(getPlan(doc, current.planId));
  const raw = fn(current);
  if (raw === current || sameRecord(current, raw)) return doc;
  const next = validate(actionSchema, raw, actionLabel(current));
  if (next.number !== current.number) {
    assertUniqueNumber(doc.actions.filter((a) => a.planId === current.planId && a.id !== current.id), next);
  }
  checkActionReferences(doc, next, changed);
  return { ...doc, actions: replaceById(doc.actions, actionId, () => next) };
}

function assertUniqueNumber(others: readonly Action[], action: Action): void {
  const clash = others.find((a) => a.number === action.number && a.id !== action.id);
  if (clash) {
    throw editError('duplicateNumber', { number: action.number, otherNumber: clash.number, otherTitle: clash.title });
  }
}

function checkActionReferences(doc: PlanDocument, a: Action, changed: readonly string[]): void {
  const s = doc.strategy;
  const has = (key: string) => changed.includes(key);
  const fail = (what: 'initiative' | 'subGoal' | 'focusAreaOf' | 'project' | 'guidingStrategy' | 'partner' | 'actor') => {
    throw editError(`unknownReference.${what}`, { subject: actionLabel(a) });
  };
  if (has('initiativeIds') && a.initiativeIds.some((id) => !s.initiatives.some((i) => i.id === id))) fail('initiative');
  if (has('subGoalIds') && a.subGoalIds.some((id) => !s.focusAreas.some((f) => f.subGoals.some((g) => g.id === id)))) fail('subGoal');
  if (has('focusAreaIds') && a.focusAreaIds.some((id) => !s.focusAreas.some((f) => f.id === id))) fail('focusAreaOf');
  if (has('crossCuttingProjectId') && a.crossCuttingProjectId !== null && !s.crossCuttingProjects.some((p) => p.id === a.crossCuttingProjectId)) {
    fail('project');
  }
  if (has('guidingStrategyIds') && a.guidingStrategyIds.some((id) => !s.guidingStrategies.some((g) => g.id === id))) {
    fail('guidingStrategy');
  }
  if (has('partnerIds') && a.partnerIds.some((id) => !s.actors.some((x) => x.id === id))) fail('partner');
  if (has('funding') && a.funding.some((f) => f.actorId !== null && !s.actors.some((x) => x.id === f.actorId))) fail('actor');
}

function sameRecord(a: object, b: object): boolean {
  const ka = Object.keys(a) as (keyof typeof a)[];
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

