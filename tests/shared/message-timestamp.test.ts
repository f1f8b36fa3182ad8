// A timestamp in a message (`{{at, timestamp}}`, e.g. who created the other plan for a year
// and when: sync.joined.*) is written as a local date and time in the message's language,
// as the app writes dates — never the raw ISO string the Y.Doc holds.
import { describe, expect, it } from 'vitest';
import { formatDate } from '@shared/input';
import { formatMessageTimestamp, interpolate, msg, renderMessage } from '@shared/i18n/message';

// 30 November 2026 13:05 local time, whatever the machine's time zone.
const at = new Date(2026, 10, 30, 13, 5).toISOString();

describe('timestamps in messages', () => {
  it.each([
    ['nb', '30.11.2026, 13:05', 'Handlingsplanen for 2027 ble opprettet to ganger: Kari opprettet også en (30.11.2026, 13:05).'],
    ['en', '2026-11-30, 13:05', 'The action plan for 2027 was created twice: Kari created one too (2026-11-30, 13:05).'],
  ] as const)('sync.joined.* in %s', (language, written, plan) => {
    expect(formatMessageTimestamp(at, language)).toBe(written);
    expect(renderMessage(msg('sync.joined.plan', { year: 2027, by: 'Kari', at }), language).startsWith(plan)).toBe(true);
    for (const text of [
      renderMessage(msg('sync.joined.number', { from: '1.5', to: '1.6', title: 'Kurs', by: 'Kari', at }), language),
      renderMessage(msg('sync.joined.period', { year: 2031, from: 2026, to: 2031, by: 'Kari', at }), language),
    ]) {
      expect(text).toContain(`(${written})`);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    }
  });

  it('the date is the one formatDate writes; text that is no ISO timestamp is written as it is', () => {
    for (const language of ['nb', 'en'] as const) expect(formatMessageTimestamp(at, language).startsWith(formatDate('2026-11-30', language))).toBe(true);
    expect(interpolate('({{at, timestamp}})', { at: '30.11.2026, 13:05' }, 'nb')).toBe('(30.11.2026, 13:05)');
    expect(interpolate('({{at, timestamp}})', { at: '2026-11-30' }, 'en')).toBe('(2026-11-30)');
    expect(formatMessageTimestamp('not a time', 'nb')).toBe('');
  });
});
