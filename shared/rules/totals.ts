/**
 * Plan totals (summer) and totals per innsatsområde, and a tiltak's primary focus area.
 */
import type { Action, Strategy } from '../domain/entities';
import { buildKontrollContext } from './context';
import type { FocusAreaTotals, KontrollInput, PlanTotals } from './types';

/**
 * Primært innsatsområde: the focus area of the tiltak's first satsing, else null
 * (tverrgående prosjekt or no link). Satsing ids that no longer exist are skipped.
 */
export function primaryFocusAreaId(strategy: Strategy, action: Action): string | null {
  for (const initiativeId of action.initiativeIds) {
    const initiative = strategy.initiatives.find((i) => i.id === initiativeId);
    if (initiative) {
      return strategy.focusAreas.some((f) => f.id === initiative.focusAreaId) ? initiative.focusAreaId : null;
    }
  }
  return null;
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
