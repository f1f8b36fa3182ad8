// @vitest-environment node
// (jsdom 31 cannot start on this Node 20; these are pure functions.)
import { describe, expect, it } from 'vitest';
import { fundingBySourceAndStatus } from '../../../../renderer/src/features/economy/economy-data';
import { computeTotals } from '@shared/rules';
import { createExampleDocument, EXAMPLE_PLAN_ID } from '@shared/templates';
import { action } from '../../../shared/edits/fixture';

describe('fundingBySourceAndStatus', () => {
  it('sums active tiltak by source and status, skipping utsatt and avlyst', () => {
    const actions = [
      action('a', 'p', '1', {
        funding: [
          { id: 'f1', source: 'own', actorId: null, amount: 100, status: 'confirmed' },
          { id: 'f2', source: 'partner', actorId: null, amount: 30, status: 'applied' },
          { id: 'f3', source: 'external', actorId: null, amount: 7, status: 'planned' },
        ],
      }),
      action('b', 'p', '2', { status: 'postponed', funding: [{ id: 'f4', source: 'own', actorId: null, amount: 1000, status: 'confirmed' }] }),
      action('c', 'p', '3', { status: 'done', funding: [{ id: 'f5', source: 'partner', actorId: null, amount: 5, status: 'applied' }] }),
    ];
    expect(fundingBySourceAndStatus(actions)).toEqual([
      { source: 'own', confirmed: 100, applied: 0, planned: 0, total: 100 },
      { source: 'partner', confirmed: 0, applied: 35, planned: 0, total: 35 },
      { source: 'external', confirmed: 0, applied: 0, planned: 7, total: 7 },
    ]);
  });

  it('adds up to the kontroll totals of the example plan', () => {
    const doc = createExampleDocument();
    const plan = doc.plans.find((p) => p.id === EXAMPLE_PLAN_ID)!;
    const actions = doc.actions.filter((a) => a.planId === plan.id);
    const rows = fundingBySourceAndStatus(actions);
    const totals = computeTotals({ strategy: doc.strategy, plan, actions });
    expect(rows.map((r) => r.total)).toEqual([totals.ownFunds, totals.partnerFunds, totals.externalFunds]);
    expect(rows.reduce((s, r) => s + r.confirmed, 0)).toBe(totals.confirmedFunds);
    expect(rows.reduce((s, r) => s + r.applied, 0)).toBe(totals.appliedFunds);
    expect(rows.reduce((s, r) => s + r.planned, 0)).toBe(totals.plannedFunds);
  });
});
