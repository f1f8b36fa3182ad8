/**
 * The renderer's DesktopApi over IPC, derived from the channel maps in shared/ipc: one
 * method per invoke channel (`invoke` only) whose answer is parsed with the channel's
 * result schema, and one subscription per event channel whose values are parsed before
 * they are passed on — never Electron's event object, which would hand the page the
 * ipcRenderer. Subscriptions return an unsubscribe function. The object is frozen.
 */
import { z } from 'zod';
import { EVENT_CHANNELS, INVOKE_CHANNELS, IPC, ipcErrorSchema } from '@shared/ipc/api';
import type { ArgsOf, DesktopApi, EventChannel, EventValueOf, InvokeChannel, IpcError, Result, ResultOf } from '@shared/ipc/api';
import { desktop } from '@shared/i18n/desktop';

/** The part of ipcRenderer the API uses. */
export interface IpcTransport {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const failedAnswerSchema = z.object({ ok: z.literal(false), error: ipcErrorSchema });
const okAnswerSchema = z.object({ ok: z.literal(true), value: z.unknown() });

function unknownError(reason: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code: 'unknown', message: desktop.nb.errors.unknown.replace('{{reason}}', () => reason) } };
}

/** The value parsed with the schema, or the first issue's message. */
function parseWith<T>(schema: z.ZodType<T>, value: unknown): { ok: true; value: T } | { ok: false; reason: string } {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, reason: parsed.error.issues[0]?.message ?? '' };
}

/** Main's answer as a Result whose value has the shape the channel promises. */
function parseAnswer<T>(channel: string, schema: z.ZodType<T>, answer: unknown): Result<T> {
  const failed = failedAnswerSchema.safeParse(answer);
  if (failed.success) return failed.data;
  const answered = okAnswerSchema.safeParse(answer);
  if (!answered.success) return unknownError(`${channel}: ${answered.error.issues[0]?.message ?? ''}`);
  const value = parseWith(schema, answered.data.value);
  // Fails only when main and preload disagree about the contract (a stale build).
  return value.ok ? value : unknownError(`${channel}: ${value.reason}`);
}

/** Builds the frozen `window.desktop` object over an IPC transport. */
export function createDesktopApi(ipc: IpcTransport): DesktopApi {
  function invoker<C extends InvokeChannel>(channel: C): (...args: ArgsOf<C>) => Promise<Result<ResultOf<C>>> {
    const spec = INVOKE_CHANNELS[channel];
    return async (...args) => {
      const payload = spec.toPayload(...args);
      let answer: unknown;
      try {
        answer = await (payload === undefined ? ipc.invoke(channel) : ipc.invoke(channel, payload));
      } catch (error) {
        // Only when IPC itself fails (no handler, payload not cloneable).
        return unknownError(error instanceof Error ? error.message : String(error));
      }
      return parseAnswer(channel, spec.result, answer);
    };
  }

  function subscriber<C extends EventChannel>(channel: C): (listener: (value: EventValueOf<C>) => void) => () => void {
    const schema = EVENT_CHANNELS[channel].value;
    return (listener) => {
      const wrapped = (_event: unknown, value: unknown): void => {
        const parsed = parseWith(schema, value);
        if (parsed.ok) listener(parsed.value);
      };
      ipc.on(channel, wrapped);
      return () => {
        ipc.removeListener(channel, wrapped);
      };
    };
  }

  // Open requests may arrive before the renderer subscribes (a file double-clicked to
  // start the app): they wait here and go to the first subscriber.
  const pendingOpenRequests: string[] = [];
  const openListeners = new Set<(filePath: string) => void>();
  const openRequestSchema = EVENT_CHANNELS[IPC.openFileRequest].value;
  ipc.on(IPC.openFileRequest, (_event: unknown, value: unknown) => {
    const parsed = openRequestSchema.safeParse(value);
    if (!parsed.success) return;
    if (openListeners.size === 0) pendingOpenRequests.push(parsed.data);
    for (const listener of openListeners) listener(parsed.data);
  });

  const api = {
    getSettings: invoker(IPC.settingsGet),
    updateSettings: invoker(IPC.settingsUpdate),
    onSettingsChanged: subscriber(IPC.settingsChanged),
    openPlanFile: invoker(IPC.openPlan),
    savePlanFile: invoker(IPC.savePlan),
    saveExport: invoker(IPC.saveExport),
    printToPdf: invoker(IPC.printToPdf),
    setFullScreen: invoker(IPC.setFullScreen),
    getAppInfo: invoker(IPC.appInfo),
    writeBackup: invoker(IPC.backupWrite),
    listBackups: invoker(IPC.backupList),
    readBackup: invoker(IPC.backupRead),
    getBackupFolder: invoker(IPC.backupFolder),
    openBackupFolder: invoker(IPC.backupOpenFolder),
    chooseBackupFolder: invoker(IPC.backupChooseFolder),
    onMenuCommand: subscriber(IPC.menuCommand),
    onOpenFileRequest: (listener: (filePath: EventValueOf<typeof IPC.openFileRequest>) => void) => {
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
  } satisfies Required<DesktopApi>;

  return Object.freeze(api);
}
