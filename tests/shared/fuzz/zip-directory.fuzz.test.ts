/**
 * Fuzzing the zip directory check (shared/excel/limits.ts, issue 10 point 8): random bytes,
 * random bytes that look like a zip (signatures in place), and a valid workbook mutated
 * (bytes flipped, cut, spliced). Invariant: `checkWorkbookZip` returns — never throws — and
 * either accepts or refuses with a catalogued code whose text, in nb and en, is clean.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkWorkbookZip, DEFAULT_LIMITS, type ZipCheck } from '@shared/excel/limits';
import { hasMessageText, renderMessage } from '@shared/i18n/message';
import { SHEET_HEAD, SHEET_TAIL, xlsxWithSheet } from '../excel/helpers';
import { expectCleanRefusal } from './refusal-text';

const RUNS = { numRuns: 300, seed: 10_8, endOnFailure: true } as const;

/** Small limits, so that the limit refusals are reached by small inputs too. */
const SMALL = { ...DEFAULT_LIMITS, maxEntries: 5, maxRows: 3, maxColumns: 5, maxCells: 8, maxUnpackedBytes: 4096, ratioFloorBytes: 512 };

function expectInvariant(check: () => ZipCheck): void {
  let result: ZipCheck;
  try {
    result = check();
  } catch (e) {
    throw new Error(`checkWorkbookZip threw: ${String(e)}`, { cause: e });
  }
  if (result.ok) {
    expect(result.report.entries).toBeGreaterThan(0);
    return;
  }
  expect(result.error.code).toMatch(/^excel\.limits\./);
  expect(hasMessageText(result.error.code, 'nb')).toBe(true);
  for (const language of ['nb', 'en'] as const) expectCleanRefusal(renderMessage(result.error, language, true));
}

const cell = (r: number, c: string) => `<c r="${c}${r}" t="inlineStr"><is><t>x</t></is></c>`;
const sheet = (rows: number) =>
  new TextEncoder().encode(`${SHEET_HEAD}${Array.from({ length: rows }, (_, i) => `<row r="${i + 1}">${cell(i + 1, 'A')}${cell(i + 1, 'B')}</row>`).join('')}${SHEET_TAIL}`);
const valid = [xlsxWithSheet([sheet(2)], 0), xlsxWithSheet([sheet(2)], 6), xlsxWithSheet([sheet(6)], 1)];

/** A mutation of a valid workbook: flip bytes, overwrite a run, cut the end or the start. */
const mutated = fc
  .record({
    base: fc.constantFrom(...valid),
    flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }),
    cut: fc.option(fc.tuple(fc.nat(), fc.boolean()), { nil: undefined }),
    splice: fc.option(fc.tuple(fc.nat(), fc.uint8Array({ maxLength: 64 })), { nil: undefined }),
  })
  .map(({ base, flips, cut, splice }) => {
    let bytes = base.slice();
    for (const [at, value] of flips) bytes[at % bytes.length] = value;
    if (splice) {
      const [at, part] = splice;
      const o = at % bytes.length;
      bytes = Uint8Array.from([...bytes.subarray(0, o), ...part, ...bytes.subarray(o + part.length)]);
    }
    if (cut) {
      const [at, fromStart] = cut;
      const o = at % (bytes.length + 1);
      bytes = fromStart ? bytes.subarray(o) : bytes.subarray(0, o);
    }
    return bytes;
  });

/** Random bytes with a local header at the start and an end-of-directory record at the end. */
const zipLike = fc
  .tuple(fc.uint8Array({ maxLength: 600 }), fc.uint8Array({ minLength: 18, maxLength: 18 }))
  .map(([body, tail]) => Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...body, 0x50, 0x4b, 0x05, 0x06, ...tail]));

describe('fuzz: zip directory check', () => {
  it('accepts the valid workbooks it is built from', () => {
    for (const bytes of valid) expect(checkWorkbookZip(bytes).ok).toBe(true);
  });

  it('the mutations reach deep: some are accepted, and they are refused for several reasons', () => {
    const outcomes = new Set<string>();
    for (const bytes of fc.sample(mutated, { numRuns: 400, seed: 10_8 })) {
      for (const limits of [DEFAULT_LIMITS, SMALL]) {
        const result = checkWorkbookZip(bytes, limits);
        outcomes.add(result.ok ? 'ok' : result.error.code);
      }
    }
    expect(outcomes.has('ok')).toBe(true);
    expect(outcomes.size).toBeGreaterThanOrEqual(4);
  });

  it('random bytes: a clear refusal, never a throw', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2048 }), (bytes) => expectInvariant(() => checkWorkbookZip(bytes))), RUNS);
  });

  it('zip-like random bytes: a clear refusal, never a throw', () => {
    fc.assert(fc.property(zipLike, (bytes) => expectInvariant(() => checkWorkbookZip(bytes))), RUNS);
  });

  it('mutated workbooks: accepted or clearly refused, with default and small limits', () => {
    fc.assert(
      fc.property(mutated, fc.boolean(), (bytes, small) => expectInvariant(() => checkWorkbookZip(bytes, small ? SMALL : DEFAULT_LIMITS))),
      { ...RUNS, numRuns: 600 },
    );
  });
});
