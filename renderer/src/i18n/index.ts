/**
 * react-i18next set up from the shared catalogues (shared/i18n). Bokmål is the default;
 * the chosen language is remembered in the settings (DesktopApi) and mirrored on
 * <html lang>.
 */
import i18next from 'i18next';
import type { i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { catalogues } from '@shared/i18n';
import type { Language } from '@shared/ipc';

/** The i18n namespace all catalogues live in. */
export const NAMESPACE = 'translation';

/** Creates and initialises an i18next instance in `language`. */
export async function createI18n(language: Language): Promise<I18n> {
  const instance = i18next.createInstance();
  instance.use(initReactI18next);
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng === 'en' ? 'en' : 'nb';
  });
  await instance.init({
    lng: language,
    fallbackLng: 'nb',
    supportedLngs: ['nb', 'en'],
    defaultNS: NAMESPACE,
    resources: { nb: { [NAMESPACE]: catalogues.nb }, en: { [NAMESPACE]: catalogues.en } },
    interpolation: { escapeValue: false },
  });
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return instance;
}
