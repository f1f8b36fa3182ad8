/**
 * The fast check of tiltak in a plan file (shared/domain/plan-file-fast.ts) must never say
 * yes where zod would refuse or change the tiltak: when it accepts, zod accepts and returns
 * an equal object. It must also say yes to the tiltak the app writes, or the fast path
 * would never be taken.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { actionSchema } from '@shared/domain/entities';
import { areCanonicalActions, isCanonicalAction } from '@shared/domain/plan-file-fast';
import { parsePlanFile, serializePlanFile } from '@shared/domain/plan-file';
import { planDocumentSchema } from '@shared/domain/document';
import { createExampleDocument, generateLargeDocument } from '@shared/templates';

const DOC = generateLargeDocument({ actions: 400, years: 2, seed: 21 });
const EXAMPLE = createExampleDocument();
const ACTIONS: unknown[] = JSON.parse(JSON.stringify([...DOC.actions, ...EXAMPLE.actions]));

/** The property: a yes from the fast check is a yes from zod with an equal result. */
function expectSound(value: unknown): void {
  if (!isCanonicalAction(value)) return;
  const parsed = actionSchema.safeParse(value);
  expect(parsed.success).toBe(true);
  expect(parsed.data).toStrictEqual(value);
}

/** Values that break some field of some schema (wrong type, too long, to trim, not an id, not a date, out of range). */
const ODD_VALUES: unknown[] = [
  undefined,
  null,
  true,
  0,
  -0,
  -1,
  1.5,
  4,
  1e21,
  Number.MAX_SAFE_INTEGER + 2,
  '',
  ' ',
  ' x',
  'x ',
  'a b',
  'æøå',
  'x'.repeat(21),
  'x'.repeat(65),
  'x'.repeat(501),
  'x'.repeat(10_001),
  '2025-02-30',
  '1899-12-31',
  '2025-1-01',
  '2025-06-01',
  'planned',
  'own',
  'confirmed',
  'ongoing',
  [],
  ['bad id'],
  ['ok_id'],
  Array.from({ length: 101 }, (_, i) => `id_${i}`),
  {},
  { id: 'x' },
];

/** Every path to a value inside a tiltak (the tiltak itself excluded). */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      out.push([...prefix, i]);
      paths(v, [...prefix, i], out);
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k]);
      paths(v, [...prefix, k], out);
    }
  }
  return out;
}

/** A copy with the value at `path` replaced (`remove`: deleted), or a key added beside it. */
function mutate(root: unknown, path: readonly (string | number)[], replacement: unknown, how: 'replace' | 'remove' | 'add'): unknown {
  const copy: unknown = structuredClone(root);
  let node: unknown = copy;
  for (const seg of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[seg];
  const last = path[path.length - 1];
  if (last === undefined || typeof node !== 'object' || node === null) return copy;
  const target = node as Record<string | number, unknown>;
  if (how === 'remove') {
    if (Array.isArray(target) && typeof last === 'number') target.splice(last, 1);
    else delete target[last];
  } else if (how === 'add' && !Array.isArray(target)) target[`extra_${String(last)}`] = replacement;
  else target[last] = replacement;
  return copy;
}

describe('fast check of tiltak in a plan file', () => {
  it('accepts every tiltak the app writes (generated and example plans), as zod returns them', () => {
    for (const action of ACTIONS) {
      expect(isCanonicalAction(action)).toBe(true);
      expectSound(action);
    }
    expect(areCanonicalActions(ACTIONS)).toBe(true);
    expect(areCanonicalActions({})).toBe(false);
  });

  it('never accepts what zod refuses or changes: every field of a tiltak replaced by odd values, removed, or joined by an unknown key', () => {
    const action = ACTIONS.find((a) => paths(a).some((p) => p[0] === 'kpis' && p.length > 2) && paths(a).some((p) => p[0] === 'funding' && p.length > 2));
    if (!action) throw new Error('fixture: a tiltak with funding lines and KPI-er');
    let refused = 0;
    for (const path of paths(action)) {
      for (const odd of ODD_VALUES) {
        const mutated = mutate(action, path, odd, 'replace');
        expectSound(mutated);
        if (!isCanonicalAction(mutated)) refused += 1;
      }
      expectSound(mutate(action, path, null, 'remove'));
      expectSound(mutate(action, path, 1, 'add'));
    }
    // The check is not simply «no» to everything changed.
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThan(paths(action).length * ODD_VALUES.length);
  });

  it('property: a random change anywhere in a tiltak is accepted only when zod accepts it unchanged', () => {
    const anyJson = fc.oneof(fc.jsonValue(), fc.constantFrom(...ODD_VALUES));
    fc.assert(
      fc.property(fc.nat({ max: ACTIONS.length - 1 }), fc.nat(), anyJson, fc.constantFrom('replace' as const, 'remove' as const, 'add' as const), (i, k, value, how) => {
        const action = ACTIONS[i];
        const all = paths(action);
        const path = all[k % all.length] ?? [];
        expectSound(mutate(action, path, value, how));
      }),
      { numRuns: 300 },
    );
  });

  it('parsePlanFile gives the same document and the same refusals as zod alone', () => {
    const text = serializePlanFile(DOC, '2026-01-01T00:00:00Z');
    const fast = parsePlanFile(text);
    expect(fast.ok).toBe(true);
    if (!fast.ok) return;
    expect(fast.doc).toStrictEqual(planDocumentSchema.parse(JSON.parse(text)));

    // One tiltak with a title to trim: zod trims it (no fast path), the rest are as they were.
    const raw = JSON.parse(text);
    raw.actions[7].title = `  ${raw.actions[7].title}  `;
    const trimmed = parsePlanFile(JSON.stringify(raw));
    expect(trimmed.ok && trimmed.doc.actions[7]?.title).toBe(DOC.actions[7]?.title);

    // A refusal reads exactly as before: the first wrong tiltak named, the field, the problem.
    raw.actions[3].cost = -5;
    raw.actions[9].priority = 7;
    const refused = parsePlanFile(JSON.stringify(raw));
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.errors.map((e) => [e.code, e.where?.path])).toEqual([
      ['planFile.schemaField', 'actions[3].cost'],
      ['planFile.schemaField', 'actions[9].priority'],
    ]);
  });
});
