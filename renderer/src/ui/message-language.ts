/** The language shared/ renders its messages in, from the UI's i18next language. */
import type { MessageLanguage } from '@shared/rules';

/** The message language for an i18next language code. */
export function messageLanguage(language: string): MessageLanguage {
  return language.startsWith('en') ? 'en' : 'nb';
}
