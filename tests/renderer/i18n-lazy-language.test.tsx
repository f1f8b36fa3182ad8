/**
 * Only the chosen language is loaded (issue 13, first load), and a switch shows the old
 * language's words until the new one is there — never a raw key between the two.
 */
import { act, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { appCatalogue, flattenKeys } from '@shared/i18n';
import type { Language } from '@shared/ipc';
import { createI18n, NAMESPACE } from '../../renderer/src/i18n';
import { catalogues as loaded } from '../../renderer/src/i18n/loaded-catalogues';

/** The keys of `language` whose text the instance does not give as the catalogue has it. */
function missingTexts(i18n: I18n, language: Language): string[] {
  const catalogue = appCatalogue(language);
  return flattenKeys(catalogue).filter((key) => {
    const expected = key.split('.').reduce<unknown>((node, part) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined), catalogue);
    // Raw text as stored: interpolation and nesting left out, plural keys asked for by their own name.
    return i18n.t(key, { lng: language, interpolation: { skipOnVariables: true }, skipInterpolation: true, nest: false }) !== expected;
  });
}

function Probe() {
  const { t } = useTranslation();
  return <p data-testid="probe">{t('common.save')}</p>;
}

describe('i18n: one language at a time', () => {
  it('loads the chosen language only, without the CLI texts', async () => {
    const i18n = await createI18n('nb');
    expect(i18n.hasResourceBundle('nb', NAMESPACE)).toBe(true);
    expect(i18n.hasResourceBundle('en', NAMESPACE)).toBe(false);
    const nb: Record<string, unknown> = i18n.getResourceBundle('nb', NAMESPACE);
    expect(nb.common).toBeDefined();
    expect(nb.cli).toBeUndefined();
    // shared/i18n's `catalogues` in the renderer bundle: the loaded languages.
    expect(loaded.nb).toEqual(nb);
  });

  it('is ready with every text of the language the moment it is created, and has every text of the other after a switch', async () => {
    const i18n = await createI18n('en');
    // Nothing left for a timer: created means initialised, in that language.
    expect(i18n.isInitialized).toBe(true);
    expect(i18n.language).toBe('en');
    expect(missingTexts(i18n, 'en')).toEqual([]);
    await i18n.changeLanguage('nb');
    expect(i18n.language).toBe('nb');
    expect(missingTexts(i18n, 'nb')).toEqual([]);
    await i18n.changeLanguage('en');
    expect(missingTexts(i18n, 'en')).toEqual([]);
  });

  it('switches with no raw key on screen: the old words stay until the new language is loaded', async () => {
    const i18n = await createI18n('nb');
    render(
      <I18nextProvider i18n={i18n}>
        <Probe />
      </I18nextProvider>,
    );
    expect(screen.getByTestId('probe').textContent).toBe('Lagre');
    let switched: Promise<unknown> = Promise.resolve();
    act(() => {
      switched = i18n.changeLanguage('en');
    });
    expect(screen.getByTestId('probe').textContent).toBe('Lagre');
    await act(async () => {
      await switched;
    });
    await waitFor(() => expect(screen.getByTestId('probe').textContent).toBe('Save'));
    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(loaded.en).toEqual(i18n.getResourceBundle('en', NAMESPACE));
  });
});
