/**
 * Payloads and results of the backup channels (sikkerhetskopier): write a snapshot of a
 * strategy, list and read a strategy's snapshots, and the backup folder.
 */
import { z } from 'zod';
import { MAX_PLAN_FILE_BYTES } from '../domain/plan-file-limits';
import { idSchema } from '../domain/ids';
import { snapshotInfoSchema, snapshotReasonSchema } from '../backup/snapshot-name';

/** Payload of «write a backup»: the plan file text of one strategy and what the history lists. */
export const writeBackupPayloadSchema = z.object({
  strategyId: idSchema,
  text: z.string().max(MAX_PLAN_FILE_BYTES),
  planCount: z.number().int().min(0).max(1000),
  actionCount: z.number().int().min(0).max(1_000_000),
  reason: snapshotReasonSchema,
});
/** Write-backup payload. */
export type WriteBackupPayload = z.infer<typeof writeBackupPayloadSchema>;

/** Payload of «list a strategy's backups». */
export const listBackupsPayloadSchema = z.object({ strategyId: idSchema });

/** Payload of «read one backup»: the strategy and the snapshot's id (its file name). */
export const readBackupPayloadSchema = z.object({ strategyId: idSchema, id: z.string().min(1).max(255) });
/** Read-backup payload. */
export type ReadBackupPayload = z.infer<typeof readBackupPayloadSchema>;

/** A list of snapshots, newest first. */
export const snapshotListSchema = z.array(snapshotInfoSchema);

/** A snapshot's plan file text. */
export const backupTextSchema = z.object({ text: z.string() });

/** Where backups go: the folder's path (desktop) or a description (web), and whether it is the default. */
export const backupFolderSchema = z.object({ path: z.string(), isDefault: z.boolean() });
/** Backup folder. */
export type BackupFolder = z.infer<typeof backupFolderSchema>;
