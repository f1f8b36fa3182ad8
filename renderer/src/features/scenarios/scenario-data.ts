/**
 * What the Scenarier screens show, computed from the document: the rows of a variant's
 * tiltak table (basis value, the variant's value, whether it is changed or in conflict),
 * the comparison selection (2–4 columns), and texts for conflicts in the UI's language.
 */
import { ACTIVE_STATUSES } from '@shared/domain';
import type { Action, ActionStatus, FundingLine, Scenario, ScenarioActionChange } from '@shared/domain';
import { findings as findingCatalogue } from '@shared/i18n/findings';
import { actionFunding, interpolate } from '@shared/rules';
import type { KontrollInput, MessageLanguage } from '@shared/rules';
import type { ScenarioConflict, ScenarioConflictKind, ScenarioSummary } from '@shared/scenarios';

/** Key of the basis in a comparison selection. */
export const BASIS_KEY = 'basis';

/** Fewest and most columns a comparison shows. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

/** One tiltak as a variant has it, beside the basis. */
export interface VariantRow {
  /** The tiltak the variant starts from (a basis tiltak, or one only the variant has). */
  action: Action;
  isAdded: boolean;
  change: ScenarioActionChange | undefined;
  /** Counts this year in the variant (active and not utelatt / utsatt). */
  isIncluded: boolean;
  isPostponed: boolean;
  /** Status in the variant. */
  status: ActionStatus;
  cost: number;
  ownFunds: number;
  funding: FundingLine[];
  /** Own funds in the basis (0 for an added tiltak). */
  basisOwnFunds: number;
  /** The row differs from the basis. */
  isChanged: boolean;
  /** Kinds of conflict the variant has for this tiltak. */
  conflicts: ScenarioConflictKind[];
}

function ownFundsOf(funding: readonly FundingLine[]): number {
  let sum = 0;
  for (const line of funding) if (line.source === 'own') sum += line.amount;
  return sum;
}

/** The variant's tiltak table: every basis tiltak in plan order, then the variant's own. */
export function variantRows(input: KontrollInput, scenario: Scenario, conflicts: readonly ScenarioConflict[]): VariantRow[] {
  const changes = new Map(scenario.changes.map((c) => [c.actionId, c]));
  const conflictKinds = new Map<string, ScenarioConflictKind[]>();
  for (const c of conflicts) {
    if (c.actionId === null) continue;
    conflictKinds.set(c.actionId, [...(conflictKinds.get(c.actionId) ?? []), c.kind]);
  }
  const basisIds = new Set(input.actions.map((a) => a.id));
  const row = (action: Action, isAdded: boolean): VariantRow => {
    const change = changes.get(action.id);
    const status = change?.status ?? action.status;
    const funding = change?.funding ?? action.funding;
    const isPostponed = change?.postponed === true;
    const isExcluded = change?.excluded === true;
    return {
      action,
      isAdded,
      change,
      isIncluded: !isExcluded && !isPostponed && ACTIVE_STATUSES.includes(status),
      isPostponed,
      status,
      cost: change?.cost ?? action.cost,
      ownFunds: ownFundsOf(funding),
      funding,
      basisOwnFunds: isAdded ? 0 : actionFunding(action).own,
      isChanged: isAdded || change !== undefined,
      conflicts: conflictKinds.get(action.id) ?? [],
    };
  };
  return [
    ...input.actions.map((a) => row(a, false)),
    ...scenario.addedActions.filter((a) => !basisIds.has(a.id)).map((a) => row(a, true)),
  ];
}

/** The key of a comparison column: the basis or a scenario id. */
export function summaryKey(summary: Pick<ScenarioSummary, 'scenarioId'>): string {
  return summary.scenarioId ?? BASIS_KEY;
}

/** The columns compared before the user picks: the basis and the first variants, at most four. */
export function defaultSelection(scenarios: readonly Pick<Scenario, 'id'>[]): string[] {
  return [BASIS_KEY, ...scenarios.slice(0, MAX_COMPARED - 1).map((s) => s.id)];
}

/** The selection with stale ids (deleted variants) dropped, in the order of the list. */
export function cleanSelection(selected: readonly string[], scenarios: readonly Pick<Scenario, 'id'>[]): string[] {
  const order = [BASIS_KEY, ...scenarios.map((s) => s.id)];
  const chosen = new Set(selected);
  return order.filter((key) => chosen.has(key)).slice(0, MAX_COMPARED);
}

/** Toggles one key, never beyond `MAX_COMPARED`. */
export function toggleSelection(selected: readonly string[], key: string): string[] {
  if (selected.includes(key)) return selected.filter((k) => k !== key);
  if (selected.length >= MAX_COMPARED) return [...selected];
  return [...selected, key];
}

/** A conflict's message in the UI language (the catalogue's `finding.conflict.<kind>`). */
export function conflictText(conflict: Pick<ScenarioConflict, 'kind' | 'params'>, language: MessageLanguage): string {
  return interpolate(findingCatalogue[language].conflict[conflict.kind], conflict.params, language);
}

/** Counts of what adopting a variant does to the plan (for the confirmation). */
export interface AdoptionCounts {
  postponed: number;
  removed: number;
  changed: number;
  added: number;
}

/** Counts by kind of difference. */
export function adoptionCounts(summary: Pick<ScenarioSummary, 'differences'>): AdoptionCounts {
  const counts: AdoptionCounts = { postponed: 0, removed: 0, changed: 0, added: 0 };
  for (const d of summary.differences) counts[d.kind] += 1;
  return counts;
}

/** A signed amount for a difference column: «+50 000 kr», «−20 000 kr», «0 kr». */
export function signedKroner(value: number, format: (v: number) => string): string {
  if (value > 0) return `+${format(value)}`;
  if (value < 0) return `−${format(-value)}`;
  return format(0);
}
