/**
 * A plan's tiltak kept edit by edit (`planActionsOf`) against the plain filter: after any
 * sequence of real edits (and undo, and switching plan), the list equals
 * `doc.actions.filter((a) => a.planId === planId)` element by element (same objects), and
 * an edit that changes no tiltak of the plan keeps the list's identity.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain/document';
import { generateLargeDocument } from '@shared/templates';
import { createPlanActionsMemo, planActionsOf } from '../../../renderer/src/ui/plan-actions';
import { applyEdit, editArb } from '../../shared/edits/edit-sequences';

function expectSameAsFilter(list: readonly unknown[], doc: PlanDocument, planId: string): void {
  const full = doc.actions.filter((a) => a.planId === planId);
  expect(list.length).toBe(full.length);
  full.forEach((a, i) => expect(list[i]).toBe(a));
}

describe('planActionsOf (the plan filter kept by identity)', () => {
  it('equals the filter after any sequence of edits, undo and plan switches', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 1, max: 1000 }),
        fc.array(fc.tuple(editArb, fc.nat()), { minLength: 1, maxLength: 25 }),
        (size, seed, steps) => {
          let doc = generateLargeDocument({ actions: size, years: 3, seed });
          const history: PlanDocument[] = [doc];
          const memo = createPlanActionsMemo();
          for (const [edit, pick] of steps) {
            doc = applyEdit(doc, edit, history);
            history.push(doc);
            const plan = doc.plans[pick % Math.max(1, doc.plans.length)];
            if (!plan) continue;
            expectSameAsFilter(planActionsOf(memo, doc.actions, plan.id), doc, plan.id);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps the list when an edit touched only another plan, and replaces only the edited tiltak', () => {
    const doc = generateLargeDocument({ actions: 40, years: 2, seed: 7 });
    const [first, second] = doc.plans;
    if (!first || !second) throw new Error('two plans expected');
    const memo = createPlanActionsMemo();
    const before = planActionsOf(memo, doc.actions, first.id);
    const other = doc.actions.find((a) => a.planId === second.id);
    const mine = doc.actions.find((a) => a.planId === first.id);
    if (!other || !mine) throw new Error('tiltak in both plans expected');
    // A changed tiltak is a new object in a new list, as the edits make it (plans may be vedtatt here, so not through an edit).
    const bump = (d: PlanDocument, id: string): PlanDocument => ({ ...d, actions: d.actions.map((a) => (a.id === id ? { ...a, cost: a.cost + 1 } : a)) });
    const elsewhere = bump(doc, other.id);
    expect(planActionsOf(memo, elsewhere.actions, first.id)).toBe(before);
    const edited = bump(elsewhere, mine.id);
    const after = planActionsOf(memo, edited.actions, first.id);
    expect(after).not.toBe(before);
    expectSameAsFilter(after, edited, first.id);
    after.forEach((a, i) => (a.id === mine.id ? expect(a).not.toBe(before[i]) : expect(a).toBe(before[i])));
  });
});
