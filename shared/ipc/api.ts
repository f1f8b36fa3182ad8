/**
 * The one contract between the renderer and the operating system: `DesktopApi`, its
 * channel names and payload schemas. Electron's preload implements it over IPC; the web
 * build implements it with downloads, a file input and localStorage.
 */
import { z } from 'zod';
import type { Settings, SettingsPatch } from './settings';
import { settingsPatchSchema } from './settings';

/** An error returned as a value (Electron keeps only `error.message` of a thrown error). */
export interface IpcError {
  code: 'cancelled' | 'invalid-payload' | 'forbidden-sender' | 'io' | 'too-large' | 'unknown';
  /** Norwegian message for the user. */
  message: string;
}

/** Result of an IPC call: a value or an error, never a throw. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** A plan file's text as opened from disk. */
export interface OpenedFile {
  /** Absolute path (desktop) or the file's name (web). */
  path: string;
  name: string;
  text: string;
}

/** Where a saved file went. */
export interface SavedFile {
  path: string;
  name: string;
}

/** Information about the running app. */
export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  /** 'desktop' in Electron, 'web' in the browser build. */
  shell: 'desktop' | 'web';
}

/** Commands the native menu sends to the renderer. */
export const menuCommandSchema = z.enum([
  'file:new',
  'file:open',
  'file:save',
  'file:save-as',
  'file:export-excel',
  'edit:undo',
  'edit:redo',
  'view:present',
]);
/** A menu command. */
export type MenuCommand = z.infer<typeof menuCommandSchema>;

/** Largest plan file the app opens (bytes). */
export const MAX_PLAN_FILE_BYTES = 50 * 1024 * 1024;
/** Largest export the app writes (bytes). */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

/** Payload of «save plan file». */
export const savePlanPayloadSchema = z.object({
  text: z.string().max(MAX_PLAN_FILE_BYTES),
  /** Save here without a dialog (Lagre); null asks (Lagre som…). */
  path: z.string().min(1).max(4096).nullable(),
  suggestedName: z.string().min(1).max(255),
});
/** Save plan payload. */
export type SavePlanPayload = z.infer<typeof savePlanPayloadSchema>;

/** Payload of «save export bytes». */
export const saveExportPayloadSchema = z.object({
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_EXPORT_BYTES, { error: 'validation.fileTooLarge' }),
  suggestedName: z.string().min(1).max(255),
  /** File type filter, e.g. xlsx or pdf. */
  kind: z.enum(['xlsx', 'pdf']),
});
/** Save export payload. */
export type SaveExportPayload = z.infer<typeof saveExportPayloadSchema>;

/** Payload of «open plan file»: a path (recent file) or null for the dialog. */
export const openPlanPayloadSchema = z.object({ path: z.string().min(1).max(4096).nullable() });
/** Open plan payload. */
export type OpenPlanPayload = z.infer<typeof openPlanPayloadSchema>;

/** Payload of «update settings». */
export const updateSettingsPayloadSchema = settingsPatchSchema;

/** Payload of «print to PDF». */
export const printToPdfPayloadSchema = z.object({
  suggestedName: z.string().min(1).max(255),
  landscape: z.boolean(),
});
/** Print-to-PDF payload. */
export type PrintToPdfPayload = z.infer<typeof printToPdfPayloadSchema>;

/** IPC channel names: one per method. */
export const IPC = {
  settingsGet: 'settings:get',
  settingsUpdate: 'settings:update',
  settingsChanged: 'settings:changed',
  openPlan: 'file:open-plan',
  savePlan: 'file:save-plan',
  saveExport: 'file:save-export',
  printToPdf: 'file:print-to-pdf',
  appInfo: 'app:info',
  menuCommand: 'menu:command',
  setFullScreen: 'window:set-full-screen',
  /** Main → renderer: open this plan file (double-click, second instance, macOS open-file). */
  openFileRequest: 'file:open-request',
} as const;

/** Everything the renderer may ask of the operating system. */
export interface DesktopApi {
  getSettings(): Promise<Result<Settings>>;
  updateSettings(patch: SettingsPatch): Promise<Result<Settings>>;
  /** Subscribes to settings changes; returns an unsubscribe function. */
  onSettingsChanged(listener: (settings: Settings) => void): () => void;
  /** Opens a plan file: from `path`, or through the open dialog when null. */
  openPlanFile(path: string | null): Promise<Result<OpenedFile>>;
  /** Saves a plan file (atomic write); resolves after the write. */
  savePlanFile(payload: SavePlanPayload): Promise<Result<SavedFile>>;
  /** Saves export bytes through a save dialog (atomic write); resolves after the write. */
  saveExport(payload: SaveExportPayload): Promise<Result<SavedFile>>;
  /** Prints the current page to PDF (desktop: printToPDF + save dialog; web: the print dialog). */
  printToPdf(payload: PrintToPdfPayload): Promise<Result<SavedFile | null>>;
  /** Enters or leaves full screen. */
  setFullScreen(isFullScreen: boolean): Promise<Result<boolean>>;
  getAppInfo(): Promise<Result<AppInfo>>;
  /** Subscribes to native menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Subscribes to requests from the operating system to open a plan file (the file was
   * double-clicked, passed to a second instance, or dropped on the dock icon). The
   * listener gets the absolute path and should call `openPlanFile(path)`. Requests that
   * arrived before the first subscription are delivered to it. Returns an unsubscribe
   * function. Optional: the web build has no such requests.
   */
  onOpenFileRequest?(listener: (path: string) => void): () => void;
}
