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
import { budgetFrameSchema, MAX_SCENARIOS, scenarioSchema } from '../domain/entities';
import type { Action, ActionPlan, BudgetFrame, Scenario } from '../domain/entities';
import type { PlanDocument } from '../domain/document';
import { newId as randomId } from '../domain/ids';
import { adoptScenario, applyScenario, frameCutScenario, scenarioFromFitToFrame } from '../scenarios';
import type { ScenarioConflict } from '../scenarios';
import { editError } from './errors';
import { assertEditable, getPlan, replaceById, subject, validate } from './internal';
import { nextFreeNumber } from './plans';
import { editScenario, getScenario, planKontrollInput, type NewScenarioOptions } from './scenario-base';

export { planKontrollInput, type NewScenarioOptions } from './scenario-base';

/** Largest frame change in percent a «redusert ramme» variant accepts (−1000 % raises tenfold). */
const MAX_CUT_PERCENT = 100;
const MIN_CUT_PERCENT = -1000;

function assertUniqueName(plan: ActionPlan, name: string, exceptId: string | null): void {
  const key = name.trim().toLocaleLowerCase('nb');
  const clash = plan.scenarios.find((s) => s.id !== exceptId && s.name.trim().toLocaleLowerCase('nb') === key);
  if (clash) {
    throw editError('scenarioNameTaken', { name: clash.name, year: plan.year });
  }
}

/** Adds a new variant after checking its name; the scenario is validated with the schema. */
function insertScenario(doc: PlanDocument, planId: string, scenario: Scenario): PlanDocument {
  const plan = getPlan(doc, planId);
  const parsed = validate(scenarioSchema, scenario, subject('scenario', { name: scenario.name }));
  assertUniqueName(plan, parsed.name, null);
  if (plan.scenarios.some((s) => s.id === parsed.id)) {
    throw editError('duplicateId.scenario', { year: plan.year });
  }
  if (plan.scenarios.length >= MAX_SCENARIOS) throw editError('tooManyScenarios', { year: plan.year, max: MAX_SCENARIOS });
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
    throw editError('badCutPercent', { min: MIN_CUT_PERCENT, max: MAX_CUT_PERCENT });
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
    const frame = validate(budgetFrameSchema, { ...current, ...patch }, subject('scenarioFrame', { name: s.name }));
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
    throw editError('scenarioHasConflicts', { count, name: scenario.name });
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
