/**
 * Numbers that JSON.parse would change silently (issue 10, point 5): 1e-400 (→ 0) and
 * 1e400 (→ Infinity) are refused with line and column; -0 is read as 0.
 */
import { renderMessage } from '@shared/i18n/message';
import { describe, expect, it } from 'vitest';
import { scanJsonNumbers } from '@shared/domain/json-numbers';
import { serializePlanFile, parsePlanFile } from '@shared/domain/plan-file';
import { kronerSchema } from '@shared/money/kroner';
import { makeAction, makePlan, makeStrategy } from '../rules/fixtures';

const file = (): string =>
  serializePlanFile(
    { strategy: makeStrategy(), plans: [makePlan()], actions: [makeAction('x1', { cost: 5 })] },
    '2026-01-01T00:00:00Z',
  );

describe('scanJsonNumbers', () => {
  it('finds underflow and overflow with line and column, and ignores strings', () => {
    expect(scanJsonNumbers('[1, 2.5, 1e3, 0e-400, "1e-400"]')).toEqual({ notExact: null, negativeZero: false });
    const under = scanJsonNumbers('{\n  "a": 1e-400\n}').notExact;
    expect(under?.code).toBe('limits.numberNotExact');
    expect(under?.params).toMatchObject({ text: '1e-400', line: 2, column: 8 });
    expect(scanJsonNumbers('[1.5E+400]').notExact?.params).toMatchObject({ text: '1.5E+400' });
    expect(scanJsonNumbers(`[0.${'0'.repeat(400)}1]`).notExact?.code).toBe('limits.numberNotExact');
    expect(scanJsonNumbers('[1e-320]').notExact).toBeNull();
  });

  it('notes negative zero in every spelling', () => {
    for (const z of ['-0', '-0.0', '-0e5', '-0.000E-3']) expect(scanJsonNumbers(`[${z}]`).negativeZero).toBe(true);
    expect(scanJsonNumbers('[-0.5, -10]').negativeZero).toBe(false);
  });
});

describe('plan file numbers', () => {
  it('refuses a cost of 1e-400 instead of reading 0', () => {
    const result = parsePlanFile(file().replace('"cost": 5', '"cost": 1e-400'));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.code).toBe('limits.numberNotExact');
      expect(renderMessage(result.errors[0]!, 'nb')).toContain('1e-400');
    }
  });

  it('refuses 1e400 instead of reading Infinity', () => {
    expect(parsePlanFile(file().replace('"cost": 5', '"cost": 1e400')).ok).toBe(false);
  });

  it('reads -0 as 0', () => {
    const result = parsePlanFile(file().replace('"cost": 5', '"cost": -0'));
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.is(result.doc.actions[0]?.cost, 0)).toBe(true);
  });

  it('normalises -0 in the kroner schema', () => {
    expect(Object.is(kronerSchema.parse(-0), 0)).toBe(true);
  });
});
