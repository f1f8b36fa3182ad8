/**
 * Sikkerhetskopier of the open document as the UI sees them: take one now. The scheduler
 * behind it (backup-scheduler.ts) lives in the DocumentProvider.
 */
import { createContext, useContext } from 'react';
import type { SnapshotInfo, SnapshotReason } from '@shared/backup';
import type { Result } from '@shared/ipc';

/** What components get: a backup of the current document, now. */
export interface BackupControls {
  backupNow(reason?: SnapshotReason): Promise<Result<SnapshotInfo>>;
}

/** Context carrying the backup controls of the open document. */
export const BackupContext = createContext<BackupControls | null>(null);

/** The backup controls of the open document; throws outside a DocumentProvider. */
export function useBackups(): BackupControls {
  const controls = useContext(BackupContext);
  if (!controls) throw new Error('useBackups must be used inside a DocumentProvider');
  return controls;
}
