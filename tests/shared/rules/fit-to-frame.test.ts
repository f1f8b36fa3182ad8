import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action, Priority } from '@shared/domain/entities';
import { actionFunding, buildKontrollContext, computeTotals, fitToFrame, isActive } from '@shared/rules';
import type { KontrollInput } from '@shared/rules/types';
import { inputArb } from './arbitraries';
import { deepFreeze, line, makeAction, makeInput } from './fixtures';

const withOwn = (id: string, own: number, priority: Priority, extra: Partial<Action> = {}) =>
  makeAction(id, { cost: own, funding: [line('own', own)], priority, ...extra });

const inputWith = (frame: number, actions: Action[]) =>
  makeInput(actions, { plan: { frame: { ownFunds: frame, capacityHours: 0, targetShares: {} } } });

describe('fitToFrame (table)', () => {
  it.each([
    {
      name: 'within the frame: nothing to postpone',
      frame: 1_000_000,
      actions: [withOwn('1', 500_000, 3)],
      expected: { actionIds: [], savings: 0, ownFundsAfter: 500_000, fits: true, overrun: 0 },
    },
    {
      name: 'one priority-3 tiltak suffices: the smallest that covers, never the priority-1',
      frame: 700_000,
      actions: [withOwn('p1', 500_000, 1), withOwn('a', 100_000, 3), withOwn('b', 200_000, 3), withOwn('c', 50_000, 3)],
      expected: { actionIds: ['b'], savings: 200_000, ownFundsAfter: 650_000, fits: true, overrun: 150_000 },
    },
    {
      name: 'two needed: the pair that cuts least',
      frame: 160_000,
      actions: [withOwn('a', 200_000, 3), withOwn('b', 100_000, 3), withOwn('c', 60_000, 3), withOwn('d', 50_000, 3)],
      // overrun 250 000: 200+50 = 250 beats 200+60 and 200+100
      expected: { actionIds: ['a', 'd'], savings: 250_000, ownFundsAfter: 160_000, fits: true, overrun: 250_000 },
    },
    {
      name: 'three needed: the two largest plus the smallest that completes',
      frame: 1,
      actions: [withOwn('a', 40, 3), withOwn('b', 30, 3), withOwn('c', 20, 3), withOwn('d', 10, 3)],
      expected: { actionIds: ['a', 'b', 'c', 'd'], savings: 100, ownFundsAfter: 0, fits: true, overrun: 99 },
    },
    {
      name: 'a frame of 0 is «not set»: nothing is proposed',
      frame: 0,
      actions: [withOwn('a', 400_000, 3), withOwn('b', 300_000, 2), withOwn('c', 200_000, 1)],
      expected: { actionIds: [], savings: 0, ownFundsAfter: 900_000, fits: true, overrun: 0, frameNotSet: true },
    },
    {
      name: 'priority 3 is not enough: all of it, then priority 2; unneeded priority-3 tiltak are kept',
      frame: 100_000,
      // own 50 + 100 + 300 + 100 (p1) = 550 → overrun 450 000
      actions: [withOwn('k1', 50_000, 3), withOwn('k2', 100_000, 3), withOwn('b1', 300_000, 2), withOwn('m1', 100_000, 1)],
      // p3 gives 150 000; p2 covers the remaining 300 000 with b1; nothing can be dropped
      expected: { actionIds: ['k2', 'k1', 'b1'], savings: 450_000, ownFundsAfter: 100_000, fits: true, overrun: 450_000 },
    },
    {
      name: 'a wholly taken priority-3 tiltak that turns out unneeded is dropped',
      frame: 250_000,
      // own 50 (p3) + 100 (p2) + 300 (p2) = 450 → overrun 200 000
      actions: [withOwn('k', 50_000, 3), withOwn('b1', 100_000, 2), withOwn('b2', 300_000, 2)],
      // p3 50 000 < 200 000: taken; p2 must cover 150 000 → b2; slack 150 000 ≥ 50 000 → k dropped
      expected: { actionIds: ['b2'], savings: 300_000, ownFundsAfter: 150_000, fits: true, overrun: 200_000 },
    },
    {
      name: 'fullført, utsatt, avlyst and tiltak without own funds are no candidates',
      frame: 100_000,
      actions: [
        withOwn('done', 1_000_000, 3, { status: 'done' }),
        withOwn('post', 1_000_000, 3, { status: 'postponed' }),
        withOwn('canc', 1_000_000, 3, { status: 'cancelled' }),
        makeAction('ext', { cost: 500_000, funding: [line('external', 500_000)], priority: 3 }),
        withOwn('go', 200_000, 2, { status: 'ongoing' }),
      ],
      // own in the plan: done 1 000 000 + go 200 000 = 1 200 000 → overrun 1 100 000; only «go» can move
      expected: { actionIds: ['go'], savings: 200_000, ownFundsAfter: 1_000_000, fits: false, overrun: 1_100_000 },
    },
  ])('$name', ({ frame, actions, expected }) => {
    expect(fitToFrame(inputWith(frame, actions))).toEqual(expected);
  });

  it('is deterministic on ties: plan order decides', () => {
    const actions = [withOwn('x', 100, 3), withOwn('y', 100, 3), withOwn('z', 100, 3)];
    expect(fitToFrame(inputWith(250, actions)).actionIds).toEqual(['x']);
  });

  it('handles 10 000 tiltak', () => {
    const actions = Array.from({ length: 10_000 }, (_, i) =>
      withOwn(`t${i}`, 1_000 + ((i * 7919) % 100_000), ((i % 3) + 1) as Priority),
    );
    const input = inputWith(100_000_000, actions);
    // Its speed is a budget in npm run bench (scripts/bench-budgets.mjs), not asserted here.
    expect(fitToFrame(input).fits).toBe(true);
  });
});

/** Own funds of the candidates, by id. */
function candidates(input: KontrollInput): Map<string, { own: number; priority: Priority }> {
  const map = new Map<string, { own: number; priority: Priority }>();
  for (const a of input.actions) {
    const own = actionFunding(a).own;
    if (isActive(a) && a.status !== 'done' && own > 0) map.set(a.id, { own, priority: a.priority });
  }
  return map;
}

/** Smallest number of items among `values` whose sum reaches `need` (brute force, small n). */
function bruteMinCount(values: number[], need: number): number {
  let best = Infinity;
  for (let mask = 0; mask < 1 << values.length; mask++) {
    let sum = 0;
    let count = 0;
    for (let i = 0; i < values.length; i++) {
      if (mask & (1 << i)) {
        sum += values[i] ?? 0;
        count += 1;
      }
    }
    if (sum >= need && count < best) best = count;
  }
  return best;
}

describe('fitToFrame (properties)', () => {
  it('proposes the same from its own pass over the tiltak as from the kontroll\'s groundwork', () => {
    fc.assert(
      fc.property(inputArb(25), fc.integer({ min: 0, max: 6_000_000 }), (input, frame) => {
        for (const variant of [input, { ...input, plan: { ...input.plan, frame: { ...input.plan.frame, ownFunds: frame } } }]) {
          expect(fitToFrame(variant)).toEqual(fitToFrame(variant, buildKontrollContext(variant)));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('fits exactly when the candidates can cover the overrun, and its numbers add up', () => {
    fc.assert(
      fc.property(inputArb(25), (input) => {
        const proposal = fitToFrame(input);
        const totals = computeTotals(input);
        if (totals.frameOwnFunds === 0) {
          expect(proposal).toMatchObject({ actionIds: [], frameNotSet: true });
          return;
        }
        const cands = candidates(input);
        const available = [...cands.values()].reduce((s, c) => s + c.own, 0);
        expect(proposal.overrun).toBe(Math.max(0, -totals.margin));
        expect(proposal.fits).toBe(available >= proposal.overrun);
        for (const id of proposal.actionIds) expect(cands.has(id)).toBe(true);
        expect(new Set(proposal.actionIds).size).toBe(proposal.actionIds.length);
        expect(proposal.savings).toBe(proposal.actionIds.reduce((s, id) => s + (cands.get(id)?.own ?? 0), 0));
        // Postponing the proposal really gives ownFundsAfter.
        const ids = new Set(proposal.actionIds);
        const after = computeTotals({
          ...input,
          actions: input.actions.map((a) => (ids.has(a.id) ? { ...a, status: 'postponed' as const } : a)),
        });
        expect(after.ownFunds).toBe(proposal.ownFundsAfter);
        if (proposal.fits) expect(after.margin).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('touches a higher priority only when the lower ones cannot cover, with no superfluous tiltak', () => {
    fc.assert(
      fc.property(inputArb(25), (input) => {
        const proposal = fitToFrame(input);
        if (proposal.overrun === 0 || !proposal.fits) return;
        const cands = candidates(input);
        const sumAtLeast = (p: number) => [...cands.values()].filter((c) => c.priority >= p).reduce((s, c) => s + c.own, 0);
        const chosen = proposal.actionIds.map((id) => cands.get(id)!);
        const highest = Math.min(...chosen.map((c) => c.priority));
        // Every level below the highest one touched could not cover the overrun on its own.
        expect(sumAtLeast(highest + 1)).toBeLessThan(proposal.overrun);
        // A priority-3 tiltak alone would suffice → nothing but priority 3 (and just one tiltak).
        if ([...cands.values()].some((c) => c.priority === 3 && c.own >= proposal.overrun)) {
          expect(chosen.every((c) => c.priority === 3)).toBe(true);
          expect(chosen).toHaveLength(1);
        }
        // Irredundant: leaving out any one of them no longer fits.
        for (const c of chosen) expect(proposal.savings - c.own).toBeLessThan(proposal.overrun);
        // Within the highest level touched, the count is the minimum possible (brute force).
        const lower = sumAtLeast(highest + 1);
        const levelValues = [...cands.values()].filter((c) => c.priority === highest).map((c) => c.own);
        if (levelValues.length <= 12) {
          expect(chosen.filter((c) => c.priority === highest)).toHaveLength(bruteMinCount(levelValues, proposal.overrun - lower));
        }
        // Listed lowest priority first.
        const priorities = chosen.map((c) => c.priority);
        expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
      }),
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(inputArb(15), (input) => {
        const copy = structuredClone(input);
        fitToFrame(deepFreeze(input));
        expect(input).toEqual(copy);
      }),
    );
  });
});
