import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Actor } from '@shared/domain/entities';
import { fiveFactorCoverage, renderFinding } from '@shared/rules';
import { line, makeAction, makePlan, makeStrategy } from './fixtures';
import { actionsArb } from './arbitraries';

const allFive: Actor[] = [
  { id: 'a1', name: 'Næringsforeningen', category: 'business' },
  { id: 'a2', name: 'Fylkeskommunen', category: 'public' },
  { id: 'a3', name: 'Høgskolen', category: 'research' },
  { id: 'a4', name: 'Gründerhuset', category: 'entrepreneur' },
  { id: 'a5', name: 'Investinor', category: 'capital' },
];

describe('fiveFactorCoverage', () => {
  it.each([
    {
      name: 'partners and funders both count',
      actions: [makeAction('t1', { partnerIds: ['a1', 'a2'], funding: [line('external', 100, 'applied', 'a5')] })],
      planCounts: { public: 1, entrepreneur: 0, research: 0, business: 1, capital: 1 },
      missing: ['entrepreneur', 'research'],
    },
    {
      name: 'inactive tiltak and unknown actors do not count',
      actions: [
        makeAction('t1', { partnerIds: ['a3', 'ghost'], status: 'cancelled' }),
        makeAction('t2', { partnerIds: ['a4', 'a4'], funding: [line('partner', 50, 'confirmed', 'ghost')] }),
      ],
      planCounts: { public: 0, entrepreneur: 1, research: 0, business: 0, capital: 0 },
      missing: ['public', 'research', 'business', 'capital'],
    },
    {
      name: 'every category involved: nothing missing',
      actions: [makeAction('t1', { partnerIds: ['a1', 'a2', 'a3', 'a4'], funding: [line('partner', 5, 'planned', 'a5')] })],
      planCounts: { public: 1, entrepreneur: 1, research: 1, business: 1, capital: 1 },
      missing: [],
    },
  ])('$name', ({ actions, planCounts, missing }) => {
    const result = fiveFactorCoverage(makeStrategy({ actors: allFive }), makePlan(), actions);
    expect(result.countsOnAll).toBe(true);
    expect(result.plan.categories).toEqual(planCounts);
    expect(result.plan.missing).toEqual(missing);
    expect(result.findings.filter((f) => f.entity.kind === 'plan').map((f) => f.code)).toEqual(
      missing.map((c) => `five-factor-missing-${c}`),
    );
  });

  it('counts per innsatsområde and notes the missing categories of areas with tiltak', () => {
    const actions = [
      makeAction('t1', { initiativeIds: ['in1'], partnerIds: ['a1'] }),
      makeAction('t2', { initiativeIds: ['in3'], partnerIds: ['a2', 'a3', 'a4', 'a5'] }),
    ];
    const result = fiveFactorCoverage(makeStrategy({ actors: allFive }), makePlan(), actions);
    expect(result.byFocusArea.map((g) => [g.focusAreaId, g.actionCount, g.missing])).toEqual([
      ['fa1', 1, ['public', 'entrepreneur', 'research', 'capital']],
      ['fa2', 1, ['business']],
    ]);
    const areaFindings = result.findings.filter((f) => f.entity.kind === 'focusArea');
    expect(areaFindings.map((f) => [f.entity.id, f.code, f.severity])).toContainEqual(['fa2', 'five-factor-missing-business', 'info']);
    expect(areaFindings).toHaveLength(5);
    expect(renderFinding(areaFindings[4]!, 'en')).toContain('Kompetanse og inkludering');
  });

  it('a strategy counts only on the categories in its actor register', () => {
    // The fixture registers business and public actors only.
    const result = fiveFactorCoverage(makeStrategy(), makePlan(), [makeAction('t1', { partnerIds: ['a1'] })]);
    expect(result.expected).toEqual(['public', 'business']);
    expect(result.countsOnAll).toBe(false);
    expect(result.plan.missing).toEqual(['public']);
    expect(result.findings.map((f) => f.code)).toEqual(['five-factor-missing-public', 'five-factor-missing-public']);
  });

  it('tiltak without an area get their own group', () => {
    const result = fiveFactorCoverage(makeStrategy(), makePlan(), [makeAction('t1', { initiativeIds: [], partnerIds: ['a2'] })]);
    expect(result.byFocusArea.at(-1)).toMatchObject({ focusAreaId: null, actionCount: 1 });
  });

  it('property: the groups add up to the plan, and a category count never exceeds the tiltak', () => {
    fc.assert(
      fc.property(actionsArb(20), (actions) => {
        const result = fiveFactorCoverage(makeStrategy({ actors: allFive }), makePlan(), actions);
        const sum = result.byFocusArea.reduce((s, g) => s + g.actionCount, 0);
        expect(sum).toBe(result.plan.actionCount);
        for (const category of result.expected) {
          expect(result.byFocusArea.reduce((s, g) => s + g.categories[category], 0)).toBe(result.plan.categories[category]);
          expect(result.plan.categories[category]).toBeLessThanOrEqual(result.plan.actionCount);
        }
      }),
    );
  });
});

describe('what the strategy counts on', () => {
  it('the Østfold template says all five, even with an empty actor register', () => {
    const strategy = makeStrategy({ actors: [], templateId: 'ostfold-2024-2027' });
    const result = fiveFactorCoverage(strategy, makePlan(), [makeAction('t1')]);
    expect(result.countsOnAll).toBe(true);
    expect(result.plan.missing).toEqual(['public', 'entrepreneur', 'research', 'business', 'capital']);
  });

  it('the Osloregionen template with no actors counts on none', () => {
    const strategy = makeStrategy({ actors: [], templateId: 'osloregionen-2025-2028' });
    const result = fiveFactorCoverage(strategy, makePlan(), [makeAction('t1')]);
    expect(result.expected).toEqual([]);
    expect(result.findings).toEqual([]);
  });
});
