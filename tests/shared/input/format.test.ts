import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMessage, msg, type MessageLanguage } from '@shared/i18n/message';
import { renderFinding } from '@shared/rules/messages';
import {
  MAX_KRONER,
  formatDate,
  formatHours,
  formatKroner,
  formatNumber,
  formatPercent,
  parseDate,
  parseHours,
  parseKroner,
  parseNumber,
  parsePercent,
} from '@shared/input';

const NBSP = '\u00a0';
const LANGS: MessageLanguage[] = ['nb', 'en'];

describe('formats per language', () => {
  it.each<[string, string, string]>([
    ['kroner', formatKroner(1234567, 'nb'), `1${NBSP}234${NBSP}567 kr`],
    ['kroner en', formatKroner(1234567, 'en'), 'NOK 1,234,567'],
    ['kroner 0', formatKroner(0), '0 kr'],
    ['number', formatNumber(1234.5, 'nb'), `1${NBSP}234,5`],
    ['number en', formatNumber(1234.5, 'en'), '1,234.5'],
    ['percent', formatPercent(12.5, 'nb'), `12,5${NBSP}%`],
    ['percent en', formatPercent(12.5, 'en'), '12.5%'],
    ['percent rounds to one decimal', formatPercent(12.345, 'nb'), `12,3${NBSP}%`],
    ['hours', formatHours(1200, 'nb'), `1${NBSP}200`],
    ['hours en', formatHours(1200, 'en'), '1,200'],
    ['date', formatDate('2026-03-31', 'nb'), '31.03.2026'],
    ['date en', formatDate('2026-03-31', 'en'), '2026-03-31'],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('an English finding shows an amount exactly as the English table does', () => {
    const finding = { code: 'frame-not-set' as const, params: { ownFunds: 1234567 } };
    expect(renderFinding(finding, 'en')).toContain(formatKroner(1234567, 'en'));
    expect(renderFinding(finding, 'nb')).toContain(formatKroner(1234567, 'nb'));
    expect(renderMessage(msg('input.kroner.tooLarge', { text: 'x', max: 1234567 }), 'en')).toContain(formatKroner(1234567, 'en'));
  });
});

describe('parse(format(x)) = x', () => {
  for (const language of LANGS) {
    it(`kroner (${language})`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: MAX_KRONER }), (x) => {
          expect(parseKroner(formatKroner(x, language), { language })).toEqual({ ok: true, value: x });
          expect(parseKroner(formatNumber(x, language), { language })).toEqual({ ok: true, value: x });
        }),
      );
    });

    it(`numbers with up to three decimals (${language})`, () => {
      fc.assert(
        fc.property(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), (n) => {
          const x = n / 1000;
          expect(parseNumber(formatNumber(x, language), { language })).toEqual({ ok: true, value: x });
        }),
      );
    });

    it(`percent with one decimal (${language})`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1000 }), (n) => {
          const x = n / 10;
          expect(parsePercent(formatPercent(x, language), { language })).toEqual({ ok: true, value: x });
        }),
      );
    });

    it(`hours (${language})`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 10_000_000 }), (x) => {
          expect(parseHours(formatHours(x, language), { language })).toEqual({ ok: true, value: x });
        }),
      );
    });

    it(`dates (${language})`, () => {
      fc.assert(
        fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2199, 11, 31)), noInvalidDate: true }), (d) => {
          const iso = d.toISOString().slice(0, 10);
          expect(parseDate(formatDate(iso, language), { language })).toEqual({ ok: true, value: iso });
        }),
      );
    });
  }

  it('no text is read as a different amount in the two languages when it is unambiguous', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_KRONER }), (x) => {
        const spaced = formatKroner(x, 'nb').replace(' kr', '');
        expect(parseKroner(spaced, { language: 'en' })).toEqual({ ok: true, value: x });
      }),
    );
  });
});
