// @vitest-environment node
// (jsdom 31 cannot start on this Node 20; these are pure functions.)
import { describe, expect, it } from 'vitest';
import { parsePercent } from '../../../../renderer/src/features/economy/economy-data';
import { formatPercent } from '../../../../renderer/src/ui/format-percent';

describe('parsePercent / formatPercent', () => {
  it.each([
    ['', null],
    ['25', 25],
    ['12,5', 12.5],
    ['12,5 %', 12.5],
    ['100', 100],
    ['0', 0],
  ])('«%s» → %s', (text, value) => expect(parsePercent(text)).toEqual({ ok: true, value }));
  it.each(['101', '-1', 'mye', '1,2,3'])('«%s» is refused', (text) => expect(parsePercent(text).ok).toBe(false));
  it('formats with a decimal comma', () => expect(formatPercent(12.5)).toBe('12,5'));
});
