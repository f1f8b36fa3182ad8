/**
 * Forbered planen (primePlanData): the kontroll of the plan a plan screen opens on, computed
 * before the document is shown (while a worker checks the plan file), is what the first
 * usePlanData of that plan of that very document starts from — the same result object,
 * equal to the full kontroll — and it is no base for another document (another strategy
 * object), another plan, or a document that no longer matches (an edit: the update is exact).
 */
import { describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import { updateAction } from '@shared/edits';
import { runKontroll } from '@shared/rules';
import { generateLargeDocument } from '@shared/templates';
import { defaultYear, primePlanData, usePlanData } from '../../../renderer/src/ui/use-plan-data';

const TODAY = new Date('2026-06-01T12:00:00Z');

function fullKontroll(doc: ReturnType<typeof generateLargeDocument>, year: number) {
  const plan = doc.plans.find((p) => p.year === year)!;
  return runKontroll({ strategy: doc.strategy, plan, actions: doc.actions.filter((a) => a.planId === plan.id) });
}

describe('primePlanData', () => {
  it('the first usePlanData of the default plan of that document takes the primed result as it is', () => {
    const doc = generateLargeDocument({ actions: 120, years: 3, seed: 8 });
    const year = defaultYear(doc, TODAY);
    const primed = primePlanData(doc, TODAY);
    expect(primed?.plan.year).toBe(year);
    const { result } = rtl.renderHook(() => usePlanData(doc, year));
    expect(result.current?.kontroll).toBe(primed?.result);
    expect(result.current?.kontroll).toEqual(fullKontroll(doc, year));
  });

  it('is no base for an equal document read again (another strategy object) or another plan', () => {
    const doc = generateLargeDocument({ actions: 90, years: 3, seed: 9 });
    const year = defaultYear(doc, TODAY);
    const primed = primePlanData(doc, TODAY);
    const again = structuredClone(doc);
    const { result } = rtl.renderHook(() => usePlanData(again, year));
    expect(result.current?.kontroll).not.toBe(primed?.result);
    expect(result.current?.kontroll).toEqual(fullKontroll(again, year));
    const other = doc.plans.find((p) => p.year !== year)!.year;
    const { result: otherPlan } = rtl.renderHook(() => usePlanData(doc, other));
    expect(otherPlan.current?.kontroll).toEqual(fullKontroll(doc, other));
  });

  it('a document edited after priming: the update from the primed base equals the full kontroll', () => {
    const doc = generateLargeDocument({ actions: 80, years: 2, seed: 10 });
    const year = defaultYear(doc, TODAY);
    primePlanData(doc, TODAY);
    const plan = doc.plans.find((p) => p.year === year)!;
    const target = doc.actions.find((a) => a.planId === plan.id)!;
    const edited = updateAction(doc, target.id, { cost: target.cost + 1_000_000, owner: '' });
    const { result } = rtl.renderHook(() => usePlanData(edited, year));
    expect(result.current?.kontroll).toEqual(fullKontroll(edited, year));
  });

  it('no plan in the default year: nothing primed', () => {
    const doc = generateLargeDocument({ actions: 10, years: 1, seed: 11 });
    expect(primePlanData({ ...doc, plans: [], actions: [] }, TODAY)).toBeNull();
  });
});
