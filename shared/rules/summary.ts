/**
 * Kontrollsammendrag: what a comparison of scenarios shows of the kontroll — the sums and
 * the number of findings per severity — without the findings themselves. A variant is the
 * basis with a few tiltak left out, postponed, changed or added, so a variant's summary
 * takes over from the basis' summary what belongs to the same tiltak objects: their
 * financing and placement, and the counts of the rules that look at one tiltak at a time
 * (issue 13: comparing a variant of 200 000 tiltak ran the whole kontroll a second time,
 * message by message). The counts equal those of `runKontroll` on the same input
 * (tests/shared/rules/summary.test.ts).
 */
import type { Action, Finding, Severity, Strategy } from '../domain/entities';
import { activeCheckOf, activePassOf, buildKontrollContext } from './context';
import type { ActiveAction, ActiveCheck, ActivePass, ReuseActive } from './context';
import { PER_ACTION_RULES } from './incremental';
import { KONTROLL_RULES } from './kontroll';
import { countingFindings } from './messages';
import type { KontrollInput, KontrollResult } from './types';

/** Antall funn per alvorlighet. */
export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

/** Kontrollsammendrag: the kontroll's result with the number of findings per severity in place of the findings. */
export interface KontrollSummary extends Omit<KontrollResult, 'findings'> {
  findingCounts: SeverityCounts;
}

/**
 * What a later summary of a variant of the same plan takes over (grunnlag for gjenbruk).
 * Treat it as opaque.
 */
export interface KontrollSummaryBasis {
  readonly strategy: Strategy;
  readonly year: number;
  readonly actions: readonly Action[];
  /** @internal The entry of the active tiltak at each position of `actions` (undefined: not active). */
  readonly entries: readonly (ActiveAction | undefined)[];
  /** @internal Per position, the findings of the per-tiltak rules in PER_ACTION_RULES: error, warning, info at 3 · position + 0, 1, 2. */
  readonly counts: Int32Array;
}

const SEVERITY_AT: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

function countInto(counts: Int32Array, at: number, findings: readonly Finding[]): void {
  for (const finding of findings) {
    const i = at + SEVERITY_AT[finding.severity];
    counts[i] = (counts[i] ?? 0) + 1;
  }
}

/**
 * Oppsummer kontrollen: `runKontroll(input)`'s sums and the number of its findings per
 * severity, and the basis a summary of a variant can take over from. With `basis` (the
 * summary of another input of the same strategy and plan year), each active tiltak that is
 * the same object at the basis' matching place (the basis' order kept, tiltak left out or
 * appended, as `applyScenario` makes a variant) takes its financing, placement and
 * per-tiltak counts from the basis; the others are computed. Findings are counted, never
 * built with their message.
 */
export function summarizeKontroll(input: KontrollInput, basis?: KontrollSummaryBasis | null): { summary: KontrollSummary; basis: KontrollSummaryBasis } {
  return countingFindings(() => summarize(input, basis?.strategy === input.strategy && basis.year === input.plan.year ? basis : null));
}

function summarize(input: KontrollInput, basis: KontrollSummaryBasis | null): { summary: KontrollSummary; basis: KontrollSummaryBasis } {
  const actions = input.actions;
  /** The basis position whose entry and counts the tiltak at each position took over (-1: none). */
  const from = new Int32Array(actions.length).fill(-1);
  let reuse: ReuseActive | undefined;
  if (basis !== null) {
    const before = basis.actions;
    let j = 0;
    reuse = (action, position) => {
      // The basis in order: skip what the variant left out (up to the same id). A tiltak
      // the basis does not have (an added one) runs the cursor to the end: every tiltak
      // after it is computed, which is right, only slower.
      while (j < before.length && before[j] !== action && (before[j] as Action).id !== action.id) j++;
      if (j >= before.length) return undefined;
      const at = j;
      j += 1;
      if (before[at] !== action) return undefined;
      const entry = basis.entries[at];
      if (entry !== undefined) from[position] = at;
      return entry;
    };
  }
  const context = buildKontrollContext(input, reuse);

  const perAction: ActiveCheck[] = [];
  const otherChecks: ActiveCheck[] = [];
  const passes: { pass: ActivePass<unknown>; state: unknown }[] = [];
  const planRules: typeof KONTROLL_RULES[number][] = [];
  for (const rule of KONTROLL_RULES) {
    const check = activeCheckOf(rule);
    const pass = check === undefined ? activePassOf(rule) : undefined;
    if (check !== undefined) (PER_ACTION_RULES.has(rule) ? perAction : otherChecks).push(check);
    else if (pass !== undefined) passes.push({ pass, state: pass.start(input, context) });
    else planRules.push(rule);
  }

  const totals = new Int32Array(3);
  const entries: (ActiveAction | undefined)[] = new Array<ActiveAction | undefined>(actions.length).fill(undefined);
  const counts = new Int32Array(3 * actions.length);
  const scratch: Finding[] = [];
  /** Findings of per-tiltak checks this module does not take over (none today), counted at the end. */
  const others: Finding[] = [];
  let position = 0;
  for (const item of context.active) {
    // `active` keeps the order of the tiltak list: find the item's position.
    while (actions[position] !== item.action) position++;
    entries[position] = item;
    const at = 3 * position;
    const was = from[position] ?? -1;
    if (basis !== null && was >= 0) {
      const w = 3 * was;
      counts[at] = basis.counts[w] ?? 0;
      counts[at + 1] = basis.counts[w + 1] ?? 0;
      counts[at + 2] = basis.counts[w + 2] ?? 0;
    } else {
      for (const check of perAction) check(item, input, context, scratch);
      countInto(counts, at, scratch);
      scratch.length = 0;
    }
    for (let s = 0; s < 3; s++) totals[s] = (totals[s] ?? 0) + (counts[at + s] ?? 0);
    for (const check of otherChecks) check(item, input, context, others);
    for (const { pass, state } of passes) pass.step(item, state, context);
    position += 1;
  }
  countInto(totals, 0, others);
  for (const { pass, state } of passes) countInto(totals, 0, pass.finish(state, input, context));
  for (const rule of planRules) countInto(totals, 0, rule(input, context));
  return {
    summary: {
      year: input.plan.year,
      totals: context.totals,
      byFocusArea: context.byFocusArea,
      fundingBySource: context.fundingBySource,
      byLine: context.byLine,
      findingCounts: { error: totals[0] ?? 0, warning: totals[1] ?? 0, info: totals[2] ?? 0 },
    },
    basis: { strategy: input.strategy, year: input.plan.year, actions, entries, counts },
  };
}
