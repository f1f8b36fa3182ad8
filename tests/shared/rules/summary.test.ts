/**
 * The kontroll's summary (summarizeKontroll) against its oracle, the full kontroll: the
 * same sums and, per severity, as many findings as `runKontroll` gives — for any plan, and
 * for any variant that takes over a basis' work (tiltak kept, left out, changed, moved,
 * repeated or added, another frame), or another plan whose basis it must not take over.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '@shared/domain/entities';
import { runKontroll } from '@shared/rules';
import type { KontrollInput } from '@shared/rules/types';
import { countingFindings } from '@shared/rules/messages';
import { summarizeKontroll } from '@shared/rules/summary';
import { generateLargeDocument } from '@shared/templates';
import { inputOf } from '../edits/edit-sequences';
import { actionsArb, inputArb } from './arbitraries';

/** What the summary must equal: the full kontroll's result with its findings counted per severity. */
function oracle(input: KontrollInput) {
  const { findings, ...sums } = runKontroll(input);
  const findingCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) findingCounts[f.severity] += 1;
  return { ...sums, findingCounts };
}

/** A plan from the generator (deadlines, starts, KPIs and partners vary there) or from the kontroll's arbitrary. */
const basisArb: fc.Arbitrary<KontrollInput> = fc.oneof(
  inputArb(25),
  fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 1000 })).map(([size, seed]) => {
    const input = inputOf(generateLargeDocument({ actions: size, years: 1, seed }));
    if (!input) throw new Error('no plan');
    return input;
  }),
);

type Step = 'keep' | 'drop' | 'change' | 'repeat';

/** A variant of `basis`: each tiltak kept (the same object), left out, changed (a new object, same id) or repeated; some moved; some added; maybe another frame. */
const variantCaseArb = basisArb.chain((basis) =>
  fc
    .record({
      steps: fc.array(fc.constantFrom<Step>('keep', 'keep', 'keep', 'drop', 'change', 'repeat'), { minLength: basis.actions.length, maxLength: basis.actions.length }),
      cost: fc.integer({ min: 0, max: 2_000_000 }),
      status: fc.constantFrom('planned', 'ongoing', 'done', 'postponed', 'cancelled'),
      swaps: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }),
      added: actionsArb(3),
      addedAt: fc.nat(),
      frame: fc.option(fc.integer({ min: 0, max: 5_000_000 })),
    })
    .map(({ steps, cost, status, swaps, added, addedAt, frame }) => {
      const actions: Action[] = [];
      basis.actions.forEach((action, i) => {
        const step = steps[i];
        if (step === 'drop') return;
        if (step === 'change') actions.push({ ...action, cost: cost + i, status, funding: action.funding.slice(1) });
        else actions.push(action);
        if (step === 'repeat') actions.push(action);
      });
      for (const [a, b] of swaps) {
        if (actions.length < 2) break;
        const i = a % actions.length;
        const j = b % actions.length;
        [actions[i], actions[j]] = [actions[j] as Action, actions[i] as Action];
      }
      const extra = added.map((a) => ({ ...a, id: `new_${a.id}` }));
      actions.splice(addedAt % (actions.length + 1), 0, ...extra);
      const plan = frame === null ? basis.plan : { ...basis.plan, frame: { ...basis.plan.frame, ownFunds: frame } };
      return { basis, variant: { strategy: basis.strategy, plan, actions } satisfies KontrollInput };
    }),
);

describe('summarizeKontroll (kontrollsammendrag)', () => {
  it('equals the full kontroll, its findings counted per severity, for any plan', () => {
    fc.assert(
      fc.property(basisArb, (input) => {
        expect(summarizeKontroll(input).summary).toEqual(oracle(input));
      }),
      { numRuns: 150 },
    );
  });

  it('equals the full kontroll for any variant that takes over a basis', () => {
    fc.assert(
      fc.property(variantCaseArb, ({ basis, variant }) => {
        const first = summarizeKontroll(basis);
        expect(summarizeKontroll(variant, first.basis).summary).toEqual(oracle(variant));
        // And a basis that itself took over another.
        const second = summarizeKontroll(variant, first.basis);
        expect(summarizeKontroll(basis, second.basis).summary).toEqual(oracle(basis));
      }),
      { numRuns: 200 },
    );
  });

  it('takes over nothing from the basis of another strategy or plan year', () => {
    fc.assert(
      fc.property(variantCaseArb, ({ basis, variant }) => {
        const first = summarizeKontroll(basis);
        const otherYear: KontrollInput = { ...variant, plan: { ...variant.plan, year: variant.plan.year + 1 } };
        expect(summarizeKontroll(otherYear, first.basis).summary).toEqual(oracle(otherYear));
        const otherStrategy: KontrollInput = { ...variant, strategy: { ...variant.strategy, actors: [] } };
        expect(summarizeKontroll(otherStrategy, first.basis).summary).toEqual(oracle(otherStrategy));
      }),
      { numRuns: 100 },
    );
  });

  it('takes over the basis\' entry for a tiltak the variant keeps as it is', () => {
    const basis = inputOf(generateLargeDocument({ actions: 40, years: 1, seed: 11 }));
    if (!basis) throw new Error('no plan');
    const first = summarizeKontroll(basis);
    // Every other tiltak left out, one changed, one added at the end: the kept ones are taken over.
    const kept = basis.actions.filter((_, i) => i % 2 === 0);
    const changed = { ...(kept[1] as Action), cost: 1 };
    const variant: KontrollInput = { ...basis, actions: [kept[0] as Action, changed, ...kept.slice(2), { ...(basis.actions[1] as Action), id: 'added' }] };
    const second = summarizeKontroll(variant, first.basis);
    expect(second.summary).toEqual(oracle(variant));
    variant.actions.forEach((action, i) => {
      const entry = second.basis.entries[i];
      if (entry === undefined) return;
      const fromBasis = first.basis.entries[basis.actions.indexOf(action)];
      if (action === changed || action.id === 'added') expect(entry).not.toBe(fromBasis);
      else expect(entry).toBe(fromBasis);
    });
    expect(second.basis.entries.filter((e) => e !== undefined && first.basis.entries.includes(e)).length).toBeGreaterThan(5);
  });

  it('leaves the findings of every later kontroll their messages', () => {
    const input = inputOf(generateLargeDocument({ actions: 30, years: 1, seed: 7 }));
    if (!input) throw new Error('no plan');
    const before = runKontroll(input);
    expect(before.findings.length).toBeGreaterThan(0);
    summarizeKontroll(input);
    expect(() => countingFindings(() => {
      throw new Error('stop');
    })).toThrow('stop');
    const after = runKontroll(input);
    expect(after).toEqual(before);
    for (const finding of after.findings) expect(finding.message).not.toBe('');
  });
});
