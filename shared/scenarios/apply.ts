/**
 * Applying a variant (scenario) to the basis: the variant is stored as differences, so the
 * basis as it is now flows into it; where the basis changed under a recorded difference, a
 * conflict is reported and the variant's own value still applies — never silently resolved.
 */
import type { Action, Scenario, ScenarioActionChange } from '../domain/entities';
import type { KontrollInput } from '../rules/types';
import { changeConflicts, deletedConflict, makeConflict, sameFrame } from './conflicts';
import type { AppliedScenario, ScenarioConflict } from './types';

/** True when a change alters the tiltak itself (not leaving it out or postponing it). */
function altersAction(change: ScenarioActionChange): boolean {
  return change.cost !== undefined || change.funding !== undefined || change.status !== undefined;
}

/** The tiltak with a change's cost, funding and status applied (a new object; the input stays). */
export function applyActionChange(action: Action, change: ScenarioActionChange): Action {
  if (!altersAction(change)) return action;
  return {
    ...action,
    cost: change.cost ?? action.cost,
    funding: change.funding ?? action.funding,
    status: change.status ?? action.status,
  };
}

/** The changes of a scenario by tiltak id (a later change for the same tiltak wins). */
export function changesById(scenario: Scenario): Map<string, ScenarioActionChange> {
  // A loop, not new Map(changes.map(…)): no pair array per change (issue 13).
  const byId = new Map<string, ScenarioActionChange>();
  for (const change of scenario.changes) byId.set(change.actionId, change);
  return byId;
}

/**
 * Anvend scenario: the year's plan as the variant sees it. The variant's frame replaces the
 * basis' frame; utelatt (excluded) and utsatt (postponed) tiltak drop out of the year and
 * are listed separately; cost, funding and status overrides apply; the variant's own tiltak
 * are appended. Conflicts: a recorded basis value (cost, funding, status, frame) that
 * differs from the basis now, a change for a tiltak deleted from the basis, and an added
 * tiltak whose id is taken by the basis (that one is left out).
 */
export function applyScenario(input: KontrollInput, scenario: Scenario): AppliedScenario {
  const changes = changesById(scenario);
  const conflicts: ScenarioConflict[] = [];
  // Whether an id is in the basis matters only for the variant's changes and added tiltak:
  // a set of those ids (as many as the variant has), not of every basis tiltak — a hash set
  // over the whole plan costs more per tiltak the larger it grows (issue 13). A changed
  // tiltak is known to be in the basis when its change is found; the added ids are looked
  // for only when the variant adds any.
  const addedWatch = scenario.addedActions.length > 0 ? new Set(scenario.addedActions.map((a) => a.id)) : null;
  /** The changed and added ids found in the basis. */
  const basisIds = new Set<string>();
  const actions: Action[] = [];
  const postponed: Action[] = [];
  const excluded: Action[] = [];

  let frame = input.plan.frame;
  if (scenario.frame !== null) {
    frame = scenario.frame;
    const recorded = scenario.basisFrame;
    if (recorded != null && !sameFrame(recorded, input.plan.frame)) {
      conflicts.push(
        makeConflict('frame-changed', null, {
          recorded: recorded.ownFunds,
          current: input.plan.frame.ownFunds,
          override: scenario.frame.ownFunds,
        }),
      );
    }
  }

  const place = (action: Action, change: ScenarioActionChange | undefined) => {
    if (change?.excluded) excluded.push(action);
    else if (change?.postponed) postponed.push(action);
    else actions.push(change ? applyActionChange(action, change) : action);
  };

  const anyChange = changes.size > 0;
  for (const action of input.actions) {
    if (addedWatch !== null && addedWatch.has(action.id)) basisIds.add(action.id);
    const change = anyChange ? changes.get(action.id) : undefined;
    if (change === undefined) {
      actions.push(action);
      continue;
    }
    basisIds.add(action.id);
    for (const conflict of changeConflicts(action, change)) conflicts.push(conflict);
    place(action, change);
  }

  const addedIds = new Set<string>();
  for (const added of scenario.addedActions) {
    if (basisIds.has(added.id)) {
      conflicts.push(makeConflict('duplicate-action', added.id, { number: added.number, title: added.title }));
      continue;
    }
    addedIds.add(added.id);
    place(added, changes.get(added.id));
  }

  for (const change of changes.values()) {
    if (!basisIds.has(change.actionId) && !addedIds.has(change.actionId)) conflicts.push(deletedConflict(change));
  }

  return {
    input: { strategy: input.strategy, plan: { ...input.plan, frame }, actions },
    conflicts,
    postponed,
    excluded,
  };
}
