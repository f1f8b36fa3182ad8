/**
 * The document limit's sum kept edit by edit (`documentKronerTotalAfter`, used by the
 * renderer's edit runner) against the full sum (`documentKronerTotal`): after any sequence
 * of real edits, and after splices of tiltak and plans with amounts large enough to pass
 * the limit, the incremental sum equals the full one while the document is within the
 * limit, and both are above the limit otherwise.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain/document';
import type { DocumentAmounts } from '@shared/domain/limits';
import { MAX_DOCUMENT_KRONER, documentKronerTotal, documentKronerTotalAfter } from '@shared/domain/limits';
import { generateLargeDocument } from '@shared/templates';
import { applyEdit, editArb } from '../edits/edit-sequences';

function expectSameAsFull(incremental: number, doc: DocumentAmounts): void {
  const full = documentKronerTotal(doc);
  if (full <= MAX_DOCUMENT_KRONER) expect(incremental).toBe(full);
  else expect(incremental).toBeGreaterThan(MAX_DOCUMENT_KRONER);
}

describe('documentKronerTotalAfter (incremental document-limit sum)', () => {
  it('equals the full sum after any sequence of edits, undo included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 1, max: 1000 }), fc.array(editArb, { minLength: 1, maxLength: 25 }), (size, seed, edits) => {
        let doc = generateLargeDocument({ actions: size, years: 2, seed });
        const history: PlanDocument[] = [doc];
        let total = documentKronerTotal(doc);
        for (const edit of edits) {
          const next = applyEdit(doc, edit, history);
          total = documentKronerTotalAfter(doc, total, next);
          expectSameAsFull(total, next);
          doc = next;
          history.push(doc);
        }
      }),
      { numRuns: 150 },
    );
  });

  // Amounts far above what the schema lets one field hold, so that the limit is passed and left again.
  const bigAmount = fc.oneof(fc.integer({ min: 0, max: 2_000_000 }), fc.integer({ min: 0, max: MAX_DOCUMENT_KRONER }), fc.constant(MAX_DOCUMENT_KRONER));
  const spliceArb = fc.record({
    what: fc.constantFrom('actions' as const, 'plans' as const),
    at: fc.nat(),
    remove: fc.integer({ min: 0, max: 3 }),
    amounts: fc.array(bigAmount, { maxLength: 3 }),
  });

  it('equals the full sum (or is above the limit with it) when tiltak and plans with huge amounts come and go', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.array(spliceArb, { minLength: 1, maxLength: 20 }), (seed, splices) => {
        const base = generateLargeDocument({ actions: 6, years: 2, seed });
        let doc: DocumentAmounts = { plans: base.plans, actions: base.actions };
        let total = documentKronerTotal(doc);
        splices.forEach((s, n) => {
          let next: DocumentAmounts;
          if (s.what === 'actions') {
            const template = base.actions[n % base.actions.length];
            if (!template) return;
            const actions = doc.actions.slice();
            actions.splice(s.at % (actions.length + 1), s.remove, ...s.amounts.map((cost) => ({ ...template, cost })));
            next = { plans: doc.plans, actions };
          } else {
            const template = base.plans[n % base.plans.length];
            if (!template) return;
            const plans = doc.plans.slice();
            plans.splice(s.at % (plans.length + 1), s.remove, ...s.amounts.map((ownFunds) => ({ ...template, frame: { ...template.frame, ownFunds } })));
            next = { plans, actions: doc.actions };
          }
          // Only a true total is a valid base: above the limit the full sum is the base again.
          total = documentKronerTotalAfter(doc, total, next);
          expectSameAsFull(total, next);
          if (total > MAX_DOCUMENT_KRONER) total = documentKronerTotal(next);
          doc = next;
        });
      }),
      { numRuns: 150 },
    );
  });
});
