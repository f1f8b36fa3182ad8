/**
 * usePlanDataAfterPaint: the plan screen gets its plan and tiltak at once and the findings
 * of the plan's kontroll after the first paint (issue 13). Until then the findings are null
 * (shown as being computed), never empty or another plan's; then they are exactly the
 * kontroll's. Asked for (`now`, `needFindings`), they come in that very render; edits
 * after that update them in the render, as usePlanData does.
 */
import { afterEach, describe, expect, it } from 'vitest';
import * as rtl from '@testing-library/react';
import type { PlanDocument } from '@shared/domain';
import { updateAction } from '@shared/edits';
import { actionFindings, updateKontroll } from '@shared/rules';
import { generateLargeDocument } from '@shared/templates';
import { usePlanDataAfterPaint } from '../../../renderer/src/ui/use-plan-data';
import type { PlanDataAfterPaint } from '../../../renderer/src/ui/use-plan-data';

afterEach(() => rtl.cleanup());

const doc = generateLargeDocument({ actions: 200, years: 2, seed: 3 });

/** The findings as the full kontroll of that year's plan gives them. */
function expectKontrollFindings(data: PlanDataAfterPaint | null, d: PlanDocument): void {
  if (!data?.findings) throw new Error('no findings');
  const state = updateKontroll(null, { strategy: d.strategy, plan: data.plan, actions: data.actions });
  let total = 0;
  for (const action of data.actions) {
    const count = state.findingCounts.get(action.id) ?? 0;
    total += count;
    expect(data.findings.byAction.get(action.id) ?? 0).toBe(count);
    expect(data.findings.of(action.id)).toEqual(actionFindings(state, action.id));
  }
  // The generated plan has findings, so the comparison says something.
  expect(total).toBeGreaterThan(0);
}

function planYears(d: PlanDocument): [number, number] {
  const [a, b] = d.plans;
  if (!a || !b) throw new Error('two plans expected');
  return [a.year, b.year];
}

describe('usePlanDataAfterPaint', () => {
  it('gives the tiltak at once and the findings after the paint, as the kontroll computes them', async () => {
    const [year] = planYears(doc);
    const seen: (PlanDataAfterPaint | null)[] = [];
    const { result } = rtl.renderHook(() => {
      const r = usePlanDataAfterPaint(doc, year);
      seen.push(r.data);
      return r;
    });
    const first = seen[0];
    expect(first?.plan.year).toBe(year);
    expect(first?.actions.length).toBeGreaterThan(0);
    expect(first?.findings).toBeNull();
    await rtl.waitFor(() => expect(result.current.data?.findings).not.toBeNull());
    expectKontrollFindings(result.current.data, doc);
    // Every render before the findings came said «being computed», none showed an empty count.
    for (const d of seen) if (d?.findings) expectKontrollFindings(d, doc);
  });

  it('computes at once when asked for now (an open tiltak shows its findings)', () => {
    const [year] = planYears(doc);
    const { result } = rtl.renderHook(() => usePlanDataAfterPaint(doc, year, true));
    expectKontrollFindings(result.current.data, doc);
  });

  it('needFindings brings the pending findings in the same event', () => {
    const [year] = planYears(doc);
    const { result } = rtl.renderHook(() => usePlanDataAfterPaint(doc, year));
    expect(result.current.data?.findings).toBeNull();
    rtl.act(() => result.current.needFindings());
    expectKontrollFindings(result.current.data, doc);
  });

  it('updates the findings in the render after an edit, and waits again for another year', async () => {
    // The later plan is the one that can be edited (earlier years of a generated document are vedtatt).
    const [otherYear, year] = planYears(doc);
    const { result, rerender } = rtl.renderHook(({ d, y }: { d: PlanDocument; y: number }) => usePlanDataAfterPaint(d, y), { initialProps: { d: doc, y: year } });
    await rtl.waitFor(() => expect(result.current.data?.findings).not.toBeNull());
    const target = result.current.data?.actions[0];
    if (!target) throw new Error('no tiltak');
    // An edit that changes the tiltak's findings (no owner is a finding).
    const edited = updateAction(doc, target.id, { owner: '' });
    rerender({ d: edited, y: year });
    expectKontrollFindings(result.current.data, edited);
    rerender({ d: edited, y: otherYear });
    expect(result.current.data?.plan.year).toBe(otherYear);
    expect(result.current.data?.findings).toBeNull();
    await rtl.waitFor(() => expect(result.current.data?.findings).not.toBeNull());
    expectKontrollFindings(result.current.data, edited);
  });
});
