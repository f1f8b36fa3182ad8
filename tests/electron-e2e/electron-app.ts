/**
 * Launching the built app for Playwright `_electron` specs — or, where no Electron
 * binary is installed, the reason every spec skips. The binary is found the way
 * `require('electron')` finds it (node_modules/electron/path.txt + dist/), WITHOUT its
 * side effect: electron@45 downloads a missing binary on require.
 */
import { _electron, test as base } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DesktopApi } from '@shared/ipc/api';

const root = fileURLToPath(new URL('../..', import.meta.url));

declare global {
  interface Window {
    /** Set by the Electron preload (contextBridge). */
    desktop?: DesktopApi;
  }
}

/** The Electron executable, or null when none is installed. */
export function findElectronBinary(): string | null {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return null;
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkg, 'dist');
  const executable = path.join(dist, relative);
  return existsSync(executable) ? executable : null;
}

const electronBinary = findElectronBinary();

/** True where the Electron end-to-end specs can run. */
export const hasElectronBinary = electronBinary !== null;

/** Why the specs skip here. */
export const SKIP_REASON =
  'skipped: no Electron binary (node_modules/electron/path.txt and dist/ are missing; `node node_modules/electron/install.js` downloads it)';

if (!hasElectronBinary) console.warn(`[electron-e2e] ${SKIP_REASON}`);

/** A fresh, empty profile folder (settings.json, IndexedDB); removeUserData deletes it. */
export async function tempUserData(): Promise<string> {
  return fsp.mkdtemp(path.join(os.tmpdir(), 'hr-e2e-profile-'));
}

/** Deletes a profile folder (after the app that used it has closed). */
export async function removeUserData(userDataDir: string | undefined): Promise<void> {
  if (userDataDir !== undefined) await fsp.rm(userDataDir, { recursive: true, force: true });
}

/** Playwright's test with `userDataDir`: a fresh profile folder per test, deleted after it. */
export const test = base.extend<{ userDataDir: string }>({
  // Playwright reads the fixtures a fixture needs from this pattern; this one needs none.
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = await tempUserData();
    try {
      await use(dir);
    } finally {
      await removeUserData(dir);
    }
  },
});

/** Launches the built app (npm run build) with its own profile folder. */
export async function launchApp(userDataDir: string): Promise<ElectronApplication> {
  if (!electronBinary) throw new Error(SKIP_REASON);
  const mainBundle = path.join(root, 'dist', 'electron', 'main.cjs');
  if (!existsSync(mainBundle)) throw new Error(`${mainBundle} is missing: run \`npm run build\` first`);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  delete env.ELECTRON_RUN_AS_NODE;
  delete env.HANDLINGSROM_DEV_URL;
  env.HANDLINGSROM_USER_DATA_DIR = userDataDir;
  // Chromium refuses to run as root with its OS sandbox (containers, CI). The app's
  // renderer sandbox (webPreferences.sandbox) is a separate thing and stays on.
  const isRoot = process.platform === 'linux' && process.getuid?.() === 0;
  return _electron.launch({
    executablePath: electronBinary,
    args: [...(isRoot ? ['--no-sandbox'] : []), root],
    env,
    timeout: 30_000,
  });
}

/** The main window, once its page has loaded. */
export async function mainWindow(app: ElectronApplication): Promise<Page> {
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return page;
}
