// @vitest-environment node
// (pure: what the autosave writes after a sequence of edits)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain';
import { generateLargeDocument } from '@shared/templates';
import { diffDocuments } from '../../../renderer/src/db/document-diff';
import { applyEdit, editArb } from '../../shared/edits/edit-sequences';

/** The rows to write and delete, by comparing every row by id (the reference). */
function reference(before: readonly { id: string }[], after: readonly { id: string }[]): { put: unknown[]; deleteIds: string[] } {
  const old = new Map(before.map((r) => [r.id, r]));
  const put = after.filter((r) => old.get(r.id) !== r);
  const kept = new Set(after.map((r) => r.id));
  return { put, deleteIds: before.filter((r) => !kept.has(r.id)).map((r) => r.id) };
}

describe('diffDocuments', () => {
  it('finds exactly the changed, added and removed tiltak after any edit, also an undo over several', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 1, max: 1000 }), fc.array(editArb, { minLength: 1, maxLength: 12 }), (size, seed, edits) => {
        let doc: PlanDocument = generateLargeDocument({ actions: size, years: 1, seed });
        const history: PlanDocument[] = [doc];
        for (const edit of edits) {
          const next = applyEdit(doc, edit, history);
          const delta = diffDocuments(doc, next);
          const expected = reference(doc.actions, next.actions);
          expect(delta.putActions).toEqual(expected.put);
          expect([...delta.deleteActionIds].sort()).toEqual([...expected.deleteIds].sort());
          history.push(next);
          doc = next;
        }
      }),
      { numRuns: 100 },
    );
  });
});
