/**
 * Making and editing variants (scenarier) as differences against the basis. Every change
 * records the basis' values it was made against, so a later edit to the basis shows up as
 * a conflict instead of being silently overridden.
 */
import type { Action, BudgetFrame, Scenario, ScenarioActionChange } from '../domain/entities';
import { findings as catalogue } from '../i18n/findings';
import { formatDate } from '../input/format';
import { MAX_KRONER } from '../money/kroner';
import { fitToFrame } from '../rules/fit-to-frame';
import { interpolate } from '../rules/messages';
import type { MessageLanguage } from '../rules/messages';
import type { FitToFrameProposal, KontrollInput } from '../rules/types';
import { copyFunding, sameFunding } from './conflicts';

/** Creates ids with a readable prefix, like `newId` in shared/domain/ids. */
export type NewId = (prefix: string) => string;

const MAX_NAME = 200;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function copyFrame(frame: BudgetFrame): BudgetFrame {
  return { ...frame, targetShares: { ...frame.targetShares } };
}

/** What a change records about the basis tiltak it was made against. */
function basisRecord(action: Action): Omit<ScenarioActionChange, 'actionId'> {
  return {
    basisCost: action.cost,
    basisFunding: copyFunding(action.funding),
    basisStatus: action.status,
    basisNumber: action.number,
    basisTitle: action.title,
  };
}

/** What a variant may change on one tiltak (endring). */
export interface ActionChangePatch {
  /** Utelat (true) or ta med igjen (false). */
  excluded?: boolean;
  /** Utsett til neste år. */
  postponed?: boolean;
  cost?: number;
  funding?: Action['funding'];
  status?: Action['status'];
}

/**
 * Endre et tiltak i scenarioet: merges a patch into the variant's change for a basis
 * tiltak and records the basis' current values (so later basis edits become conflicts).
 * A patch that brings every field back to the basis removes the change. Returns a new
 * scenario.
 */
export function withActionChange(scenario: Scenario, basisAction: Action, patch: ActionChangePatch): Scenario {
  const previous = scenario.changes.find((c) => c.actionId === basisAction.id);
  const merged: ScenarioActionChange = { actionId: basisAction.id, ...basisRecord(basisAction) };
  const excluded = patch.excluded ?? previous?.excluded;
  const postponed = patch.postponed ?? previous?.postponed;
  const cost = 'cost' in patch ? patch.cost : previous?.cost;
  const funding = 'funding' in patch ? patch.funding : previous?.funding;
  const status = 'status' in patch ? patch.status : previous?.status;
  if (excluded) merged.excluded = true;
  if (postponed) merged.postponed = true;
  if (cost !== undefined && cost !== basisAction.cost) merged.cost = cost;
  if (funding !== undefined && !sameFunding(funding, basisAction.funding)) merged.funding = copyFunding(funding);
  if (status !== undefined && status !== basisAction.status) merged.status = status;
  const isEmpty =
    !merged.excluded &&
    !merged.postponed &&
    merged.cost === undefined &&
    merged.funding === undefined &&
    merged.status === undefined;
  const others = scenario.changes.filter((c) => c.actionId !== basisAction.id);
  return { ...scenario, changes: isEmpty ? others : [...others, merged] };
}

/** Fjern endringen: the variant follows the basis again for this tiltak. Returns a new scenario. */
export function withoutActionChange(scenario: Scenario, actionId: string): Scenario {
  return { ...scenario, changes: scenario.changes.filter((c) => c.actionId !== actionId) };
}

/** Endre rammen i scenarioet (null = as in the basis), recording the basis' frame. Returns a new scenario. */
export function withFrame(scenario: Scenario, basisFrame: BudgetFrame, frame: BudgetFrame | null): Scenario {
  if (frame === null) return { ...scenario, frame: null, basisFrame: null };
  return { ...scenario, frame: copyFrame(frame), basisFrame: copyFrame(basisFrame) };
}

/**
 * Godta basis som den er nå: re-records the basis' current values on the variant's changes
 * (for the given tiltak, or all), keeping the variant's own values, and drops changes for
 * tiltak deleted from the basis. This is how the user resolves a conflict by keeping the
 * variant's value; dropping the change (`withoutActionChange`) resolves it the other way.
 */
export function rebaseScenario(scenario: Scenario, input: KontrollInput, actionIds?: readonly string[]): Scenario {
  const only = actionIds ? new Set(actionIds) : null;
  const basis = new Map(input.actions.map((a) => [a.id, a]));
  const added = new Set(scenario.addedActions.map((a) => a.id));
  const changes: ScenarioActionChange[] = [];
  for (const change of scenario.changes) {
    if (only && !only.has(change.actionId)) {
      changes.push(change);
      continue;
    }
    const action = basis.get(change.actionId);
    if (action) changes.push({ ...change, ...basisRecord(action) });
    else if (added.has(change.actionId)) changes.push(change);
  }
  const rebased: Scenario = { ...scenario, changes };
  if (!only && scenario.frame !== null) rebased.basisFrame = copyFrame(input.plan.frame);
  return rebased;
}

/** Changes that postpone the given basis tiltak, each recording the basis it was made against. */
function postponeChanges(input: KontrollInput, actionIds: readonly string[]): ScenarioActionChange[] {
  // A map of the postponed tiltak only, not of the whole plan (issue 13: a hash map over
  // every tiltak costs more per tiltak as the plan grows). On a repeated id the last wins.
  const wanted = new Set(actionIds);
  const byId = new Map<string, Action>();
  for (const action of input.actions) if (wanted.has(action.id)) byId.set(action.id, action);
  const changes: ScenarioActionChange[] = [];
  for (const id of actionIds) {
    const action = byId.get(id);
    if (action) changes.push({ actionId: id, postponed: true, ...basisRecord(action) });
  }
  return changes;
}

function fitDescription(proposal: FitToFrameProposal, language: MessageLanguage): string {
  const texts = catalogue[language].scenario;
  if (proposal.frameNotSet) return texts.fitFrameNotSet;
  if (proposal.overrun === 0) return texts.fitWithin;
  const params = {
    count: proposal.actionIds.length,
    savings: proposal.savings,
    overrun: proposal.overrun,
    remaining: proposal.overrun - proposal.savings,
  };
  return interpolate(proposal.fits ? texts.fitDescription : texts.fitDescriptionNoFit, params, language);
}

/**
 * Scenario fra «Tilpass til rammen»: a new variant that postpones the tiltak `fitToFrame`
 * proposes (lowest priority first, fewest tiltak). The plan itself is not touched. When the
 * plan already fits, the variant has no changes and says so.
 */
export function scenarioFromFitToFrame(
  input: KontrollInput,
  name: string,
  createdAt: string,
  newId: NewId,
  language: MessageLanguage = 'nb',
): Scenario {
  const proposal = fitToFrame(input);
  return {
    id: newId('scn'),
    name: clip(name.trim(), MAX_NAME),
    description: fitDescription(proposal, language),
    frame: null,
    changes: postponeChanges(input, proposal.actionIds),
    addedActions: [],
    createdAt,
  };
}

/** Options for `frameCutScenario`. */
export interface FrameCutOptions {
  /** Also postpone tiltak so the plan fits the reduced frame (as `scenarioFromFitToFrame`). */
  fit?: boolean;
  language?: MessageLanguage;
}

/**
 * Redusert ramme: a variant whose frame for own funds is cut by `percent` (20 = −20 %;
 * a negative percent raises it), rounded to whole kroner (half away from zero) and kept
 * within 0 … 100 milliarder. With `fit`, it also postpones what no longer fits. Its
 * description names the frame it was cut from and the day (`createdAt`), e.g. «Egne midler
 * kuttet 20 % fra 2 000 000 kr (rammen per 30.11.2026) til 1 600 000 kr.»
 */
export function frameCutScenario(
  input: KontrollInput,
  percent: number,
  name: string,
  createdAt: string,
  newId: NewId,
  options: FrameCutOptions = {},
): Scenario {
  if (!Number.isFinite(percent)) throw new RangeError(`Invalid percent: ${percent}`);
  const language = options.language ?? 'nb';
  const basisFrame = input.plan.frame;
  const raw = (basisFrame.ownFunds * (100 - percent)) / 100;
  const ownFunds = Math.min(MAX_KRONER, Math.max(0, Math.round(raw)));
  const frame: BudgetFrame = { ...copyFrame(basisFrame), ownFunds };
  const texts = catalogue[language].scenario;
  // Says which frame it was cut from and when (the description is a snapshot: if the
  // plan's frame changes later, the variant keeps its own frame and shows a conflict).
  let description = interpolate(
    percent < 0 ? texts.frameRaiseDescription : texts.frameCutDescription,
    { percent: Math.abs(percent), from: basisFrame.ownFunds, to: ownFunds, date: formatDate(createdAt.slice(0, 10), language) },
    language,
  );
  let changes: ScenarioActionChange[] = [];
  if (options.fit) {
    const proposal = fitToFrame({ ...input, plan: { ...input.plan, frame } });
    changes = postponeChanges(input, proposal.actionIds);
    description = `${description} ${fitDescription(proposal, language)}`;
  }
  return {
    id: newId('scn'),
    name: clip(name.trim(), MAX_NAME),
    description,
    frame,
    basisFrame: copyFrame(basisFrame),
    changes,
    addedActions: [],
    createdAt,
  };
}
