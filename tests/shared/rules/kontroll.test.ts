import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action, Finding } from '@shared/domain/entities';
import { catalogues, flattenKeys } from '@shared/i18n';
import { formatKroner } from '@shared/money/kroner';
import {
  FINDING_CODES,
  actionFunding,
  computeTotals,
  interpolate,
  renderFinding,
  runKontroll,
  sortFindings,
  totalsByFocusArea,
} from '@shared/rules';
import { inputArb } from './arbitraries';
import { coveredStrategy, deepFreeze, line, makeAction, makeInput } from './fixtures';

const codes = (findings: Finding[]) => findings.map((f) => f.code);

describe('runKontroll', () => {
  it('a complete plan within its frame has only the frame and capacity notes', () => {
    const result = runKontroll(makeInput([makeAction('1')], { strategy: coveredStrategy() }));
    expect(result.year).toBe(2026);
    expect(codes(result.findings)).toEqual(['frame-margin', 'capacity-margin']);
  });

  it('sorts error → warning → info and keeps rule order within a severity', () => {
    const result = runKontroll(
      makeInput(
        [
          makeAction('1', { owner: '', cost: 600_000, funding: [line('own', 600_000)] }),
          makeAction('2', { deadline: null, cost: 550_000, funding: [line('own', 450_000), line('external', 10_000, 'applied')] }),
        ],
        { strategy: coveredStrategy() },
      ),
    );
    expect(codes(result.findings)).toEqual([
      'frame-overrun',
      'uncovered',
      'missing-owner',
      'missing-deadline',
      'capacity-margin',
      'funding-risk',
    ]);
    const overrun = result.findings[0];
    expect(overrun?.amount).toBe(50_000);
    expect(overrun?.message).toContain(formatKroner(50_000));
    expect(result.findings[1]?.message).toContain(`Tiltak 2 «Tiltak 2»: ${formatKroner(90_000)}`);
  });

  it('sortFindings is stable', () => {
    const f = (severity: Finding['severity'], code: string): Finding => ({
      severity,
      code,
      message: code,
      entity: { kind: 'plan', id: 'p' },
      params: {},
    });
    const sorted = sortFindings([f('info', 'a'), f('error', 'b'), f('info', 'c'), f('warning', 'd'), f('error', 'e')]);
    expect(codes(sorted)).toEqual(['b', 'e', 'd', 'a', 'c']);
  });

  it('sortFindings orders as a stable sort by severity, into a new list, for any findings', () => {
    const rank = { error: 0, warning: 1, info: 2 } as const;
    const severities = fc.array(fc.constantFrom<Finding['severity']>('error', 'warning', 'info'), { maxLength: 60 });
    fc.assert(
      fc.property(severities, (list) => {
        const findings = list.map((severity, i): Finding => ({ severity, code: `c${i}`, message: '', entity: { kind: 'plan', id: 'p' }, params: {} }));
        const frozen = Object.freeze([...findings]);
        const sorted = sortFindings(frozen);
        expect(sorted).not.toBe(frozen);
        expect(codes(sorted)).toEqual(codes([...findings].sort((a, b) => rank[a.severity] - rank[b.severity])));
        expect(codes([...frozen])).toEqual(codes(findings));
      }),
    );
  });

  it('runs over 10 000 tiltak of a realistic plan', () => {
    // Most tiltak complete; every tenth lacks something, a third has applied-for grants.
    const actions: Action[] = Array.from({ length: 10_000 }, (_, i) => {
      const cost = 10_000 + (i % 50) * 1_000;
      return makeAction(`t${i}`, {
        initiativeIds: [['in1', 'in2', 'in3'][i % 3] ?? 'in1'],
        owner: i % 10 === 0 ? '' : 'Sekretariatet',
        deadline: i % 20 === 5 ? '2027-01-31' : '2026-11-30',
        cost,
        funding:
          i % 3 === 0
            ? [line('own', cost - 2_000), line('external', 2_000, 'applied')]
            : [line('own', i % 10 === 7 ? cost - 500 : cost)],
        partnerIds: ['a1'],
      });
    });
    const input = makeInput(actions);
    // Its speed is a budget in npm run bench (scripts/bench-budgets.mjs), not asserted here.
    const result = runKontroll(input);
    expect(result.totals.activeActions).toBe(10_000);
    expect(result.findings.length).toBeGreaterThan(3_000);
  });
});

describe('messages and the catalogue', () => {
  it('every finding code has a message in both languages under finding.<code>', () => {
    const nbKeys = new Set(flattenKeys(catalogues.nb));
    const enKeys = new Set(flattenKeys(catalogues.en));
    for (const code of FINDING_CODES) {
      expect(nbKeys.has(`finding.${code}`)).toBe(true);
      expect(enKeys.has(`finding.${code}`)).toBe(true);
    }
  });

  it('interpolates {{x}} and {{x, number}} like i18next, and refuses a missing value', () => {
    expect(interpolate('{{a}} har {{n, number}} kr', { a: 'Tiltak', n: 1234567 })).toBe(`Tiltak har ${formatKroner(1234567)}`);
    expect(interpolate('{{n, number}}', { n: 12.5 }, 'en')).toBe('12.5');
    expect(interpolate('{{n, number}}', { n: 12.5 })).toBe('12,5');
    expect(() => interpolate('{{missing}}', {})).toThrow(/missing/);
  });

  it('every finding the kontroll makes renders in English from its params, and its message is the nb rendering', () => {
    fc.assert(
      fc.property(inputArb(20), (input) => {
        for (const finding of runKontroll(input).findings) {
          expect(renderFinding(finding, 'nb')).toBe(finding.message);
          const en = renderFinding(finding, 'en');
          expect(en).not.toMatch(/\{\{/);
          expect(en.length).toBeGreaterThan(10);
        }
      }),
    );
  });
});

describe('kontroll properties', () => {
  it('the focus-area groups add up to the totals, and uncovered is never negative', () => {
    fc.assert(
      fc.property(inputArb(30), (input) => {
        const totals = computeTotals(input);
        const groups = totalsByFocusArea(input);
        const sum = (key: 'cost' | 'ownFunds' | 'partnerFunds' | 'externalFunds' | 'uncovered' | 'hours' | 'actionCount') =>
          groups.reduce((s, g) => s + g[key], 0);
        expect(sum('cost')).toBe(totals.cost);
        expect(sum('ownFunds')).toBe(totals.ownFunds);
        expect(sum('partnerFunds')).toBe(totals.partnerFunds);
        expect(sum('externalFunds')).toBe(totals.externalFunds);
        expect(sum('uncovered')).toBe(totals.uncovered);
        expect(sum('hours')).toBe(totals.hours);
        expect(sum('actionCount')).toBe(totals.activeActions);
        expect(totals.confirmedFunds + totals.appliedFunds + totals.plannedFunds).toBe(
          totals.ownFunds + totals.partnerFunds + totals.externalFunds,
        );
        expect(totals.uncovered).toBeGreaterThanOrEqual(0);
        for (const a of input.actions) expect(actionFunding(a).uncovered).toBeGreaterThanOrEqual(0);
        expect(totals.margin).toBe(totals.frameOwnFunds - totals.ownFunds);
        // Focus areas in strategy order, then the null group only when it has tiltak.
        const ids = groups.map((g) => g.focusAreaId);
        expect(ids.slice(0, input.strategy.focusAreas.length)).toEqual(input.strategy.focusAreas.map((f) => f.id));
        if (ids.length > input.strategy.focusAreas.length) expect(groups.at(-1)?.actionCount).toBeGreaterThan(0);
      }),
    );
  });

  it('findings come sorted by severity and the input is not mutated', () => {
    const rank = { error: 0, warning: 1, info: 2 };
    fc.assert(
      fc.property(inputArb(20), (input) => {
        const copy = structuredClone(input);
        const { findings } = runKontroll(deepFreeze(input));
        for (let i = 1; i < findings.length; i++) {
          expect(rank[findings[i - 1]!.severity]).toBeLessThanOrEqual(rank[findings[i]!.severity]);
        }
        expect(input).toEqual(copy);
      }),
    );
  });
});
