// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formattersFor, languageOf } from '../../../renderer/src/ui/format';
import { formatTimestamp } from '../../../renderer/src/ui/format-timestamp';

const NBSP = '\u00a0';

describe('formatters per UI language', () => {
  it('maps i18next codes to the catalogue language', () => {
    expect(languageOf('en')).toBe('en');
    expect(languageOf('en-GB')).toBe('en');
    expect(languageOf('nb')).toBe('nb');
    expect(languageOf(undefined)).toBe('nb');
  });

  it.each([
    ['nb', `1${NBSP}234${NBSP}567 kr`, `12,5${NBSP}%`, '12,5', '31.03.2026'],
    ['en', 'NOK 1,234,567', '12.5%', '12.5', '2026-03-31'],
  ] as const)('%s', (language, kroner, percent, percentNumber, date) => {
    const f = formattersFor(language);
    expect(f.kroner(1234567)).toBe(kroner);
    expect(f.percent(12.5)).toBe(percent);
    expect(f.percentNumber(12.5)).toBe(percentNumber);
    expect(f.date('2026-03-31')).toBe(date);
  });

  it('writes a timestamp with the language’s date form', () => {
    const local = new Date(2026, 10, 24, 10, 15).toISOString();
    expect(formatTimestamp(local, 'nb')).toBe('24.11.2026, 10:15');
    expect(formatTimestamp(local, 'en')).toBe('2026-11-24, 10:15');
    expect(formatTimestamp('not a date', 'en')).toBe('');
  });
});
