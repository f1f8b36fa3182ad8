/**
 * Scenario edits per tiltak: take a tiltak in or out, postpone it, change its cost, own
 * funds or a funding line, reset the variant's change, and the tiltak that exist only in
 * the variant. Conflicts with the basis are never resolved here (see scenario-conflicts).
 */
import { ACTIVE_STATUSES } from '../domain/entities';
import type { Action, FundingLine, FundingStatus, Priority, Scenario, ScenarioActionChange } from '../domain/entities';
import type { PlanDocument } from '../domain/document';
import { newId as randomId } from '../domain/ids';
import { kronerSchema } from '../money/kroner';
import type { KontrollInput } from '../rules/types';
import { copyFunding, withActionChange } from '../scenarios';
import type { ActionChangePatch, NewId } from '../scenarios';
import { editError } from './errors';
import { subject, validate } from './internal';
import { nextFreeNumber } from './plans';
import { editScenario } from './scenario-base';

/** The tiltak a variant's change applies to: a basis tiltak or one the variant added. */
function baseAction(input: KontrollInput, scenario: Scenario, actionId: string): { action: Action; isAdded: boolean } {
  const basis = input.actions.find((a) => a.id === actionId);
  if (basis) return { action: basis, isAdded: false };
  const added = scenario.addedActions.find((a) => a.id === actionId);
  if (added) return { action: added, isAdded: true };
  throw editError('notFound.scenarioAction', { year: input.plan.year, name: scenario.name });
}

const RECORD_KEYS = ['basisCost', 'basisFunding', 'basisStatus', 'basisNumber', 'basisTitle'] as const;

/**
 * `withActionChange`, but the basis values recorded by an earlier change stay as they
 * were: a conflict with the basis is only resolved by `resolveScenarioConflict`.
 */
function changeKeepingRecord(scenario: Scenario, action: Action, patch: ActionChangePatch): Scenario {
  const previous = scenario.changes.find((c) => c.actionId === action.id);
  const next = withActionChange(scenario, action, patch);
  if (!previous) return next;
  return {
    ...next,
    changes: next.changes.map((c) => {
      if (c.actionId !== action.id) return c;
      const kept: ScenarioActionChange = { ...c };
      for (const key of RECORD_KEYS) {
        if (previous[key] !== undefined) Object.assign(kept, { [key]: previous[key] });
      }
      return kept;
    }),
  };
}

/**
 * Endre et tiltak i scenarioet: utelat / ta med (`excluded`), utsett til neste år
 * (`postponed`), kostnad, finansiering or status. A patch that brings the tiltak back to
 * the basis removes the variant's change for it.
 */
export function setScenarioActionChange(
  doc: PlanDocument,
  planId: string,
  scenarioId: string,
  actionId: string,
  patch: ActionChangePatch,
): PlanDocument {
  if (patch.cost !== undefined) validate(kronerSchema, patch.cost, subject('cost'));
  return editScenario(doc, planId, scenarioId, (s, input) => changeKeepingRecord(s, baseAction(input, s, actionId).action, patch));
}

/** The tiltak as the variant has it now (the variant's cost, funding and status over the base). */
function variantView(scenario: Scenario, action: Action): { cost: number; funding: FundingLine[]; status: Action['status']; change?: ScenarioActionChange } {
  const change = scenario.changes.find((c) => c.actionId === action.id);
  return {
    cost: change?.cost ?? action.cost,
    funding: change?.funding ?? action.funding,
    status: change?.status ?? action.status,
    change,
  };
}

/**
 * Ta med / utelat et tiltak i scenarioet. Taking in a tiltak that is utsatt or avlyst in
 * the basis sets it to planlagt in the variant; leaving out an active one marks it
 * utelatt. Either way «utsett» is cleared.
 */
export function setScenarioActionIncluded(
  doc: PlanDocument,
  planId: string,
  scenarioId: string,
  actionId: string,
  isIncluded: boolean,
): PlanDocument {
  return editScenario(doc, planId, scenarioId, (s, input) => {
    const { action } = baseAction(input, s, actionId);
    const isActiveInBase = ACTIVE_STATUSES.includes(action.status);
    const patch: ActionChangePatch = { excluded: false, postponed: false };
    if (isActiveInBase) {
      if (!isIncluded) patch.excluded = true;
      const view = variantView(s, action);
      if (isIncluded && !ACTIVE_STATUSES.includes(view.status)) patch.status = action.status;
    } else {
      patch.status = isIncluded ? 'planned' : action.status;
    }
    return changeKeepingRecord(s, action, patch);
  });
}

/** Utsett et tiltak til neste år i scenarioet (or take it back into this year). */
export function setScenarioActionPostponed(
  doc: PlanDocument,
  planId: string,
  scenarioId: string,
  actionId: string,
  isPostponed: boolean,
): PlanDocument {
  return editScenario(doc, planId, scenarioId, (s, input) => {
    const { action } = baseAction(input, s, actionId);
    return changeKeepingRecord(s, action, isPostponed ? { postponed: true, excluded: false } : { postponed: false });
  });
}

/**
 * Egne midler i scenarioet: sets the amount of the tiltak's one own-funds line in the
 * variant (adds a bekreftet line when there is none). Refuses a tiltak with several
 * own-funds lines — those are changed line by line.
 */
export function setScenarioOwnFunds(
  doc: PlanDocument,
  planId: string,
  scenarioId: string,
  actionId: string,
  amount: number,
  newId: NewId = randomId,
): PlanDocument {
  validate(kronerSchema, amount, subject('ownFunds'));
  return editScenario(doc, planId, scenarioId, (s, input) => {
    const { action } = baseAction(input, s, actionId);
    const { funding } = variantView(s, action);
    const own = funding.filter((f) => f.source === 'own');
    if (own.length > 1) {
      throw editError('severalOwnLinesInScenario', { number: action.number, title: action.title, count: own.length });
    }
    const line = own[0];
    if (line?.amount === amount) return s;
    const next: FundingLine[] = line
      ? funding.map((f) => (f.id === line.id ? { ...f, amount } : { ...f }))
      : [...copyFunding(funding), { id: newId('fund'), source: 'own', actorId: null, amount, status: 'confirmed' }];
    return changeKeepingRecord(s, action, { funding: next });
  });
}

/** What may change on one funding line in a variant. */
export interface ScenarioFundingPatch {
  amount?: number;
  status?: FundingStatus;
}

/** Endre en finansieringslinje i scenarioet: its amount and/or status (bekreftet, søkt, planlagt). */
export function setScenarioFundingLine(
  doc: PlanDocument,
  planId: string,
  scenarioId: string,
  actionId: string,
  lineId: string,
  patch: ScenarioFundingPatch,
): PlanDocument {
  if (patch.amount !== undefined) validate(kronerSchema, patch.amount, subject('amount'));
  return editScenario(doc, planId, scenarioId, (s, input) => {
    const { action } = baseAction(input, s, actionId);
    const { funding } = variantView(s, action);
    const line = funding.find((f) => f.id === lineId);
    if (!line) {
      throw editError('notFound.fundingLineOf', { number: action.number, title: action.title });
    }
    const updated = { ...line, amount: patch.amount ?? line.amount, status: patch.status ?? line.status };
    if (updated.amount === line.amount && updated.status === line.status) return s;
    return changeKeepingRecord(s, action, { funding: funding.map((f) => (f.id === lineId ? updated : { ...f })) });
  });
}

/** Fjern endringen: the variant follows the basis again for this tiltak (also drops its conflicts). */
export function resetScenarioAction(doc: PlanDocument, planId: string, scenarioId: string, actionId: string): PlanDocument {
  return editScenario(doc, planId, scenarioId, (s) =>
    s.changes.some((c) => c.actionId === actionId) ? { ...s, changes: s.changes.filter((c) => c.actionId !== actionId) } : s,
  );
}

/** A tiltak that exists only in the variant: a title and the amounts; the rest gets defaults. */
export interface NewScenarioAction {
  title: string;
  cost: number;
  /** Egne midler (one bekreftet own-funds line when above 0). */
  ownFunds: number;
  initiativeIds?: string[];
  priority?: Priority;
  hours?: number;
  id?: string;
}

/**
 * Legg til et tiltak bare i scenarioet (e.g. «Høy ambisjon»): it gets the next free Nr
 * after both the plan's and the variant's tiltak and is not part of the plan unless the
 * variant is adopted.
 */
export function addScenarioAction(
  doc: PlanDocument,
  planId: string,
  scenarioId: string,
  init: NewScenarioAction,
  newId: NewId = randomId,
): PlanDocument {
  const unknown = (init.initiativeIds ?? []).filter((id) => !doc.strategy.initiatives.some((i) => i.id === id));
  if (unknown.length > 0) throw editError('unknownReference.initiative', { subject: subject('newAction', { title: init.title }) });
  return editScenario(doc, planId, scenarioId, (s, input) => {
    const id = init.id ?? newId('act');
    if (input.actions.some((a) => a.id === id) || s.addedActions.some((a) => a.id === id)) {
      throw editError('duplicateId.action');
    }
    const numbers = [...input.actions, ...s.addedActions].map((a) => a.number);
    const action: Action = {
      id,
      planId,
      number: String(nextFreeNumber(numbers)),
      title: init.title.trim(),
      description: '',
      initiativeIds: [...(init.initiativeIds ?? [])],
      subGoalIds: [],
      focusAreaIds: [],
      crossCuttingProjectId: null,
      guidingStrategyIds: [],
      owner: '',
      partnerIds: [],
      cost: init.cost,
      funding: init.ownFunds > 0 ? [{ id: newId('fund'), source: 'own', actorId: null, amount: init.ownFunds, status: 'confirmed' }] : [],
      hours: init.hours ?? 0,
      start: null,
      deadline: null,
      kpis: [],
      priority: init.priority ?? 2,
      status: 'planned',
      notes: '',
      carriedFromId: null,
      lineageId: id,
    };
    return { ...s, addedActions: [...s.addedActions, action] };
  });
}

/** Fjern et tiltak som bare finnes i scenarioet (and the variant's change for it). */
export function removeScenarioAction(doc: PlanDocument, planId: string, scenarioId: string, actionId: string): PlanDocument {
  return editScenario(doc, planId, scenarioId, (s) => {
    if (!s.addedActions.some((a) => a.id === actionId)) {
      throw editError('notFound.scenarioOwnAction', { name: s.name });
    }
    return {
      ...s,
      addedActions: s.addedActions.filter((a) => a.id !== actionId),
      changes: s.changes.filter((c) => c.actionId !== actionId),
    };
  });
}
