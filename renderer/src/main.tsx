/** Entry of the renderer: settings and language first, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_SETTINGS } from '@shared/ipc';
import { App } from './App';
import { bootMark } from './app/boot-marks';
import { parseHash } from './app/hash-route';
import { loadStrategyWorkspace } from './app/workspace-loader';
import { requestPersistentStorage } from './db/database';
import { createI18n } from './i18n';
import { getDesktopApi } from './platform';
import './styles/app.css';
import './ui/ui.css';

const loadWorkspace = (): void => void loadStrategyWorkspace().catch(() => undefined);

/**
 * The workspace code is not in the first load: a reload onto a strategy fetches it at once,
 * beside the settings and the catalogue.
 */
function preloadWorkspaceForRoute(): void {
  if (parseHash(window.location.hash).kind === 'strategy') loadWorkspace();
}

/**
 * On the start screen the workspace code comes once the screen has painted and the browser
 * is idle, so opening a strategy does not wait for it either — and the start screen does not
 * wait for it.
 */
function prefetchWorkspaceAfterPaint(): void {
  requestAnimationFrame(() =>
    window.setTimeout(() => {
      if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(loadWorkspace, { timeout: 5000 });
      else loadWorkspace();
    }, 0),
  );
}

async function boot(): Promise<void> {
  bootMark('main');
  void requestPersistentStorage();
  preloadWorkspaceForRoute();
  const res = await getDesktopApi().getSettings();
  const settings = res.ok ? res.value : DEFAULT_SETTINGS;
  bootMark('settings');
  const i18n = await createI18n(settings.language);
  bootMark('i18n');
  const rootElement = document.getElementById('root');
  if (!rootElement) throw new Error('#root mangler i index.html');
  createRoot(rootElement).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <App initialSettings={settings} />
      </I18nextProvider>
    </StrictMode>,
  );
  prefetchWorkspaceAfterPaint();
}

void boot();
