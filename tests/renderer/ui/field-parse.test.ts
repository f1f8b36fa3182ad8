// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHours, parseTarget } from '../../../renderer/src/ui/field-parse';

describe('parseTarget', () => {
  it.each([
    ['', null],
    ['  ', null],
    ['5', 5],
    ['1 500', 1500],
    ['2,5', 2.5],
    ['-3', -3],
  ])('«%s» → %s', (text, value) => {
    expect(parseTarget(text)).toEqual({ ok: true, value });
  });
  it.each(['fem', '1,2,3', '5%'])('«%s» is refused', (text) => {
    expect(parseTarget(text).ok).toBe(false);
  });
});

describe('parseHours', () => {
  it.each([
    ['', 0],
    ['120', 120],
    ['1 200', 1200],
  ])('«%s» → %i', (text, value) => {
    expect(parseHours(text)).toEqual({ ok: true, value });
  });
  it.each(['1,5', '-2', 'mange'])('«%s» is refused', (text) => {
    expect(parseHours(text).ok).toBe(false);
  });
});
