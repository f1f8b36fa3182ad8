/**
 * The shared groundwork of one kontroll run: lookup maps over the strategy and each
 * active tiltak's financing and focus area, computed once in a single pass so every rule
 * is a linear pass over it (10 000 tiltak in a few milliseconds).
 */
import type { Action, Actor, CrossCuttingProject, FocusArea, Finding, Initiative, Strategy, SubGoal } from '../domain/entities';
import { percentOf } from '../money/kroner';
import { actionFunding, isActive } from './funding';
import { projectsGroupName, unlinkedGroupName } from './messages';
import type { ActionFunding, FocusAreaTotals, GroupKind, KontrollInput, LineTotals, PlanTotals, SourceFundingTotals } from './types';

/** Oppslag i strategien: satsinger, innsatsområder, delmål, tverrgående prosjekter and aktører by id. */
export interface StrategyIndex {
  initiatives: Map<string, Initiative>;
  focusAreas: Map<string, FocusArea>;
  /** Delmål id → its innsatsområde, the delmål and its line key (`subGoal:<id>`). */
  subGoals: Map<string, { focusAreaId: string; subGoal: SubGoal; lineKey: string }>;
  crossCuttingProjects: Map<string, CrossCuttingProject>;
  actors: Map<string, Actor>;
  /**
   * Satsing id → its line key (`initiative:<id>`), built once: every tiltak under a satsing
   * gets the same string, not a new one per tiltak (which every map keyed by line then
   * hashes anew — at 200 000 tiltak, 200 000 strings; issue 13).
   */
  initiativeLineKeys: Map<string, string>;
}

/** Builds the strategy's lookup maps (oppslag). */
export function indexStrategy(strategy: Strategy): StrategyIndex {
  return {
    initiatives: new Map(strategy.initiatives.map((i) => [i.id, i])),
    focusAreas: new Map(strategy.focusAreas.map((f) => [f.id, f])),
    subGoals: new Map(strategy.focusAreas.flatMap((f) => f.subGoals.map((subGoal) => [subGoal.id, { focusAreaId: f.id, subGoal, lineKey: `subGoal:${subGoal.id}` }] as const))),
    crossCuttingProjects: new Map(strategy.crossCuttingProjects.map((p) => [p.id, p])),
    actors: new Map(strategy.actors.map((a) => [a.id, a])),
    initiativeLineKeys: new Map(strategy.initiatives.map((i) => [i.id, `initiative:${i.id}`])),
  };
}

/**
 * Tiltakets plassering (kobling) in the føringer, deepest level first: its first satsing
 * that exists, else its first delmål, else its first innsatsområde linked directly; and its
 * tverrgående prosjekt when that exists. Dangling ids are skipped.
 */
export interface ActionPlacement {
  /** Primært innsatsområde (null: none). */
  focusAreaId: string | null;
  /** The line the tiltak counts under inside its area: `initiative:<id>` or `subGoal:<id>`; null when it hangs directly under the area or has no area. */
  lineKey: string | null;
  /** Tverrgående prosjekt that exists, or null. */
  projectId: string | null;
}

/** Where a tiltak hangs (plassering), with a prebuilt index. The one implementation every screen's grouping follows. */
export function placeAction(index: StrategyIndex, action: Action): ActionPlacement {
  const projectId = action.crossCuttingProjectId !== null && index.crossCuttingProjects.has(action.crossCuttingProjectId) ? action.crossCuttingProjectId : null;
  const initiative = primaryInitiative(index, action);
  if (initiative && index.focusAreas.has(initiative.focusAreaId)) {
    return { focusAreaId: initiative.focusAreaId, lineKey: index.initiativeLineKeys.get(initiative.id) ?? `initiative:${initiative.id}`, projectId };
  }
  for (const id of action.subGoalIds) {
    const hit = index.subGoals.get(id);
    if (hit) return { focusAreaId: hit.focusAreaId, lineKey: hit.lineKey, projectId };
  }
  for (const id of action.focusAreaIds) {
    if (index.focusAreas.has(id)) return { focusAreaId: id, lineKey: null, projectId };
  }
  return { focusAreaId: null, lineKey: null, projectId };
}

/**
 * Gruppenøkkel: the group a tiltak is counted under — `area:<id>`, `projects` (only a
 * tverrgående prosjekt) or `unlinked` (no link at all, «Uten kobling»).
 */
export function groupKeyOf(placement: ActionPlacement): string {
  if (placement.focusAreaId !== null) return `area:${placement.focusAreaId}`;
  return placement.projectId !== null ? PROJECTS_GROUP_KEY : UNLINKED_GROUP_KEY;
}

/** Key of the group «Tverrgående prosjekter» (tiltak only under a prosjekt). */
export const PROJECTS_GROUP_KEY = 'projects';
/** Key of the group «Uten kobling». */
export const UNLINKED_GROUP_KEY = 'unlinked';

/**
 * Primær satsing: the tiltak's first satsing that exists in the strategy (a dangling
 * satsing id is skipped), or null.
 */
export function primaryInitiative(index: StrategyIndex, action: Action): Initiative | null {
  for (const initiativeId of action.initiativeIds) {
    const initiative = index.initiatives.get(initiativeId);
    if (initiative) return initiative;
  }
  return null;
}

/**
 * Primært innsatsområde with a prebuilt index: the focus area of the tiltak's first
 * satsing, else of its first delmål, else its first directly linked area (dangling ids
 * skipped), or null. The one implementation: `primaryFocusAreaId` (one tiltak, no index)
 * calls it too.
 */
export function primaryFocusAreaIdIndexed(index: StrategyIndex, action: Action): string | null {
  return placeAction(index, action).focusAreaId;
}

/** An active tiltak with its financing and placement, computed once. */
export interface ActiveAction {
  action: Action;
  funding: ActionFunding;
  focusAreaId: string | null;
  placement: ActionPlacement;
}

/** Everything the rules share for one run (kontrollgrunnlag). */
export interface KontrollContext {
  input: KontrollInput;
  index: StrategyIndex;
  /** Active tiltak in input order. */
  active: ActiveAction[];
  totals: PlanTotals;
  byFocusArea: FocusAreaTotals[];
  fundingBySource: SourceFundingTotals[];
  byLine: LineTotals[];
}

function emptySource(source: SourceFundingTotals['source']): SourceFundingTotals {
  return { source, confirmed: 0, applied: 0, planned: 0, total: 0 };
}

function emptyGroup(kind: GroupKind, focusAreaId: string | null, name: string, targetShare: number | null): FocusAreaTotals {
  return {
    key: focusAreaId !== null ? `area:${focusAreaId}` : kind === 'projects' ? PROJECTS_GROUP_KEY : UNLINKED_GROUP_KEY,
    kind,
    focusAreaId,
    name,
    cost: 0,
    ownFunds: 0,
    partnerFunds: 0,
    externalFunds: 0,
    uncovered: 0,
    hours: 0,
    actionCount: 0,
    share: null,
    targetShare,
  };
}

function addToLine(line: LineTotals | undefined, cost: number, ownFunds: number): void {
  if (!line) return;
  line.actionCount += 1;
  line.cost += cost;
  line.ownFunds += ownFunds;
}

/**
 * Gjenbruk: an earlier run's entry for the active tiltak `action` at `position` of the
 * tiltak list, or undefined. An entry is taken only for the very same tiltak object (its
 * financing and placement are those of the object, under the same strategy).
 */
export type ReuseActive = (action: Action, position: number) => ActiveAction | undefined;

/**
 * Computes the kontroll's groundwork in one pass over the tiltak (kontrollgrunnlag). With
 * `reuse`, an active tiltak's financing and placement come from an earlier run's entry
 * where it has one for the same tiltak object under the same strategy (the sums are added
 * up as for any other).
 */
export function buildKontrollContext(input: KontrollInput, reuse?: ReuseActive): KontrollContext {
  const { strategy, plan } = input;
  const index = indexStrategy(strategy);
  const frame = plan.frame;
  const groups = new Map<string | null, FocusAreaTotals>();
  for (const area of strategy.focusAreas) {
    groups.set(area.id, emptyGroup('area', area.id, area.name, frame.targetShares[area.id] ?? null));
  }
  const projectsOnly = emptyGroup('projects', null, projectsGroupName(), null);
  const unlinked = emptyGroup('unlinked', null, unlinkedGroupName(), null);

  const totals: PlanTotals = {
    cost: 0,
    ownFunds: 0,
    partnerFunds: 0,
    externalFunds: 0,
    uncovered: 0,
    frameOwnFunds: frame.ownFunds,
    margin: 0,
    marginPercent: null,
    hours: 0,
    capacityHours: frame.capacityHours,
    capacityMargin: 0,
    confirmedFunds: 0,
    appliedFunds: 0,
    plannedFunds: 0,
    activeActions: 0,
  };
  const sources = { own: emptySource('own'), partner: emptySource('partner'), external: emptySource('external') };
  const lineOf = (kind: LineTotals['kind'], id: string, name: string, focusAreaId: string | null): [string, LineTotals] => [
    `${kind}:${id}`,
    { kind, id, name, focusAreaId, actionCount: 0, cost: 0, ownFunds: 0 },
  ];
  const lines = new Map<string, LineTotals>([
    ...strategy.focusAreas.flatMap((f) => f.subGoals.map((g) => lineOf('subGoal', g.id, g.text, f.id))),
    ...strategy.initiatives.map((i) => lineOf('initiative', i.id, i.name, i.focusAreaId)),
    ...strategy.crossCuttingProjects.map((p) => lineOf('project', p.id, p.name, null)),
  ]);
  // The tverrgående prosjekt's line by the prosjekt's id (no key string built per tiltak).
  const projectLines = new Map<string, LineTotals>();
  for (const p of strategy.crossCuttingProjects) {
    const line = lines.get(`project:${p.id}`);
    if (line) projectLines.set(p.id, line);
  }
  const active: ActiveAction[] = [];
  const actions = input.actions;
  for (let position = 0; position < actions.length; position++) {
    const action = actions[position] as Action;
    if (!isActive(action)) continue;
    let item = reuse?.(action, position);
    if (item?.action !== action) {
      const placement = placeAction(index, action);
      item = { action, funding: actionFunding(action), focusAreaId: placement.focusAreaId, placement };
    }
    const { funding, placement, focusAreaId } = item;
    active.push(item);
    totals.cost += action.cost;
    totals.ownFunds += funding.own;
    totals.partnerFunds += funding.partner;
    totals.externalFunds += funding.external;
    totals.uncovered += funding.uncovered;
    totals.hours += action.hours;
    totals.confirmedFunds += funding.confirmed;
    totals.appliedFunds += funding.applied;
    totals.plannedFunds += funding.planned;
    totals.activeActions += 1;
    const group = (focusAreaId === null ? undefined : groups.get(focusAreaId)) ?? (placement.projectId !== null ? projectsOnly : unlinked);
    group.cost += action.cost;
    group.ownFunds += funding.own;
    group.partnerFunds += funding.partner;
    group.externalFunds += funding.external;
    group.uncovered += funding.uncovered;
    group.hours += action.hours;
    group.actionCount += 1;
    for (const line of action.funding) {
      const row = sources[line.source];
      row[line.status] += line.amount;
      row.total += line.amount;
    }
    // The line inside the area (satsing or delmål), and — besides — the tverrgående prosjekt.
    if (placement.lineKey !== null) addToLine(lines.get(placement.lineKey), action.cost, funding.own);
    if (placement.projectId !== null) addToLine(projectLines.get(placement.projectId), action.cost, funding.own);
  }
  totals.margin = frame.ownFunds - totals.ownFunds;
  totals.marginPercent = percentOf(totals.margin, frame.ownFunds);
  totals.capacityMargin = frame.capacityHours - totals.hours;

  const byFocusArea = [...groups.values()];
  if (projectsOnly.actionCount > 0) byFocusArea.push(projectsOnly);
  if (unlinked.actionCount > 0) byFocusArea.push(unlinked);
  for (const group of byFocusArea) group.share = percentOf(group.cost, totals.cost);
  const fundingBySource = [sources.own, sources.partner, sources.external];
  return { input, index, active, totals, byFocusArea, fundingBySource, byLine: [...lines.values()] };
}

/**
 * Sjekk per tiltak: one active tiltak's part of a rule that looks at one tiltak at a time —
 * it pushes the rule's findings about `item` to `out`.
 */
export type ActiveCheck = (item: ActiveAction, input: KontrollInput, context: KontrollContext, out: Finding[]) => void;

/** A kontroll rule over every active tiltak (same signature as `KontrollRule`, context optional). */
export type PerActionRule = (input: KontrollInput, context?: KontrollContext) => Finding[];

const activeChecks = new WeakMap<object, ActiveCheck>();

/**
 * Regel per tiltak: the rule that runs `check` over every active tiltak in order. The
 * check is kept beside the rule (`activeCheckOf`) so the full kontroll can run every such
 * rule in one pass over the tiltak, not one pass per rule (issue 13: at 200 000 tiltak
 * each pass over the plan is a walk through memory that no cache holds).
 */
export function perActionRule(check: ActiveCheck): PerActionRule {
  const rule: PerActionRule = (input, context = buildKontrollContext(input)) => {
    const out: Finding[] = [];
    for (const item of context.active) check(item, input, context, out);
    return out;
  };
  activeChecks.set(rule, check);
  return rule;
}

/** The per-tiltak check of a rule made by `perActionRule`, or undefined for any other rule. */
export function activeCheckOf(rule: (input: KontrollInput, context: KontrollContext) => Finding[]): ActiveCheck | undefined {
  return activeChecks.get(rule);
}

/**
 * Regel med ett pass: a rule that gathers what it needs from each active tiltak in turn
 * (`step`) and gives its findings at the end (`finish`) — the coverage rules. Like
 * `perActionRule`, the full kontroll runs it inside its one pass over the tiltak.
 */
export interface ActivePass<S> {
  start(input: KontrollInput, context: KontrollContext): S;
  step(item: ActiveAction, state: S, context: KontrollContext): void;
  finish(state: S, input: KontrollInput, context: KontrollContext): Finding[];
}

const activePasses = new WeakMap<object, ActivePass<unknown>>();

/** The rule that runs `pass` over every active tiltak; the pass is kept beside it (`activePassOf`). */
export function passRule<S>(pass: ActivePass<S>): PerActionRule {
  const rule: PerActionRule = (input, context = buildKontrollContext(input)) => {
    const state = pass.start(input, context);
    for (const item of context.active) pass.step(item, state, context);
    return pass.finish(state, input, context);
  };
  activePasses.set(rule, pass as ActivePass<unknown>);
  return rule;
}

/** The pass of a rule made by `passRule`, or undefined for any other rule. */
export function activePassOf(rule: (input: KontrollInput, context: KontrollContext) => Finding[]): ActivePass<unknown> | undefined {
  return activePasses.get(rule);
}
