/**
 * Fuzzing the plan-file reader (`parsePlanFile`, issue 10 point 8): random JSON, random
 * text, and the example plan mutated — a value replaced or removed at a random place, the
 * text cut or a character inserted. Invariant: the reader returns — never throws — and
 * either gives a document the schema accepts or refuses with messages that name no
 * JavaScript error or missing value and stay readable in length.
 */
import { renderMessage } from '@shared/i18n/message';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planDocumentSchema } from '@shared/domain/document';
import { parsePlanFile, serializePlanFile, type ParsePlanFileResult } from '@shared/domain/plan-file';
import { createExampleDocument } from '@shared/templates';
import { expectCleanRefusal } from './refusal-text';

const RUNS = { numRuns: 200, seed: 10_8, endOnFailure: true } as const;

const EXAMPLE_TEXT = serializePlanFile(createExampleDocument(), '2026-01-01T00:00:00Z');
const EXAMPLE: unknown = JSON.parse(EXAMPLE_TEXT);

function expectInvariant(text: string): ParsePlanFileResult {
  let result: ParsePlanFileResult;
  try {
    result = parsePlanFile(text);
  } catch (e) {
    throw new Error(`parsePlanFile threw: ${String(e)}`, { cause: e });
  }
  if (result.ok) {
    expect(planDocumentSchema.safeParse(result.doc).success).toBe(true);
  } else {
    expect(result.errors.length).toBeGreaterThan(0);
    for (const error of result.errors) {
      for (const language of ['nb', 'en'] as const) expectCleanRefusal(renderMessage(error, language, true));
    }
  }
  return result;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value in a JSON tree (the root excluded). */
function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []): (string | number)[][] {
  if (Array.isArray(value)) value.forEach((v, i) => { out.push([...prefix, i]); paths(v, [...prefix, i], out); });
  else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) {
      out.push([...prefix, k]);
      paths(v, [...prefix, k], out);
    }
  }
  return out;
}
const EXAMPLE_PATHS = paths(EXAMPLE);

/** Replaces (or, with `replacement` undefined, removes) the value at `path` in a copy. */
function mutate(root: unknown, path: readonly (string | number)[], replacement: Json | undefined): unknown {
  const copy: unknown = structuredClone(root);
  let node: unknown = copy;
  for (const seg of path.slice(0, -1)) node = (node as Record<string | number, unknown>)[seg];
  const last = path[path.length - 1];
  if (last === undefined || typeof node !== 'object' || node === null) return copy;
  if (Array.isArray(node) && typeof last === 'number') {
    if (replacement === undefined) node.splice(last, 1);
    else node[last] = replacement;
  } else {
    const record = node as Record<string, unknown>;
    if (replacement === undefined) Reflect.deleteProperty(record, String(last));
    else record[String(last)] = replacement;
  }
  return copy;
}

/** Values a mutation puts in: edge numbers, odd strings, random JSON. */
const replacement: fc.Arbitrary<Json | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom<Json>(-0, -1, 0.5, 1e21, 100_000_000_001, Number.MAX_SAFE_INTEGER, '', ' ', '__proto__', [], 'x'.repeat(300), {}, null, true),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

const mutatedDocument = fc
  .array(fc.tuple(fc.nat(), replacement), { minLength: 1, maxLength: 3 })
  .map((edits) => edits.reduce<unknown>((doc, [at, value]) => {
    const all = paths(doc);
    const path = all[at % Math.max(1, all.length)] ?? EXAMPLE_PATHS[0] ?? [];
    return mutate(doc, path, value);
  }, EXAMPLE));

const mutatedText = fc.oneof(
  fc.nat().map((at) => EXAMPLE_TEXT.slice(0, at % EXAMPLE_TEXT.length)),
  fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 4 })).map(([at, s]) => {
    const o = at % EXAMPLE_TEXT.length;
    return `${EXAMPLE_TEXT.slice(0, o)}${s}${EXAMPLE_TEXT.slice(o)}`;
  }),
  fc.tuple(fc.nat(), fc.constantFrom('1e-400', '1e400', '-0', '"\\u0000"', 'NaN', '-', '1.', '"\\ud800"')).map(([at, s]) => {
    const numbers = [...EXAMPLE_TEXT.matchAll(/: (-?\d+)/g)];
    const m = numbers[at % numbers.length];
    if (m?.index === undefined) return EXAMPLE_TEXT;
    return `${EXAMPLE_TEXT.slice(0, m.index + 2)}${s}${EXAMPLE_TEXT.slice(m.index + m[0].length)}`;
  }),
);

describe('fuzz: plan-file reader', () => {
  it('opens the example it mutates', () => {
    expect(expectInvariant(EXAMPLE_TEXT).ok).toBe(true);
  });

  it('random JSON: a valid document or a clear refusal, never a throw', () => {
    fc.assert(fc.property(fc.json({ maxDepth: 4 }), (text) => void expectInvariant(text)), { ...RUNS, numRuns: 500 });
  });

  it('random text: a clear refusal, never a throw', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => void expectInvariant(text)), { ...RUNS, numRuns: 300 });
  });

  it('random JSON under the plan-file header: a clear refusal, never a throw', () => {
    const headed = fc
      .dictionary(fc.constantFrom('strategy', 'plans', 'actions', 'version', 'savedAt'), fc.jsonValue({ maxDepth: 3 }))
      .map((rest) => JSON.stringify({ format: 'handlingsrom-plan', version: 1, ...rest }));
    fc.assert(fc.property(headed, (text) => void expectInvariant(text)), RUNS);
  });

  it('the example with values replaced or removed: a valid document or a clear refusal', () => {
    fc.assert(fc.property(mutatedDocument, (doc) => void expectInvariant(JSON.stringify(doc))), RUNS);
  });

  it('deep nesting (100 000 levels) anywhere: a clear refusal, no stack overflow', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(expectInvariant(deep).ok).toBe(false);
    expect(expectInvariant(`{"format":"handlingsrom-plan","version":1,"strategy":${deep}}`).ok).toBe(false);
    expect(expectInvariant(EXAMPLE_TEXT.replace('"notes": ""', `"notes": ${deep}`)).ok).toBe(false);
    expect(expectInvariant(`${'['.repeat(100_000)}`).ok).toBe(false);
  });

  it('the example text cut or with characters inserted: a valid document or a clear refusal', () => {
    fc.assert(fc.property(mutatedText, (text) => void expectInvariant(text)), RUNS);
  });
});
