/**
 * Coverage (PRODUCT.md §4.4): satsinger, innsatsområder and overordnede strategier that no
 * active tiltak serves, and each focus area's share of the cost against its target share.
 */
import type { Finding } from '../domain/entities';
import { buildKontrollContext, passRule } from './context';
import type { KontrollContext, StrategyIndex } from './context';
import { makeFinding } from './messages';
import type { KontrollInput } from './types';

/**
 * Tolerated deviation from a target share, in percentage points (prosentpoeng). A focus
 * area whose share of the cost deviates by MORE than this from its target share gets
 * 'share-off-target'; exactly 5 points is still on target.
 */
export const SHARE_TOLERANCE_POINTS = 5;

/** Longest text of an overordnet strategi quoted in a message. */
const MAX_QUOTED = 120;

function quote(text: string): string {
  const t = text.trim();
  return t.length <= MAX_QUOTED ? t : `${t.slice(0, MAX_QUOTED - 1).trimEnd()}…`;
}

/** Satsing uten tiltak: 'initiative-uncovered' (info) for each satsing no active tiltak hangs under. */
export const initiativeUncoveredFindings = passRule<Set<string>>({
  start: () => new Set<string>(),
  step: ({ action }, covered) => {
    for (const id of action.initiativeIds) covered.add(id);
  },
  finish: (covered, input, context) => initiativeUncoveredFrom(input, context.index, covered),
});

/** What a coverage rule asks of the ids it has seen served (dekket): a Set, or the incremental kontroll's counts. */
export interface CoveredIds {
  has(id: string): boolean;
}

/** 'initiative-uncovered' for every satsing not in `covered` (the ids of the satsinger the active tiltak hang under). */
export function initiativeUncoveredFrom(input: KontrollInput, index: StrategyIndex, covered: CoveredIds): Finding[] {
  const out: Finding[] = [];
  for (const initiative of input.strategy.initiatives) {
    if (covered.has(initiative.id)) continue;
    const focusArea = index.focusAreas.get(initiative.focusAreaId)?.name ?? '—';
    out.push(
      makeFinding('info', 'initiative-uncovered', { kind: 'initiative', id: initiative.id }, { name: initiative.name, focusArea }),
    );
  }
  return out;
}

/**
 * Innsatsområde uten tiltak: 'focus-area-uncovered' (warning) for each innsatsområde or
 * støtteområde that no active tiltak reaches — directly, through any of its delmål or
 * satsinger (not only the first) or through a tverrgående prosjekt linked to the area.
 */
export const focusAreaUncoveredFindings = passRule<Set<string>>({
  start: () => new Set<string>(),
  step: ({ action }, covered, context) => {
    const { initiatives, crossCuttingProjects, subGoals } = context.index;
    for (const id of action.initiativeIds) {
      const initiative = initiatives.get(id);
      if (initiative) covered.add(initiative.focusAreaId);
    }
    for (const id of action.subGoalIds) {
      const hit = subGoals.get(id);
      if (hit) covered.add(hit.focusAreaId);
    }
    for (const id of action.focusAreaIds) covered.add(id);
    if (action.crossCuttingProjectId !== null) {
      for (const id of crossCuttingProjects.get(action.crossCuttingProjectId)?.focusAreaIds ?? []) covered.add(id);
    }
  },
  finish: (covered, input) => focusAreaUncoveredFrom(input, covered),
});

/** 'focus-area-uncovered' for every innsatsområde not in `covered` (the areas the active tiltak reach). */
export function focusAreaUncoveredFrom(input: KontrollInput, covered: CoveredIds): Finding[] {
  const out: Finding[] = [];
  for (const area of input.strategy.focusAreas) {
    if (covered.has(area.id)) continue;
    out.push(makeFinding('warning', 'focus-area-uncovered', { kind: 'focusArea', id: area.id }, { name: area.name }));
  }
  return out;
}

/**
 * Overordnet strategi uten tiltak: 'strategy-uncovered' (info) for each guiding strategy
 * that no active tiltak serves, neither directly (`guidingStrategyIds` on the tiltak) nor
 * through one of its satsinger's `guidingStrategyIds`.
 */
export const strategyUncoveredFindings = passRule<{ covered: Set<string>; seenInitiatives: Set<string> }>({
  start: () => ({ covered: new Set<string>(), seenInitiatives: new Set<string>() }),
  step: ({ action }, { covered, seenInitiatives }, context) => {
    for (const id of action.guidingStrategyIds) covered.add(id);
    for (const id of action.initiativeIds) {
      if (seenInitiatives.has(id)) continue;
      seenInitiatives.add(id);
      for (const s of context.index.initiatives.get(id)?.guidingStrategyIds ?? []) covered.add(s);
    }
  },
  finish: ({ covered }, input) => strategyUncoveredFrom(input, covered),
});

/** 'strategy-uncovered' for every overordnet strategi not in `covered` (those the active tiltak serve). */
export function strategyUncoveredFrom(input: KontrollInput, covered: CoveredIds): Finding[] {
  const out: Finding[] = [];
  for (const strategy of input.strategy.guidingStrategies) {
    if (covered.has(strategy.id)) continue;
    out.push(
      makeFinding('info', 'strategy-uncovered', { kind: 'guidingStrategy', id: strategy.id }, { text: quote(strategy.text) }),
    );
  }
  return out;
}

/**
 * Andel mot målandel: 'share-off-target' (warning) when a focus area with a target share
 * has a share of the plan's cost more than `SHARE_TOLERANCE_POINTS` away from it. Nothing
 * is said while the plan's cost is 0. The comparison is on the exact share; the message
 * shows the shares with one decimal.
 */
export function shareOffTargetFindings(input: KontrollInput, context: KontrollContext = buildKontrollContext(input)): Finding[] {
  const totalCost = context.totals.cost;
  if (totalCost <= 0) return [];
  const out: Finding[] = [];
  for (const group of context.byFocusArea) {
    const { focusAreaId, targetShare: target, share } = group;
    if (focusAreaId === null || target === null || share === null) continue;
    // |cost/total·100 − target| > tolerance, without dividing.
    if (Math.abs(group.cost * 100 - target * totalCost) <= SHARE_TOLERANCE_POINTS * totalCost) continue;
    const deviation = Math.round((share - target) * 10) / 10;
    out.push(
      makeFinding(
        'warning',
        'share-off-target',
        { kind: 'focusArea', id: focusAreaId },
        { name: group.name, share, target, deviation, tolerance: SHARE_TOLERANCE_POINTS },
        group.cost,
      ),
    );
  }
  return out;
}
