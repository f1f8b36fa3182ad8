import { describe, expect, it } from 'vitest';
import type { Action } from '@shared/domain/entities';
import { formatKroner } from '@shared/money/kroner';
import {
  deadlineOutsideYearFindings,
  missingDeadlineFindings,
  missingFundingFindings,
  missingKpiFindings,
  missingLinkFindings,
  missingOwnerFindings,
  partnerFundingFindings,
  startAfterDeadlineFindings,
  startOutsideYearFindings,
} from '@shared/rules';
import { line, makeAction, makeInput } from './fixtures';

interface Case {
  name: string;
  rule: typeof missingOwnerFindings;
  action: Action;
  /** [severity, code, amount?] per expected finding, in order; [] = none. */
  expected: Array<[string, string, number?]>;
  mentions?: string[];
}

const title = 'Næringsvennlig region';

const cases: Case[] = [
  { name: 'owner present', rule: missingOwnerFindings, action: makeAction('17'), expected: [] },
  {
    name: 'owner missing',
    rule: missingOwnerFindings,
    action: makeAction('17', { title, owner: '' }),
    expected: [['warning', 'missing-owner']],
    mentions: ['Tiltak 17 «Næringsvennlig region» mangler ansvarlig'],
  },
  { name: 'owner only blanks', rule: missingOwnerFindings, action: makeAction('17', { owner: '   ' }), expected: [['warning', 'missing-owner']] },
  { name: 'owner missing on avlyst tiltak is not checked', rule: missingOwnerFindings, action: makeAction('17', { owner: '', status: 'cancelled' }), expected: [] },
  { name: 'deadline missing', rule: missingDeadlineFindings, action: makeAction('2', { deadline: null }), expected: [['warning', 'missing-deadline']], mentions: ['mangler frist'] },
  { name: 'deadline present', rule: missingDeadlineFindings, action: makeAction('2'), expected: [] },
  {
    name: 'funding missing on a costly tiltak',
    rule: missingFundingFindings,
    action: makeAction('4', { cost: 75_000, funding: [] }),
    expected: [['warning', 'missing-funding', 75_000]],
    mentions: [formatKroner(75_000)],
  },
  { name: 'no funding needed at 0 kr', rule: missingFundingFindings, action: makeAction('4', { cost: 0, funding: [] }), expected: [] },
  { name: 'funding present', rule: missingFundingFindings, action: makeAction('4'), expected: [] },
  { name: 'kpi missing', rule: missingKpiFindings, action: makeAction('5', { kpis: [] }), expected: [['warning', 'missing-kpi']] },
  { name: 'kpi present', rule: missingKpiFindings, action: makeAction('5'), expected: [] },
  { name: 'linked to a satsing', rule: missingLinkFindings, action: makeAction('6'), expected: [] },
  { name: 'linked to a tverrgående prosjekt only', rule: missingLinkFindings, action: makeAction('6', { initiativeIds: [], crossCuttingProjectId: 'cc1' }), expected: [] },
  { name: 'no link', rule: missingLinkFindings, action: makeAction('6', { initiativeIds: [] }), expected: [['warning', 'missing-link']] },
  { name: 'linked directly to an area', rule: missingLinkFindings, action: makeAction('6', { initiativeIds: [], focusAreaIds: ['fa1'] }), expected: [] },
  { name: 'linked directly to a delmål', rule: missingLinkFindings, action: makeAction('6', { initiativeIds: [], subGoalIds: ['sg1'] }), expected: [] },
  { name: 'linked to a delmål and an area that are gone', rule: missingLinkFindings, action: makeAction('6', { initiativeIds: [], subGoalIds: ['gone'], focusAreaIds: ['gone'] }), expected: [['warning', 'missing-link']] },
  {
    name: 'only dangling links',
    rule: missingLinkFindings,
    action: makeAction('6', { initiativeIds: ['deleted'], crossCuttingProjectId: 'deleted-too' }),
    expected: [['warning', 'missing-link']],
  },
  {
    name: 'deadline in the next year',
    rule: deadlineOutsideYearFindings,
    action: makeAction('7', { deadline: '2027-03-01' }),
    expected: [['warning', 'deadline-outside-year']],
    mentions: ['01.03.2027', '2026'],
  },
  { name: 'deadline on the last day of the year', rule: deadlineOutsideYearFindings, action: makeAction('7', { deadline: '2026-12-31' }), expected: [] },
  { name: 'deadline in the year before', rule: deadlineOutsideYearFindings, action: makeAction('7', { deadline: '2025-12-31' }), expected: [['warning', 'deadline-outside-year']] },
  { name: 'start after the year', rule: startOutsideYearFindings, action: makeAction('8', { start: '2027-01-01', deadline: null }), expected: [['info', 'start-outside-year']], mentions: ['01.01.2027'] },
  { name: 'start before the year on a new tiltak', rule: startOutsideYearFindings, action: makeAction('8', { start: '2025-11-01' }), expected: [['info', 'start-outside-year']] },
  {
    name: 'start before the year on a carried-over tiltak is fine',
    rule: startOutsideYearFindings,
    action: makeAction('8', { start: '2025-11-01', carriedFromId: 'old8' }),
    expected: [],
  },
  { name: 'start inside the year', rule: startOutsideYearFindings, action: makeAction('8'), expected: [] },
  {
    name: 'start after deadline',
    rule: startAfterDeadlineFindings,
    action: makeAction('9', { start: '2026-09-01', deadline: '2026-03-01' }),
    expected: [['warning', 'start-after-deadline']],
    mentions: ['01.09.2026', '01.03.2026'],
  },
  { name: 'start on the deadline', rule: startAfterDeadlineFindings, action: makeAction('9', { start: '2026-03-01', deadline: '2026-03-01' }), expected: [] },
  {
    name: 'partner funding from a listed partner',
    rule: partnerFundingFindings,
    action: makeAction('10', { partnerIds: ['a1'], funding: [line('partner', 50_000, 'confirmed', 'a1')] }),
    expected: [],
  },
  {
    name: 'partner funding from an actor not in the partner list (summed per actor)',
    rule: partnerFundingFindings,
    action: makeAction('10', {
      partnerIds: ['a1'],
      funding: [line('partner', 30_000, 'confirmed', 'a2'), line('partner', 20_000, 'applied', 'a2'), line('external', 99_000, 'confirmed', 'a2')],
    }),
    expected: [['warning', 'partner-funding-not-partner', 50_000]],
    mentions: ['Fylkeskommunen', formatKroner(50_000)],
  },
  {
    name: 'partner funding from an unknown actor names its id',
    rule: partnerFundingFindings,
    action: makeAction('10', { funding: [line('partner', 1_000, 'confirmed', 'ghost')] }),
    expected: [['warning', 'partner-funding-not-partner', 1_000]],
    mentions: ['ghost'],
  },
  {
    name: 'partner funding without an actor',
    rule: partnerFundingFindings,
    action: makeAction('10', { funding: [line('partner', 5_000, 'planned', null)] }),
    expected: [['warning', 'partner-funding-no-actor', 5_000]],
  },
  {
    name: 'external funding from a non-partner is fine',
    rule: partnerFundingFindings,
    action: makeAction('10', { funding: [line('external', 5_000, 'confirmed', 'a2')] }),
    expected: [],
  },
];

describe('completeness rules', () => {
  it.each(cases)('$name', ({ rule, action, expected, mentions }) => {
    const findings = rule(makeInput([action]));
    expect(findings.map((f) => [f.severity, f.code, ...(f.amount === undefined ? [] : [f.amount])])).toEqual(expected);
    for (const f of findings) expect(f.entity).toEqual({ kind: 'action', id: action.id, number: action.number });
    for (const m of mentions ?? []) expect(findings[0]?.message).toContain(m);
  });

  it('reports each tiltak in plan order', () => {
    const findings = missingOwnerFindings(
      makeInput([makeAction('3', { owner: '' }), makeAction('1'), makeAction('2', { owner: '' })]),
    );
    expect(findings.map((f) => f.params['number'])).toEqual(['3', '2']);
  });
});
