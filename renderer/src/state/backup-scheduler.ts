/**
 * When to take sikkerhetskopier of the open document, outside React so it can be tested
 * with fake timers: after each explicit save point (Lagre), at most every `intervalMs`
 * while edits happen, and on request («Ta sikkerhetskopi nå»). The plan file text is
 * built in idle time and written through DesktopApi (desktop: the backup folder; web: the
 * backup database); one write at a time, and a failure is reported, never thrown into
 * typing. Only the window holding the writer lock backs up (`isWriter`): a read-only
 * second tab follows the writer's rows and writes no backups of its own.
 */
import type { SnapshotInfo, SnapshotReason } from '@shared/backup';
import type { PlanDocument } from '@shared/domain';
import { serializePlanFile } from '@shared/domain';
import type { DesktopApi, Result } from '@shared/ipc';

/** Default: at most one automatic backup every five minutes while the document changes. */
export const BACKUP_INTERVAL_MS = 5 * 60 * 1000;

/** Options of a backup scheduler. */
export interface BackupSchedulerOptions {
  /** The document as it is now (backups are taken of this). */
  initial: PlanDocument;
  api: Pick<DesktopApi, 'writeBackup'>;
  intervalMs?: number;
  /** Runs `work` when the page is idle (default: requestIdleCallback, else a 0 ms timer). */
  whenIdle?: (work: () => void) => void;
  now?: () => Date;
  onWritten?: (info: SnapshotInfo) => void;
  onError?: (message: string) => void;
  /** Whether this window may write (the tab writer lock); default: always. */
  isWriter?: () => boolean;
  /** The refusal of «Ta sikkerhetskopi nå» in a read-only window, in the app's language. */
  readOnlyMessage?: () => string;
}

/** The backup scheduler of one open document. */
export interface BackupScheduler {
  /** The document changed. */
  update(doc: PlanDocument): void;
  /** An explicit save point happened: back up the current document (in idle time). */
  savePoint(): void;
  /** Backs up the current document now (after any write in progress). */
  backupNow(reason?: SnapshotReason): Promise<Result<SnapshotInfo>>;
  /** Stops the timer. */
  dispose(): void;
}

function defaultWhenIdle(work: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => work(), { timeout: 2000 });
  else setTimeout(work, 0);
}

/** Creates the backup scheduler of a document. */
export function createBackupScheduler(options: BackupSchedulerOptions): BackupScheduler {
  const { api, onWritten, onError } = options;
  const intervalMs = options.intervalMs ?? BACKUP_INTERVAL_MS;
  const whenIdle = options.whenIdle ?? defaultWhenIdle;
  const now = options.now ?? (() => new Date());
  const isWriter = options.isWriter ?? (() => true);
  let current = options.initial;
  /** The document of the last backup written (null: none this session). */
  let backedUp: PlanDocument | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let chain: Promise<unknown> = Promise.resolve();
  let disposed = false;

  function write(reason: SnapshotReason): Promise<Result<SnapshotInfo>> {
    const run = chain.then(async (): Promise<Result<SnapshotInfo>> => {
      // Asked at the moment of writing: the role may have changed while the write waited.
      if (!isWriter()) return { ok: false, error: { code: 'not-granted', message: options.readOnlyMessage?.() ?? 'read-only' } };
      const doc = current;
      const text = serializePlanFile(doc, now().toISOString());
      const result = await api.writeBackup({ strategyId: doc.strategy.id, text, planCount: doc.plans.length, actionCount: doc.actions.length, reason });
      if (result.ok) {
        backedUp = doc;
        onWritten?.(result.value);
      } else {
        onError?.(result.error.message);
      }
      return result;
    });
    chain = run.catch(() => undefined);
    return run;
  }

  function writeInIdle(reason: SnapshotReason): void {
    whenIdle(() => {
      if (!disposed && isWriter()) void write(reason).catch((e: unknown) => onError?.(e instanceof Error ? e.message : String(e)));
    });
  }

  function schedule(): void {
    if (timer !== null || disposed) return;
    timer = setTimeout(() => {
      timer = null;
      if (current !== backedUp && isWriter()) writeInIdle('auto');
    }, intervalMs);
  }

  return {
    update(doc) {
      if (doc === current) return;
      current = doc;
      // The first edit starts the clock: one automatic backup per interval while editing.
      schedule();
    },
    savePoint() {
      if (current === backedUp || !isWriter()) return;
      writeInIdle('save');
    },
    backupNow(reason = 'manual') {
      return write(reason);
    },
    dispose() {
      disposed = true;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
