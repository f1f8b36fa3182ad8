/** Entry of the renderer: settings and language first, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_SETTINGS } from '@shared/ipc';
import { App } from './App';
import { parseHash } from './app/hash-route';
import { loadStrategyWorkspace } from './app/workspace-loader';
import { requestPersistentStorage } from './db/database';
import { createI18n } from './i18n';
import { getDesktopApi } from './platform';
import './styles/app.css';
import './ui/ui.css';

/**
 * The workspace code is not in the first load: a reload onto a strategy fetches it now,
 * beside the settings; on the start screen it comes once the browser is idle, so opening
 * a strategy does not wait for it either.
 */
function preloadWorkspace(): void {
  const load = () => void loadStrategyWorkspace().catch(() => undefined);
  if (parseHash(window.location.hash).kind === 'strategy') load();
  else if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(load, { timeout: 3000 });
  else window.setTimeout(load, 1000);
}

async function boot(): Promise<void> {
  void requestPersistentStorage();
  preloadWorkspace();
  const res = await getDesktopApi().getSettings();
  const settings = res.ok ? res.value : DEFAULT_SETTINGS;
  const i18n = await createI18n(settings.language);
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('#root mangler i index.html');
  createRoot(rootElement).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App initialSettings={settings} />
      </I18nextProvider>
    </StrictMode>,
  );
}

void boot();
