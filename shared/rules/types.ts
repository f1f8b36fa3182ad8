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
 * - A tiltak belongs to the focus area of its *first* satsing, else of its first delmål,
 *   else its first directly linked innsatsområde (`primaryFocusAreaId`, `placeAction`). A
 *   tiltak with no area but a tverrgående prosjekt belongs to the group `projects`
 *   («Tverrgående prosjekter»); one linked to nothing to the group `unlinked` («Uten
 *   kobling»). The groups partition the active tiltak: they add up to the totals.
 * - Besides, every tiltak with a tverrgående prosjekt counts on that prosjekt's line in
 *   `byLine` (so a tiltak under a satsing and a prosjekt is visible from both, counted once in the totals).
 */
import type { Action, ActionPlan, Finding, FundingSource, Strategy } from '../domain/entities';

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

/** Slags gruppe: an innsatsområde, «Tverrgående prosjekter» (only a prosjekt) or «Uten kobling». */
export type GroupKind = 'area' | 'projects' | 'unlinked';

/** Totals for one group: a focus area, or (`focusAreaId` null) «Tverrgående prosjekter» or «Uten kobling». */
export interface FocusAreaTotals {
  /** Stable group key: `area:<id>`, `projects` or `unlinked`. */
  key: string;
  kind: GroupKind;
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
  /** Finansiering etter kilde og status over the active tiltak: own, partner, external. */
  fundingBySource: SourceFundingTotals[];
  /** Sums per satsing and tverrgående prosjekt (see LineTotals), every one in strategy order. */
  byLine: LineTotals[];
  findings: Finding[];
}

/**
 * Finansiering fra én kilde (egne, partner, eksterne) split by status (bekreftet, søkt,
 * planlagt), whole kroner, over the active tiltak. The three rows add up to the plan's
 * totals per source and per status.
 */
export interface SourceFundingTotals {
  source: FundingSource;
  confirmed: number;
  applied: number;
  planned: number;
  total: number;
}

/**
 * Sum per linje (satsing, delmål or tverrgående prosjekt) over the active tiltak. Inside an
 * area a tiltak counts once: under its first satsing, else its first delmål (the one that
 * gives its primary focus area); a tiltak linked directly to the area counts on no
 * satsing/delmål line. Every tiltak with a tverrgående prosjekt also counts on that
 * prosjekt's line, whatever its area.
 */
export interface LineTotals {
  kind: 'initiative' | 'subGoal' | 'project';
  /** Satsing, delmål or prosjekt id. */
  id: string;
  name: string;
  /** The satsing's or delmål's innsatsområde; null for a prosjekt. */
  focusAreaId: string | null;
  actionCount: number;
  cost: number;
  ownFunds: number;
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
  /**
   * Rammen er ikke satt: the frame for own funds is 0, which means «not set», so there is
   * nothing to fit to and nothing is proposed.
   */
  frameNotSet?: boolean;
}

/**
 * Every finding code the kontroll produces (funnkode). The i18n key of a finding's message
 * is `finding.<code>` (shared/i18n/findings.ts), with `Finding.params` as its values.
 */
export const FINDING_CODES = [
  'frame-overrun',
  'frame-margin',
  'frame-not-set',
  'capacity-overrun',
  'capacity-margin',
  'capacity-not-set',
  'uncovered',
  'funding-exceeds-cost',
  'funding-risk',
  'missing-owner',
  'missing-deadline',
  'missing-funding',
  'missing-kpi',
  'missing-link',
  'deadline-outside-year',
  'start-outside-year',
  'start-after-deadline',
  'partner-funding-not-partner',
  'partner-funding-no-actor',
  'initiative-uncovered',
  'focus-area-uncovered',
  'strategy-uncovered',
  'share-off-target',
  'five-factor-missing-public',
  'five-factor-missing-entrepreneur',
  'five-factor-missing-research',
  'five-factor-missing-business',
  'five-factor-missing-capital',
] as const;

/** Funnkode: one of `FINDING_CODES`. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** Finansiering for ett tiltak, summed by source and by status (whole kroner). */
export interface ActionFunding {
  /** Egne midler. */
  own: number;
  /** Partnerfinansiering. */
  partner: number;
  /** Eksterne midler / tilskudd. */
  external: number;
  /** Sum of all funding lines. */
  total: number;
  /** Udekket: max(0, cost − total). */
  uncovered: number;
  /** Bekreftet (all sources). */
  confirmed: number;
  /** Søkt (all sources). */
  applied: number;
  /** Planlagt (all sources). */
  planned: number;
}
