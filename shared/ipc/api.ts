/**
 * The one contract between the renderer and the operating system: `DesktopApi`, its
 * channel names and payload schemas. Electron's preload implements it over IPC; the web
 * build implements it with downloads, a file input and localStorage.
 */
import { z } from 'zod';
import { MAX_PLAN_FILE_BYTES } from '../domain/plan-file-limits';
import { fileIdSchema, settingsPatchSchema, settingsSchema } from './settings';
import type { SettingsPatch } from './settings';
import {
  backupFolderSchema,
  backupTextSchema,
  listBackupsPayloadSchema,
  readBackupPayloadSchema,
  snapshotListSchema,
  writeBackupPayloadSchema,
} from './backup';
import type { ReadBackupPayload, WriteBackupPayload } from './backup';
import { snapshotInfoSchema } from '../backup/snapshot-name';

/** The kinds of error an IPC call returns. */
export const ipcErrorCodeSchema = z.enum(['cancelled', 'invalid-payload', 'forbidden-sender', 'not-granted', 'io', 'too-large', 'unknown']);

/** An error returned as a value (Electron keeps only `error.message` of a thrown error). */
export const ipcErrorSchema = z.object({
  code: ipcErrorCodeSchema,
  /** Message for the user, in the app's language. */
  message: z.string(),
});
/** An IPC error value. */
export type IpcError = z.infer<typeof ipcErrorSchema>;

/** Result of an IPC call: a value or an error, never a throw. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** A plan file's text as opened from disk. */
export const openedFileSchema = z.object({
  /** The id to save back to it (Lagre) or to open it again; never a path. */
  fileId: fileIdSchema,
  name: z.string(),
  text: z.string(),
});
/** An opened plan file. */
export type OpenedFile = z.infer<typeof openedFileSchema>;

/** Where a saved export went (its name; the path stays in main). */
export const savedFileSchema = z.object({
  name: z.string(),
});
/** A saved file. */
export type SavedFile = z.infer<typeof savedFileSchema>;

/** Where a saved plan file went: its id (for the next Lagre) and name. */
export const savedPlanFileSchema = z.object({
  fileId: fileIdSchema,
  name: z.string(),
});
/** A saved plan file. */
export type SavedPlanFile = z.infer<typeof savedPlanFileSchema>;

/** Information about the running app. */
export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** 'desktop' in Electron, 'web' in the browser build. */
  shell: z.enum(['desktop', 'web']),
});
/** App information. */
export type AppInfo = z.infer<typeof appInfoSchema>;

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

/** Largest export the app writes (bytes). */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

/** Payload of «save plan file». */
export const savePlanPayloadSchema = z.strictObject({
  text: z.string().max(MAX_PLAN_FILE_BYTES),
  /** Save to this granted file without a dialog (Lagre); null asks (Lagre som…). */
  fileId: fileIdSchema.nullable(),
  suggestedName: z.string().min(1).max(255),
});
/** Save plan payload. */
export type SavePlanPayload = z.infer<typeof savePlanPayloadSchema>;

/** Payload of «save export bytes». */
export const saveExportPayloadSchema = z.object({
  bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_EXPORT_BYTES, { error: 'validation.fileTooLarge' }),
  suggestedName: z.string().min(1).max(255),
  /** File type filter: xlsx, pdf or docx (a report). */
  kind: z.enum(['xlsx', 'pdf', 'docx']),
});
/** Save export payload. */
export type SaveExportPayload = z.infer<typeof saveExportPayloadSchema>;

/**
 * Payload of «open plan file»: the id of a granted file (recent list, operating system)
 * or null for the dialog. Never a path.
 */
export const openPlanPayloadSchema = z.strictObject({ fileId: fileIdSchema.nullable() });
/** Open plan payload. */
export type OpenPlanPayload = z.infer<typeof openPlanPayloadSchema>;

/** Payload of «print to PDF». */
export const printToPdfPayloadSchema = z.object({
  suggestedName: z.string().min(1).max(255),
  landscape: z.boolean(),
});
/** Print-to-PDF payload. */
export type PrintToPdfPayload = z.infer<typeof printToPdfPayloadSchema>;

/** IPC channel names. */
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
  backupWrite: 'backup:write',
  backupList: 'backup:list',
  backupRead: 'backup:read',
  backupFolder: 'backup:folder',
  backupOpenFolder: 'backup:open-folder',
  backupChooseFolder: 'backup:choose-folder',
} as const;

/** One renderer → main channel as written in the map below. */
interface InvokeChannelEntry {
  readonly method: string;
  /** Parses the payload in main (the handler gets the output). */
  readonly payload: z.ZodType;
  /** Parses the value of an ok answer in the preload. */
  readonly result: z.ZodType;
  /** The method's parameters, and the payload the preload sends for them. */
  readonly toPayload: (...args: never[]) => unknown;
}

const invokeChannelEntries = {
  [IPC.settingsGet]: { method: 'getSettings', payload: z.undefined(), result: settingsSchema, toPayload: () => undefined },
  [IPC.settingsUpdate]: {
    method: 'updateSettings',
    payload: settingsPatchSchema,
    result: settingsSchema,
    toPayload: (patch: SettingsPatch) => patch,
  },
  /** Opens a plan file: the granted file `fileId`, or through the open dialog when null. */
  [IPC.openPlan]: {
    method: 'openPlanFile',
    payload: openPlanPayloadSchema,
    result: openedFileSchema,
    toPayload: (fileId: string | null): OpenPlanPayload => ({ fileId }),
  },
  /** Saves a plan file (atomic write) to a granted file or through the dialog; resolves after the write. */
  [IPC.savePlan]: {
    method: 'savePlanFile',
    payload: savePlanPayloadSchema,
    result: savedPlanFileSchema,
    toPayload: (payload: SavePlanPayload) => payload,
  },
  /** Saves export bytes through a save dialog (atomic write); resolves after the write. */
  [IPC.saveExport]: {
    method: 'saveExport',
    payload: saveExportPayloadSchema,
    result: savedFileSchema,
    toPayload: (payload: SaveExportPayload) => payload,
  },
  /** Prints the current page to PDF (desktop: printToPDF + save dialog; web: the print dialog). */
  [IPC.printToPdf]: {
    method: 'printToPdf',
    payload: printToPdfPayloadSchema,
    result: savedFileSchema.nullable(),
    toPayload: (payload: PrintToPdfPayload) => payload,
  },
  /** Enters or leaves full screen. */
  [IPC.setFullScreen]: {
    method: 'setFullScreen',
    payload: z.boolean(),
    result: z.boolean(),
    toPayload: (isFullScreen: boolean) => isFullScreen,
  },
  [IPC.appInfo]: { method: 'getAppInfo', payload: z.undefined(), result: appInfoSchema, toPayload: () => undefined },
  /** Writes a snapshot of a strategy into the backup folder (atomic), then applies the retention. */
  [IPC.backupWrite]: {
    method: 'writeBackup',
    payload: writeBackupPayloadSchema,
    result: snapshotInfoSchema,
    toPayload: (payload: WriteBackupPayload) => payload,
  },
  /** Lists a strategy's snapshots, newest first. */
  [IPC.backupList]: {
    method: 'listBackups',
    payload: listBackupsPayloadSchema,
    result: snapshotListSchema,
    toPayload: (strategyId: string) => ({ strategyId }),
  },
  /** Reads one snapshot's plan file text. */
  [IPC.backupRead]: {
    method: 'readBackup',
    payload: readBackupPayloadSchema,
    result: backupTextSchema,
    toPayload: (payload: ReadBackupPayload) => payload,
  },
  /** Where backups go now (the chosen folder or the default one). */
  [IPC.backupFolder]: { method: 'getBackupFolder', payload: z.undefined(), result: backupFolderSchema, toPayload: () => undefined },
  /** Opens the backup folder in the file manager (desktop). */
  [IPC.backupOpenFolder]: { method: 'openBackupFolder', payload: z.undefined(), result: backupFolderSchema, toPayload: () => undefined },
  /** Lets the user choose the backup folder (folder dialog) and stores it in the settings. */
  [IPC.backupChooseFolder]: { method: 'chooseBackupFolder', payload: z.undefined(), result: backupFolderSchema, toPayload: () => undefined },
} as const satisfies Record<string, InvokeChannelEntry>;

/** One main → renderer channel as written in the map below. */
interface EventChannelEntry {
  readonly method: string;
  readonly value: z.ZodType;
  /** True when a DesktopApi may leave the method out (the web build has no such events). */
  readonly isOptional: boolean;
}

const eventChannelEntries = {
  /** Subscribes to settings changes; returns an unsubscribe function. */
  [IPC.settingsChanged]: { method: 'onSettingsChanged', value: settingsSchema, isOptional: false },
  /** Subscribes to native menu commands; returns an unsubscribe function. */
  [IPC.menuCommand]: { method: 'onMenuCommand', value: menuCommandSchema, isOptional: false },
  /**
   * Subscribes to requests from the operating system to open a plan file (the file was
   * double-clicked, passed to a second instance, or dropped on the dock icon). The
   * listener gets the granted file's id (never its path) and should call
   * `openPlanFile(fileId)`. Requests that
   * arrived before the first subscription are delivered to it. Returns an unsubscribe
   * function. Optional: the web build has no such requests.
   */
  [IPC.openFileRequest]: { method: 'onOpenFileRequest', value: fileIdSchema, isOptional: true },
} as const satisfies Record<string, EventChannelEntry>;

type InvokeEntries = typeof invokeChannelEntries;
type EventEntries = typeof eventChannelEntries;

/** A channel the renderer invokes and main handles. */
export type InvokeChannel = keyof InvokeEntries;
/** A channel main sends on and the renderer listens to. */
export type EventChannel = keyof EventEntries;
/** The payload a handler gets after parsing. */
export type PayloadOf<C extends InvokeChannel> = z.output<InvokeEntries[C]['payload']>;
/** The value an ok answer carries. */
export type ResultOf<C extends InvokeChannel> = z.output<InvokeEntries[C]['result']>;
/** The value sent on a main → renderer channel. */
export type EventValueOf<C extends EventChannel> = z.output<EventEntries[C]['value']>;
/** The arguments of the DesktopApi method of a channel. */
export type ArgsOf<C extends InvokeChannel> = Parameters<InvokeEntries[C]['toPayload']>;

/**
 * Every channel the renderer invokes and main handles (`invoke`/`handle` only): the
 * DesktopApi method, the payload schema main parses with and the result schema the
 * preload parses main's answer with. The preload's methods, main's handler table and
 * `DesktopApi` are all derived from it. Typed as a mapped type so that code generic in
 * the channel keeps that channel's own types (`INVOKE_CHANNELS[channel].result` is a
 * `z.ZodType<ResultOf<C>>`, not the union of all channels).
 */
export const INVOKE_CHANNELS: {
  readonly [C in InvokeChannel]: {
    readonly method: InvokeEntries[C]['method'];
    readonly payload: z.ZodType<PayloadOf<C>, z.input<InvokeEntries[C]['payload']>>;
    readonly result: z.ZodType<ResultOf<C>>;
    readonly toPayload: (...args: ArgsOf<C>) => z.input<InvokeEntries[C]['payload']> | undefined;
  };
} = invokeChannelEntries;

/**
 * Every channel main sends to the renderer, with the DesktopApi subscription method and
 * the schema the preload parses each value with before passing it on (mapped type: see
 * INVOKE_CHANNELS).
 */
export const EVENT_CHANNELS: {
  readonly [C in EventChannel]: {
    readonly method: EventEntries[C]['method'];
    readonly value: z.ZodType<EventValueOf<C>>;
    readonly isOptional: EventEntries[C]['isOptional'];
  };
} = eventChannelEntries;

type InvokeMethods = {
  [C in InvokeChannel as InvokeEntries[C]['method']]: (...args: ArgsOf<C>) => Promise<Result<ResultOf<C>>>;
};
type Subscribe<C extends EventChannel> = (listener: (value: EventValueOf<C>) => void) => () => void;
type RequiredEventMethods = {
  [C in EventChannel as EventEntries[C]['isOptional'] extends true ? never : EventEntries[C]['method']]: Subscribe<C>;
};
type OptionalEventMethods = {
  [C in EventChannel as EventEntries[C]['isOptional'] extends true ? EventEntries[C]['method'] : never]?: Subscribe<C>;
};

/**
 * Everything the renderer may ask of the operating system: one method per channel of
 * INVOKE_CHANNELS and EVENT_CHANNELS (see each channel there).
 */
export type DesktopApi = InvokeMethods & RequiredEventMethods & OptionalEventMethods;
