import { describe, expect, it } from 'vitest';
import { renderMessage, type MessageLanguage } from '@shared/i18n/message';
import { MAX_KRONER, parseDate, parseHours, parseKroner, parseNumber, parsePercent, type ParseResult } from '@shared/input';

/** The value, or the refusal's code. */
function outcome<T>(r: ParseResult<T>): T | string {
  return r.ok ? r.value : r.error.code;
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('parseKroner (nb)', () => {
  it.each<[string, number | string]>([
    ['0', 0],
    ['1500', 1500],
    ['1 234 567', 1234567],
    [`1${NBSP}234${NBSP}567`, 1234567],
    [`1${NNBSP}234${NNBSP}567`, 1234567],
    ['1.234.567', 1234567],
    ['1234567 kr', 1234567],
    ['kr 1 000,-', 1000],
    ['kr. 1 000', 1000],
    ['1 000,-', 1000],
    ['1 000,00', 1000],
    ['NOK 2500', 2500],
    ['  750 kr  ', 750],
    // The case: «1.500» is one thousand five hundred kroner in every field.
    ['1.500', 1500],
    // … and «1.500,5» has øre, which an amount in whole kroner cannot have.
    ['1.500,5', 'input.kroner.notWhole'],
    ['1,5', 'input.kroner.notWhole'],
    ['1.5', 'input.format.decimalComma'],
    ['12 34', 'input.format.grouping'],
    ['1.234 567', 'input.format.grouping'],
    ['1.23.456', 'input.format.grouping'],
    ['-500', 'input.kroner.negative'],
    ['\u2212500 kr', 'input.kroner.negative'],
    ['kr -1 000', 'input.kroner.negative'],
    ['', 'input.kroner.empty'],
    ['   ', 'input.kroner.empty'],
    ['kr', 'input.kroner.empty'],
    ['fem hundre', 'input.kroner.notNumber'],
    ['12abc', 'input.kroner.notNumber'],
    ['1,5,3', 'input.kroner.notNumber'],
    [String(MAX_KRONER), MAX_KRONER],
    [String(MAX_KRONER + 1), 'input.kroner.tooLarge'],
    ['99999999999999999999999', 'input.kroner.tooLarge'],
  ])('«%s» → %s', (text, expected) => {
    expect(outcome(parseKroner(text))).toBe(expected);
  });
});

describe('parseKroner (en)', () => {
  it.each<[string, number | string]>([
    ['1,234,567', 1234567],
    ['1 234 567', 1234567],
    ['NOK 1,234,567', 1234567],
    ['1,500', 1500],
    ['1,500.00', 1500],
    ['1.5', 'input.kroner.notWhole'],
    ['1,5', 'input.format.decimalPoint'],
    ['-5', 'input.kroner.negative'],
  ])('«%s» → %s', (text, expected) => {
    expect(outcome(parseKroner(text, { language: 'en' }))).toBe(expected);
  });
});

describe('parseNumber (KPI values)', () => {
  it.each<[string, number | string]>([
    ['5', 5],
    ['1 500', 1500],
    ['1.500', 1500],
    ['1.500,5', 1500.5],
    ['2,5', 2.5],
    [',5', 0.5],
    ['-3', -3],
    ['-0', 0],
    ['1.5', 'input.format.decimalComma'],
    ['fem', 'input.number.notNumber'],
    ['1,2,3', 'input.number.notNumber'],
    ['5%', 'input.number.notNumber'],
    ['', 'input.number.empty'],
  ])('«%s» → %s', (text, expected) => {
    expect(outcome(parseNumber(text))).toBe(expected);
  });

  it('honours min and max', () => {
    expect(outcome(parseNumber('-1', { min: 0 }))).toBe('input.number.tooSmall');
    expect(outcome(parseNumber('11', { max: 10 }))).toBe('input.number.tooLarge');
    expect(outcome(parseNumber('1.5', { language: 'en' }))).toBe(1.5);
    expect(outcome(parseNumber('1,500.5', { language: 'en' }))).toBe(1500.5);
  });
});

describe('parsePercent', () => {
  it.each<[string, number | string]>([
    ['12,5', 12.5],
    ['12,5 %', 12.5],
    [`12,5${NBSP}%`, 12.5],
    ['40%', 40],
    ['0', 0],
    ['100', 100],
    ['100,1', 'input.percent.tooLarge'],
    ['1.500', 'input.percent.tooLarge'],
    ['12.5', 'input.format.decimalComma'],
    ['-5', 'input.percent.negative'],
    ['mye', 'input.percent.notNumber'],
    ['%', 'input.percent.empty'],
  ])('«%s» → %s', (text, expected) => {
    expect(outcome(parsePercent(text))).toBe(expected);
  });

  it('honours min and max (a cut in the frame may be negative)', () => {
    expect(outcome(parsePercent('-20 %', { min: -1000 }))).toBe(-20);
    expect(outcome(parsePercent('-2000', { min: -1000 }))).toBe('input.percent.tooSmall');
    expect(outcome(parsePercent('50', { max: 40 }))).toBe('input.percent.tooLarge');
  });
});

describe('parseHours', () => {
  it.each<[string, number | string]>([
    ['120', 120],
    ['1 200', 1200],
    ['1.200', 1200],
    ['1 200 timer', 1200],
    ['40 t', 40],
    ['7,0', 7],
    ['1,5', 'input.hours.notWhole'],
    ['-2', 'input.hours.negative'],
    ['mange', 'input.hours.notNumber'],
    ['', 'input.hours.empty'],
    ['10000001', 'input.hours.tooLarge'],
  ])('«%s» → %s', (text, expected) => {
    expect(outcome(parseHours(text))).toBe(expected);
  });

  it('honours a smaller maximum', () => {
    expect(outcome(parseHours('1000001', { max: 1_000_000 }))).toBe('input.hours.tooLarge');
  });
});

describe('parseDate', () => {
  it.each<[string, string]>([
    ['31.03.2026', '2026-03-31'],
    ['1.3.2026', '2026-03-01'],
    ['1.3.26', '2026-03-01'],
    ['31/03/2026', '2026-03-31'],
    ['2026-03-31', '2026-03-31'],
    ['2026-3-1', '2026-03-01'],
    ['29.02.2024', '2024-02-29'],
    [' 01.01.2000 ', '2000-01-01'],
    ['31.02.2026', 'input.date.invalid'],
    ['29.02.2025', 'input.date.invalid'],
    ['2026-13-01', 'input.date.invalid'],
    ['0.1.2026', 'input.date.invalid'],
    ['31.12.1899', 'input.date.outOfRange'],
    ['1.1.2200', 'input.date.outOfRange'],
    ['i morgen', 'input.date.format'],
    ['31.03', 'input.date.format'],
    ['31.03/2026', 'input.date.format'],
    ['2026-03-31T10:00', 'input.date.format'],
    ['', 'input.date.empty'],
  ])('«%s» → %s', (text, expected) => {
    expect(outcome(parseDate(text))).toBe(expected);
  });
});

describe('refusals say why, in both languages', () => {
  const render = (r: ParseResult<unknown>, lang: MessageLanguage) => (r.ok ? '' : renderMessage(r.error, lang));

  it.each<[string, ParseResult<unknown>, string, string]>([
    ['negative hours', parseHours('-2'), 'Negative timer er ikke tillatt («-2»).', 'Negative hours are not allowed (“-2”).'],
    ['øre in an amount', parseKroner('1.500,5'), '«1.500,5» har øre. Beløp skrives i hele kroner.', '“1.500,5” has øre. Amounts are whole kroner.'],
    ['a dot as decimal sign', parseNumber('1.5'), '«1.5»: bruk komma som desimaltegn, for eksempel 1,5. Punktum skiller tusener.', '“1.5”: use a decimal comma, for example 1,5. A full stop separates thousands.'],
    ['no such day', parseDate('31.02.2026'), '«31.02.2026» finnes ikke i kalenderen.', '“31.02.2026” is not a day in the calendar.'],
    ['too large', parseKroner('200 000 000 000'), '«200 000 000 000» er over grensen på 100\u00a0000\u00a0000\u00a0000 kr.', '“200 000 000 000” is over the limit of NOK 100,000,000,000.'],
  ])('%s', (_name, result, nb, en) => {
    expect(result.ok).toBe(false);
    expect(render(result, 'nb')).toBe(nb);
    expect(render(result, 'en')).toBe(en);
  });

  it('every code the parsers give has a text in both languages', () => {
    const texts = ['', ' ', 'x', '-1', '1,5', '1.5', '12 34', '1.500,5', '100,5', '1e5', '31.02.2026', '1.1.1800', '99999999999999'];
    const results = texts.flatMap((t) => [parseKroner(t), parseNumber(t, { min: 0, max: 10 }), parsePercent(t), parseHours(t), parseDate(t)]);
    for (const r of results) {
      if (r.ok) continue;
      expect(() => renderMessage(r.error, 'nb')).not.toThrow();
      expect(() => renderMessage(r.error, 'en')).not.toThrow();
    }
  });
});
