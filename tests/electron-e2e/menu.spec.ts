/**
 * The native menu as Electron built it: Norwegian labels, standard accelerators, app
 * commands delivered to the renderer, and the language following settings.
 */
import { expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import type { MenuItem } from 'electron';
import { SKIP_REASON, hasElectronBinary, launchApp, mainWindow, removeUserData, tempUserData } from './electron-app';

test.skip(!hasElectronBinary, SKIP_REASON);

interface MenuEntry {
  id: string;
  label: string;
  accelerator: string | null;
  role: string | null;
  visible: boolean;
  items: MenuEntry[];
}

let app: ElectronApplication;
let userDataDir: string | undefined;
let page: Page;

test.beforeAll(async () => {
  userDataDir = await tempUserData();
  app = await launchApp(userDataDir);
  page = await mainWindow(app);
});

test.afterAll(async () => {
  await app?.close();
  await removeUserData(userDataDir);
});

async function readMenu(): Promise<{ platform: string; menus: MenuEntry[] }> {
  return app.evaluate(({ Menu }) => {
    const describe = (item: MenuItem): MenuEntry => ({
      id: item.id,
      label: item.label,
      accelerator: item.accelerator ?? null,
      role: item.role ?? null,
      visible: item.visible,
      items: (item.submenu?.items ?? []).map(describe),
    });
    return { platform: process.platform, menus: (Menu.getApplicationMenu()?.items ?? []).map(describe) };
  });
}

function visible(entries: MenuEntry[]): string[] {
  return entries.filter((e) => e.visible && e.label !== '').map((e) => e.label);
}

function byLabel(menus: MenuEntry[], label: string): MenuEntry {
  const found = menus.find((m) => m.label === label);
  if (!found) throw new Error(`no menu «${label}» in ${menus.map((m) => m.label).join(', ')}`);
  return found;
}

test('Norwegian menus with the standard accelerators', async () => {
  const { platform, menus } = await readMenu();
  const isMac = platform === 'darwin';
  expect(visible(menus)).toEqual(isMac ? ['Handlingsrom', 'Fil', 'Rediger', 'Vis', 'Vindu', 'Hjelp'] : ['Fil', 'Rediger', 'Vis', 'Hjelp']);

  const file = byLabel(menus, 'Fil').items;
  expect(visible(file)).toEqual(['Ny', 'Åpne…', 'Lagre', 'Lagre som…', 'Eksporter til Excel…', ...(isMac ? [] : ['Avslutt'])]);
  const accelerators = Object.fromEntries(file.map((e) => [e.label, e.accelerator]));
  expect(accelerators).toMatchObject({
    Ny: 'CmdOrCtrl+N',
    'Åpne…': 'CmdOrCtrl+O',
    Lagre: 'CmdOrCtrl+S',
    'Lagre som…': 'CmdOrCtrl+Shift+S',
    'Eksporter til Excel…': 'CmdOrCtrl+E',
  });

  const edit = byLabel(menus, 'Rediger').items;
  expect(visible(edit)).toEqual(['Angre', 'Gjør om', 'Klipp ut', 'Kopier', 'Lim inn', 'Merk alt']);
  expect(edit.find((e) => e.label === 'Angre')?.accelerator).toBe('CmdOrCtrl+Z');
  expect(edit.filter((e) => e.label === 'Gjør om').map((e) => e.accelerator).sort()).toEqual(['CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y'].sort());

  const view = byLabel(menus, 'Vis').items;
  expect(visible(view)).toEqual(['Presentasjon', 'Fullskjerm', 'Zoom']);
  expect(view.find((e) => e.label === 'Presentasjon')?.accelerator).toBe('F5');
  expect(JSON.stringify(menus)).not.toContain('toggleDevTools');

  expect(visible(byLabel(menus, 'Hjelp').items)).toEqual(['Om Handlingsrom']);
});

test('menu commands reach the renderer through window.desktop', async () => {
  await page.evaluate(() => {
    const seen: string[] = [];
    Reflect.set(window, '__menuCommands', seen);
    window.desktop?.onMenuCommand((c) => seen.push(c));
  });
  await app.evaluate(({ Menu }) => {
    for (const id of ['file:save', 'edit:undo', 'edit:redo-alt', 'view:present']) {
      const item = Menu.getApplicationMenu()?.getMenuItemById(id);
      if (!item) throw new Error(`no menu item ${id}`);
      item.click();
    }
  });
  await expect.poll(() => page.evaluate(() => Reflect.get(window, '__menuCommands') as string[])).toEqual([
    'file:save',
    'edit:undo',
    'edit:redo',
    'view:present',
  ]);
});

test('the menu follows settings.language', async () => {
  const updated = await page.evaluate(() => window.desktop?.updateSettings({ language: 'en' }));
  expect(updated?.ok).toBe(true);
  const { menus } = await readMenu();
  expect(visible(byLabel(menus, 'File').items).slice(0, 5)).toEqual(['New', 'Open…', 'Save', 'Save as…', 'Export to Excel…']);
  await page.evaluate(() => window.desktop?.updateSettings({ language: 'nb' }));
  expect(visible((await readMenu()).menus)).toContain('Fil');
});
