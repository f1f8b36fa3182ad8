/**
 * The shared groundwork of one kontroll run: lookup maps over the strategy and each
 * active tiltak's financing and focus area, computed once in a single pass so every rule
 * is a linear pass over it (10 000 tiltak in a few milliseconds).
 */
import type { Action, Actor, CrossCuttingProject, FocusArea, Initiative, Strategy } from '../domain/entities';
import { percentOf } from '../money/kroner';
import { actionFunding, isActive } from './funding';
import { unlinkedGroupName } from './messages';
import type { ActionFunding, FocusAreaTotals, KontrollInput, LineTotals, PlanTotals, SourceFundingTotals } from './types';

/** Oppslag i strategien: satsinger, innsatsområder, tverrgående prosjekter and aktører by id. */
export interface StrategyIndex {
  initiatives: Map<string, Initiative>;
  focusAreas: Map<string, FocusArea>;
  crossCuttingProjects: Map<string, CrossCuttingProject>;
  actors: Map<string, Actor>;
}

/** Builds the strategy's lookup maps (oppslag). */
export function indexStrategy(strategy: Strategy): StrategyIndex {
  return {
    initiatives: new Map(strategy.initiatives.map((i) => [i.id, i])),
    focusAreas: new Map(strategy.focusAreas.map((f) => [f.id, f])),
    crossCuttingProjects: new Map(strategy.crossCuttingProjects.map((p) => [p.id, p])),
    actors: new Map(strategy.actors.map((a) => [a.id, a])),
  };
}

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
 * satsing that exists in the strategy (a dangling satsing id is skipped), or null when
 * there is none or that satsing's focus area does not exist. The one implementation:
 * `primaryFocusAreaId` (one tiltak, no index) calls it too.
 */
export function primaryFocusAreaIdIndexed(index: StrategyIndex, action: Action): string | null {
  const initiative = primaryInitiative(index, action);
  return initiative && index.focusAreas.has(initiative.focusAreaId) ? initiative.focusAreaId : null;
}

/** An active tiltak with its financing and primary focus area, computed once. */
export interface ActiveAction {
  action: Action;
  funding: ActionFunding;
  focusAreaId: string | null;
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

function emptyGroup(focusAreaId: string | null, name: string, targetShare: number | null): FocusAreaTotals {
  return {
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

/** Computes the kontroll's groundwork in one pass over the tiltak (kontrollgrunnlag). */
export function buildKontrollContext(input: KontrollInput): KontrollContext {
  const { strategy, plan } = input;
  const index = indexStrategy(strategy);
  const frame = plan.frame;
  const groups = new Map<string | null, FocusAreaTotals>();
  for (const area of strategy.focusAreas) {
    groups.set(area.id, emptyGroup(area.id, area.name, frame.targetShares[area.id] ?? null));
  }
  const unlinked = emptyGroup(null, unlinkedGroupName(), null);

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
    ...strategy.initiatives.map((i) => lineOf('initiative', i.id, i.name, i.focusAreaId)),
    ...strategy.crossCuttingProjects.map((p) => lineOf('project', p.id, p.name, null)),
  ]);
  const active: ActiveAction[] = [];
  for (const action of input.actions) {
    if (!isActive(action)) continue;
    const funding = actionFunding(action);
    const focusAreaId = primaryFocusAreaIdIndexed(index, action);
    active.push({ action, funding, focusAreaId });
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
    const group = (focusAreaId === null ? undefined : groups.get(focusAreaId)) ?? unlinked;
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
    // The line: the satsing behind the primary focus area, else the tverrgående prosjekt.
    const lineKey =
      focusAreaId !== null ? `initiative:${primaryInitiative(index, action)?.id}` : action.crossCuttingProjectId !== null ? `project:${action.crossCuttingProjectId}` : null;
    const line = lineKey === null ? undefined : lines.get(lineKey);
    if (line) {
      line.actionCount += 1;
      line.cost += action.cost;
      line.ownFunds += funding.own;
    }
  }
  totals.margin = frame.ownFunds - totals.ownFunds;
  totals.marginPercent = percentOf(totals.margin, frame.ownFunds);
  totals.capacityMargin = frame.capacityHours - totals.hours;

  const byFocusArea = [...groups.values()];
  if (unlinked.actionCount > 0) byFocusArea.push(unlinked);
  for (const group of byFocusArea) group.share = percentOf(group.cost, totals.cost);
  const fundingBySource = [sources.own, sources.partner, sources.external];
  return { input, index, active, totals, byFocusArea, fundingBySource, byLine: [...lines.values()] };
}
