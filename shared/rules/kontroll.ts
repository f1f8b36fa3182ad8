/**
 * Kontrollen: runs every rule over one year's plan in a single shared pass and returns the
 * totals and the findings, errors first.
 */
import type { Finding, Severity } from '../domain/entities';
import { activeCheckOf, activePassOf, buildKontrollContext } from './context';
import type { ActiveCheck, ActivePass, KontrollContext } from './context';
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

/**
 * Sorts findings error → warning → info, keeping the order within a severity (stable). One
 * pass into three buckets: linear, where a comparison sort of every finding grew as
 * n log n with the plan (issue 13, linear cost to the schema's limits).
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const buckets: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const finding of findings) buckets[finding.severity].push(finding);
  const sorted = buckets.error;
  for (const finding of buckets.warning) sorted.push(finding);
  for (const finding of buckets.info) sorted.push(finding);
  return sorted;
}

/** Kjør kontrollen: totals, totals per innsatsområde and every finding for the year's plan. */
export function runKontroll(input: KontrollInput): KontrollResult {
  const context = buildKontrollContext(input);
  // Each rule's findings in its own list, in KONTROLL_RULES order. The rules that look at
  // one tiltak at a time, and the coverage rules that gather from each tiltak, run
  // together in one pass over the active tiltak (each into its own list or state, so the
  // findings are the same as one pass per rule): at 200 000 tiltak every pass is a walk
  // through memory that no cache holds (issue 13).
  const perRule: Finding[][] = [];
  const checks: ActiveCheck[] = [];
  const checkLists: Finding[][] = [];
  const passes: { pass: ActivePass<unknown>; state: unknown; at: number }[] = [];
  for (const rule of KONTROLL_RULES) {
    const check = activeCheckOf(rule);
    const pass = check === undefined ? activePassOf(rule) : undefined;
    if (check !== undefined) {
      const list: Finding[] = [];
      checks.push(check);
      checkLists.push(list);
      perRule.push(list);
    } else if (pass !== undefined) {
      passes.push({ pass, state: pass.start(input, context), at: perRule.length });
      perRule.push([]);
    } else perRule.push(rule(input, context));
  }
  const count = checks.length;
  for (const item of context.active) {
    for (let i = 0; i < count; i++) (checks[i] as ActiveCheck)(item, input, context, checkLists[i] as Finding[]);
    for (const { pass, state } of passes) pass.step(item, state, context);
  }
  for (const { pass, state, at } of passes) perRule[at] = pass.finish(state, input, context);
  // A loop, not push(...list): a spread of a very long list overflows the call stack.
  const findings: Finding[] = [];
  for (const list of perRule) for (const finding of list) findings.push(finding);
  return {
    year: input.plan.year,
    totals: context.totals,
    byFocusArea: context.byFocusArea,
    fundingBySource: context.fundingBySource,
    byLine: context.byLine,
    findings: sortFindings(findings),
  };
}
