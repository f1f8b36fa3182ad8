/**
 * fast-check arbitraries for the kontroll: tiltak over the fixture strategy with random
 * cost, financing, status, priority and links (including dangling ones).
 */
import fc from 'fast-check';
import type { Action, FundingLine } from '@shared/domain/entities';
import type { KontrollInput } from '@shared/rules/types';
import { makeAction, makeInput } from './fixtures';

const fundingLineArb = fc.record({
  source: fc.constantFrom('own', 'partner', 'external'),
  actorId: fc.constantFrom(null, 'a1', 'a2', 'ghost'),
  amount: fc.integer({ min: 0, max: 500_000 }),
  status: fc.constantFrom('confirmed', 'applied', 'planned'),
}) satisfies fc.Arbitrary<Omit<FundingLine, 'id'>>;

const actionPartsArb = fc.record({
  cost: fc.integer({ min: 0, max: 1_000_000 }),
  funding: fc.array(fundingLineArb, { maxLength: 4 }),
  hours: fc.integer({ min: 0, max: 500 }),
  priority: fc.constantFrom(1, 2, 3),
  status: fc.constantFrom('planned', 'ongoing', 'done', 'postponed', 'cancelled'),
  initiativeIds: fc.subarray(['in1', 'in2', 'in3', 'gone']),
  subGoalIds: fc.subarray(['sg1', 'gone']),
  focusAreaIds: fc.subarray(['fa1', 'fa2', 'gone']),
  crossCuttingProjectId: fc.constantFrom(null, 'cc1'),
  partnerIds: fc.subarray(['a1', 'a2']),
  owner: fc.constantFrom('', 'Sekretariatet'),
});

/** A list of tiltak with unique ids t0, t1, …; funding line ids unique too. */
export const actionsArb = (maxLength = 30): fc.Arbitrary<Action[]> =>
  fc.array(actionPartsArb, { maxLength }).map((parts) =>
    parts.map(({ funding, ...rest }, i) =>
      makeAction(`t${i}`, {
        ...rest,
        funding: funding.map((l, j) => ({ ...l, id: `fl${i}_${j}` })),
      }),
    ),
  );

/** A kontroll input with random tiltak, frame, capacity and target shares. */
export const inputArb = (maxLength = 30): fc.Arbitrary<KontrollInput> =>
  fc
    .record({
      actions: actionsArb(maxLength),
      ownFunds: fc.integer({ min: 0, max: 5_000_000 }),
      capacityHours: fc.integer({ min: 0, max: 5_000 }),
      fa1: fc.option(fc.integer({ min: 0, max: 100 })),
    })
    .map(({ actions, ownFunds, capacityHours, fa1 }) =>
      makeInput(actions, {
        plan: { frame: { ownFunds, capacityHours, targetShares: fa1 === null ? {} : { fa1 } } },
      }),
    );
