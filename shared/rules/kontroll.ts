/**
 * Kontrollen: runs every rule over one year's plan in a single shared pass and returns the
 * totals and the findings, errors first.
 */
import type { Finding, Severity } from '../domain/entities';
import { buildKontrollContext } from './context';
import type { KontrollContext } from './context';
import {
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
import {
  focusAreaUncoveredFindings,
  initiativeUncoveredFindings,
  shareOffTargetFindings,
  strategyUncoveredFindings,
} from './coverage';
import { fundingExceedsCostFindings, fundingRiskFindings, uncoveredFindings } from './financing';
import { capacityFindings, frameFindings } from './frame';
import type { KontrollInput, KontrollResult } from './types';

/** A kontroll rule: the findings for one plan, given the shared groundwork. */
export type KontrollRule = (input: KontrollInput, context: KontrollContext) => Finding[];

/** Every rule in the order its findings are listed (within one severity). */
export const KONTROLL_RULES: readonly KontrollRule[] = [
  frameFindings,
  capacityFindings,
  uncoveredFindings,
  fundingExceedsCostFindings,
  fundingRiskFindings,
  missingLinkFindings,
  missingOwnerFindings,
  missingDeadlineFindings,
  missingFundingFindings,
  missingKpiFindings,
  deadlineOutsideYearFindings,
  startOutsideYearFindings,
  startAfterDeadlineFindings,
  partnerFundingFindings,
  focusAreaUncoveredFindings,
  initiativeUncoveredFindings,
  strategyUncoveredFindings,
  shareOffTargetFindings,
];

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Sorts findings error → warning → info, keeping the order within a severity (stable). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]);
}

/** Kjør kontrollen: totals, totals per innsatsområde and every finding for the year's plan. */
export function runKontroll(input: KontrollInput): KontrollResult {
  const context = buildKontrollContext(input);
  const findings: Finding[] = [];
  // A loop, not push(...list): a spread of a very long list overflows the call stack.
  for (const rule of KONTROLL_RULES) for (const finding of rule(input, context)) findings.push(finding);
  return {
    year: input.plan.year,
    totals: context.totals,
    byFocusArea: context.byFocusArea,
    fundingBySource: context.fundingBySource,
    byLine: context.byLine,
    findings: sortFindings(findings),
  };
}
