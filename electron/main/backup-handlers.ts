/**
 * The backup channels (sikkerhetskopier): each strategy's snapshots are plan files in
 * `<backup folder>/<strategy id>/`, named by `snapshotFileName` (time, plans, tiltak,
 * reason), written atomically; after each write the retention policy from the settings
 * deletes what it does not keep. The folder is the user's choice (settings.backupFolder)
 * or `<Documents>/Handlingsrom/Sikkerhetskopier`, outside the browser profile.
 */
import fsp from 'node:fs/promises';
import path from 'node:path';
import { parseSnapshotFileName, selectBackupsToKeep, snapshotFileName } from '@shared/backup';
import type { SnapshotInfo } from '@shared/backup';
import { IPC } from '@shared/ipc/api';
import type { InvokeChannel, IpcError, PayloadOf, Result, ResultOf } from '@shared/ipc/api';
import type { BackupFolder } from '@shared/ipc/backup';
import { MAX_PLAN_FILE_BYTES } from '@shared/domain/plan-file-limits';
import type { DesktopMessages } from '@shared/i18n/desktop';
import type { Settings } from '@shared/ipc/settings';
import { readTextFileLimited, writeFileAtomic } from './files';
import type { FileSystem } from './files';
import { describeFsError, fill } from './messages';

/** Folder calls the backups make besides the atomic write (node:fs/promises in the app). */
export interface BackupDirectoryFs {
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  readdir(dir: string): Promise<string[]>;
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  unlink(filePath: string): Promise<void>;
}

/** The real folder calls. */
export const nodeBackupDirectoryFs: BackupDirectoryFs = {
  mkdir: (dir, options) => fsp.mkdir(dir, options),
  readdir: (dir) => fsp.readdir(dir),
  stat: (filePath) => fsp.stat(filePath),
  unlink: (filePath) => fsp.unlink(filePath),
};

/** Path segments of the default backup folder below Documents. */
export const DEFAULT_BACKUP_SUBFOLDER = ['Handlingsrom', 'Sikkerhetskopier'] as const;

/** What the backup handlers need. */
export interface BackupDeps<E> {
  fs: FileSystem;
  dirFs: BackupDirectoryFs;
  readSettings(): Settings;
  writeSettings(next: Settings): void;
  /** Documents. */
  defaultDirectory(): string;
  showFolderDialog(event: E, options: { title: string; defaultPath: string }): Promise<{ canceled: boolean; filePaths: string[] }>;
  /** Opens a folder in the file manager; resolves '' or an error text (shell.openPath). */
  openFolder(folder: string): Promise<string>;
  now(): Date;
}

/** The sender check + payload parse wrapper of ipc-handlers. */
export type Guard<E> = <C extends InvokeChannel>(
  channel: C,
  run: (event: E, payload: PayloadOf<C>, m: DesktopMessages) => Promise<Result<ResultOf<C>>>,
) => (event: E, payload?: unknown) => Promise<Result<ResultOf<C>>>;

type BackupChannel =
  | typeof IPC.backupWrite
  | typeof IPC.backupList
  | typeof IPC.backupRead
  | typeof IPC.backupFolder
  | typeof IPC.backupOpenFolder
  | typeof IPC.backupChooseFolder;

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function fail(code: IpcError['code'], message: string): { ok: false; error: IpcError } {
  return { ok: false, error: { code, message } };
}

function isMissing(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT';
}

/** The backup folder in use: the chosen one when absolute, else the default under Documents. */
export function backupFolderOf(settings: Settings, documents: string): BackupFolder {
  const chosen = settings.backupFolder;
  if (chosen !== null && path.isAbsolute(chosen)) return { path: chosen, isDefault: false };
  return { path: path.join(documents, ...DEFAULT_BACKUP_SUBFOLDER), isDefault: true };
}

/** Builds the backup handlers (merged into the IPC handler table by ipc-handlers). */
export function createBackupHandlers<E>(deps: BackupDeps<E>, guarded: Guard<E>): { [C in BackupChannel]: (event: E, payload?: unknown) => Promise<Result<ResultOf<C>>> } {
  const folder = () => backupFolderOf(deps.readSettings(), deps.defaultDirectory());
  // The id is validated by idSchema ([A-Za-z0-9_-]), so it is a safe single path segment.
  const strategyFolder = (strategyId: string) => path.join(folder().path, strategyId);

  async function list(strategyId: string): Promise<SnapshotInfo[]> {
    const dir = strategyFolder(strategyId);
    let names: string[];
    try {
      names = await deps.dirFs.readdir(dir);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    const infos: SnapshotInfo[] = [];
    for (const name of names) {
      const parts = parseSnapshotFileName(name);
      if (!parts) continue;
      try {
        const stats = await deps.dirFs.stat(path.join(dir, name));
        if (stats.isFile()) infos.push({ id: name, strategyId, ...parts, size: stats.size });
      } catch {
        // Deleted between readdir and stat: not listed.
      }
    }
    return infos.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  }

  async function prune(strategyId: string): Promise<void> {
    const snapshots = await list(strategyId);
    const keep = new Set(selectBackupsToKeep(snapshots, deps.now(), deps.readSettings().backupPolicy));
    for (const s of snapshots) {
      if (keep.has(s.id)) continue;
      await deps.dirFs.unlink(path.join(strategyFolder(strategyId), s.id)).catch(() => undefined);
    }
  }

  return {
    [IPC.backupWrite]: guarded(IPC.backupWrite, async (_event, payload, m) => {
      const dir = strategyFolder(payload.strategyId);
      let createdAt = deps.now();
      const info: Omit<SnapshotInfo, 'id'> = {
        strategyId: payload.strategyId,
        createdAt: createdAt.toISOString(),
        planCount: payload.planCount,
        actionCount: payload.actionCount,
        reason: payload.reason,
        size: new TextEncoder().encode(payload.text).byteLength,
      };
      let id = snapshotFileName(info);
      try {
        await deps.dirFs.mkdir(dir, { recursive: true });
        // Two snapshots in the same millisecond: the later one moves on by a millisecond.
        const existing = new Set(await deps.dirFs.readdir(dir));
        while (existing.has(id)) {
          createdAt = new Date(createdAt.getTime() + 1);
          info.createdAt = createdAt.toISOString();
          id = snapshotFileName(info);
        }
        await writeFileAtomic(path.join(dir, id), payload.text, deps.fs);
      } catch (error) {
        return fail('io', fill(m.backup.writeFailed, { path: dir, reason: describeFsError(error, m) }));
      }
      try {
        await prune(payload.strategyId);
      } catch (error) {
        // The snapshot is written; a failed clean-up only leaves extra files.
        console.error('[backup] retention failed:', error);
      }
      return ok({ id, ...info });
    }),

    [IPC.backupList]: guarded(IPC.backupList, async (_event, payload, m) => {
      try {
        return ok(await list(payload.strategyId));
      } catch (error) {
        return fail('io', fill(m.backup.listFailed, { path: strategyFolder(payload.strategyId), reason: describeFsError(error, m) }));
      }
    }),

    [IPC.backupRead]: guarded(IPC.backupRead, async (_event, payload, m) => {
      // Only a snapshot's own name: no folders, no other files.
      if (parseSnapshotFileName(payload.id) === null || path.basename(payload.id) !== payload.id) {
        return fail('invalid-payload', fill(m.backup.notFound, { id: payload.id }));
      }
      const filePath = path.join(strategyFolder(payload.strategyId), payload.id);
      let read;
      try {
        read = await readTextFileLimited(filePath, MAX_PLAN_FILE_BYTES, deps.fs);
      } catch (error) {
        if (isMissing(error)) return fail('io', fill(m.backup.notFound, { id: payload.id }));
        return fail('io', fill(m.errors.readFailed, { path: filePath, reason: describeFsError(error, m) }));
      }
      if (read.kind !== 'ok') return fail('io', fill(m.backup.notFound, { id: payload.id }));
      return ok({ text: read.text });
    }),

    [IPC.backupFolder]: guarded(IPC.backupFolder, async () => ok(folder())),

    [IPC.backupOpenFolder]: guarded(IPC.backupOpenFolder, async (_event, _payload, m) => {
      const current = folder();
      try {
        await deps.dirFs.mkdir(current.path, { recursive: true });
      } catch (error) {
        return fail('io', fill(m.backup.openFolderFailed, { path: current.path, reason: describeFsError(error, m) }));
      }
      const problem = await deps.openFolder(current.path);
      if (problem !== '') return fail('io', fill(m.backup.openFolderFailed, { path: current.path, reason: problem }));
      return ok(current);
    }),

    [IPC.backupChooseFolder]: guarded(IPC.backupChooseFolder, async (event, _payload, m) => {
      const current = folder();
      const result = await deps.showFolderDialog(event, { title: m.backup.chooseFolder, defaultPath: current.path });
      const chosen = result.filePaths[0];
      if (result.canceled || chosen === undefined) return fail('cancelled', m.errors.cancelled);
      if (!path.isAbsolute(chosen) || chosen.length > 4096) return fail('invalid-payload', fill(m.errors.invalidPayload, { details: chosen }));
      try {
        deps.writeSettings({ ...deps.readSettings(), backupFolder: chosen });
      } catch (error) {
        return fail('io', fill(m.errors.settingsWriteFailed, { reason: describeFsError(error, m) }));
      }
      return ok({ path: chosen, isDefault: false });
    }),
  };
}
