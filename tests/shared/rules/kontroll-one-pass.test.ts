/**
 * The full kontroll runs the per-tiltak rules and the coverage rules together in one pass
 * over the active tiltak (issue 13). Its oracle: every rule of `KONTROLL_RULES` run on its
 * own (each its own pass), the findings put together in rule order and sorted by severity,
 * gives exactly the same findings — after any sequence of edits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain/document';
import type { Finding } from '@shared/domain/entities';
import { KONTROLL_RULES, buildKontrollContext, runKontroll, sortFindings } from '@shared/rules';
import type { KontrollInput } from '@shared/rules';
import { createExampleDocument, generateLargeDocument } from '@shared/templates';
import { applyEdit, editArb, inputOf } from '../edits/edit-sequences';

function ruleByRule(input: KontrollInput): Finding[] {
  const context = buildKontrollContext(input);
  const findings: Finding[] = [];
  for (const rule of KONTROLL_RULES) for (const finding of rule(input, context)) findings.push(finding);
  return sortFindings(findings);
}

describe('runKontroll in one pass', () => {
  it('gives the same findings as each rule on its own, after any sequence of edits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 25 }), fc.integer({ min: 1, max: 1000 }), fc.array(editArb, { maxLength: 20 }), (size, seed, edits) => {
        let doc = generateLargeDocument({ actions: size, years: 1, seed });
        const history: PlanDocument[] = [doc];
        for (const edit of [null, ...edits]) {
          if (edit !== null) {
            doc = applyEdit(doc, edit, history);
            history.push(doc);
          }
          const input = inputOf(doc);
          if (!input) return;
          expect(runKontroll(input).findings).toEqual(ruleByRule(input));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives the same findings on the example plan', () => {
    const doc = createExampleDocument();
    for (const plan of doc.plans) {
      const input: KontrollInput = { strategy: doc.strategy, plan, actions: doc.actions.filter((a) => a.planId === plan.id) };
      const findings = runKontroll(input).findings;
      expect(findings.length).toBeGreaterThan(0);
      expect(findings).toEqual(ruleByRule(input));
    }
  });
});
