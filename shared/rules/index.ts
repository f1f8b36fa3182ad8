/**
 * The kontroll (PRODUCT.md §4) as pure functions: totals, findings and fit-to-frame for one
 * year's plan. Same semantics for the UI, the Excel workbook and the CLI (see ./types.ts).
 */
export * from './types';
export { actionFunding, isActive } from './funding';
export { computeTotals, lineBudgets, primaryFocusAreaId, totalsByFocusArea } from './totals';
export {
  PROJECTS_GROUP_KEY,
  UNLINKED_GROUP_KEY,
  buildKontrollContext,
  groupKeyOf,
  indexStrategy,
  placeAction,
  primaryFocusAreaIdIndexed,
  primaryInitiative,
} from './context';
export type { ActionPlacement, ActiveAction, KontrollContext, StrategyIndex } from './context';
export { capacityFindings, frameFindings } from './frame';
export { fundingExceedsCostFindings, fundingRiskFindings, uncoveredFindings } from './financing';
export {
  deadlineOutsideYearFindings,
  missingDeadlineFindings,
  missingFundingFindings,
  missingKpiFindings,
  missingLinkFindings,
  missingOwnerFindings,
  partnerFundingFindings,
  startAfterDeadlineFindings,
  startOutsideYearFindings,
} from './completeness';
export {
  SHARE_TOLERANCE_POINTS,
  focusAreaUncoveredFrom,
  initiativeUncoveredFrom,
  strategyUncoveredFrom,
  focusAreaUncoveredFindings,
  initiativeUncoveredFindings,
  shareOffTargetFindings,
  strategyUncoveredFindings,
} from './coverage';
export type { CoveredIds } from './coverage';
export { fitToFrame } from './fit-to-frame';
export { actionFindings, updateKontroll } from './incremental';
export type { FindingCounts, KontrollState } from './incremental';
export { KONTROLL_RULES, runKontroll, sortFindings } from './kontroll';
export { summarizeKontroll } from './summary';
export type { KontrollSummary, KontrollSummaryBasis, SeverityCounts } from './summary';
export type { KontrollRule } from './kontroll';
export { interpolate, makeFinding, projectsGroupName, renderFinding, unlinkedGroupName } from './messages';
export type { MessageLanguage, MessageParams } from './messages';
export { fiveFactorCoverage, fiveFactorMissingCode } from './five-factor';
export type { CategoryCounts, FiveFactorCoverage, FiveFactorGroup } from './five-factor';
export { multiYearOverview } from './multi-year';
export type { LineageOverview, LineagePart, MultiYearOverview, OverviewYear, YearAreaFigures } from './multi-year';
export { countStatuses, countingUpdates, emptyStatusCounts, followUpRollUp, kpiProgress } from './follow-up';
export type { FollowUpInput, FollowUpOptions } from './follow-up';
export { KPI_BEHIND_TOLERANCE_POINTS, attentionEntries, attentionMessage, expectedProgress } from './attention';
export type { AttentionContext } from './attention';
