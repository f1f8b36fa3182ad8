/** Norsk bokmål / English; the choice is remembered in the settings. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { languageSchema } from '@shared/ipc';
import { preloadCatalogue } from '../i18n';
import { useAppContext } from './app-context';

/** The language switch in the header. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { settings, updateSettings } = useAppContext();
  const id = useId();
  // Only the chosen language is loaded: the other starts loading as soon as the user reaches for the switch.
  const preloadOthers = () => {
    for (const lng of languageSchema.options) if (lng !== settings.language) preloadCatalogue(lng);
  };
  return (
    <div className="language-switch">
      <label htmlFor={id} className="language-switch-label">
        {t('common.language')}
      </label>
      <select
        id={id}
        value={settings.language}
        onFocus={preloadOthers}
        onPointerEnter={preloadOthers}
        onChange={(e) => {
          const parsed = languageSchema.safeParse(e.target.value);
          if (parsed.success) void updateSettings({ language: parsed.data });
        }}
      >
        {languageSchema.options.map((lng) => (
          <option key={lng} value={lng} lang={lng}>
            {t(`common.languages.${lng}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
