/**
 * Ta i bruk scenario som plan: the variant's frame and tiltak become the plan, and the old
 * basis is kept as a variant whose differences restore it. Pure: returns the new plan and
 * tiltak for the caller to store (after the user confirmed); conflicts block adoption
 * unless the caller says they were accepted.
 */
import type { Action, ActionPlan, BudgetFrame, Scenario, ScenarioActionChange } from '../domain/entities';
import { findings as catalogue } from '../i18n/findings';
import { interpolate } from '../rules/messages';
import type { MessageLanguage } from '../rules/messages';
import type { KontrollInput } from '../rules/types';
import { applyActionChange, applyScenario, changesById } from './apply';
import { copyFunding, sameFunding } from './conflicts';
import type { NewId } from './create';
import type { AdoptScenarioResult } from './types';

/** Options for `adoptScenario`. */
export interface AdoptOptions {
  /** The user has seen the conflicts and adopts anyway (the variant's values win). */
  acceptConflicts?: boolean;
  language?: MessageLanguage;
}

function copyFrame(frame: BudgetFrame): BudgetFrame {
  return { ...frame, targetShares: { ...frame.targetShares } };
}

/** The plan's tiltak once the variant is adopted: nothing is deleted, so history stays. */
function adoptedActions(input: KontrollInput, scenario: Scenario): Action[] {
  const changes = changesById(scenario);
  const basisIds = new Set(input.actions.map((a) => a.id));
  const out: Action[] = [];
  for (const action of input.actions) {
    const change = changes.get(action.id);
    if (!change) out.push(action);
    // Utelatt in the variant → avlyst in the plan; utsatt → utsatt (and carried to next year).
    else if (change.excluded) out.push({ ...action, status: 'cancelled' });
    else if (change.postponed) out.push({ ...action, status: 'postponed' });
    else out.push(applyActionChange(action, change));
  }
  for (const added of scenario.addedActions) {
    if (basisIds.has(added.id)) continue; // a conflict: the basis' tiltak keeps the id
    const change = changes.get(added.id);
    if (change?.excluded) continue; // never part of the plan
    const own = { ...added, planId: input.plan.id };
    out.push(change?.postponed ? { ...own, status: 'postponed' } : change ? applyActionChange(own, change) : own);
  }
  return out;
}

/** Changes that take the adopted tiltak back to the old basis, recording the adopted values. */
function restoringChanges(oldActions: readonly Action[], newActions: readonly Action[]): ScenarioActionChange[] {
  const old = new Map(oldActions.map((a) => [a.id, a]));
  const changes: ScenarioActionChange[] = [];
  for (const now of newActions) {
    const was = old.get(now.id);
    const name = { basisNumber: now.number, basisTitle: now.title };
    if (!was) {
      changes.push({
        actionId: now.id,
        excluded: true,
        basisCost: now.cost,
        basisFunding: copyFunding(now.funding),
        basisStatus: now.status,
        ...name,
      });
      continue;
    }
    const change: ScenarioActionChange = { actionId: now.id };
    if (was.cost !== now.cost) {
      change.cost = was.cost;
      change.basisCost = now.cost;
    }
    if (!sameFunding(was.funding, now.funding)) {
      change.funding = copyFunding(was.funding);
      change.basisFunding = copyFunding(now.funding);
    }
    if (was.status !== now.status) {
      change.status = was.status;
      change.basisStatus = now.status;
    }
    if (Object.keys(change).length > 1) changes.push({ ...change, ...name });
  }
  return changes;
}

/**
 * Ta i bruk scenario: the variant `scenarioId` of `input.plan` becomes the plan. Returns
 * the plan (the variant's frame; the adopted variant replaced, in its place, by the old
 * basis as a variant) and the plan's tiltak: utelatt → avlyst, utsatt → utsatt, overrides
 * applied, the variant's own tiltak added. Applying the returned `previousBasis` to the
 * result gives back the old plan. With conflicts and no `acceptConflicts`, nothing is
 * adopted and the conflicts are returned.
 */
export function adoptScenario(
  input: KontrollInput,
  scenarioId: string,
  createdAt: string,
  newId: NewId,
  options: AdoptOptions = {},
): AdoptScenarioResult {
  const scenario = input.plan.scenarios.find((s) => s.id === scenarioId);
  if (!scenario) return { ok: false, reason: 'not-found', conflicts: [] };
  const { conflicts } = applyScenario(input, scenario);
  if (conflicts.length > 0 && !options.acceptConflicts) return { ok: false, reason: 'conflicts', conflicts };

  const language = options.language ?? 'nb';
  const texts = catalogue[language].scenario;
  const actions = adoptedActions(input, scenario);
  const frame = scenario.frame === null ? input.plan.frame : copyFrame(scenario.frame);
  const name = interpolate(texts.previousBasisName, { name: scenario.name }, language);
  const previousBasis: Scenario = {
    id: newId('scn'),
    name: name.length <= 200 ? name : `${name.slice(0, 199)}…`,
    description: interpolate(texts.previousBasisDescription, { name: scenario.name }, language),
    frame: scenario.frame === null ? null : copyFrame(input.plan.frame),
    basisFrame: scenario.frame === null ? null : copyFrame(frame),
    changes: restoringChanges(input.actions, actions),
    addedActions: [],
    createdAt,
  };
  const plan: ActionPlan = {
    ...input.plan,
    frame,
    scenarios: input.plan.scenarios.map((s) => (s.id === scenarioId ? previousBasis : s)),
  };
  return { ok: true, plan, actions, previousBasis, conflicts };
}
