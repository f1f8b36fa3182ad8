/**
 * Every literal key the renderer translates — `t('a.b.c')` — exists in both languages of
 * the app's catalogue (the CLI-only texts are not shipped to the renderer)
 * (a missing key shows its raw name, e.g. «plan.detail.title», on screen). Plural keys
 * count when their `_one`/`_other` forms exist. Keys built at run time are not literals
 * and are checked where they are built (message codes: tests/shared/message-codes.test.ts).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appCatalogue } from '@shared/i18n';

const ROOT = join(__dirname, '../../renderer/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

function has(catalogue: unknown, key: string): boolean {
  const lookup = (k: string): boolean => {
    let node: unknown = catalogue;
    for (const part of k.split('.')) {
      if (typeof node !== 'object' || node === null || !(part in node)) return false;
      node = (node as Record<string, unknown>)[part];
    }
    return typeof node === 'string';
  };
  return lookup(key) || (lookup(`${key}_one`) && lookup(`${key}_other`));
}

describe('renderer i18n keys', () => {
  it('every literal t(…) key exists in bokmål and English', () => {
    const missing: string[] = [];
    for (const file of sourceFiles(ROOT)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w-]*(?:\.[\w-]+)+)'/g)) {
        const key = m[1] ?? '';
        for (const lang of ['nb', 'en'] as const) {
          if (!has(appCatalogue(lang), key)) missing.push(`${relative(ROOT, file)}: ${key} (${lang})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });
});
