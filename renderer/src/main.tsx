/** Entry of the renderer: settings and language first, then the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_SETTINGS } from '@shared/ipc';
import { App } from './App';
import { bootMark } from './app/boot-marks';
import { startBootRead } from './app/boot-read';
import { preload } from './app/code-loader';
import { parseHash } from './app/hash-route';
import { preloadScreen } from './app/screen-code';
import { loadStrategyWorkspace } from './app/workspace-loader';
import { requestPersistentStorage } from './db/database';
import { createI18n } from './i18n';
import { getDesktopApi } from './platform';
import './styles/app.css';
import './ui/ui.css';

const loadWorkspace = (): void => preload(loadStrategyWorkspace);

/** How long the first render waits for the workspace code at most (React's Suspense throttle). */
const WORKSPACE_WAIT_MS = 300;

/**
 * A reload onto a strategy starts at once, side by side, everything the screen needs that
 * the first load does not carry: the stored document (boot-read.ts), the workspace code
 * and the code of the screen in the URL. Resolves when the workspace code is here (or
 * failed: then the app shows it as before).
 */
function prepareStrategyRoute(): Promise<unknown> | null {
  const route = parseHash(window.location.hash);
  if (route.kind !== 'strategy') return null;
  startBootRead(route.strategyId);
  preloadScreen(route.section);
  return loadStrategyWorkspace().catch(() => undefined);
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
  const workspace = prepareStrategyRoute();
  void requestPersistentStorage();
  const res = await getDesktopApi().getSettings();
  const settings = res.ok ? res.value : DEFAULT_SETTINGS;
  bootMark('settings');
  const i18n = await createI18n(settings.language);
  bootMark('i18n');
  // The workspace code is usually here by now (preloaded beside the first load). Waiting
  // for it a little spares the fallback — after which React would hold the content back
  // 300 ms anyway — and no longer than that, so a slow fetch still shows «Åpner strategien …».
  if (workspace) await Promise.race([workspace, new Promise((resolve) => window.setTimeout(resolve, WORKSPACE_WAIT_MS))]);
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
