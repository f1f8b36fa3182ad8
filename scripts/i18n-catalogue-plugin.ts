/**
 * Vite plugin: what the renderer gets of the message catalogues (issue 13, first load).
 *
 * The catalogue sources hold both languages side by side (shared/i18n/<feature>.ts), and
 * shared/i18n/message.ts reads them all through shared/i18n/index.ts. Bundled as they are,
 * every window would download and parse both languages and the command line's texts before
 * the start screen shows. This plugin:
 * - serves `virtual:handlingsrom-catalogue/nb` and `…/en`: one language of the app's
 *   catalogue (`appCatalogue`: every module but the CLI's), evaluated when the bundle is built
 *   and emitted as JSON — one chunk per language, which the renderer loads for the chosen
 *   language only (renderer/src/i18n);
 * - replaces shared/i18n/index.ts in the bundle (`index`): with `'loaded'` (the renderer's
 *   window) its `catalogues` are the languages the window has loaded
 *   (renderer/src/i18n/loaded-catalogues.ts), so `renderMessage` and `interpolate` in shared
 *   code read the same texts as i18next and pull no catalogue of their own into a chunk;
 *   with `'app'` (a worker, which has no i18next) they are both languages of `appCatalogue`.
 *
 * Node (CLI, main, tests) keeps the real module. The dev server and vitest restart when a
 * catalogue changes (the config depends on it).
 */
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { appCatalogue } from '../shared/i18n/index';

/** Import specifier prefix of the per-language catalogue modules. */
export const CATALOGUE_MODULE_PREFIX = 'virtual:handlingsrom-catalogue/';

/** Resolved id of a language's module; its chunk is named after it: `assets/catalogue-nb-<hash>.js`. */
const RESOLVED_PREFIX = '\0handlingsrom/catalogue-';
const INDEX = fileURLToPath(new URL('../shared/i18n/index.ts', import.meta.url));
const LOADED = fileURLToPath(new URL('../renderer/src/i18n/loaded-catalogues.ts', import.meta.url));

/** What shared/i18n/index.ts becomes in a bundle: the languages loaded so far, or the app's catalogue. */
export type CatalogueIndexMode = 'loaded' | 'app';

/** Options of the plugin. */
export interface I18nCataloguePluginOptions {
  /** Replace shared/i18n/index.ts (left out: the real module, as in tests). */
  index?: CatalogueIndexMode;
}

const json = (value: unknown): string => `JSON.parse(${JSON.stringify(JSON.stringify(value))})`;

/** The module text for one language: its catalogue as a JSON string (JSON.parse is the fastest way in). */
export function catalogueModuleSource(language: 'nb' | 'en'): string {
  return `export default ${json(appCatalogue(language))};\n`;
}

/** The text that stands for shared/i18n/index.ts in a bundle. */
export function catalogueIndexSource(mode: CatalogueIndexMode): string {
  if (mode === 'loaded') return `export { catalogues } from ${JSON.stringify(LOADED)};\n`;
  return `export const catalogues = { nb: ${json(appCatalogue('nb'))}, en: ${json(appCatalogue('en'))} };\n`;
}

/** True for the path of shared/i18n/index.ts (as the bundler names it). */
export function isCatalogueIndex(id: string): boolean {
  return id.split('?')[0] === INDEX;
}

/** The plugin serving `virtual:handlingsrom-catalogue/<nb|en>` (and standing in for shared/i18n/index.ts). */
export function i18nCataloguePlugin(options: I18nCataloguePluginOptions = {}): Plugin {
  return {
    name: 'handlingsrom-i18n-catalogue',
    resolveId(id) {
      return id.startsWith(CATALOGUE_MODULE_PREFIX) ? RESOLVED_PREFIX + id.slice(CATALOGUE_MODULE_PREFIX.length) : undefined;
    },
    load(id) {
      if (options.index && isCatalogueIndex(id)) return catalogueIndexSource(options.index);
      if (!id.startsWith(RESOLVED_PREFIX)) return undefined;
      const language = id.slice(RESOLVED_PREFIX.length);
      if (language !== 'nb' && language !== 'en') return this.error(`No catalogue for language «${language}»`);
      return catalogueModuleSource(language);
    },
  };
}
