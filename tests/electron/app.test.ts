/**
 * The lifecycle wiring of electron/main/app.ts against the fake electron: what is
 * registered before and after 'ready', the window's preferences and URL, the single
 * instance lock, open-file requests and the menu.
 */
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IPC } from '@shared/ipc/api';
import { appPathsFrom, startApp } from '../../electron/main/app';
import { buildWebPreferences } from '../../electron/main/web-preferences';
import { BrowserWindow, Menu, app, ipcMain, protocol, resetFakeElectron, session } from './fake-electron';
import type { FakeMenu } from './fake-electron';

let userData: string;
const paths = appPathsFrom(path.resolve('/opt/handlingsrom/dist/electron'));

beforeEach(async () => {
  resetFakeElectron();
  userData = await fsp.mkdtemp(path.join(os.tmpdir(), 'hr-app-'));
});
afterEach(async () => {
  await fsp.rm(userData, { recursive: true, force: true });
});

async function ready(): Promise<void> {
  app.emitReady();
  await new Promise((resolve) => setImmediate(resolve));
}

function menuLabels(menu: FakeMenu | null): unknown[] {
  return (menu?.template ?? []).map((item) => (item as { label?: string }).label);
}

describe('startApp', () => {
  it('finds the preload and the renderer next to the bundled main', () => {
    expect(paths.preload).toBe(path.resolve('/opt/handlingsrom/dist/electron/preload.cjs'));
    expect(paths.rendererRoot).toBe(path.resolve('/opt/handlingsrom/dist/renderer'));
  });

  it('registers the app:// scheme, enables the sandbox and takes the lock before ready', () => {
    expect(startApp(paths, { HANDLINGSROM_USER_DATA_DIR: userData })).toBe(true);
    expect(protocol.privileged).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
    expect(app.calls).toEqual(['enableSandbox', 'requestSingleInstanceLock']);
    expect(BrowserWindow.all).toHaveLength(0);
    expect(app.getPath('userData')).toBe(userData);
  });

  it('quits at once when another instance holds the lock', async () => {
    app.hasSingleInstanceLock = false;
    expect(startApp(paths, { HANDLINGSROM_USER_DATA_DIR: userData })).toBe(false);
    await ready();
    expect(app.calls).toContain('quit');
    expect(BrowserWindow.all).toHaveLength(0);
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('on ready: hardens the session, serves app://, registers the handlers, the menu and one secure window', async () => {
    startApp(paths, { HANDLINGSROM_USER_DATA_DIR: userData });
    await ready();
    const ses = session.defaultSession;
    const granted: boolean[] = [];
    ses.permissionRequestHandler?.({}, 'media', (g: boolean) => granted.push(g));
    expect(granted).toEqual([false]);
    let cancel: boolean | undefined;
    ses.beforeRequest?.({ url: 'https://example.com/' }, (r) => {
      cancel = r.cancel;
    });
    expect(cancel).toBe(true);
    expect([...protocol.handlers.keys()]).toEqual(['app']);
    expect([...ipcMain.handlers.keys()].sort()).toEqual(
      [IPC.settingsGet, IPC.settingsUpdate, IPC.openPlan, IPC.savePlan, IPC.saveExport, IPC.printToPdf, IPC.setFullScreen, IPC.appInfo].sort(),
    );
    // electron-store's sendSync channel is gone: invoke/handle only.
    expect(ipcMain.listenerCount('electron-store-get-data')).toBe(0);
    expect(menuLabels(Menu.getApplicationMenu())).toContain('Fil');

    expect(BrowserWindow.all).toHaveLength(1);
    const window = BrowserWindow.all[0]!;
    expect(window.options.webPreferences).toEqual(buildWebPreferences(paths.preload));
    expect(window.options).toMatchObject({ width: 1280, height: 820, show: false });
    expect(window.webContents.loadedUrl).toBe('app://handlingsrom/index.html');
    // web-contents-created hardened the window's contents.
    expect(window.webContents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' });
  });

  it('answers IPC from the window and refuses other senders', async () => {
    startApp(paths, { HANDLINGSROM_USER_DATA_DIR: userData });
    await ready();
    const window = BrowserWindow.all[0]!;
    const info = ipcMain.handlers.get(IPC.appInfo);
    const fromApp = { senderFrame: window.webContents.mainFrame, sender: window.webContents };
    expect(await info?.(fromApp)).toMatchObject({ ok: true, value: { shell: 'desktop', name: 'Handlingsrom' } });
    const fromWeb = { senderFrame: { url: 'https://evil.example/', parent: null }, sender: window.webContents };
    expect(await info?.(fromWeb)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    // An iframe, even one on the app origin, is not the main frame.
    const fromSubframe = { senderFrame: window.webContents.subframe('app://handlingsrom/index.html'), sender: window.webContents };
    expect(await info?.(fromSubframe)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    // The main frame of some other web contents is not the app's window.
    const other = new BrowserWindow({});
    await other.loadURL('app://handlingsrom/index.html');
    expect(await info?.({ senderFrame: other.webContents.mainFrame, sender: other.webContents })).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
    expect(await ipcMain.handlers.get(IPC.setFullScreen)?.(fromApp, true)).toEqual({ ok: true, value: true });
    expect(window.fullScreen).toBe(true);
  });

  it('broadcasts settings changes and rebuilds the menu in the new language', async () => {
    startApp(paths, { HANDLINGSROM_USER_DATA_DIR: userData });
    await ready();
    const window = BrowserWindow.all[0]!;
    const update = ipcMain.handlers.get(IPC.settingsUpdate);
    const result = await update?.({ senderFrame: window.webContents.mainFrame, sender: window.webContents }, { language: 'en' });
    expect(result).toMatchObject({ ok: true, value: { language: 'en' } });
    expect(window.webContents.sent.filter((s) => s.channel === IPC.settingsChanged)).toHaveLength(1);
    expect(menuLabels(Menu.getApplicationMenu())).toEqual(['File', 'Edit', 'View', 'Help']);
    const json: unknown = JSON.parse(await fsp.readFile(path.join(userData, 'settings.json'), 'utf8'));
    expect(json).toMatchObject({ language: 'en' });
  });

  it('remembers the window bounds in settings.json and restores them on the next start', async () => {
    startApp(paths, { HANDLINGSROM_USER_DATA_DIR: userData });
    await ready();
    const window = BrowserWindow.all[0]!;
    window.bounds = { x: 40, y: 30, width: 1100, height: 700 };
    window.maximized = true;
    window.emit('close');
    const json: unknown = JSON.parse(await fsp.readFile(path.join(userData, 'settings.json'), 'utf8'));
    expect(json).toMatchObject({ windowBounds: { x: 40, y: 30, width: 1100, height: 700, isMaximized: true } });

    resetFakeElectron();
    startApp(paths, { HANDLINGSROM_USER_DATA_DIR: userData });
    await ready();
    const again = BrowserWindow.all[0]!;
    expect(again.options).toMatchObject({ x: 40, y: 30, width: 1100, height: 700 });
    expect(again.maximized).toBe(true);
  });

  it('hands plan files from a second instance to the renderer once it has loaded, as granted ids', async () => {
    startApp(paths, { HANDLINGSROM_USER_DATA_DIR: userData });
    await ready();
    const window = BrowserWindow.all[0]!;
    const handedOver = path.join(userData, 'plan.handlingsrom');
    await fsp.writeFile(handedOver, '{"fra":"andre instans"}');
    app.emit('second-instance', {}, ['/opt/handlingsrom/handlingsrom', '--flag', 'plan.handlingsrom'], userData, {});
    expect(window.webContents.sent).toEqual([]);
    window.webContents.emit('did-finish-load');
    const sent = window.webContents.sent;
    expect(sent).toEqual([{ channel: IPC.openFileRequest, args: [expect.stringMatching(/^[A-Za-z0-9_-]{16,64}$/)] }]);
    const fileId = sent[0]?.args[0];
    expect(JSON.stringify(sent)).not.toContain(userData);
    // The id opens the file the OS handed over.
    const open = ipcMain.handlers.get(IPC.openPlan);
    expect(await open?.({ senderFrame: window.webContents.mainFrame, sender: window.webContents }, { fileId })).toMatchObject({
      ok: true,
      value: { fileId, name: 'plan.handlingsrom', text: '{"fra":"andre instans"}' },
    });
    const preventable = { isPrevented: false, preventDefault() { preventable.isPrevented = true; } };
    app.emit('open-file', preventable, '/Users/kari/Dock.handlingsrom');
    expect(preventable.isPrevented).toBe(true);
    const dockId = window.webContents.sent.at(-1)?.args[0];
    expect(window.webContents.sent.at(-1)?.channel).toBe(IPC.openFileRequest);
    expect(dockId).not.toBe(fileId);
    // A made-up id opens nothing.
    expect(await open?.({ senderFrame: window.webContents.mainFrame, sender: window.webContents }, { fileId: 'madeUpFileId00000001' })).toMatchObject({
      ok: false,
      error: { code: 'not-granted' },
    });
  });

  it('loads the dev server only in an unpackaged app', async () => {
    startApp(paths, { HANDLINGSROM_USER_DATA_DIR: userData, HANDLINGSROM_DEV_URL: 'http://127.0.0.1:5173' });
    await ready();
    expect(BrowserWindow.all[0]?.webContents.loadedUrl).toBe('http://127.0.0.1:5173/');
    expect(JSON.stringify(Menu.getApplicationMenu()?.template)).toContain('toggleDevTools');

    resetFakeElectron();
    app.isPackaged = true;
    app.setPath('userData', userData);
    startApp(paths, { HANDLINGSROM_USER_DATA_DIR: '/somewhere/else', HANDLINGSROM_DEV_URL: 'http://127.0.0.1:5173' });
    await ready();
    expect(BrowserWindow.all[0]?.webContents.loadedUrl).toBe('app://handlingsrom/index.html');
    expect(app.getPath('userData')).toBe(userData);
    expect(JSON.stringify(Menu.getApplicationMenu()?.template)).not.toContain('toggleDevTools');
  });
});
