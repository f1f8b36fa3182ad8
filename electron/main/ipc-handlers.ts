/**
 * The IPC handlers behind DesktopApi. Each one checks that the sender is the main frame
 * of the app's window on the app's origin (never a subframe), parses its
 * payload with the zod schema from shared/ipc, and returns a Result — it never throws,
 * because Electron would keep only `error.message`. The handlers are built from their
 * dependencies (dialogs, file system, settings, window) so the tests drive them with
 * fakes; index.ts wires the real ones.
 *
 * Files: the renderer never names a path. It opens and saves plan files by the opaque
 * id that file-grants.ts issued for a path the user chose in a dialog, the operating
 * system handed over, or that is on the recent list; any other id is refused.
 */
import path from 'node:path';
import type { z } from 'zod';
import { INVOKE_CHANNELS, IPC } from '@shared/ipc/api';
import type { AppInfo, InvokeChannel, IpcError, PayloadOf, Result, ResultOf, SaveExportPayload } from '@shared/ipc/api';
import { MAX_PLAN_FILE_BYTES, PLAN_EXTENSION, PLAN_EXTENSIONS } from '@shared/domain/plan-file-limits';
import { settingsSchema, withoutPaths, withRecentFile } from '@shared/ipc/settings';
import type { Settings } from '@shared/ipc/settings';
import type { DesktopMessages } from '@shared/i18n/desktop';
import {
  isPlanFilePath,
  readTextFileLimited,
  safeFileName,
  withExtension,
  writeFileAtomic,
} from './files';
import type { FileSystem } from './files';
import type { FileGrants } from './file-grants';
import { describeFsError, fill, messagesFor } from './messages';
import { createBackupHandlers, nodeBackupDirectoryFs } from './backup-handlers';
import type { BackupDirectoryFs } from './backup-handlers';
import type { SettingsStore } from './settings-store';

/** The part of an IPC invoke event the handlers use. */
export interface InvokeEvent {
  /** The frame that sent the message (`parent` null for a main frame); null when it has gone. */
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null;
  readonly sender: {
    printToPDF(options: { pageSize: 'A4'; landscape: boolean; printBackground: boolean; preferCSSPageSize: boolean }): Promise<Uint8Array>;
  };
}

/** A file filter of a dialog. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

/** Options of the open dialog. */
export interface OpenDialogRequest {
  title: string;
  defaultPath: string;
  filters: FileFilter[];
  properties: Array<'openFile' | 'openDirectory' | 'createDirectory'>;
}

/** Options of the save dialog. */
export interface SaveDialogRequest {
  title: string;
  defaultPath: string;
  filters: FileFilter[];
  properties: Array<'showOverwriteConfirmation' | 'createDirectory'>;
}

/** Everything the handlers need from the outside world. */
export interface HandlerDeps<E extends InvokeEvent = InvokeEvent> {
  settings: SettingsStore;
  fs: FileSystem;
  /** True for a sender frame URL the app trusts (app://handlingsrom, the dev server in dev). */
  isTrustedSender(url: string): boolean;
  /** True when the event comes from the app's own window (not some other web contents). */
  isAppWindow(event: E): boolean;
  /** The files the renderer may open and save, by id. */
  grants: FileGrants;
  showOpenDialog(event: E, options: OpenDialogRequest): Promise<{ canceled: boolean; filePaths: string[] }>;
  showSaveDialog(event: E, options: SaveDialogRequest): Promise<{ canceled: boolean; filePath?: string }>;
  /** Sets full screen on the sender's window; returns the new state, or null without a window. */
  setFullScreen(event: E, isFullScreen: boolean): boolean | null;
  appInfo(): AppInfo;
  /** The folder dialogs start in when there is no recent file (Documents). */
  defaultDirectory(): string;
  /** Called after settings were written: broadcast settings:changed, rebuild the menu. */
  onSettingsChanged(settings: Settings): void;
  /** Tells the OS about a recently used file (jump list, dock menu). */
  addRecentDocument(filePath: string): void;
  now(): Date;
  /** Opens a folder in the file manager; resolves '' or an error text (shell.openPath). Absent: not supported. */
  openFolder?(folder: string): Promise<string>;
  /** Folder calls of the backups (default node:fs/promises). */
  backupDirFs?: BackupDirectoryFs;
}

/** A handler: what `ipcMain.handle` gets; it answers with a Result, never a throw. */
export type IpcHandler<E extends InvokeEvent = InvokeEvent, T = unknown> = (event: E, payload?: unknown) => Promise<Result<T>>;

export type { InvokeChannel } from '@shared/ipc/api';

/** One handler per invoke channel, with the value each answers (derived from INVOKE_CHANNELS). */
export type IpcHandlerMap<E extends InvokeEvent = InvokeEvent> = { [C in InvokeChannel]: IpcHandler<E, ResultOf<C>> };

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function fail(code: IpcError['code'], message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message } };
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(payload)'}: ${issue.message}`)
    .join('; ');
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const MEGABYTE = 1024 * 1024;

/** The save dialog's file type name per export kind. */
const EXPORT_FILTERS: Readonly<Record<SaveExportPayload['kind'], (m: DesktopMessages) => string>> = {
  xlsx: (m) => m.dialog.xlsxFilter,
  pdf: (m) => m.dialog.pdfFilter,
  docx: (m) => m.dialog.docxFilter,
};

/** The payload parsed with the channel's schema. */
function parsePayload<T>(schema: z.ZodType<T>, payload: unknown): { ok: true; value: T } | { ok: false; error: z.ZodError } {
  const parsed = schema.safeParse(payload);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: parsed.error };
}

/** Builds every IPC handler from its dependencies. */
export function createIpcHandlers<E extends InvokeEvent>(deps: HandlerDeps<E>): IpcHandlerMap<E> {
  const messages = (): DesktopMessages => messagesFor(deps.settings.read().language);

  /**
   * Sender check → payload parse with the channel's schema from INVOKE_CHANNELS → run;
   * any throw becomes an 'unknown' error value.
   */
  function guarded<C extends InvokeChannel>(
    channel: C,
    run: (event: E, payload: PayloadOf<C>, m: DesktopMessages) => Promise<Result<ResultOf<C>>>,
  ): IpcHandler<E, ResultOf<C>> {
    const schema = INVOKE_CHANNELS[channel].payload;
    return async (event, payload) => {
      let m: DesktopMessages;
      try {
        m = messages();
      } catch {
        m = messagesFor('nb');
      }
      // Only the main frame of the app's window, on the app's origin: never a subframe.
      const frame = event.senderFrame;
      if (frame === null || frame.parent !== null || !deps.isTrustedSender(frame.url) || !deps.isAppWindow(event)) {
        return fail('forbidden-sender', m.errors.forbiddenSender);
      }
      const parsed = parsePayload(schema, payload);
      if (!parsed.ok) {
        return fail('invalid-payload', fill(m.errors.invalidPayload, { details: describeIssues(parsed.error) }));
      }
      try {
        return await run(event, parsed.value, m);
      } catch (error) {
        return fail('unknown', fill(m.errors.unknown, { reason: reasonOf(error) }));
      }
    };
  }

  function writeSettings(next: Settings): void {
    deps.settings.write(next);
    deps.onSettingsChanged(withoutPaths(next));
  }

  function rememberRecentFile(filePath: string, fileId: string): void {
    deps.addRecentDocument(filePath);
    if (filePath.length > 4096) return;
    try {
      const current = deps.settings.read();
      const file = { fileId, path: filePath, name: path.basename(filePath).slice(0, 512), openedAt: deps.now().toISOString() };
      writeSettings({ ...current, recentFiles: withRecentFile(current.recentFiles, file) });
    } catch (error) {
      // The file itself was opened or saved; a recent-list failure must not undo that.
      console.error('[ipc] could not update recent files:', error);
    }
  }

  function startDirectory(): string {
    const recent = deps.settings.read().recentFiles[0];
    return recent?.path !== undefined ? path.dirname(recent.path) : deps.defaultDirectory();
  }

  async function saveThroughDialog(
    event: E,
    m: DesktopMessages,
    request: { title: string; suggestedName: string; filter: FileFilter; extension: string },
  ): Promise<Result<string>> {
    const name = withExtension(safeFileName(request.suggestedName), request.extension);
    const result = await deps.showSaveDialog(event, {
      title: request.title,
      defaultPath: path.join(startDirectory(), name),
      filters: [request.filter],
      properties: ['showOverwriteConfirmation', 'createDirectory'],
    });
    if (result.canceled || !result.filePath) return fail('cancelled', m.errors.cancelled);
    // Some Linux dialogs do not add the filter's extension.
    const accepted = request.filter.extensions.map((e) => `.${e}`);
    return ok(withExtension(result.filePath, request.extension, accepted));
  }

  async function writeOrFail(filePath: string, data: string | Uint8Array, m: DesktopMessages): Promise<Result<{ name: string }>> {
    try {
      await writeFileAtomic(filePath, data, deps.fs);
    } catch (error) {
      return fail('io', fill(m.errors.writeFailed, { path: filePath, reason: describeFsError(error, m) }));
    }
    return ok({ name: path.basename(filePath) });
  }

  const planExtensionsText = PLAN_EXTENSIONS.join(' / ');

  return {
    // The renderer's view of the settings: recent files by id and name, no paths.
    [IPC.settingsGet]: guarded(IPC.settingsGet, async () => ok(withoutPaths(deps.settings.read()))),

    [IPC.settingsUpdate]: guarded(IPC.settingsUpdate, async (_event, patch, m) => {
      const next = settingsSchema.safeParse({ ...deps.settings.read(), ...patch });
      if (!next.success) return fail('invalid-payload', fill(m.errors.settingsInvalid, { details: describeIssues(next.error) }));
      try {
        writeSettings(next.data);
      } catch (error) {
        return fail('io', fill(m.errors.settingsWriteFailed, { reason: describeFsError(error, m) }));
      }
      return ok(withoutPaths(next.data));
    }),

    [IPC.openPlan]: guarded(IPC.openPlan, async (event, payload, m) => {
      let filePath: string;
      if (payload.fileId === null) {
        const result = await deps.showOpenDialog(event, {
          title: m.dialog.openPlan,
          defaultPath: startDirectory(),
          filters: [{ name: m.dialog.planFilter, extensions: PLAN_EXTENSIONS.map((e) => e.slice(1)) }],
          properties: ['openFile'],
        });
        const chosen = result.filePaths[0];
        if (result.canceled || chosen === undefined) return fail('cancelled', m.errors.cancelled);
        filePath = chosen;
      } else {
        const granted = deps.grants.resolve(payload.fileId);
        if (granted === null) return fail('not-granted', m.errors.notGranted);
        if (!isPlanFilePath(granted)) {
          return fail('invalid-payload', fill(m.errors.invalidPath, { path: granted, extensions: planExtensionsText }));
        }
        filePath = granted;
      }
      let read;
      try {
        read = await readTextFileLimited(filePath, MAX_PLAN_FILE_BYTES, deps.fs);
      } catch (error) {
        return fail('io', fill(m.errors.readFailed, { path: filePath, reason: describeFsError(error, m) }));
      }
      if (read.kind === 'not-a-file') return fail('io', fill(m.errors.notAFile, { path: filePath }));
      if (read.kind === 'too-large') {
        return fail(
          'too-large',
          fill(m.errors.tooLarge, {
            path: filePath,
            size: (read.size / MEGABYTE).toFixed(1).replace('.', ','),
            max: String(MAX_PLAN_FILE_BYTES / MEGABYTE),
          }),
        );
      }
      const fileId = deps.grants.grant(filePath, payload.fileId === null ? 'dialog' : 'recent');
      rememberRecentFile(filePath, fileId);
      return ok({ fileId, name: path.basename(filePath), text: read.text });
    }),

    [IPC.savePlan]: guarded(IPC.savePlan, async (event, payload, m) => {
      let filePath: string;
      if (payload.fileId !== null) {
        const granted = deps.grants.resolve(payload.fileId);
        if (granted === null) return fail('not-granted', m.errors.notGranted);
        if (!isPlanFilePath(granted)) {
          return fail('invalid-payload', fill(m.errors.invalidPath, { path: granted, extensions: planExtensionsText }));
        }
        filePath = granted;
      } else {
        const chosen = await saveThroughDialog(event, m, {
          title: m.dialog.savePlan,
          suggestedName: payload.suggestedName,
          filter: { name: m.dialog.planFilter, extensions: [PLAN_EXTENSION.slice(1)] },
          extension: PLAN_EXTENSION,
        });
        if (!chosen.ok) return chosen;
        filePath = chosen.value;
      }
      const saved = await writeOrFail(filePath, payload.text, m);
      if (!saved.ok) return saved;
      const fileId = deps.grants.grant(filePath, payload.fileId === null ? 'dialog' : 'recent');
      rememberRecentFile(filePath, fileId);
      return ok({ fileId, name: saved.value.name });
    }),

    [IPC.saveExport]: guarded(IPC.saveExport, async (event, payload, m) => {
      const chosen = await saveThroughDialog(event, m, {
        title: m.dialog.saveExport,
        suggestedName: payload.suggestedName,
        filter: { name: EXPORT_FILTERS[payload.kind](m), extensions: [payload.kind] },
        extension: `.${payload.kind}`,
      });
      if (!chosen.ok) return chosen;
      return writeOrFail(chosen.value, payload.bytes, m);
    }),

    [IPC.printToPdf]: guarded(IPC.printToPdf, async (event, payload, m) => {
      // Print first: the PDF shows the page as it was when the user asked.
      let pdf: Uint8Array;
      try {
        pdf = await event.sender.printToPDF({ pageSize: 'A4', landscape: payload.landscape, printBackground: true, preferCSSPageSize: true });
      } catch (error) {
        return fail('io', fill(m.errors.printFailed, { reason: reasonOf(error) }));
      }
      const chosen = await saveThroughDialog(event, m, {
        title: m.dialog.savePdf,
        suggestedName: payload.suggestedName,
        filter: { name: m.dialog.pdfFilter, extensions: ['pdf'] },
        extension: '.pdf',
      });
      if (!chosen.ok) return chosen;
      return writeOrFail(chosen.value, pdf, m);
    }),

    [IPC.setFullScreen]: guarded(IPC.setFullScreen, async (event, isFullScreen, m) => {
      const state = deps.setFullScreen(event, isFullScreen);
      return state === null ? fail('unknown', m.errors.noWindow) : ok(state);
    }),

    [IPC.appInfo]: guarded(IPC.appInfo, async () => ok(deps.appInfo())),

    ...createBackupHandlers<E>(
      {
        fs: deps.fs,
        dirFs: deps.backupDirFs ?? nodeBackupDirectoryFs,
        readSettings: () => deps.settings.read(),
        writeSettings,
        defaultDirectory: () => deps.defaultDirectory(),
        showFolderDialog: (event, options) => deps.showOpenDialog(event, { ...options, filters: [], properties: ['openDirectory', 'createDirectory'] }),
        openFolder: (folder) => (deps.openFolder ? deps.openFolder(folder) : Promise.resolve(messages().errors.noWindow)),
        now: () => deps.now(),
      },
      guarded,
    ),
  };
}

/** What `registerIpcHandlers` needs from ipcMain. */
export interface HandleRegistry<E extends InvokeEvent = InvokeEvent> {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
}

/**
 * Registers each handler with `ipcMain.handle`. A handler takes at most one argument;
 * a call with more is refused like any other invalid payload.
 */
export function registerIpcHandlers<E extends InvokeEvent>(ipcMain: HandleRegistry<E>, handlers: IpcHandlerMap<E>): void {
  const entries: Array<[string, IpcHandler<E>]> = Object.entries(handlers);
  for (const [channel, handler] of entries) {
    ipcMain.handle(channel, (event, ...args) => handler(event, args.length <= 1 ? args[0] : args));
  }
}
