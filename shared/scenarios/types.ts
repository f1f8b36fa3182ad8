/**
 * Types for scenarios (scenarier): the result of applying a variant to the basis, the
 * conflicts found when the basis changed underneath a variant, and the comparison.
 */
import type { Action, ActionPlan, ActionStatus, Scenario } from '../domain/entities';
import type { FocusAreaTotals, KontrollInput, PlanTotals } from '../rules/types';

/** Every kind of scenario conflict (konflikt mellom scenario og basis). */
export const SCENARIO_CONFLICT_KINDS = [
  'action-deleted',
  'cost-changed',
  'funding-changed',
  'status-changed',
  'frame-changed',
  'duplicate-action',
] as const;

/** Konflikttype. The i18n key of its message is `finding.conflict.<kind>`. */
export type ScenarioConflictKind = (typeof SCENARIO_CONFLICT_KINDS)[number];

/**
 * Konflikt: the basis changed after the variant recorded it. Shown to the user, never
 * silently resolved — the variant's own change still applies (except for a deleted tiltak,
 * whose change has nothing left to apply to).
 */
export interface ScenarioConflict {
  kind: ScenarioConflictKind;
  /** The tiltak concerned; null for the frame. */
  actionId: string | null;
  /** Norwegian message naming the tiltak and saying what changed. */
  message: string;
  /** Values for `finding.conflict.<kind>` in another language. */
  params: Record<string, string | number>;
}

/** A variant applied to the basis (scenario anvendt på basis). */
export interface AppliedScenario {
  /** The year's plan as the variant sees it: frame and tiltak after the changes. */
  input: KontrollInput;
  conflicts: ScenarioConflict[];
  /** Tiltak the variant postpones to next year (utsatt); not in `input.actions`. */
  postponed: Action[];
  /** Tiltak the variant leaves out (utelatt); not in `input.actions`. */
  excluded: Action[];
}

/** Kind of difference between a variant and the basis for one tiltak. */
export type ActionDifferenceKind = 'added' | 'removed' | 'postponed' | 'changed';

/** One tiltak's amounts on one side of a comparison. */
export interface ActionSide {
  cost: number;
  ownFunds: number;
  totalFunding: number;
  uncovered: number;
  status: ActionStatus;
}

/** A tiltak that differs between the variant and the basis (with amounts). */
export interface ActionDifference {
  actionId: string;
  number: string;
  title: string;
  kind: ActionDifferenceKind;
  /** The tiltak in the basis; null when added by the variant. */
  basis: ActionSide | null;
  /** The tiltak in the variant; null when removed or postponed. */
  scenario: ActionSide | null;
  /** Variant's cost − basis' cost (a missing side counts 0). */
  costDelta: number;
  /** Variant's own funds − basis' own funds (a missing side counts 0). */
  ownFundsDelta: number;
}

/** Number of findings per severity. */
export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
}

/** One column of a scenario comparison (the basis or one variant). */
export interface ScenarioSummary {
  /** Scenario id; null for the basis. */
  scenarioId: string | null;
  name: string;
  totals: PlanTotals;
  byFocusArea: FocusAreaTotals[];
  /** Financing by status (bekreftet / søkt / planlagt), all sources, active tiltak. */
  fundingByStatus: { confirmed: number; applied: number; planned: number };
  findingCounts: FindingCounts;
  conflicts: ScenarioConflict[];
  /** Ids of the tiltak the variant postpones. */
  postponedIds: string[];
  /** Tiltak that differ from the basis, in basis order, then added ones. */
  differences: ActionDifference[];
}

/** Side-by-side comparison (scenariosammenligning): the basis first, then each variant. */
export interface ScenarioComparison {
  basis: ScenarioSummary;
  scenarios: ScenarioSummary[];
}

/** Result of adopting a variant as the plan (ta i bruk scenario som plan). */
export type AdoptScenarioResult =
  | {
      ok: true;
      /** The plan with the variant's frame; the adopted variant replaced by `previousBasis`. */
      plan: ActionPlan;
      /** The plan's tiltak after adoption (postponed → utsatt, excluded → avlyst, added ones appended). */
      actions: Action[];
      /** The old basis as a variant: its differences restore the old state. */
      previousBasis: Scenario;
      /** Conflicts that were accepted. */
      conflicts: ScenarioConflict[];
    }
  | {
      ok: false;
      reason: 'not-found' | 'conflicts';
      conflicts: ScenarioConflict[];
    };
