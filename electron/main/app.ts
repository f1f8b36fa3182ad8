/**
 * Lifecycle of the desktop app: single instance, the app:// scheme, session hardening,
 * IPC handlers, the menu and the one main window. Everything with a decision in it lives
 * in the small modules next to this one; this file only wires them to Electron.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import type { IpcMainInvokeEvent } from 'electron';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { IPC } from '@shared/ipc/api';
import type { EventChannel, EventValueOf, MenuCommand } from '@shared/ipc/api';
import type { Settings } from '@shared/ipc/settings';
import { appSchemes, serveAppScheme } from './app-protocol';
import { createFileGrants } from './file-grants';
import { nodeFileSystem } from './files';
import { createIpcHandlers, registerIpcHandlers } from './ipc-handlers';
import { installApplicationMenu } from './menu';
import { OpenRequestQueue, planFilesFromArgv } from './open-requests';
import { entryUrl, isAllowedRequestUrl, isTrustedPageUrl, resolveDevUrl } from './origin';
import { hardenSession, hardenWebContents } from './security';
import { createElectronSettingsStore } from './settings-store';
import type { SettingsStore } from './settings-store';
import { buildWebPreferences } from './web-preferences';
import { placeWindow, trackWindowBounds } from './window-state';

/** Where the built files are, relative to the bundled main (dist/electron/main.cjs). */
export interface AppPaths {
  /** dist/electron/preload.cjs */
  preload: string;
  /** dist/renderer */
  rendererRoot: string;
}

/** The paths next to a bundled main in `bundleDir` (dist/electron). */
export function appPathsFrom(bundleDir: string): AppPaths {
  return {
    preload: path.join(bundleDir, 'preload.cjs'),
    rendererRoot: path.join(bundleDir, '..', 'renderer'),
  };
}

/** Starts the app. Returns false when another instance already runs (this one quits). */
export function startApp(paths: AppPaths, env: NodeJS.ProcessEnv = process.env): boolean {
  const devUrl = resolveDevUrl(env.HANDLINGSROM_DEV_URL, app.isPackaged);
  // Tests and dev runs may isolate their profile; a packaged app always uses its own.
  const userDataDir = app.isPackaged ? undefined : env.HANDLINGSROM_USER_DATA_DIR;
  if (userDataDir) app.setPath('userData', path.resolve(userDataDir));

  // Must happen before 'ready'.
  protocol.registerSchemesAsPrivileged(appSchemes());
  app.enableSandbox();

  // Two instances on one IndexedDB corrupt it: the second hands its files to the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }

  const openRequests = new OpenRequestQueue();
  openRequests.push(...planFilesFromArgv(process.argv.slice(1), process.cwd()));
  let mainWindow: BrowserWindow | null = null;
  let settings: SettingsStore | null = null;
  // Files the renderer may open and save by id (dialogs, the OS, the recent list).
  const grants = createFileGrants(() => settings?.read().recentFiles ?? []);

  const isTrusted = (url: string): boolean => isTrustedPageUrl(url, devUrl);

  function focusMainWindow(): void {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    openRequests.push(...planFilesFromArgv(argv.slice(1), workingDirectory));
  });

  // macOS: a file dropped on the dock icon or double-clicked, possibly before 'ready'.
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    openRequests.push(filePath);
    focusMainWindow();
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isTrusted));

  function sendToRenderer<C extends EventChannel>(channel: C, value: EventValueOf<C>): void {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(channel, value);
    }
  }

  function installMenu(current: Settings): void {
    installApplicationMenu(
      Menu,
      { language: current.language, platform: process.platform, isDev: devUrl !== null },
      {
        sendCommand: (command: MenuCommand) => {
          const target = BrowserWindow.getFocusedWindow() ?? mainWindow;
          target?.webContents.send(IPC.menuCommand, command);
        },
        showAbout: () => app.showAboutPanel(),
      },
    );
  }

  function windowOf(event: IpcMainInvokeEvent): BrowserWindow | null {
    return BrowserWindow.fromWebContents(event.sender);
  }

  function createMainWindow(store: SettingsStore): BrowserWindow {
    const saved = store.read().windowBounds;
    const placement = placeWindow(
      saved,
      screen.getAllDisplays().map((d) => d.workArea),
    );
    const window = new BrowserWindow({
      ...placement,
      minWidth: 640,
      minHeight: 480,
      show: false,
      title: 'Handlingsrom',
      backgroundColor: '#ffffff',
      webPreferences: buildWebPreferences(paths.preload),
    });
    if (saved.isMaximized) window.maximize();
    window.once('ready-to-show', () => window.show());
    trackWindowBounds(window, (windowBounds) => {
      try {
        store.write({ ...store.read(), windowBounds });
      } catch (error) {
        console.error('[window] could not save the window bounds:', error);
      }
    });
    window.webContents.on('did-start-loading', () => openRequests.setReceiver(null));
    window.webContents.on('did-finish-load', () => {
      // The OS handed the file over: grant it, and tell the renderer its id, not its path.
      openRequests.setReceiver((filePath) => window.webContents.send(IPC.openFileRequest, grants.grant(filePath, 'os')));
    });
    window.on('closed', () => {
      openRequests.setReceiver(null);
      if (mainWindow === window) mainWindow = null;
    });
    void window.loadURL(entryUrl(devUrl));
    return window;
  }

  void app.whenReady().then(() => {
    const store = createElectronSettingsStore();
    settings = store;
    // electron-store answers a sendSync channel for renderer-side stores; this app
    // uses invoke/handle only, so that listener goes.
    ipcMain.removeAllListeners('electron-store-get-data');

    if (process.platform === 'win32') app.setAppUserModelId('no.handlingsrom.app');
    app.setAboutPanelOptions({ applicationName: 'Handlingsrom', applicationVersion: app.getVersion() });

    // The team servers the planner configured are the only network the app may reach.
    const teamOrigins = () => store.read().teamServers;
    hardenSession(session.defaultSession, (url) => isAllowedRequestUrl(url, devUrl, teamOrigins()));
    serveAppScheme(protocol, paths.rendererRoot, (filePath) => fsp.readFile(filePath), teamOrigins);

    registerIpcHandlers(
      ipcMain,
      createIpcHandlers<IpcMainInvokeEvent>({
        settings: store,
        fs: nodeFileSystem,
        isTrustedSender: isTrusted,
        isAppWindow: (event) => mainWindow !== null && !mainWindow.isDestroyed() && event.sender === mainWindow.webContents,
        grants,
        // dialog.* is looked up at call time, so end-to-end tests can stub it.
        showOpenDialog: (event, options) => {
          const owner = windowOf(event);
          return owner ? dialog.showOpenDialog(owner, options) : dialog.showOpenDialog(options);
        },
        showSaveDialog: (event, options) => {
          const owner = windowOf(event);
          return owner ? dialog.showSaveDialog(owner, options) : dialog.showSaveDialog(options);
        },
        setFullScreen: (event, isFullScreen) => {
          const owner = windowOf(event);
          if (!owner) return null;
          owner.setFullScreen(isFullScreen);
          return isFullScreen;
        },
        appInfo: () => ({ name: app.getName(), version: app.getVersion(), platform: process.platform, shell: 'desktop' }),
        defaultDirectory: () => app.getPath('documents'),
        onSettingsChanged: (next) => {
          sendToRenderer(IPC.settingsChanged, next);
          installMenu(next);
        },
        addRecentDocument: (filePath) => app.addRecentDocument(filePath),
        now: () => new Date(),
        openFolder: (folder) => shell.openPath(folder),
      }),
    );

    installMenu(store.read());
    mainWindow = createMainWindow(store);

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0 && settings) mainWindow = createMainWindow(settings);
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  return true;
}
