/**
 * The renderer's DesktopApi over IPC: one method per channel (`invoke` only), and
 * listeners that pass plain data on — never Electron's event object, which would hand
 * the page the ipcRenderer — and return an unsubscribe function. The object is frozen.
 */
import { IPC, menuCommandSchema } from '@shared/ipc/api';
import type { AppInfo, DesktopApi, MenuCommand, OpenedFile, Result, SavedFile } from '@shared/ipc/api';
import { settingsSchema } from '@shared/ipc/settings';
import type { Settings } from '@shared/ipc/settings';
import { desktop } from '@shared/i18n/desktop';

/** The part of ipcRenderer the API uses. */
export interface IpcTransport {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/** Builds the frozen `window.desktop` object over an IPC transport. */
export function createDesktopApi(ipc: IpcTransport): DesktopApi {
  async function call<T>(channel: string, ...args: unknown[]): Promise<Result<T>> {
    try {
      // Main answers every invoke channel with a Result (ipc-handlers.ts).
      return (await ipc.invoke(channel, ...args)) as Result<T>;
    } catch (error) {
      // Only when IPC itself fails (no handler, payload not cloneable).
      const reason = error instanceof Error ? error.message : String(error);
      return { ok: false, error: { code: 'unknown', message: desktop.nb.errors.unknown.replace('{{reason}}', () => reason) } };
    }
  }

  function subscribe<T>(channel: string, parse: (value: unknown) => T | undefined, listener: (value: T) => void): () => void {
    const wrapped = (_event: unknown, value: unknown): void => {
      const parsed = parse(value);
      if (parsed !== undefined) listener(parsed);
    };
    ipc.on(channel, wrapped);
    return () => {
      ipc.removeListener(channel, wrapped);
    };
  }

  // Open requests may arrive before the renderer subscribes (a file double-clicked to
  // start the app): they wait here and go to the first subscriber.
  const pendingOpenRequests: string[] = [];
  const openListeners = new Set<(filePath: string) => void>();
  ipc.on(IPC.openFileRequest, (_event: unknown, value: unknown) => {
    if (typeof value !== 'string') return;
    if (openListeners.size === 0) pendingOpenRequests.push(value);
    for (const listener of openListeners) listener(value);
  });

  const api = {
    getSettings: () => call<Settings>(IPC.settingsGet),
    updateSettings: (patch) => call<Settings>(IPC.settingsUpdate, patch),
    onSettingsChanged: (listener) =>
      subscribe<Settings>(IPC.settingsChanged, (v) => settingsSchema.safeParse(v).data, listener),
    openPlanFile: (path) => call<OpenedFile>(IPC.openPlan, { path }),
    savePlanFile: (payload) => call<SavedFile>(IPC.savePlan, payload),
    saveExport: (payload) => call<SavedFile>(IPC.saveExport, payload),
    printToPdf: (payload) => call<SavedFile | null>(IPC.printToPdf, payload),
    setFullScreen: (isFullScreen) => call<boolean>(IPC.setFullScreen, isFullScreen),
    getAppInfo: () => call<AppInfo>(IPC.appInfo),
    onMenuCommand: (listener) =>
      subscribe<MenuCommand>(IPC.menuCommand, (v) => menuCommandSchema.safeParse(v).data, listener),
    onOpenFileRequest: (listener) => {
      openListeners.add(listener);
      if (pendingOpenRequests.length > 0) {
        const waiting = pendingOpenRequests.splice(0);
        // After the caller has its unsubscribe function.
        queueMicrotask(() => {
          for (const filePath of waiting) if (openListeners.has(listener)) listener(filePath);
        });
      }
      return () => {
        openListeners.delete(listener);
      };
    },
  } satisfies DesktopApi;

  return Object.freeze(api);
}
