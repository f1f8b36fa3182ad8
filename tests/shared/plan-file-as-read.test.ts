/**
 * Plan-fil som lest (checkPlanFile's `asRead`, readAcceptedPlanFile): the page reads its own
 * copy of a plan file while a worker checks it, and takes that copy only on the verdict
 * `asRead`. So: whenever checkPlanFile says `asRead`, readAcceptedPlanFile on the same text
 * gives parsePlanFile's very document (deep-equal); and it says `asRead` for the files the
 * app writes, or the page would never take its copy. Where parsePlanFile changes the file
 * (an older version migrated, -0 made 0, a title trimmed) it says no.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlanFile, parsePlanFile, readAcceptedPlanFile, serializePlanFile } from '@shared/domain/plan-file';
import { createExampleDocument, generateLargeDocument } from '@shared/templates';

const SAVED_AT = '2026-01-01T00:00:00.000Z';
const text = () => serializePlanFile(generateLargeDocument({ actions: 60, years: 2, seed: 5 }), SAVED_AT);

type RawFile = { version: number; strategy: Record<string, unknown>; plans: Record<string, unknown>[]; actions: Record<string, unknown>[] };

function edited(change: (raw: RawFile) => void): string {
  const raw = JSON.parse(text()) as RawFile;
  change(raw);
  return JSON.stringify(raw, null, 2);
}

/** The property: `asRead` means the page's own reading is parsePlanFile's document. */
function expectSoundAsRead(file: string): boolean {
  const { result, asRead } = checkPlanFile(file);
  expect(result).toStrictEqual(parsePlanFile(file));
  if (asRead) {
    expect(result.ok).toBe(true);
    if (result.ok) expect(readAcceptedPlanFile(file)).toStrictEqual(result.doc);
  }
  return asRead;
}

describe('checkPlanFile asRead and readAcceptedPlanFile', () => {
  it('a file the app writes is read as it stands: the page’s reading is parsePlanFile’s document (also after a BOM)', () => {
    for (const file of [text(), `\uFEFF${text()}`, serializePlanFile(createExampleDocument(), SAVED_AT)]) {
      expect(expectSoundAsRead(file)).toBe(true);
    }
  });

  it('not as read where parsePlanFile changes the file: -0 anywhere, an older version, a title to trim', () => {
    const hours = edited((raw) => (raw.actions[3]!['hours'] = 0)).replace(/"hours": 0\b/, '"hours": -0');
    const frame = edited((raw) => (raw.plans[0]!['frame'] = { ...(raw.plans[0]!['frame'] as object), ownFunds: 0 })).replace(/"ownFunds": 0\b/, '"ownFunds": -0');
    const older = edited((raw) => (raw.version = 2));
    const spaced = edited((raw) => (raw.actions[1]!['title'] = ' Med mellomrom '));
    for (const file of [hours, frame, older, spaced]) {
      expect(parsePlanFile(file).ok).toBe(true);
      expect(expectSoundAsRead(file)).toBe(false);
    }
  });

  it('a refused file is never as read', () => {
    for (const file of ['{"format":', '[]', edited((raw) => (raw.actions[2]!['cost'] = -5)), edited((raw) => (raw.actions[0]!['colour'] = 'blå'))]) {
      expect(checkPlanFile(file)).toStrictEqual({ result: parsePlanFile(file), asRead: false });
    }
  });

  it('any one field of a tiltak, a plan or the strategy set to any JSON value: asRead only where the page’s reading is the document', () => {
    const base = JSON.parse(text()) as RawFile;
    /** Sets the `key`-th field (modulo their number) of an object to `value`. */
    const setField = (target: Record<string, unknown>, key: number, value: unknown) => {
      const keys = Object.keys(target);
      target[keys[key % keys.length]!] = value;
    };
    const targets: ((raw: RawFile, key: number, value: unknown) => void)[] = [
      (raw, key, v) => setField(raw.actions[7]!, key, v),
      (raw, key, v) => setField((raw.actions[0]!['funding'] as Record<string, unknown>[])[0] ?? raw.actions[0]!, key, v),
      (raw, key, v) => setField(raw.plans[1]!, key, v),
      (raw, key, v) => setField(raw.strategy, key, v),
      (raw, _key, v) => (raw.strategy['extra'] = v),
    ];
    fc.assert(
      fc.property(fc.nat(targets.length - 1), fc.nat(), fc.jsonValue({ maxDepth: 2 }), (k, key, value) => {
        const raw = structuredClone(base);
        targets[k]!(raw, key, value);
        expectSoundAsRead(JSON.stringify(raw, null, 2));
      }),
      { numRuns: 150 },
    );
  });
});
