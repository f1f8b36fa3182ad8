/**
 * Plan totals (summer) and totals per innsatsområde, and a tiltak's primary focus area.
 */
import type { Action, Strategy } from '../domain/entities';
import { buildKontrollContext, indexStrategy, primaryFocusAreaIdIndexed } from './context';
import type { FocusAreaTotals, KontrollInput, LineTotals, PlanTotals } from './types';

/**
 * Primært innsatsområde: the focus area of the tiltak's first satsing, else null
 * (tverrgående prosjekt or no link). Satsing ids that no longer exist are skipped. For
 * many tiltak, build `indexStrategy` once and call `primaryFocusAreaIdIndexed`.
 */
export function primaryFocusAreaId(strategy: Strategy, action: Action): string | null {
  return primaryFocusAreaIdIndexed(indexStrategy(strategy), action);
}

/**
 * Budsjett per satsing i et innsatsområde, from the kontroll's `byLine`: every satsing of
 * the area in strategy order (also those without tiltak). For `null` (tverrgående
 * prosjekter og uten satsing): the prosjekter that have active tiltak. The lines of an
 * area add up to its `byFocusArea` totals, except tiltak with neither satsing nor prosjekt.
 */
export function lineBudgets(byLine: readonly LineTotals[], focusAreaId: string | null): LineTotals[] {
  if (focusAreaId === null) return byLine.filter((l) => l.kind === 'project' && l.actionCount > 0);
  return byLine.filter((l) => l.kind === 'initiative' && l.focusAreaId === focusAreaId);
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
