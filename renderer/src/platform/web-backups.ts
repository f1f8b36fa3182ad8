/**
 * Sikkerhetskopier in the browser build: the same snapshots as the desktop's backup
 * folder, in a separate IndexedDB database (so that clearing or breaking the working
 * database leaves them), with the same names, counts and retention. There is no folder
 * to choose or open: «Last ned sikkerhetskopi» downloads a snapshot instead.
 */
import Dexie from 'dexie';
import type { Table } from 'dexie';
import { parseSnapshotFileName, selectBackupsToKeep, snapshotFileName } from '@shared/backup';
import type { SnapshotInfo } from '@shared/backup';
import type { DesktopApi, IpcError, Result } from '@shared/ipc';
import { readBackupPayloadSchema, writeBackupPayloadSchema } from '@shared/ipc';
import { desktop } from '@shared/i18n/desktop';
import type { DesktopMessages } from '@shared/i18n/desktop';
import { interpolate } from '@shared/rules/messages';
import { readWebSettings } from './web-settings';

/** Name of the browser build's backup database. Never change it: the backups live under it. */
export const BACKUP_DATABASE_NAME = 'handlingsrom-sikkerhetskopier';

/** One stored snapshot. */
export interface SnapshotRow extends SnapshotInfo {
  text: string;
}

/** The backup database. Versions are append-only, as in db/database.ts. */
export class BackupDb extends Dexie {
  snapshots!: Table<SnapshotRow, [string, string]>;

  constructor(name: string = BACKUP_DATABASE_NAME) {
    super(name);
    // version(1) — released. Do not edit; append version(2) below.
    this.version(1).stores({ snapshots: '[strategyId+id], strategyId' });
  }
}

type BackupMethods = Pick<DesktopApi, 'writeBackup' | 'listBackups' | 'readBackup' | 'getBackupFolder' | 'openBackupFolder' | 'chooseBackupFolder'>;

function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

function fail<T>(code: IpcError['code'], message: string): Result<T> {
  return { ok: false, error: { code, message } };
}

function backupMessages(): DesktopMessages['backup'] {
  return (readWebSettings().language === 'en' ? desktop.en : desktop.nb).backup;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The backup methods of the web DesktopApi over a backup database. */
export function createWebBackups(open: () => BackupDb, now: () => Date = () => new Date()): BackupMethods {
  let db: BackupDb | null = null;
  const getDb = () => (db ??= open());

  async function list(strategyId: string): Promise<SnapshotInfo[]> {
    const rows = await getDb().snapshots.where('strategyId').equals(strategyId).toArray();
    return rows
      .map(({ text: _text, ...info }) => info)
      .sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  }

  return {
    async writeBackup(payload) {
      const parsed = writeBackupPayloadSchema.safeParse(payload);
      const m = backupMessages();
      if (!parsed.success) return fail('invalid-payload', interpolate(m.writeFailed, { path: BACKUP_DATABASE_NAME, reason: parsed.error.message }));
      const p = parsed.data;
      try {
        const table = getDb().snapshots;
        let createdAt = now();
        const info: Omit<SnapshotInfo, 'id'> = {
          strategyId: p.strategyId,
          createdAt: createdAt.toISOString(),
          planCount: p.planCount,
          actionCount: p.actionCount,
          reason: p.reason,
          size: new TextEncoder().encode(p.text).byteLength,
        };
        let id = snapshotFileName(info);
        while ((await table.get([p.strategyId, id])) !== undefined) {
          createdAt = new Date(createdAt.getTime() + 1);
          info.createdAt = createdAt.toISOString();
          id = snapshotFileName(info);
        }
        const row: SnapshotRow = { id, ...info, text: p.text };
        await table.add(row);
        const snapshots = await list(p.strategyId);
        const keep = new Set(selectBackupsToKeep(snapshots, now(), readWebSettings().backupPolicy));
        const drop = snapshots.filter((s) => !keep.has(s.id)).map((s): [string, string] => [p.strategyId, s.id]);
        if (drop.length > 0) await table.bulkDelete(drop);
        return ok({ id, ...info });
      } catch (error) {
        return fail('io', interpolate(m.writeFailed, { path: BACKUP_DATABASE_NAME, reason: reasonOf(error) }));
      }
    },
    async listBackups(strategyId) {
      try {
        return ok(await list(strategyId));
      } catch (error) {
        return fail('io', interpolate(backupMessages().listFailed, { path: BACKUP_DATABASE_NAME, reason: reasonOf(error) }));
      }
    },
    async readBackup(payload) {
      const parsed = readBackupPayloadSchema.safeParse(payload);
      const m = backupMessages();
      if (!parsed.success || parseSnapshotFileName(parsed.data.id) === null) return fail('invalid-payload', interpolate(m.notFound, { id: String(payload.id) }));
      try {
        const row = await getDb().snapshots.get([parsed.data.strategyId, parsed.data.id]);
        return row ? ok({ text: row.text }) : fail('io', interpolate(m.notFound, { id: parsed.data.id }));
      } catch (error) {
        return fail('io', interpolate(m.listFailed, { path: BACKUP_DATABASE_NAME, reason: reasonOf(error) }));
      }
    },
    async getBackupFolder() {
      return ok({ path: backupMessages().webLocation, isDefault: true });
    },
    async openBackupFolder() {
      return fail('io', backupMessages().webNoFolder);
    },
    async chooseBackupFolder() {
      return fail('io', backupMessages().webNoFolder);
    },
  };
}
