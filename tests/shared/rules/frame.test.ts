import { describe, expect, it } from 'vitest';
import { formatKroner, formatNumber } from '@shared/money/kroner';
import { capacityFindings, frameFindings } from '@shared/rules';
import { line, makeAction, makeInput } from './fixtures';

const frame = (ownFunds: number, capacityHours = 1_000) => ({ plan: { frame: { ownFunds, capacityHours, targetShares: {} } } });

describe('frameFindings', () => {
  it.each([
    {
      name: 'overrun of 150 000 kr',
      own: [600_000, 550_000],
      frameOwnFunds: 1_000_000,
      expected: { severity: 'error', code: 'frame-overrun', amount: 150_000 },
      mentions: [formatKroner(150_000), formatKroner(1_150_000), formatKroner(1_000_000), '15 %'],
    },
    {
      name: 'margin of 250 000 kr',
      own: [500_000, 250_000],
      frameOwnFunds: 1_000_000,
      expected: { severity: 'info', code: 'frame-margin', amount: 250_000 },
      mentions: [formatKroner(250_000), '25 %'],
    },
    {
      name: 'exactly at the frame is a margin of 0',
      own: [1_000_000],
      frameOwnFunds: 1_000_000,
      expected: { severity: 'info', code: 'frame-margin', amount: 0 },
      mentions: [formatKroner(0), '0 %'],
    },
    {
      name: 'overrun percent with one decimal',
      own: [1_001],
      frameOwnFunds: 1_000,
      expected: { severity: 'error', code: 'frame-overrun', amount: 1 },
      mentions: ['0,1 %'],
    },
    {
      name: 'frame not set while own funds are used',
      own: [40_000],
      frameOwnFunds: 0,
      expected: { severity: 'warning', code: 'frame-not-set', amount: 40_000 },
      mentions: [formatKroner(40_000)],
    },
  ])('$name', ({ own, frameOwnFunds, expected, mentions }) => {
    const actions = own.map((amount, i) => makeAction(`t${i + 1}`, { cost: amount, funding: [line('own', amount)] }));
    const findings = frameFindings(makeInput(actions, frame(frameOwnFunds)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ ...expected, entity: { kind: 'plan', id: 'plan1' } });
    for (const m of mentions) expect(findings[0]?.message).toContain(m);
  });

  it('ignores own funds of utsatt and avlyst tiltak', () => {
    const actions = [
      makeAction('t1', { cost: 900_000 }),
      makeAction('t2', { cost: 900_000, status: 'postponed' }),
      makeAction('t3', { cost: 900_000, status: 'cancelled' }),
    ];
    expect(frameFindings(makeInput(actions, frame(1_000_000)))[0]).toMatchObject({ code: 'frame-margin', amount: 100_000 });
  });

  it('says nothing when neither frame nor own funds are set', () => {
    expect(frameFindings(makeInput([makeAction('t1', { funding: [] })], frame(0)))).toEqual([]);
  });
});

describe('capacityFindings', () => {
  it.each([
    { name: 'over capacity', hours: [700, 500], capacity: 1_000, expected: { severity: 'error', code: 'capacity-overrun', amount: 200 }, mentions: [formatNumber(1_200), formatNumber(1_000), '200 timer', '20 %'] },
    { name: 'within capacity', hours: [300], capacity: 1_000, expected: { severity: 'info', code: 'capacity-margin', amount: 700 }, mentions: ['700 timer'] },
    { name: 'capacity not set', hours: [300], capacity: 0, expected: { severity: 'info', code: 'capacity-not-set', amount: 300 }, mentions: ['300 timeverk'] },
  ])('$name', ({ hours, capacity, expected, mentions }) => {
    const actions = hours.map((h, i) => makeAction(`t${i + 1}`, { hours: h }));
    const findings = capacityFindings(makeInput(actions, frame(1_000_000, capacity)));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject(expected);
    for (const m of mentions) expect(findings[0]?.message).toContain(m);
  });

  it('says nothing with no capacity and no hours', () => {
    expect(capacityFindings(makeInput([makeAction('t1', { hours: 0 })], frame(1, 0)))).toEqual([]);
  });
});
