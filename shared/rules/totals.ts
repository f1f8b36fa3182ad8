/**
 * Plan totals (summer) and totals per innsatsområde, and a tiltak's primary focus area.
 */
import type { Action, Strategy } from '../domain/entities';
import { buildKontrollContext, indexStrategy, primaryFocusAreaIdIndexed } from './context';
import type { FocusAreaTotals, KontrollInput, LineTotals, PlanTotals } from './types';

/**
 * Primært innsatsområde: the focus area of the tiltak's first satsing, else of its first
 * delmål, else its first directly linked area; null for a tiltak under only a tverrgående
 * prosjekt or with no link. Ids that no longer exist are skipped. For many tiltak, build
 * `indexStrategy` once and call `primaryFocusAreaIdIndexed` or `placeAction`.
 */
export function primaryFocusAreaId(strategy: Strategy, action: Action): string | null {
  return primaryFocusAreaIdIndexed(indexStrategy(strategy), action);
}

/**
 * Budsjett per linje i et innsatsområde, from the kontroll's `byLine`: every delmål and
 * satsing of the area in strategy order (also those without tiltak). For `null`: the
 * tverrgående prosjekter that have active tiltak — each with every tiltak under it, also
 * those counted under an area. The lines of an area add up to its `byFocusArea` totals
 * except the tiltak linked directly to the area.
 */
export function lineBudgets(byLine: readonly LineTotals[], focusAreaId: string | null): LineTotals[] {
  if (focusAreaId === null) return byLine.filter((l) => l.kind === 'project' && l.actionCount > 0);
  // Every satsing of the area (an empty one is worth seeing); a delmål only when tiltak hang under it.
  return byLine.filter((l) => l.focusAreaId === focusAreaId && (l.kind === 'initiative' || (l.kind === 'subGoal' && l.actionCount > 0)));
}

/** Summer for årets plan over the active tiltak, with margin against the frame. */
export function computeTotals(input: KontrollInput): PlanTotals {
  return buildKontrollContext(input).totals;
}

/**
 * Summer per innsatsområde: every focus area of the strategy in its order, then the group
 * `null` («Tverrgående prosjekter og uten satsing») only when it has active tiltak.
 * The groups add up to `computeTotals`.
 */
export function totalsByFocusArea(input: KontrollInput): FocusAreaTotals[] {
  return buildKontrollContext(input).byFocusArea;
}
