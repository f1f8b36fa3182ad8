import { describe, expect, it } from 'vitest';
import type { Action } from '@shared/domain/entities';
import { formatKroner } from '@shared/money/kroner';
import { fundingExceedsCostFindings, fundingRiskFindings, uncoveredFindings } from '@shared/rules';
import { line, makeAction, makeInput } from './fixtures';

type Rule = typeof uncoveredFindings;

interface Case {
  name: string;
  rule: Rule;
  action: Action;
  expected: { severity: string; code: string; amount: number } | null;
  mentions?: string[];
}

const cases: Case[] = [
  {
    name: 'uncovered: 150 000 kr of 400 000 kr',
    rule: uncoveredFindings,
    action: makeAction('17', { title: 'Næringsvennlig region', cost: 400_000, funding: [line('own', 200_000), line('external', 50_000, 'applied')] }),
    expected: { severity: 'warning', code: 'uncovered', amount: 150_000 },
    mentions: ['Tiltak 17 «Næringsvennlig region»', formatKroner(150_000), formatKroner(400_000)],
  },
  { name: 'uncovered: fully covered', rule: uncoveredFindings, action: makeAction('1', { cost: 100, funding: [line('own', 100)] }), expected: null },
  { name: 'uncovered: overfunded is not uncovered', rule: uncoveredFindings, action: makeAction('1', { cost: 100, funding: [line('own', 300)] }), expected: null },
  { name: 'uncovered: utsatt tiltak is not checked', rule: uncoveredFindings, action: makeAction('1', { cost: 100, funding: [], status: 'postponed' }), expected: null },
  {
    name: 'exceeds cost by 200 kr',
    rule: fundingExceedsCostFindings,
    action: makeAction('3', { cost: 1_000, funding: [line('own', 700), line('partner', 500, 'confirmed', 'a1')] }),
    expected: { severity: 'warning', code: 'funding-exceeds-cost', amount: 200 },
    mentions: [formatKroner(1_200), formatKroner(200), formatKroner(1_000)],
  },
  { name: 'exceeds cost: equal is fine', rule: fundingExceedsCostFindings, action: makeAction('3', { cost: 1_000 }), expected: null },
  {
    name: 'risk: applied and planned partner/external money',
    rule: fundingRiskFindings,
    action: makeAction('5', {
      cost: 1_000_000,
      funding: [
        line('own', 100_000, 'planned'),
        line('partner', 200_000, 'applied', 'a1'),
        line('external', 300_000, 'planned'),
        line('external', 400_000, 'confirmed'),
      ],
    }),
    expected: { severity: 'info', code: 'funding-risk', amount: 500_000 },
    mentions: [formatKroner(500_000), `søkt ${formatKroner(200_000)}`, `planlagt ${formatKroner(300_000)}`, `Bekreftet: ${formatKroner(400_000)}`],
  },
  {
    name: 'risk: own funds planned are governed by the frame, not risk',
    rule: fundingRiskFindings,
    action: makeAction('5', { funding: [line('own', 100_000, 'planned')] }),
    expected: null,
  },
  {
    name: 'risk: everything confirmed',
    rule: fundingRiskFindings,
    action: makeAction('5', { funding: [line('own', 50_000), line('external', 50_000)] }),
    expected: null,
  },
];

describe('financing rules', () => {
  it.each(cases)('$name', ({ rule, action, expected, mentions }) => {
    const findings = rule(makeInput([action]));
    if (expected === null) {
      expect(findings).toEqual([]);
      return;
    }
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ...expected, entity: { kind: 'action', id: action.id, number: action.number } });
    for (const m of mentions ?? []) expect(findings[0]?.message).toContain(m);
  });
});
