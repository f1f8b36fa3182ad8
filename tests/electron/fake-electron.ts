/**
 * A small stand-in for the `electron` module in Vitest (vitest.config.ts aliases
 * `electron` to this file in the node project). It records what the main process asks
 * of Electron — schemes, handlers, windows, menus, sends — so tests can check the wiring
 * without an Electron binary. Only what electron/ and electron-store touch is here.
 */
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheckHandler = (contents: unknown, permission: string) => boolean;

/** A rectangle. */
export interface FakeRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

class FakeApp extends EventEmitter {
  isPackaged = false;
  readonly paths = new Map<string, string>();
  readonly calls: string[] = [];
  readonly recentDocuments: string[] = [];
  hasSingleInstanceLock = true;
  #ready!: () => void;
  #whenReady = new Promise<void>((resolve) => {
    this.#ready = resolve;
  });

  /** A new, unresolved whenReady() (between tests). */
  resetReady(): void {
    this.#whenReady = new Promise<void>((resolve) => {
      this.#ready = resolve;
    });
  }
  /** Resolves whenReady() (the test decides when the app is ready). */
  emitReady(): void {
    this.#ready();
    this.emit('ready');
  }
  whenReady(): Promise<void> {
    return this.#whenReady;
  }
  getPath(name: string): string {
    return this.paths.get(name) ?? path.join(os.tmpdir(), 'fake-electron', name);
  }
  setPath(name: string, value: string): void {
    this.paths.set(name, value);
  }
  getName(): string {
    return 'Handlingsrom';
  }
  getVersion(): string {
    return '0.1.0';
  }
  requestSingleInstanceLock(): boolean {
    this.calls.push('requestSingleInstanceLock');
    return this.hasSingleInstanceLock;
  }
  enableSandbox(): void {
    this.calls.push('enableSandbox');
  }
  quit(): void {
    this.calls.push('quit');
  }
  showAboutPanel(): void {
    this.calls.push('showAboutPanel');
  }
  setAboutPanelOptions(): void {
    this.calls.push('setAboutPanelOptions');
  }
  setAppUserModelId(): void {
    this.calls.push('setAppUserModelId');
  }
  addRecentDocument(filePath: string): void {
    this.recentDocuments.push(filePath);
  }
}

/** A frame of a page, as `event.senderFrame` gives it (Electron's WebFrameMain). */
export interface FakeFrame {
  readonly url: string;
  readonly parent: FakeFrame | null;
}

class FakeWebContents extends EventEmitter {
  readonly sent: Array<{ channel: string; args: unknown[] }> = [];
  /** The top frame of the page (no parent). */
  get mainFrame(): FakeFrame {
    return { url: this.loadedUrl ?? '', parent: null };
  }
  /** A child frame (an iframe) of the page at `url`. */
  subframe(url: string): FakeFrame {
    return { url, parent: this.mainFrame };
  }
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  loadedUrl: string | null = null;
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args });
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  async printToPDF(): Promise<Uint8Array> {
    return new TextEncoder().encode('%PDF-1.7 fake');
  }
}

/** Options a test can read back from a created window. */
export interface FakeWindowOptions {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  webPreferences?: Record<string, unknown>;
  [key: string]: unknown;
}

class FakeBrowserWindow extends EventEmitter {
  static readonly all: FakeBrowserWindow[] = [];
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all.filter((w) => !w.destroyed);
  }
  static getFocusedWindow(): FakeBrowserWindow | null {
    return null;
  }
  static fromWebContents(contents: unknown): FakeBrowserWindow | null {
    return FakeBrowserWindow.all.find((w) => w.webContents === contents) ?? null;
  }

  readonly webContents = new FakeWebContents();
  readonly options: FakeWindowOptions;
  bounds: FakeRect;
  maximized = false;
  fullScreen = false;
  destroyed = false;

  constructor(options: FakeWindowOptions = {}) {
    super();
    this.options = options;
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    FakeBrowserWindow.all.push(this);
    // Electron emits web-contents-created for every new WebContents.
    app.emit('web-contents-created', {}, this.webContents);
  }
  async loadURL(url: string): Promise<void> {
    this.webContents.loadedUrl = url;
  }
  getNormalBounds(): FakeRect {
    return { ...this.bounds };
  }
  setBounds(bounds: Partial<FakeRect>): void {
    this.bounds = { ...this.bounds, ...bounds };
    this.emit('resize');
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMinimized(): boolean {
    return false;
  }
  restore(): void {}
  show(): void {}
  focus(): void {}
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setFullScreen(flag: boolean): void {
    this.fullScreen = flag;
  }
  isFullScreen(): boolean {
    return this.fullScreen;
  }
}

type InvokeListener = (event: unknown, ...args: unknown[]) => unknown;

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, InvokeListener>();
  handle(channel: string, listener: InvokeListener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

class FakeIpcRenderer extends EventEmitter {
  readonly invoked: Array<{ channel: string; args: unknown[] }> = [];
  answer: (channel: string, args: unknown[]) => unknown = () => ({ ok: true, value: null });
  async invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push({ channel, args });
    return this.answer(channel, args);
  }
}

class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | null = null;
  permissionCheckHandler: PermissionCheckHandler | null = null;
  beforeRequest: ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void): void => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheckHandler = handler;
  }
}

/** A built menu: the template it came from. */
export interface FakeMenu {
  template: unknown[];
}

export const app = new FakeApp();
export const BrowserWindow = FakeBrowserWindow;
export const ipcMain = new FakeIpcMain();
export const ipcRenderer = new FakeIpcRenderer();
export const session = { defaultSession: new FakeSession() };
export const protocol = {
  privileged: [] as unknown[],
  handlers: new Map<string, (request: Request) => Promise<Response> | Response>(),
  registerSchemesAsPrivileged(schemes: unknown[]): void {
    this.privileged.push(...schemes);
  },
  handle(scheme: string, handler: (request: Request) => Promise<Response> | Response): void {
    this.handlers.set(scheme, handler);
  },
};
export const Menu = {
  applicationMenu: null as FakeMenu | null,
  buildFromTemplate(template: unknown[]): FakeMenu {
    return { template };
  },
  setApplicationMenu(menu: FakeMenu | null): void {
    this.applicationMenu = menu;
  },
  getApplicationMenu(): FakeMenu | null {
    return this.applicationMenu;
  },
};
export const dialog = {
  showOpenDialog: async (..._args: unknown[]): Promise<{ canceled: boolean; filePaths: string[] }> => ({ canceled: true, filePaths: [] }),
  showSaveDialog: async (..._args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> => ({ canceled: true }),
};
export const screen = {
  displays: [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
  getAllDisplays(): Array<{ workArea: FakeRect }> {
    return this.displays;
  },
};
export const shell = {
  openPath: async (): Promise<string> => '',
};
export const nativeTheme = { shouldUseDarkColors: false };
export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld(key: string, api: unknown): void {
    this.exposed.set(key, api);
  },
};

/** Puts the fake back to its first state (between tests). */
export function resetFakeElectron(): void {
  app.removeAllListeners();
  app.isPackaged = false;
  app.paths.clear();
  app.calls.length = 0;
  app.recentDocuments.length = 0;
  app.hasSingleInstanceLock = true;
  app.resetReady();
  FakeBrowserWindow.all.length = 0;
  ipcMain.removeAllListeners();
  ipcMain.handlers.clear();
  ipcRenderer.removeAllListeners();
  ipcRenderer.invoked.length = 0;
  session.defaultSession = new FakeSession();
  protocol.privileged.length = 0;
  protocol.handlers.clear();
  Menu.applicationMenu = null;
  contextBridge.exposed.clear();
}

export default {
  app,
  BrowserWindow,
  ipcMain,
  ipcRenderer,
  session,
  protocol,
  Menu,
  dialog,
  screen,
  shell,
  nativeTheme,
  contextBridge,
};
