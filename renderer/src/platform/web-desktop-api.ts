/**
 * DesktopApi for the browser build: settings in localStorage, files through a hidden
 * file input and downloads, print through the print dialog, full screen through the
 * Fullscreen API, and the menu's commands through keyboard shortcuts.
 */
import type { AppInfo, DesktopApi, IpcError, MenuCommand, OpenedFile, Result, SavedFile, SavedPlanFile, SaveExportPayload, Settings } from '@shared/ipc';
import { MAX_EXPORT_BYTES, savePlanPayloadSchema, saveExportPayloadSchema } from '@shared/ipc';
import { MAX_PLAN_FILE_BYTES, PLAN_EXTENSIONS } from '@shared/domain/plan-file-limits';
import { version } from '../../../package.json';
import { desktop } from '@shared/i18n/desktop';
import type { DesktopMessages } from '@shared/i18n/desktop';
import { interpolate } from '@shared/rules/messages';
import { addWebRecentFile, readWebSettings, SETTINGS_STORAGE_KEY, writeWebSettings } from './web-settings';
import { commandForKey, isTextField } from './shortcuts';
import { BackupDb, createWebBackups } from './web-backups';

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function fail<T>(code: IpcError['code'], message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/** The download's MIME type per export kind. */
const EXPORT_TYPES: Readonly<Record<SaveExportPayload['kind'], string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The browser build's messages in the language the user chose. */
function webMessages(): DesktopMessages['web'] {
  return (readWebSettings().language === 'en' ? desktop.en : desktop.nb).web;
}

/** Offers bytes or text to the user as a download. */
function download(data: BlobPart, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser time to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Lets the user pick a plan file with a hidden file input; resolves null on cancel. */
function pickFile(): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = PLAN_EXTENSIONS.join(',');
    input.hidden = true;
    input.setAttribute('data-testid', 'plan-file-input');
    let done = false;
    const finish = (file: File | null) => {
      if (done) return;
      done = true;
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null));
    input.addEventListener('cancel', () => finish(null));
    document.body.append(input);
    input.click();
  });
}

/** Creates the web implementation of DesktopApi. */
export function createWebDesktopApi(): DesktopApi {
  const settingsListeners = new Set<(s: Settings) => void>();
  const menuListeners = new Set<(c: MenuCommand) => void>();
  const notify = (s: Settings) => settingsListeners.forEach((l) => l(s));
  /** Adds a file to the recent list (best effort) and returns its id. */
  const rememberFile = (name: string): string => {
    try {
      const { settings, fileId } = addWebRecentFile(name);
      notify(settings);
      return fileId;
    } catch {
      return globalThis.crypto.randomUUID();
    }
  };

  // Another tab changed the settings.
  window.addEventListener('storage', (event) => {
    if (event.key === SETTINGS_STORAGE_KEY) notify(readWebSettings());
  });

  window.addEventListener('keydown', (event) => {
    if (menuListeners.size === 0 || event.defaultPrevented) return;
    const command = commandForKey(event, isTextField(event.target));
    if (!command) return;
    event.preventDefault();
    menuListeners.forEach((l) => l(command));
  });

  return {
    async getSettings() {
      return ok(readWebSettings());
    },
    async updateSettings(patch) {
      try {
        const next = writeWebSettings(patch);
        notify(next);
        return ok(next);
      } catch {
        return fail('invalid-payload', webMessages().settingsInvalid);
      }
    },
    onSettingsChanged(listener) {
      settingsListeners.add(listener);
      return () => settingsListeners.delete(listener);
    },
    async openPlanFile(fileId): Promise<Result<OpenedFile>> {
      // A browser cannot reopen a file it once saw: only the picker gives access.
      if (fileId !== null) return fail('not-granted', webMessages().pathNotSupported);
      const file = await pickFile();
      if (!file) return fail('cancelled', webMessages().noFileChosen);
      if (file.size > MAX_PLAN_FILE_BYTES) {
        return fail('too-large', interpolate(webMessages().tooLarge, { name: file.name, size: megabytes(file.size), max: megabytes(MAX_PLAN_FILE_BYTES) }));
      }
      let text: string;
      try {
        text = await file.text();
      } catch {
        return fail('io', interpolate(webMessages().readFailed, { name: file.name }));
      }
      return ok({ fileId: rememberFile(file.name), name: file.name, text });
    },
    async savePlanFile(payload): Promise<Result<SavedPlanFile>> {
      const parsed = savePlanPayloadSchema.safeParse(payload);
      if (!parsed.success) return fail('invalid-payload', webMessages().planInvalid);
      // Always a download: the browser cannot write to a file it opened.
      download(parsed.data.text, 'application/json', parsed.data.suggestedName);
      return ok({ fileId: rememberFile(parsed.data.suggestedName), name: parsed.data.suggestedName });
    },
    async saveExport(payload): Promise<Result<SavedFile>> {
      const parsed = saveExportPayloadSchema.safeParse(payload);
      if (!parsed.success) return fail('too-large', interpolate(webMessages().exportInvalid, { max: megabytes(MAX_EXPORT_BYTES) }));
      const type = EXPORT_TYPES[parsed.data.kind];
      // Copy into a plain ArrayBuffer-backed array: Blob wants ArrayBuffer, not SharedArrayBuffer.
      download(new Uint8Array(parsed.data.bytes), type, parsed.data.suggestedName);
      return ok({ name: parsed.data.suggestedName });
    },
    async printToPdf() {
      window.print();
      return ok(null);
    },
    async setFullScreen(isFullScreen) {
      try {
        if (isFullScreen && !document.fullscreenElement) await document.documentElement.requestFullscreen();
        if (!isFullScreen && document.fullscreenElement) await document.exitFullscreen();
        return ok(document.fullscreenElement !== null);
      } catch {
        return fail('unknown', webMessages().fullScreenUnavailable);
      }
    },
    async getAppInfo(): Promise<Result<AppInfo>> {
      return ok({ name: 'Handlingsrom', version, platform: navigator.platform || 'web', shell: 'web' });
    },
    onMenuCommand(listener) {
      menuListeners.add(listener);
      return () => menuListeners.delete(listener);
    },
    ...createWebBackups(() => new BackupDb()),
  };
}
