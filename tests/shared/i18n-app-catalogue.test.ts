/**
 * What the renderer gets of the catalogues (issue 13, first load): one language at a time
 * of `appCatalogue` — every module but the command line's — built into a chunk per language
 * by scripts/i18n-catalogue-plugin.ts. Code whose messages can reach a window (shared/,
 * renderer/) must therefore never use a `cli.` code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appCatalogue, catalogues, type Catalogue } from '@shared/i18n';
import { catalogueIndexSource, catalogueModuleSource, isCatalogueIndex } from '../../scripts/i18n-catalogue-plugin';

const ROOT = join(__dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Evaluates a generated module (plain JavaScript, no imports) and returns its exports. */
async function evaluate<T>(source: string): Promise<T> {
  return (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as T;
}

describe('app catalogue (renderer)', () => {
  it('is every module of the catalogues but the CLI-only one, in both languages', () => {
    for (const lang of ['nb', 'en'] as const) {
      const app = appCatalogue(lang);
      expect(app.cli).toBeUndefined();
      const { cli, ...rest } = catalogues[lang];
      expect(cli).toBeDefined();
      expect(app).toEqual(rest);
    }
  });

  it('the plugin emits each language as JSON equal to appCatalogue', async () => {
    for (const lang of ['nb', 'en'] as const) {
      const mod = await evaluate<{ default: Catalogue }>(catalogueModuleSource(lang));
      expect(mod.default).toEqual(appCatalogue(lang));
    }
    const index = await evaluate<{ catalogues: { nb: Catalogue; en: Catalogue } }>(catalogueIndexSource('app'));
    expect(index.catalogues).toEqual({ nb: appCatalogue('nb'), en: appCatalogue('en') });
    expect(catalogueIndexSource('loaded')).toMatch(/export \{ catalogues \} from ".*renderer\/src\/i18n\/loaded-catalogues\.ts"/);
  });

  it('recognises shared/i18n/index.ts, and nothing else, as the module it stands in for', () => {
    expect(isCatalogueIndex(join(ROOT, 'shared/i18n/index.ts'))).toBe(true);
    expect(isCatalogueIndex(join(ROOT, 'shared/i18n/message.ts'))).toBe(false);
    expect(isCatalogueIndex(join(ROOT, 'shared/domain/index.ts'))).toBe(false);
  });

  it('no code that can reach a window uses a cli. message code', () => {
    const found: string[] = [];
    const files = [...sourceFiles(join(ROOT, 'shared')), ...sourceFiles(join(ROOT, 'renderer/src'))].filter((f) => !f.includes(`${join('shared', 'i18n')}`));
    for (const file of files) {
      for (const m of readFileSync(file, 'utf8').matchAll(/['"`]cli\.[A-Za-z]/g)) found.push(`${relative(ROOT, file)}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });
});
