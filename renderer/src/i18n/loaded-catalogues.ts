/**
 * The catalogues a window has loaded, one language at a time (renderer/src/i18n). In the
 * renderer's bundle this object is what shared/i18n/index.ts exports as `catalogues`
 * (scripts/i18n-catalogue-plugin.ts), so `renderMessage` and `interpolate` in shared code
 * read the same texts as i18next. A language is here before anything is shown in it.
 */
import type { Catalogue } from '@shared/i18n';
import type { Language } from '@shared/ipc';

/** The loaded languages' catalogues; a language not loaded yet is empty. */
export const catalogues: Record<Language, Catalogue> = { nb: {}, en: {} };

/** Records a language's catalogue once it is loaded. */
export function registerCatalogue(language: Language, catalogue: Catalogue): void {
  catalogues[language] = catalogue;
}
