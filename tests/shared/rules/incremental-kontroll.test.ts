/**
 * The incremental kontroll against its oracle: after any sequence of real edits (add,
 * delete, cost, funding, status, links, KPI, bulk status, frame, strategy, undo to an
 * earlier document), `updateKontroll` gives exactly what `runKontroll` gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain/document';
import { updateAction } from '@shared/edits';
import { actionFindings, runKontroll, updateKontroll } from '@shared/rules';
import type { KontrollInput, KontrollState } from '@shared/rules';
import { generateLargeDocument } from '@shared/templates';
import { applyEdit, editArb, inputOf } from '../edits/edit-sequences';

function expectSameAsFull(state: KontrollState, input: KontrollInput): void {
  const full = runKontroll(input);
  expect(state.result).toEqual(full);
  const counts = new Map<string, number>();
  for (const f of full.findings) if (f.entity.kind === 'action') counts.set(f.entity.id, (counts.get(f.entity.id) ?? 0) + 1);
  for (const action of input.actions) expect(state.findingCounts.get(action.id) ?? 0).toBe(counts.get(action.id) ?? 0);
  // By position (the table's look-up), at the tiltak's own position and at a wrong one.
  input.actions.forEach((action, i) => {
    expect(state.findingCounts.countAt?.(action, i) ?? 0).toBe(counts.get(action.id) ?? 0);
    expect(state.findingCounts.countAt?.(action, (i + 1) % (input.actions.length + 1)) ?? 0).toBe(counts.get(action.id) ?? 0);
  });
  expect(state.findingCounts.countAt).toBeDefined();
  // A tiltak's own findings (the detail panel), in the order of the whole list.
  for (const action of input.actions) {
    expect(actionFindings(state, action.id)).toEqual(full.findings.filter((f) => f.entity.kind === 'action' && f.entity.id === action.id));
  }
}

describe('updateKontroll (incremental kontroll)', () => {
  it('equals the full kontroll after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 1, max: 1000 }), fc.array(editArb, { minLength: 1, maxLength: 25 }), (size, seed, edits) => {
        let doc = generateLargeDocument({ actions: size, years: 1, seed });
        const history: PlanDocument[] = [doc];
        const first = inputOf(doc);
        if (!first) return;
        let state = updateKontroll(null, first);
        expectSameAsFull(state, first);
        for (const edit of edits) {
          doc = applyEdit(doc, edit, history);
          history.push(doc);
          const input = inputOf(doc);
          if (!input) return;
          state = updateKontroll(state, input);
          expectSameAsFull(state, input);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('returns the same state, result included, when nothing the kontroll reads changed', () => {
    const doc = generateLargeDocument({ actions: 20, years: 1, seed: 3 });
    const input = inputOf(doc);
    if (!input) throw new Error('no plan');
    const state = updateKontroll(null, input);
    expect(updateKontroll(state, { ...input, actions: [...input.actions] }).result).toBe(state.result);
    expect(updateKontroll(state, input)).toBe(state);
  });

  it('leaves the previous state as it was (pure)', () => {
    const doc = generateLargeDocument({ actions: 20, years: 1, seed: 5 });
    const input = inputOf(doc);
    const target = input?.actions[0];
    if (!input || !target) throw new Error('no plan');
    const state = updateKontroll(null, input);
    const before = structuredClone(state.result);
    const edited = inputOf(updateAction(doc, target.id, { cost: target.cost + 123_456, status: 'planned' }));
    if (!edited) throw new Error('no plan');
    expectSameAsFull(updateKontroll(state, edited), edited);
    expect(state.result).toEqual(before);
    expectSameAsFull(state, input);
  });
});
