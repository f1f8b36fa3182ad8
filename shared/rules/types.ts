/**
 * What the kontroll computes. The semantics here are the contract that the UI, the Excel
 * workbook's formulas and the CLI's `check --json` all follow:
 *
 * - Only *active* tiltak count in totals (status planlagt, pågår, fullført — not utsatt,
 *   avlyst). See `ACTIVE_STATUSES`.
 * - A tiltak's own funds = sum of its funding lines with source `own`; likewise partner
 *   and external.
 * - A tiltak's uncovered (udekket) = max(0, cost − sum of all its funding lines).
 *   The plan's uncovered is the sum of the tiltak's uncovered.
 * - margin = frame own funds − planned own funds (negative = overrun / overskridelse).
 * - A tiltak belongs to the focus area of its *first* satsing (`primaryFocusAreaId`); a
 *   tiltak with only a tverrgående prosjekt belongs to the group `null`.
 */
import type { Action, ActionPlan, Finding, Strategy } from '../domain/entities';

/** What the kontroll looks at: the strategy, one year's plan and that plan's tiltak. */
export interface KontrollInput {
  strategy: Strategy;
  plan: ActionPlan;
  /** The plan's tiltak (every status; the rules pick the active ones). */
  actions: readonly Action[];
}

/** Totals for a year's plan (whole kroner / hours). */
export interface PlanTotals {
  /** Sum kostnad. */
  cost: number;
  /** Sum egne midler. */
  ownFunds: number;
  /** Sum partnerfinansiering. */
  partnerFunds: number;
  /** Sum eksterne midler / tilskudd. */
  externalFunds: number;
  /** Sum udekket. */
  uncovered: number;
  /** Ramme: egne midler. */
  frameOwnFunds: number;
  /** frameOwnFunds − ownFunds (negative = overrun). */
  margin: number;
  /** margin as percent of the frame (one decimal); null when the frame is 0. */
  marginPercent: number | null;
  /** Sum timeverk. */
  hours: number;
  /** Kapasitet i timer. */
  capacityHours: number;
  /** capacityHours − hours (negative = over capacity). */
  capacityMargin: number;
  /** Financing with status bekreftet. */
  confirmedFunds: number;
  /** Financing with status søkt. */
  appliedFunds: number;
  /** Financing with status planlagt. */
  plannedFunds: number;
  /** Number of active tiltak. */
  activeActions: number;
}

/** Totals for one focus area (or `null`: tverrgående prosjekter / unlinked). */
export interface FocusAreaTotals {
  focusAreaId: string | null;
  name: string;
  cost: number;
  ownFunds: number;
  partnerFunds: number;
  externalFunds: number;
  uncovered: number;
  hours: number;
  actionCount: number;
  /** Share of the plan's total cost, percent with one decimal (null when total cost is 0). */
  share: number | null;
  /** Target share from the frame, percent, or null. */
  targetShare: number | null;
}

/** The kontroll's result for one year's plan. */
export interface KontrollResult {
  year: number;
  totals: PlanTotals;
  byFocusArea: FocusAreaTotals[];
  findings: Finding[];
}

/** A fit-to-frame proposal: which tiltak to postpone so own funds fit the frame. Changes nothing. */
export interface FitToFrameProposal {
  /** Tiltak ids to postpone or cut, lowest priority first. */
  actionIds: string[];
  /** Own funds freed by the proposal. */
  savings: number;
  /** Own funds after the proposal. */
  ownFundsAfter: number;
  /** True when the proposal makes the plan fit (always true unless even all tiltak removed do not suffice). */
  fits: boolean;
  /** Overrun before the proposal (0 when already within the frame). */
  overrun: number;
}
