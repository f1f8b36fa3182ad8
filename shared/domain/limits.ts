/**
 * Limits per plan document (dokumentgrenser), chosen so that every sum the app forms is
 * exact. Money is whole kroner in a JavaScript number, which is exact up to
 * `Number.MAX_SAFE_INTEGER` (2^53 − 1 ≈ 9,007 billiarder). Each amount field is at most
 * `MAX_KRONER` (100 milliarder); the document limit caps the sum of *all* amount fields in
 * a document (every kostnad, finansieringslinje, ramme, and every scenario's changed and
 * recorded amounts and extra tiltak, and every forbruk in the oppfølging) at `MAX_DOCUMENT_KRONER`.
 *
 * Why that is enough: every total the app shows — sum kostnad, egne midler, partner- and
 * eksterne midler, udekket, per innsatsområde, per scenario, across years — adds distinct
 * amount fields of one document, so it and every partial sum on the way is at most the
 * document's total, hence a safe integer, hence exact. A difference of two such sums
 * (margin, scenario − basis) is exact too. Hours cannot come near the limit: at most
 * 1 000 000 per tiltak and 10 000 000 per frame, and a plan file of 50 MB holds well
 * under 10 000 000 numbers.
 */
import { msg, type Message } from '../i18n/message';
import type { Action, ActionPlan, FundingLine } from './entities';
import type { StatusUpdate } from './follow-up';

/**
 * Largest sum of all amounts in one document (beløpsgrense for hele planen): 9 billiarder
 * kroner, below `Number.MAX_SAFE_INTEGER` (9 007 199 254 740 991).
 */
export const MAX_DOCUMENT_KRONER = 9_000_000_000_000_000;

/** What the document limit looks at: the plans (with their scenarios) and the tiltak. */
export interface DocumentAmounts {
  plans: readonly ActionPlan[];
  actions: readonly Action[];
}

function fundingTotal(lines: readonly FundingLine[] | undefined): number {
  let total = 0;
  if (lines) for (const line of lines) total += line.amount;
  return total;
}

function spendingTotal(updates: readonly StatusUpdate[] | undefined): number {
  let total = 0;
  if (updates) for (const update of updates) for (const s of update.spending) total += s.amount;
  return total;
}

function actionTotal(action: Action): number {
  return action.cost + fundingTotal(action.funding);
}

/**
 * Summen av alle beløp i dokumentet. Exact while the true sum is at most
 * `MAX_DOCUMENT_KRONER` plus one amount (every partial sum is then a safe integer); once the
 * sum passes the limit the result is only guaranteed to be above it, which is all a check
 * needs. Amounts are non-negative, so the float sum can never fall back below the limit.
 */
export function documentKronerTotal(doc: DocumentAmounts): number {
  let total = 0;
  for (const action of doc.actions) {
    total += actionTotal(action);
    if (total > MAX_DOCUMENT_KRONER) return total;
  }
  for (const plan of doc.plans) {
    total += planTotal(plan);
    if (total > MAX_DOCUMENT_KRONER) return total;
  }
  return total;
}

/** The amounts of one plan: its frame, its forbruk and its scenarios. */
function planTotal(plan: ActionPlan): number {
  let total = plan.frame.ownFunds;
  // Oppfølging: every forbruk, also in the frozen snapshots of closed periods.
  total += spendingTotal(plan.followUp?.updates);
  for (const closure of plan.followUp?.closures ?? []) total += spendingTotal(closure.snapshot.updates);
  for (const scenario of plan.scenarios) {
    total += (scenario.frame?.ownFunds ?? 0) + (scenario.basisFrame?.ownFunds ?? 0);
    for (const change of scenario.changes) {
      total += (change.cost ?? 0) + (change.basisCost ?? 0) + fundingTotal(change.funding) + fundingTotal(change.basisFunding);
    }
    for (const action of scenario.addedActions) total += actionTotal(action);
    if (total > MAX_DOCUMENT_KRONER) return total;
  }
  return total;
}

/** The sums of `f` over the items that differ (by identity) between `before` and `after`: the stretch between their common start and end. */
function stretchSums<T>(before: readonly T[], after: readonly T[], f: (item: T) => number): { removed: number; added: number } {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  let removed = 0;
  let added = 0;
  for (let i = start; i < before.length - end; i++) removed += f(before[i] as T);
  for (let i = start; i < after.length - end; i++) added += f(after[i] as T);
  return { removed, added };
}

/**
 * Summen av alle beløp etter en endring: `documentKronerTotal(after)` computed from
 * `before` and its total `beforeTotal` (which must be `documentKronerTotal(before)`) by
 * what changed — the edits share structure, so only the tiltak and plans that are new
 * objects are summed, after a scan by identity. Exact under the same terms as the full
 * sum: what is removed is part of `beforeTotal`, so `beforeTotal − removed` is exact; the
 * added amounts are recounted in full once they alone pass the limit; and a final sum
 * above the limit, even rounded, stays above it.
 */
export function documentKronerTotalAfter(before: DocumentAmounts, beforeTotal: number, after: DocumentAmounts): number {
  if (beforeTotal > MAX_DOCUMENT_KRONER) return documentKronerTotal(after);
  const actions = stretchSums(before.actions, after.actions, actionTotal);
  const plans = stretchSums(before.plans, after.plans, planTotal);
  const added = actions.added + plans.added;
  if (added > MAX_DOCUMENT_KRONER) return documentKronerTotal(after);
  return beforeTotal - actions.removed - plans.removed + added;
}

/**
 * Why a document breaks a document limit (dokumentgrense), or null when it does not:
 * `limits.documentKroner` with the sum and the limit.
 */
export function documentLimitMessage(doc: DocumentAmounts): Message | null {
  return documentTotalMessage(documentKronerTotal(doc));
}

/** `limits.documentKroner` when a document's sum of all amounts (`documentKronerTotal`) breaks the limit, else null. */
export function documentTotalMessage(total: number): Message | null {
  if (total <= MAX_DOCUMENT_KRONER) return null;
  return msg('limits.documentKroner', { max: MAX_DOCUMENT_KRONER });
}
