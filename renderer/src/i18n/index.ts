/**
 * react-i18next set up from the shared catalogues (shared/i18n). Bokmål is the default;
 * the chosen language is remembered in the settings (DesktopApi) and mirrored on
 * <html lang>.
 *
 * Only the chosen language is loaded (issue 13, first load): each language is its own chunk
 * (scripts/i18n-catalogue-plugin.ts): at boot it is loaded before the first render and given
 * to i18next as its resources; on a language switch a small i18next backend fetches the other
 * language before the switch takes effect, so the screen goes from one language's words to
 * the other's with no raw keys between.
 */
import i18next from 'i18next';
import type { BackendModule, i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Catalogue } from '@shared/i18n';
import { formatMessageTimestamp } from '@shared/i18n/message';
import type { Language } from '@shared/ipc';
import { registerCatalogue } from './loaded-catalogues';

/** The i18n namespace all catalogues live in. */
export const NAMESPACE = 'translation';

const IMPORTS: Record<Language, () => Promise<{ default: Catalogue }>> = {
  nb: () => import('virtual:handlingsrom-catalogue/nb'),
  en: () => import('virtual:handlingsrom-catalogue/en'),
};

const pending = new Map<Language, Promise<Catalogue>>();

/** Loads one language's catalogue (once; a failed load may be retried). */
export function loadCatalogue(language: Language): Promise<Catalogue> {
  let p = pending.get(language);
  if (!p) {
    p = IMPORTS[language]().then((m) => {
      registerCatalogue(language, m.default);
      return m.default;
    });
    p.catch(() => pending.delete(language));
    pending.set(language, p);
  }
  return p;
}

/** Starts loading a language the user is about to choose (the language switch got focus). */
export function preloadCatalogue(language: Language): void {
  loadCatalogue(language).catch(() => undefined);
}

const catalogueBackend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init: () => undefined,
  read(language, _namespace, callback) {
    loadCatalogue(language === 'en' ? 'en' : 'nb').then(
      (catalogue) => callback(null, catalogue),
      (e: unknown) => callback(e instanceof Error ? e : new Error(String(e)), false),
    );
  },
};

/**
 * Creates and initialises an i18next instance in `language`. The language's catalogue is
 * loaded first and handed to i18next as its resources, so the instance is ready the moment
 * the catalogue is (a reload's first render waits for it): i18next initialises at once
 * instead of a timer later, behind whatever else the page has queued by then. Other
 * languages still come through the backend, on a switch (`partialBundledLanguages`).
 */
export async function createI18n(language: Language): Promise<I18n> {
  // A failed load is tried once more; failing again, i18next asks its backend as before.
  const catalogue = await loadCatalogue(language)
    .catch(() => loadCatalogue(language))
    .catch(() => null);
  const instance = i18next.createInstance();
  instance.use(catalogueBackend).use(initReactI18next);
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng === 'en' ? 'en' : 'nb';
  });
  await instance.init({
    lng: language,
    resources: catalogue ? { [language]: { [NAMESPACE]: catalogue } } : undefined,
    partialBundledLanguages: true,
    initAsync: false,
    // Both languages have every key (tests/shared/i18n.test.ts): no fallback to load beside it.
    fallbackLng: false,
    supportedLngs: ['nb', 'en'],
    load: 'currentOnly',
    ns: [NAMESPACE],
    defaultNS: NAMESPACE,
    interpolation: { escapeValue: false },
  });
  // `{{at, timestamp}}`: an ISO timestamp as a local date and time, as `renderMessage` writes it (other text as it is).
  instance.services.formatter?.add('timestamp', (value: unknown, lng: string | undefined): string => (typeof value === 'string' ? formatMessageTimestamp(value, lng === 'en' ? 'en' : 'nb') || value : String(value)));
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return instance;
}
