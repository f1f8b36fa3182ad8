import { describe, expect, it } from 'vitest';
import type { Action } from '@shared/domain/entities';
import {
  SHARE_TOLERANCE_POINTS,
  focusAreaUncoveredFindings,
  initiativeUncoveredFindings,
  shareOffTargetFindings,
  strategyUncoveredFindings,
} from '@shared/rules';
import { makeAction, makeInput, makeStrategy } from './fixtures';

const ids = (findings: { entity: { id: string } }[]) => findings.map((f) => f.entity.id);

describe('initiativeUncoveredFindings', () => {
  it.each([
    { name: 'no tiltak: every satsing', actions: [] as Action[], expected: ['in1', 'in2', 'in3'] },
    { name: 'first satsing covered', actions: [makeAction('1', { initiativeIds: ['in1'] })], expected: ['in2', 'in3'] },
    { name: 'a second satsing counts too', actions: [makeAction('1', { initiativeIds: ['in1', 'in3'] })], expected: ['in2'] },
    { name: 'utsatt tiltak does not cover', actions: [makeAction('1', { initiativeIds: ['in2'], status: 'postponed' })], expected: ['in1', 'in2', 'in3'] },
    { name: 'fullført tiltak covers', actions: [makeAction('1', { initiativeIds: ['in2'], status: 'done' })], expected: ['in1', 'in3'] },
  ])('$name', ({ actions, expected }) => {
    const findings = initiativeUncoveredFindings(makeInput(actions));
    expect(ids(findings)).toEqual(expected);
    expect(findings.every((f) => f.severity === 'info' && f.code === 'initiative-uncovered' && f.entity.kind === 'initiative')).toBe(true);
  });
  it('names the satsing and its focus area', () => {
    const [finding] = initiativeUncoveredFindings(makeInput([makeAction('1', { initiativeIds: ['in1', 'in3'] })]));
    expect(finding?.message).toBe('Satsingen «Gründere» (Næringsutvikling) har ingen aktive tiltak.');
  });
});

describe('focusAreaUncoveredFindings', () => {
  it.each([
    { name: 'no tiltak', actions: [] as Action[], expected: ['fa1', 'fa2'] },
    { name: 'via first satsing', actions: [makeAction('1', { initiativeIds: ['in1'] })], expected: ['fa2'] },
    { name: 'via a later satsing', actions: [makeAction('1', { initiativeIds: ['in1', 'in3'] })], expected: [] },
    { name: 'via a tverrgående prosjekt', actions: [makeAction('1', { initiativeIds: [], crossCuttingProjectId: 'cc1' })], expected: [] },
    { name: 'avlyst does not cover', actions: [makeAction('1', { initiativeIds: ['in3'], status: 'cancelled' })], expected: ['fa1', 'fa2'] },
    { name: 'directly under the area', actions: [makeAction('1', { initiativeIds: [], focusAreaIds: ['fa1'] })], expected: ['fa2'] },
    { name: 'directly under a delmål of the area', actions: [makeAction('1', { initiativeIds: [], subGoalIds: ['sg1'] })], expected: ['fa1'] },
  ])('$name', ({ actions, expected }) => {
    const findings = focusAreaUncoveredFindings(makeInput(actions));
    expect(ids(findings)).toEqual(expected);
    expect(findings.every((f) => f.severity === 'warning' && f.code === 'focus-area-uncovered')).toBe(true);
  });
});

describe('strategyUncoveredFindings', () => {
  it.each([
    { name: 'no tiltak', actions: [] as Action[], expected: ['gs1', 'gs2', 'gs3'] },
    { name: 'via the satsing (in1 serves gs1)', actions: [makeAction('1', { initiativeIds: ['in1'] })], expected: ['gs2', 'gs3'] },
    { name: 'directly on the tiltak', actions: [makeAction('1', { initiativeIds: ['in2'], guidingStrategyIds: ['gs3'] })], expected: ['gs1', 'gs2'] },
    { name: 'via a second satsing', actions: [makeAction('1', { initiativeIds: ['in2', 'in3'] })], expected: ['gs1', 'gs3'] },
    { name: 'utsatt does not serve', actions: [makeAction('1', { guidingStrategyIds: ['gs2', 'gs3'], status: 'postponed' })], expected: ['gs1', 'gs2', 'gs3'] },
  ])('$name', ({ actions, expected }) => {
    const findings = strategyUncoveredFindings(makeInput(actions));
    expect(ids(findings)).toEqual(expected);
    expect(findings.every((f) => f.code === 'strategy-uncovered' && f.entity.kind === 'guidingStrategy')).toBe(true);
  });
  it('quotes a long strategy text shortened', () => {
    const text = 'ved å '.repeat(60);
    const [finding] = strategyUncoveredFindings(makeInput([], { strategy: { guidingStrategies: [{ id: 'g', text }] } }));
    expect(finding?.message.length).toBeLessThan(text.length);
    expect(finding?.message).toContain('…');
  });
});

const shares = (r: Record<string, number>) => r;

describe('shareOffTargetFindings', () => {
  // fa1 gets `a` kroner (in1), fa2 gets `b` kroner (in3).
  const input = (a: number, b: number, targetShares: Record<string, number>) =>
    makeInput(
      [makeAction('1', { initiativeIds: ['in1'], cost: a, funding: [] }), makeAction('2', { initiativeIds: ['in3'], cost: b, funding: [] })],
      { plan: { frame: { ownFunds: 1, capacityHours: 1, targetShares } } },
    );
  it('tolerance is 5 percentage points', () => expect(SHARE_TOLERANCE_POINTS).toBe(5));
  it.each([
    { name: 'on target', a: 60, b: 40, targets: shares({ fa1: 60, fa2: 40 }), expected: [] as string[] },
    { name: 'exactly 5 points off is tolerated', a: 65, b: 35, targets: shares({ fa1: 60, fa2: 40 }), expected: [] },
    { name: 'just over 5 points off', a: 6_501, b: 3_499, targets: shares({ fa1: 60, fa2: 40 }), expected: ['fa1', 'fa2'] },
    { name: 'only areas with a target are checked', a: 90, b: 10, targets: shares({ fa2: 40 }), expected: ['fa2'] },
    { name: 'no targets', a: 90, b: 10, targets: shares({}), expected: [] },
    { name: 'area without tiltak vs a target', a: 100, b: 0, targets: shares({ fa2: 20 }), expected: ['fa2'] },
    { name: 'nothing while the plan costs 0', a: 0, b: 0, targets: shares({ fa1: 50 }), expected: [] },
  ])('$name', ({ a, b, targets, expected }) => {
    const findings = shareOffTargetFindings(input(a, b, targets));
    expect(ids(findings)).toEqual(expected);
  });
  it('names the area, both shares and the deviation', () => {
    const [finding] = shareOffTargetFindings(input(75, 25, { fa1: 60 }));
    expect(finding).toMatchObject({ severity: 'warning', code: 'share-off-target', amount: 75, params: { share: 75, target: 60, deviation: 15 } });
    expect(finding?.message).toContain('«Næringsutvikling» har 75 % av kostnaden, men målet er 60 %');
  });
  it('ignores a target for a focus area the strategy does not have', () => {
    expect(shareOffTargetFindings(input(50, 50, { gone: 10 }))).toEqual([]);
    expect(makeStrategy().focusAreas.map((f) => f.id)).not.toContain('gone');
  });
});
