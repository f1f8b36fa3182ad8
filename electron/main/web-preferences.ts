/**
 * The one place that builds a window's webPreferences. Every window of the app uses it;
 * tests/electron/web-preferences.test.ts pins each flag.
 */
import path from 'node:path';
import type { WebPreferences } from 'electron';

/** Secure webPreferences with the given (absolute) preload script. */
export function buildWebPreferences(preloadPath: string): WebPreferences {
  if (!path.isAbsolute(preloadPath)) throw new Error(`preload path must be absolute: ${preloadPath}`);
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    // The spell checker downloads dictionaries on some platforms; the app makes no
    // network request at all.
    spellcheck: false,
  } satisfies WebPreferences;
}
