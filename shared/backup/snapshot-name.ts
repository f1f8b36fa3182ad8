/**
 * Navn på sikkerhetskopier (snapshot naming): a snapshot's file name carries what the
 * version history lists — time, number of plans and tiltak, and why it was taken — so a
 * folder listing is enough to show the history without reading every file.
 * Format: `2026-11-30T16-40-05-123Z_p3_t42_manual.handlingsrom`.
 */
import { z } from 'zod';
import { PLAN_EXTENSION } from '../domain/plan-file-limits';

/** Why a snapshot was taken: autosave timer, save point (Lagre), «Ta sikkerhetskopi nå», before a restore. */
export const snapshotReasonSchema = z.enum(['auto', 'save', 'manual', 'restore']);
/** Årsak til sikkerhetskopien. */
export type SnapshotReason = z.infer<typeof snapshotReasonSchema>;

/** Sikkerhetskopi: one snapshot of a strategy as the version history lists it. */
export const snapshotInfoSchema = z.object({
  /** The file name; unique within the strategy's folder. */
  id: z.string().min(1).max(255),
  strategyId: z.string().min(1).max(64),
  /** ISO timestamp. */
  createdAt: z.string().max(40),
  planCount: z.number().int().min(0),
  actionCount: z.number().int().min(0),
  reason: snapshotReasonSchema,
  /** Size in bytes. */
  size: z.number().int().min(0),
});
/** Sikkerhetskopi. */
export type SnapshotInfo = z.infer<typeof snapshotInfoSchema>;

/** What the file name holds. */
export type SnapshotNameParts = Pick<SnapshotInfo, 'createdAt' | 'planCount' | 'actionCount' | 'reason'>;

const NAME_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z_p(\d{1,6})_t(\d{1,7})_([a-z]+)\.handlingsrom$/;

/** Filnavn for en sikkerhetskopi: sortable by time, safe on every file system. */
export function snapshotFileName(parts: SnapshotNameParts): string {
  const iso = new Date(parts.createdAt).toISOString();
  const stamp = iso.replace(/:/g, '-').replace('.', '-');
  return `${stamp}_p${parts.planCount}_t${parts.actionCount}_${parts.reason}${PLAN_EXTENSION}`;
}

/** The parts of a snapshot file name, or null for any other file (temp files, the user's own). */
export function parseSnapshotFileName(name: string): SnapshotNameParts | null {
  const m = NAME_PATTERN.exec(name);
  if (!m) return null;
  const [, date, hh, mm, ss, ms, plans, actions, reason] = m;
  const parsedReason = snapshotReasonSchema.safeParse(reason);
  if (!parsedReason.success) return null;
  const createdAt = `${date}T${hh}:${mm}:${ss}.${ms}Z`;
  if (Number.isNaN(Date.parse(createdAt))) return null;
  return { createdAt, planCount: Number(plans), actionCount: Number(actions), reason: parsedReason.data };
}
