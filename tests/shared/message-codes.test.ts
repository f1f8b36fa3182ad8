/**
 * Every message code shared/ can emit has a text in bokmål and in English. The codes are
 * collected from the source (string literals passed to `msg`, `editError`, `subject`,
 * `fail`, the `validation.*` codes schemas set as their `error`, and any literal shaped like
 * a full code), from the code lists
 * of the modules that build codes (zod issues, plan-file integrity and places), and the
 * few codes built from a template literal are expanded here — a new one fails this test
 * until it is listed.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hasMessageText } from '@shared/i18n/message';
import { VALIDATION_CODES } from '@shared/domain/validation-messages';
import { INTEGRITY_CODES } from '@shared/domain/plan-file-integrity';
import { PLACE_LISTS } from '@shared/domain/plan-file-places';
import { fields } from '@shared/i18n/fields';
import { attentionCodeSchema } from '@shared/domain/follow-up';
import { catalogues, flattenKeys, type Catalogue } from '@shared/i18n';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'i18n' ? [] : sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

const STRATEGY_LISTS = ['roles', 'values', 'challenges', 'guidingStrategies', 'focusAreas', 'initiatives', 'crossCuttingProjects', 'actors', 'partnerRegions'];

/** `excel.<path>.<key>` for every key under that path of the bokmål Excel catalogue. */
function excelKeys(...path: string[]): string[] {
  let node: Catalogue | string | undefined = catalogues.nb['excel'];
  for (const part of path) node = typeof node === 'object' ? node[part] : undefined;
  if (typeof node !== 'object') throw new Error(`No catalogue at excel.${path.join('.')}`);
  return flattenKeys(node, `excel.${path.join('.')}.`);
}

/** Codes built from a template literal, by the literal as it stands in the source. */
const DYNAMIC: Record<string, string[]> = {
  'editError(`unknownReference.${what}`': ['initiative', 'project', 'guidingStrategy', 'partner', 'actor', 'focusAreaOf', 'subGoal'].map((w) => `edits.unknownReference.${w}`),
  'subject(`item.${key}`': STRATEGY_LISTS.map((k) => `edits.subject.item.${k}`),
  'subject(`kind.${key}`': STRATEGY_LISTS.map((k) => `edits.subject.kind.${k}`),
  'msg(`planFile.element.${seg}`': PLACE_LISTS.map((k) => `planFile.element.${k}`),
  'msg(`planFile.integrity.${code}`': INTEGRITY_CODES.map((c) => `planFile.integrity.${c}`),
  // The helpers behind editError(code) and subject(code): their codes are the literals above.
  'msg(`edits.${code}`': [],
  'msg(`edits.subject.${code}`': [],
  // The Excel reader's kinds and words: every key the bokmål catalogue has must be in English too.
  'msg(`excel.expected.${kind}`': excelKeys('expected'),
  'msg(`excel.found.${kind}`': excelKeys('found'),
  'msg(`excel.workbook.boolean.${String(cell.value)}`': excelKeys('workbook', 'boolean'),
  'msg(`excel.limits.${code}`': excelKeys('limits'),
  'msg(`excel.corrupt.${detail}`': excelKeys('corrupt'),
  'msg(`followUp.attention.${entry.code}`': attentionCodeSchema.options.map((c) => `followUp.attention.${c}`),
};

const LITERAL_CALLS: [RegExp, (code: string) => string][] = [
  [/\bmsg\(\s*'([^']+)'/g, (c) => c],
  [/\beditError\(\s*'([^']+)'/g, (c) => `edits.${c}`],
  [/\bsubject\(\s*'([^']+)'/g, (c) => `edits.subject.${c}`],
  [/\bfail\(\s*'(planFile\.[^']+)'/g, (c) => c],
  [/\berror:\s*'(validation\.[^']+)'/g, (c) => c],
  // Any other literal shaped like a full code, e.g. in a ternary: msg(big ? 'planFile.a' : 'planFile.b').
  [/'((?:edits|planFile|validation|fields)\.[A-Za-z0-9_.]+)'/g, (c) => c],
];

function collect(): { codes: Set<string>; unknownTemplates: string[] } {
  const codes = new Set<string>([...VALIDATION_CODES, ...Object.keys(fields.nb).map((k) => `fields.${k}`)]);
  const unknownTemplates: string[] = [];
  for (const path of sourceFiles(join(ROOT, 'shared'))) {
    const source = readFileSync(path, 'utf8');
    for (const [pattern, toCode] of LITERAL_CALLS) {
      for (const m of source.matchAll(pattern)) codes.add(toCode(m[1] ?? ''));
    }
    for (const m of source.matchAll(/\b(msg|editError|subject)\(`[^`]*`/g)) {
      const expanded = DYNAMIC[m[0]];
      if (expanded === undefined) unknownTemplates.push(`${relative(ROOT, path)}: ${m[0]}`);
      else for (const code of expanded) codes.add(code);
    }
  }
  return { codes, unknownTemplates };
}

describe('every message code shared/ can emit has a text', () => {
  const { codes, unknownTemplates } = collect();

  it('finds the codes (the scan works)', () => {
    expect(codes.size).toBeGreaterThan(150);
    for (const code of ['edits.planAdopted', 'edits.subject.action', 'planFile.truncated', 'validation.kroner.negative', 'validation.badId']) {
      expect(codes).toContain(code);
    }
  });

  it('knows every code built from a template literal', () => {
    expect(unknownTemplates).toEqual([]);
  });

  it.each(['nb', 'en'] as const)('in %s', (language) => {
    const missing = [...codes].filter((code) => !hasMessageText(code, language));
    expect(missing).toEqual([]);
  });

  it('a code without a text is caught', () => {
    expect(hasMessageText('edits.noSuchCode', 'nb')).toBe(false);
  });
});
