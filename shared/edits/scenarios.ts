/**
 * Edits to scenarier (variants of a year's plan): create a variant by hand, with a reduced
 * frame (−N %) or from «Tilpass til rammen»; rename, delete, change its frame; take a
 * tiltak in or out, postpone it, change its cost or funding; add a tiltak that exists only
 * in the variant; resolve a conflict with the basis one way or the other; and adopt a
 * variant as the plan (keeping the old basis as a variant).
 *
 * A variant is stored beside the plan and changes none of its tiltak or frame, so every
 * edit here except adoption is allowed on a vedtatt plan. Conflicts are never resolved as
 * a side effect: editing a tiltak keeps the basis values it recorded before, so a
 * conflict stays until the user picks a side with `resolveScenarioConflict`.
 */
import { ACTIVE_STATUSES, budgetFrameSchema, scenarioSchema } from '../domain/entities';
import type { Action, ActionPlan, BudgetFrame, FundingLine, FundingStatus, Priority, Scenario, ScenarioActionChange } from '../domain/entities';
import type { PlanDocument } from '../domain/document';
import { newId as randomId } from '../domain/ids';
import { kronerSchema } from '../money/kroner';
import type { MessageLanguage } from '../rules/messages';
import type { KontrollInput } from '../rules/types';
import {
  adoptScenario,
  applyScenario,
  copyFunding,
  frameCutScenario,
  scenarioFromFitToFrame,
  withActionChange,
} from '../scenarios';
import type { ActionChangePatch, NewId, ScenarioConflict, ScenarioConflictKind } from '../scenarios';
import { EditError } from './errors';
import { assertEditable, getPlan, replaceById, validate } from './internal';
import { nextFreeNumber } from './plans';

/** How a new variant is stamped: time of creation, id maker and message language. */
export interface NewScenarioOptions {
  /** When the variant was made (ISO timestamp); edits never read the clock themselves. */
  createdAt: string;
  /** Id maker (default: random ids from shared/domain). */
  newId?: NewId;
  /** Language of generated descriptions (default bokmål). */
  language?: MessageLanguage;
}

/** Largest frame change in percent a «redusert ramme» variant accepts (−1000 % raises tenfold). */
const MAX_CUT_PERCENT = 100;
const MIN_CUT_PERCENT = -1000;

/** Kontrollgrunnlag for one plan: the strategy, the plan and its tiltak (the basis of its variants). */
export function planKontrollInput(doc: PlanDocument, planId: string): KontrollInput {
  const plan = getPlan(doc, planId);
  return { strategy: doc.strategy, plan, actions: doc.actions.filter((a) => a.planId === planId) };
}

function getScenario(plan: ActionPlan, scenarioId: string): Scenario {
  const scenario = plan.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) {
    throw new EditError('notFound', `Scenarioet finnes ikke i handlingsplan ${plan.year} (det kan være slettet).`, {
      id: scenarioId,
      year: plan.year,
    });
  }
  return scenario;
}

/** Replaces one scenario by `fn(scenario)`, validated; returns the same document when nothing changed. */
function editScenario(
  doc: PlanDocument,
  planId: string,
  scenarioId: string,
  fn: (scenario: Scenario, input: KontrollInput) => Scenario,
): PlanDocument {
  const plan = getPlan(doc, planId);
  const scenario = getScenario(plan, scenarioId);
  const next = fn(scenario, planKontrollInput(doc, planId));
  if (next === scenario) return doc;
  const parsed = validate(scenarioSchema, next, `Scenarioet «${scenario.name}»`);
  return {
    ...doc,
    plans: replaceById(doc.plans, planId, (p) => ({ ...p, scenarios: replaceById(p.scenarios, scenarioId, () => parsed) })),
  };
}

function assertUniqueName(plan: ActionPlan, name: string, exceptId: string | null): void {
  const key = name.trim().toLocaleLowerCase('nb');
  const clash = plan.scenarios.find((s) => s.id !== exceptId && s.name.trim().toLocaleLowerCase('nb') === key);
  if (clash) {
    throw new EditError('invalid', `Handlingsplan ${plan.year} har allerede et scenario som heter «${clash.name}». Velg et annet navn.`, {
      name: clash.name,
      year: plan.year,
    });
  }
}

/** Adds a new variant after checking its name; the scenario is validated with the schema. */
function insertScenario(doc: PlanDocument, planId: string, scenario: Scenario): PlanDocument {
  const plan = getPlan(doc, planId);
  const parsed = validate(scenarioSchema, scenario, `Scenarioet «${scenario.name}»`);
  assertUniqueName(plan, parsed.name, null);
  if (plan.scenarios.some((s) => s.id === parsed.id)) {
    throw new EditError('invalid', `Handlingsplan ${plan.year} har allerede et scenario med samme id.`, { year: plan.year });
  }
  return { ...doc, plans: replaceById(doc.plans, planId, (p) => ({ ...p, scenarios: [...p.scenarios, parsed] })) };
}

/**
 * Ny variant for hånd: a variant with no changes yet (it follows the basis until the user
 * changes something). Refuses an empty name or one another variant of the plan has.
 */
export function createScenario(
  doc: PlanDocument,
  planId: string,
  name: string,
  description: string,
  options: NewScenarioOptions,
): PlanDocument {
  const make = options.newId ?? randomId;
  return insertScenario(doc, planId, {
    id: make('scn'),
    name: name.trim(),
    description: description.trim(),
    frame: null,
    changes: [],
    addedActions: [],
    createdAt: options.createdAt,
  });
}

/**
 * Ny variant med redusert ramme: own funds cut by `percent` (20 = −20 %; negative raises
 * it). With `fit`, the tiltak «Tilpass til rammen» proposes for the reduced frame are
 * postponed in the variant. The plan itself is not touched.
 */
export function createFrameCutScenario(
  doc: PlanDocument,
  planId: string,
  percent: number,
  name: string,
  options: NewScenarioOptions & { fit: boolean },
): PlanDocument {
  if (!Number.isFinite(percent) || percent > MAX_CUT_PERCENT || percent < MIN_CUT_PERCENT) {
    throw new EditError('invalid', `Kuttet i rammen må være et tall mellom ${MIN_CUT_PERCENT} og ${MAX_CUT_PERCENT} prosent.`, {
      percent: String(percent),
    });
  }
  const scenario = frameCutScenario(planKontrollInput(doc, planId), percent, name, options.createdAt, options.newId ?? randomId, {
    fit: options.fit,
    language: options.language,
  });
  return insertScenario(doc, planId, scenario);
}

/** Ny variant fra «Tilpass til rammen»: postpones the proposed tiltak in a copy; the plan is not touched. */
export function createFitToFrameScenario(doc: PlanDocument, planId: string, name: string, options: NewScenarioOptions): PlanDocument {
  const scenario = scenarioFromFitToFrame(
    planKontrollInput(doc, planId),
    name,
    options.createdAt,
    options.newId ?? randomId,
    options.language,
  );
  return insertScenario(doc, planId, scenario);
}

/** Gi scenarioet nytt navn (and optionally a new description). */
export function renameScenario(
  doc: PlanDocument,
  planId: string,
  scenarioId: string,
  name: string,
  description?: string,
): PlanDocument {
  const plan = getPlan(doc, planId);
  assertUniqueName(plan, name, scenarioId);
  return editScenario(doc, planId, scenarioId, (s) => {
    const nextName = name.trim();
    const nextDescription = description === undefined ? s.description : description.trim();
    if (nextName === s.name && nextDescription === s.description) return s;
    return { ...s, name: nextName, description: nextDescription };
  });
}

/** Slett scenario. The plan and its tiltak are not touched. */
export function deleteScenario(doc: PlanDocument, planId: string, scenarioId: string): PlanDocument {
  const plan = getPlan(doc, planId);
  getScenario(plan, scenarioId);
  return { ...doc, plans: replaceById(doc.plans, planId, (p) => ({ ...p, scenarios: p.scenarios.filter((s) => s.id !== scenarioId) })) };
}

function sameShares(a: Record<string, number>, b: Record<string, number>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

/**
 * Endre rammen i scenarioet: `patch` is merged into the variant's frame (or the basis'
 * frame when the variant has none yet); null makes the variant follow the basis' frame
 * again. The basis frame recorded when the variant first got its own frame is kept, so a
 * pending frame conflict is not resolved by editing the amount.
 */
export function setScenarioFrame(
  doc: PlanDocument,
  planId: string,
  scenarioId: string,
  patch: Partial<BudgetFrame> | null,
): PlanDocument {
  return editScenario(doc, planId, scenarioId, (s, input) => {
    if (patch === null) return s.frame === null ? s : { ...s, frame: null, basisFrame: null };
    const current = s.frame ?? input.plan.frame;
    const frame = validate(budgetFrameSchema, { ...current, ...patch }, `Rammen i scenarioet «${s.name}»`);
    if (
      s.frame !== null &&
      frame.ownFunds === s.frame.ownFunds &&
      frame.capacityHours === s.frame.capacityHours &&
      sameShares(frame.targetShares, s.frame.targetShares)
    ) {
      return s;
    }
    const basisFrame = s.frame !== null && s.basisFrame != null ? s.basisFrame : { ...input.plan.frame, targetShares: { ...input.plan.frame.targetShares } };
    return { ...s, frame: { ...frame, targetShares: { ...frame.targetShares } }, basisFrame };
  });
}

/** The tiltak a variant's change applies to: a basis tiltak or one the variant added. */
function baseAction(input: KontrollInput, scenario: Scenario, actionId: string): { action: Action; isAdded: boolean } {
  const basis = input.actions.find((a) => a.id === actionId);
  if (basis) return { action: basis, isAdded: false };
  const added = scenario.addedActions.find((a) => a.id === actionId);
  if (added) return { action: added, isAdded: true };
  throw new EditError('notFound', `Tiltaket finnes ikke i handlingsplan ${input.plan.year} eller i scenarioet «${scenario.name}».`, {
    id: actionId,
  });
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
  if (patch.cost !== undefined) validate(kronerSchema, patch.cost, 'Kostnaden');
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
  validate(kronerSchema, amount, 'Egne midler');
  return editScenario(doc, planId, scenarioId, (s, input) => {
    const { action } = baseAction(input, s, actionId);
    const { funding } = variantView(s, action);
    const own = funding.filter((f) => f.source === 'own');
    if (own.length > 1) {
      throw new EditError(
        'severalOwnLines',
        `Tiltak ${action.number} «${action.title}» har ${own.length} linjer med egne midler. Endre dem linje for linje under finansiering.`,
        { number: action.number, count: own.length },
      );
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
  if (patch.amount !== undefined) validate(kronerSchema, patch.amount, 'Beløpet');
  return editScenario(doc, planId, scenarioId, (s, input) => {
    const { action } = baseAction(input, s, actionId);
    const { funding } = variantView(s, action);
    const line = funding.find((f) => f.id === lineId);
    if (!line) {
      throw new EditError('notFound', `Finansieringslinjen finnes ikke på tiltak ${action.number} «${action.title}».`, { number: action.number });
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
  if (unknown.length > 0) throw new EditError('unknownReference', `Det nye tiltaket «${init.title}» viser til en satsing som ikke finnes.`, {});
  return editScenario(doc, planId, scenarioId, (s, input) => {
    const id = init.id ?? newId('act');
    if (input.actions.some((a) => a.id === id) || s.addedActions.some((a) => a.id === id)) {
      throw new EditError('invalid', 'Et tiltak med samme id finnes allerede.', { id });
    }
    const numbers = [...input.actions, ...s.addedActions].map((a) => a.number);
    const action: Action = {
      id,
      planId,
      number: String(nextFreeNumber(numbers)),
      title: init.title.trim(),
      description: '',
      initiativeIds: [...(init.initiativeIds ?? [])],
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
      throw new EditError('notFound', `Tiltaket finnes ikke blant tiltakene som bare er i scenarioet «${s.name}».`, { id: actionId });
    }
    return {
      ...s,
      addedActions: s.addedActions.filter((a) => a.id !== actionId),
      changes: s.changes.filter((c) => c.actionId !== actionId),
    };
  });
}

/** Which side wins a conflict: the variant's own value, or the basis as it is now. */
export type ConflictChoice = 'variant' | 'basis';

/** The conflict to resolve: its kind and the tiltak (null for the frame). */
export interface ConflictRef {
  kind: ScenarioConflictKind;
  actionId: string | null;
}

function isEmptyChange(c: ScenarioActionChange): boolean {
  return !c.excluded && !c.postponed && c.cost === undefined && c.funding === undefined && c.status === undefined;
}

/** One change with the conflict of `kind` resolved; null when the change goes away. */
function resolvedChange(change: ScenarioActionChange, action: Action, kind: ScenarioConflictKind, choice: ConflictChoice): ScenarioActionChange | null {
  const next: ScenarioActionChange = { ...change };
  if (kind === 'cost-changed') {
    next.basisCost = action.cost;
    if (choice === 'basis') delete next.cost;
  } else if (kind === 'funding-changed') {
    next.basisFunding = copyFunding(action.funding);
    if (choice === 'basis') delete next.funding;
  } else if (kind === 'status-changed') {
    next.basisStatus = action.status;
    if (choice === 'basis') delete next.status;
  }
  next.basisNumber = action.number;
  next.basisTitle = action.title;
  return isEmptyChange(next) ? null : next;
}

/**
 * Løs en konflikt: the user keeps the variant's value (`variant`: the basis' current value
 * is recorded, the variant's own value stays) or takes the basis' value (`basis`: the
 * variant's override for that field goes). A change for a tiltak deleted from the basis is
 * dropped either way; a variant's own tiltak whose id the basis took gets a new id
 * (`variant`) or is removed (`basis`). Only the named conflict is touched.
 */
export function resolveScenarioConflict(
  doc: PlanDocument,
  planId: string,
  scenarioId: string,
  conflict: ConflictRef,
  choice: ConflictChoice,
  newId: NewId = randomId,
): PlanDocument {
  return editScenario(doc, planId, scenarioId, (s, input) => {
    const current = applyScenario(input, s).conflicts.some((c) => c.kind === conflict.kind && c.actionId === conflict.actionId);
    if (!current) {
      throw new EditError('notFound', `Konflikten i scenarioet «${s.name}» finnes ikke lenger (den kan være løst).`, {});
    }
    if (conflict.kind === 'frame-changed') {
      if (choice === 'basis') return { ...s, frame: null, basisFrame: null };
      return { ...s, basisFrame: { ...input.plan.frame, targetShares: { ...input.plan.frame.targetShares } } };
    }
    const actionId = conflict.actionId ?? '';
    if (conflict.kind === 'action-deleted') {
      return { ...s, changes: s.changes.filter((c) => c.actionId !== actionId) };
    }
    if (conflict.kind === 'duplicate-action') {
      if (choice === 'basis') {
        // The change with this id (if any) belongs to the basis' tiltak and stays.
        return { ...s, addedActions: s.addedActions.filter((a) => a.id !== actionId) };
      }
      const fresh = newId('act');
      return { ...s, addedActions: s.addedActions.map((a) => (a.id === actionId ? { ...a, id: fresh, lineageId: fresh } : a)) };
    }
    const action = input.actions.find((a) => a.id === actionId);
    const change = s.changes.find((c) => c.actionId === actionId);
    if (!action || !change) return s;
    const next = resolvedChange(change, action, conflict.kind, choice);
    return {
      ...s,
      changes: next === null ? s.changes.filter((c) => c.actionId !== actionId) : s.changes.map((c) => (c.actionId === actionId ? next : c)),
    };
  });
}

/** Options for `adoptScenarioAsPlan`. */
export interface AdoptScenarioOptions extends NewScenarioOptions {
  /** The user has seen the conflicts and adopts anyway (the variant's values win). */
  acceptConflicts?: boolean;
}

/** Conflicts that stand in the way of adopting a variant (empty when none). */
export function scenarioConflicts(doc: PlanDocument, planId: string, scenarioId: string): ScenarioConflict[] {
  const input = planKontrollInput(doc, planId);
  return applyScenario(input, getScenario(input.plan, scenarioId)).conflicts;
}

/**
 * Ta i bruk scenario som plan: the variant's frame and tiltak become the plan (utelatt →
 * avlyst, utsatt → utsatt, overrides applied, the variant's own tiltak added with a free
 * Nr) and the old basis is kept as a variant in its place. Refuses in a vedtatt plan, and
 * when the variant has conflicts the user has not accepted.
 */
export function adoptScenarioAsPlan(doc: PlanDocument, planId: string, scenarioId: string, options: AdoptScenarioOptions): PlanDocument {
  const plan = getPlan(doc, planId);
  assertEditable(plan);
  const scenario = getScenario(plan, scenarioId);
  const input = planKontrollInput(doc, planId);
  const result = adoptScenario(input, scenarioId, options.createdAt, options.newId ?? randomId, {
    acceptConflicts: options.acceptConflicts,
    language: options.language,
  });
  if (!result.ok) {
    const count = result.conflicts.length;
    throw new EditError(
      'invalid',
      `Scenarioet «${scenario.name}» har ${count} ${count === 1 ? 'konflikt' : 'konflikter'} med basis. Løs dem, eller bekreft at variantens verdier skal gjelde.`,
      { count, name: scenario.name },
    );
  }
  const basisIds = new Set(input.actions.map((a) => a.id));
  const numbers = new Set(input.actions.map((a) => a.number));
  let counter = nextFreeNumber([...numbers]);
  const adopted = new Map<string, Action>();
  const added: Action[] = [];
  for (const action of result.actions) {
    if (basisIds.has(action.id)) {
      adopted.set(action.id, action);
      continue;
    }
    let number = action.number;
    if (numbers.has(number)) {
      while (numbers.has(String(counter))) counter++;
      number = String(counter++);
    }
    numbers.add(number);
    added.push(number === action.number ? action : { ...action, number });
  }
  const actions = doc.actions.map((a) => (a.planId === planId ? (adopted.get(a.id) ?? a) : a));
  return {
    ...doc,
    plans: replaceById(doc.plans, planId, () => result.plan),
    actions: added.length > 0 ? [...actions, ...added] : actions,
  };
}
