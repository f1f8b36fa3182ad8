/**
 * Exact money at the largest sizes the schema allows (issue 10, point 5): a document at the
 * document limit opens, its kontroll totals equal a BigInt oracle, one krone more is
 * refused with `limits.documentKroner`; the kontroll does not overflow the stack at the
 * schema's maximum of tiltak. `check` (CLI) on 140 000 tiltak takes over 10 s, so it runs
 * in `npm run bench` (scripts/bench/cli-bench.mjs), which fails on a RangeError.
 */
import { renderMessage } from '@shared/i18n/message';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain/document';
import type { Action } from '@shared/domain/entities';
import { blankAction } from '@shared/domain/factories';
import { MAX_DOCUMENT_KRONER, documentKronerTotal, documentLimitMessage } from '@shared/domain/limits';
import { parsePlanFile, serializePlanFile } from '@shared/domain/plan-file';
import { MAX_KRONER } from '@shared/money/limits';
import { runKontroll } from '@shared/rules';
import { makePlan, makeStrategy } from '../rules/fixtures';

const planId = 'plan1';

function action(i: number, cost: number, own: number): Action {
  const a = blankAction(`t${i}`, planId, String(i + 1));
  a.title = 'T';
  a.cost = cost;
  if (own > 0) a.funding = [{ id: `f${i}`, source: 'own', actorId: null, amount: own, status: 'confirmed' }];
  return a;
}

/**
 * The largest document: the frame at MAX_KRONER, 44 999 tiltak with cost and own funds at
 * MAX_KRONER, and one more tiltak that fills the limit exactly (plus `extra` kroner).
 */
function documentAtLimit(extra = 0): PlanDocument {
  const n = 44_999;
  const actions: Action[] = [];
  for (let i = 0; i < n; i += 1) actions.push(action(i, MAX_KRONER, MAX_KRONER));
  const used = MAX_KRONER + n * 2 * MAX_KRONER;
  actions.push(action(n, MAX_DOCUMENT_KRONER - used, 0));
  if (extra > 0) actions.push(action(n + 1, extra, 0));
  const plan = makePlan({ frame: { ownFunds: MAX_KRONER, capacityHours: 0, targetShares: {} } });
  return { strategy: makeStrategy(), plans: [plan], actions };
}

describe('document limits', () => {
  it('keeps the limit below the largest exact integer', () => {
    expect(MAX_DOCUMENT_KRONER).toBeLessThanOrEqual(Number.MAX_SAFE_INTEGER);
    expect(MAX_DOCUMENT_KRONER % MAX_KRONER).toBe(0);
  });

  it('opens a document at the limit and sums it exactly (BigInt oracle)', () => {
    const doc = documentAtLimit();
    expect(documentKronerTotal(doc)).toBe(MAX_DOCUMENT_KRONER);
    expect(documentLimitMessage(doc)).toBeNull();
    const parsed = parsePlanFile(serializePlanFile(doc, '2026-01-01T00:00:00Z'));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const plan = parsed.doc.plans[0];
    if (!plan) throw new Error('no plan');
    const result = runKontroll({ strategy: parsed.doc.strategy, plan, actions: parsed.doc.actions });

    let cost = 0n;
    let own = 0n;
    let uncovered = 0n;
    for (const a of doc.actions) {
      const funded = a.funding.reduce((s, l) => s + BigInt(l.amount), 0n);
      cost += BigInt(a.cost);
      own += funded;
      if (BigInt(a.cost) > funded) uncovered += BigInt(a.cost) - funded;
    }
    const frame = BigInt(MAX_KRONER);
    expect(BigInt(result.totals.cost)).toBe(cost);
    expect(BigInt(result.totals.ownFunds)).toBe(own);
    expect(BigInt(result.totals.uncovered)).toBe(uncovered);
    expect(BigInt(result.totals.margin)).toBe(frame - own);
    expect(cost + own + frame).toBe(BigInt(MAX_DOCUMENT_KRONER));
    expect(Number.isSafeInteger(result.totals.cost)).toBe(true);
  });

  it('refuses one krone over the limit with limits.documentKroner', () => {
    const doc = documentAtLimit(1);
    expect(documentLimitMessage(doc)?.code).toBe('limits.documentKroner');
    const parsed = parsePlanFile(serializePlanFile(doc, '2026-01-01T00:00:00Z'));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toHaveLength(1);
    expect(parsed.errors[0]?.code).toBe('limits.documentKroner');
    expect(renderMessage(parsed.errors[0]!, 'nb')).toContain('Summen av alle beløp');
  });

  it('refuses 100 000 tiltak × 99 999 999 999 kr, whose sum a number cannot hold', () => {
    const actions: Action[] = [];
    for (let i = 0; i < 100_000; i += 1) actions.push(action(i, 99_999_999_999, 0));
    const doc: PlanDocument = { strategy: makeStrategy(), plans: [makePlan()], actions };
    // 9 999 999 999 900 000 is above 2^53: the float sum would be 9 999 999 999 909 928.
    expect(100_000n * 99_999_999_999n).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
    expect(documentLimitMessage(doc)?.code).toBe('limits.documentKroner');
  });

  it('counts scenario amounts too', () => {
    const doc = documentAtLimit();
    const plan = doc.plans[0];
    if (!plan) throw new Error('no plan');
    const scenario = { id: 's1', name: 'S', description: '', frame: null, changes: [{ actionId: 't0', cost: 1 }], addedActions: [], createdAt: '' };
    const withScenario: PlanDocument = { ...doc, plans: [{ ...plan, scenarios: [scenario] }] };
    expect(documentLimitMessage(withScenario)?.code).toBe('limits.documentKroner');
  });
});

describe('size', () => {
  it('runs the kontroll on 200 000 tiltak (the schema maximum) without a stack overflow', () => {
    const actions: Action[] = [];
    // Blank tiltak: every one gives findings (no title, no satsing), the case that overflowed.
    for (let i = 0; i < 200_000; i += 1) actions.push(blankAction(`t${i}`, planId, String(i + 1)));
    const result = runKontroll({ strategy: makeStrategy(), plan: makePlan(), actions });
    expect(result.findings.length).toBeGreaterThan(200_000);
    expect(result.totals.activeActions).toBe(200_000);
  });
});
