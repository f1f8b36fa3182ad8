/**
 * Numbers that JSON.parse would change silently (issue 10, point 5): 1e-400 (→ 0) and
 * 1e400 (→ Infinity) are refused with line and column; -0 is read as 0.
 */
import { renderMessage } from '@shared/i18n/message';
import fc from 'fast-check';
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

/** The scan as it was first written (a tokenising regular expression): the oracle of the fast one. */
function regexScan(text: string): { notExact: string | null; negativeZero: boolean } {
  const shown = (t: string) => (t.length > 40 ? `${t.slice(0, 40)}…` : t);
  const token = /"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*/g;
  let negativeZero = false;
  for (let m = token.exec(text); m !== null; m = token.exec(text)) {
    const t = m[0];
    if (t.charCodeAt(0) === 0x22) continue;
    const hasExponent = t.includes('e') || t.includes('E');
    if (t.charCodeAt(0) === 0x2d && /^-0(?:\.0*)?(?:[eE][+-]?\d+)?$/.test(t)) {
      negativeZero = true;
      continue;
    }
    if (!hasExponent && t.length <= 300) continue;
    const value = Number(t);
    if (!Number.isFinite(value) || (value === 0 && /[1-9]/.test(t.split(/[eE]/)[0] ?? ''))) return { notExact: shown(t), negativeZero };
  }
  return { notExact: null, negativeZero };
}

describe('scanJsonNumbers against the regular-expression scan', () => {
  // Number tokens as JSON writes them, the troublesome ones included.
  const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 6 });
  const numberToken = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => JSON.stringify(x)),
    fc.constantFrom('-0', '-0.0', '-0e5', '0', '-0.5', '1e-400', '1e400', '-1E+400', '0e-400', '1e-320', `0.${'0'.repeat(400)}1`, `${'9'.repeat(301)}`, `-${'1'.repeat(299)}`),
    fc.tuple(fc.constantFrom('', '-'), digits, fc.option(digits), fc.option(fc.tuple(fc.constantFrom('e', 'E'), fc.constantFrom('', '+', '-'), digits))).map(
      ([sign, int, frac, exp]) => `${sign}${int.replace(/^0+(?=\d)/, '')}${frac === null ? '' : `.${frac}`}${exp === null ? '' : exp.join('')}`,
    ),
  );
  // Strings with quotes, backslashes and things that look like numbers inside.
  const text = fc.string({ unit: fc.constantFrom('"', '\\', 'e', '-', '0', '1', 'x', ' ', '\n', 'ø') }).map((s) => JSON.stringify(s));
  const item = fc.oneof(numberToken, text, fc.jsonValue().map((v) => JSON.stringify(v, null, 2)));
  const document = fc.array(fc.tuple(fc.constantFrom('', ' ', '\n  '), item, fc.option(text)), { maxLength: 12 }).map(
    (items) => `[${items.map(([space, value, key]) => (key === null ? `${space}${value}` : `${space}{${key}: ${value}}`)).join(',')}]`,
  );

  it('finds the same first problem and negative zero', () => {
    fc.assert(
      fc.property(document, (json) => {
        JSON.parse(json); // valid JSON, as the scan is only run on text that parsed
        const fast = scanJsonNumbers(json);
        const oracle = regexScan(json);
        expect(fast.negativeZero).toBe(oracle.negativeZero);
        expect(fast.notExact?.params?.['text'] ?? null).toBe(oracle.notExact);
      }),
      { numRuns: 300 },
    );
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
