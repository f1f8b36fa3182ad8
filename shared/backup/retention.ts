/**
 * Oppbevaring av sikkerhetskopier (backup retention): which snapshots of a strategy to
 * keep — the newest `keepRecent`, plus the newest of each calendar day (UTC) within the
 * last `keepDays` days — like Actual Budget's backups. The newest snapshot is always kept.
 */

/** Oppbevaringsregel: how many recent snapshots, and how many days of daily ones. */
export interface BackupPolicy {
  /** Siste N: the newest snapshots kept whatever their age (at least 1). */
  keepRecent: number;
  /** Dager: one snapshot per day is kept for this many days back from now. */
  keepDays: number;
}

/** Standard oppbevaring: the last 10, plus one a day for 30 days. */
export const DEFAULT_BACKUP_POLICY: BackupPolicy = { keepRecent: 10, keepDays: 30 };

/** The part of a snapshot (sikkerhetskopi) the retention looks at. */
export interface RetainedSnapshot {
  id: string;
  /** ISO timestamp of the snapshot. */
  createdAt: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Sikkerhetskopier å beholde: the ids of the snapshots to keep, newest first. Keeps the
 * newest `max(1, keepRecent)` and, for each UTC day from `now − keepDays` to now, the
 * newest snapshot of that day. Snapshots with an unreadable time are kept (never delete
 * what we do not understand). Everything not returned may be deleted.
 */
export function selectBackupsToKeep(snapshots: readonly RetainedSnapshot[], now: Date, policy: BackupPolicy = DEFAULT_BACKUP_POLICY): string[] {
  const timed = snapshots.map((s) => ({ id: s.id, time: Date.parse(s.createdAt) }));
  const keep = new Set<string>(timed.filter((s) => Number.isNaN(s.time)).map((s) => s.id));
  const valid = timed.filter((s) => !Number.isNaN(s.time)).sort((a, b) => b.time - a.time || (a.id < b.id ? 1 : -1));
  const recent = Math.max(1, Math.floor(policy.keepRecent));
  for (const s of valid.slice(0, recent)) keep.add(s.id);
  const oldestDay = Math.floor((now.getTime() - Math.max(0, policy.keepDays) * DAY_MS) / DAY_MS);
  const seenDays = new Set<number>();
  for (const s of valid) {
    const day = Math.floor(s.time / DAY_MS);
    if (day < oldestDay || seenDays.has(day)) continue;
    seenDays.add(day);
    keep.add(s.id);
  }
  const order = new Map(timed.map((s) => [s.id, s.time]));
  return [...keep].sort((a, b) => (order.get(b) ?? Infinity) - (order.get(a) ?? Infinity) || (a < b ? 1 : -1));
}
