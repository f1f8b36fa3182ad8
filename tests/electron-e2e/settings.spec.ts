/**
 * Settings survive a restart: window size and position, and the language (the menu
 * comes back in English). Each launch of a test uses the test's temporary profile folder,
 * deleted after the test.
 */
import { expect } from '@playwright/test';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { SKIP_REASON, hasElectronBinary, launchApp, mainWindow, test } from './electron-app';

test.skip(!hasElectronBinary, SKIP_REASON);

test('window bounds and language are remembered across restarts', async ({ userDataDir: profile }) => {
  const first = await launchApp(profile);
  const page = await mainWindow(first);
  await first.evaluate(({ BrowserWindow }) => {
    BrowserWindow.getAllWindows()[0]?.setBounds({ x: 80, y: 60, width: 1010, height: 690 });
  });
  const updated = await page.evaluate(() => window.desktop?.updateSettings({ language: 'en' }));
  expect(updated?.ok).toBe(true);
  await first.close();

  const stored: unknown = JSON.parse(await fsp.readFile(path.join(profile, 'settings.json'), 'utf8'));
  expect(stored).toMatchObject({ language: 'en', windowBounds: { width: 1010, height: 690, isMaximized: false } });

  const second = await launchApp(profile);
  await mainWindow(second);
  const state = await second.evaluate(({ BrowserWindow, Menu }) => ({
    bounds: BrowserWindow.getAllWindows()[0]?.getBounds() ?? null,
    menus: Menu.getApplicationMenu()?.items.map((i) => i.label) ?? [],
  }));
  expect(state.bounds).toMatchObject({ width: 1010, height: 690 });
  expect(state.menus).toContain('File');
  await second.close();
});

test('a broken settings file falls back to the defaults', async ({ userDataDir: profile }) => {  await fsp.writeFile(path.join(profile, 'settings.json'), '{"language": "en", "windowBo');
  const app = await launchApp(profile);
  const page = await mainWindow(app);
  const settings = await page.evaluate(() => window.desktop?.getSettings());
  expect(settings).toMatchObject({ ok: true, value: { language: 'nb' } });
  const bounds = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getBounds() ?? null);
  expect(bounds).toMatchObject({ width: 1280, height: 820 });
  await app.close();
});
