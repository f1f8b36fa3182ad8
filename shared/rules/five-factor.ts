/**
 * 5-faktormodellen: which actor categories (offentlig myndighet, gründermiljø, forskning og
 * utdanning, næringsliv, kapital) a year's plan and each of its innsatsområder involves
 * through the active tiltak's samarbeidspartnere and the actors of their finansieringslinjer.
 *
 * What the strategy counts on: all five when the strategy says so — its template declares
 * it (the Østfold platform: «skal representere alle deler av 5-faktormodellen», see
 * `templateCountsOnFiveFactors`) or its aktørregister holds actors of all five categories;
 * otherwise the categories its aktørregister holds (a strategy that registers no capital
 * actors is not told that capital is missing). A missing category gives a warning on the
 * plan and a note on each innsatsområde with active tiltak.
 */
import { ACTOR_CATEGORIES } from '../domain/entities';
import type { ActionPlan, ActorCategory, Action, Finding, Strategy } from '../domain/entities';
import { templateCountsOnFiveFactors } from '../templates';
import { buildKontrollContext } from './context';
import { makeFinding, unlinkedGroupName } from './messages';
import type { FindingCode } from './types';

/** Number of active tiltak that involve each category (per kategori). */
export type CategoryCounts = Record<ActorCategory, number>;

/** 5-faktordekning for the plan or one innsatsområde. */
export interface FiveFactorGroup {
  /** Innsatsområde id; null = the plan as a whole (for `plan`) or tiltak without an area. */
  focusAreaId: string | null;
  name: string;
  /** Active tiltak in the group. */
  actionCount: number;
  /** Per category: active tiltak with a partner or funder of it. */
  categories: CategoryCounts;
  /** Categories the strategy counts on that no tiltak in the group involves, in model order. */
  missing: ActorCategory[];
}

/** 5-faktormodellen for one year's plan. */
export interface FiveFactorCoverage {
  /** Categories the strategy counts on (those in its aktørregister), in model order. */
  expected: ActorCategory[];
  /** True when the strategy counts on all five categories. */
  countsOnAll: boolean;
  plan: FiveFactorGroup;
  /** Every focus area in strategy order, then tiltak without an area when there are any. */
  byFocusArea: FiveFactorGroup[];
  findings: Finding[];
}

/** Finding code for a missing category (funnkode). */
export function fiveFactorMissingCode(category: ActorCategory): FindingCode {
  return `five-factor-missing-${category}`;
}

function emptyCounts(): CategoryCounts {
  return { public: 0, entrepreneur: 0, research: 0, business: 0, capital: 0 };
}

function emptyGroup(focusAreaId: string | null, name: string): FiveFactorGroup {
  return { focusAreaId, name, actionCount: 0, categories: emptyCounts(), missing: [] };
}

/**
 * Aktørkategorier i 5-faktormodellen per plan and per innsatsområde (see the module
 * comment for what the strategy counts on and the findings).
 */
export function fiveFactorCoverage(strategy: Strategy, plan: ActionPlan, actions: readonly Action[]): FiveFactorCoverage {
  const context = buildKontrollContext({ strategy, plan, actions });
  const registered = new Set(strategy.actors.map((a) => a.category));
  const expected = templateCountsOnFiveFactors(strategy.templateId) ? [...ACTOR_CATEGORIES] : ACTOR_CATEGORIES.filter((c) => registered.has(c));
  const whole = emptyGroup(null, strategy.name);
  const groups = new Map<string | null, FiveFactorGroup>(strategy.focusAreas.map((f) => [f.id, emptyGroup(f.id, f.name)]));
  const unlinked = emptyGroup(null, unlinkedGroupName());
  for (const { action, focusAreaId } of context.active) {
    const involved = new Set<ActorCategory>();
    const actorIds = [...action.partnerIds, ...action.funding.map((l) => l.actorId)];
    for (const id of actorIds) {
      const actor = id === null ? undefined : context.index.actors.get(id);
      if (actor) involved.add(actor.category);
    }
    const group = (focusAreaId === null ? undefined : groups.get(focusAreaId)) ?? unlinked;
    for (const target of [whole, group]) {
      target.actionCount += 1;
      for (const category of involved) target.categories[category] += 1;
    }
  }
  const byFocusArea = [...groups.values()];
  if (unlinked.actionCount > 0) byFocusArea.push(unlinked);
  const findings: Finding[] = [];
  for (const group of [whole, ...byFocusArea]) {
    group.missing = expected.filter((c) => group.categories[c] === 0);
  }
  for (const category of whole.missing) {
    findings.push(makeFinding('warning', fiveFactorMissingCode(category), { kind: 'plan', id: plan.id }, { name: String(plan.year) }));
  }
  for (const group of byFocusArea) {
    if (group.focusAreaId === null || group.actionCount === 0) continue;
    for (const category of group.missing) {
      findings.push(makeFinding('info', fiveFactorMissingCode(category), { kind: 'focusArea', id: group.focusAreaId }, { name: group.name }));
    }
  }
  return { expected, countsOnAll: expected.length === ACTOR_CATEGORIES.length, plan: whole, byFocusArea, findings };
}
