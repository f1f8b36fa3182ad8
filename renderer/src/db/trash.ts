/**
 * Papirkurv: a deleted strategy is kept whole for 30 days and can be restored. The bin is
 * its own small IndexedDB database next to the working one (so the working schema does
 * not change); a strategy is written to the bin before it is deleted from the tables, so
 * a crash in between leaves it in both places, never in neither.
 */
import Dexie from 'dexie';
import type { Table } from 'dexie';
import type { PlanDocument } from '@shared/domain';
import { planDocumentSchema } from '@shared/domain';
import type { HandlingsromDb } from './database';
import { getDb } from './database';
import { deleteStrategy, hasStrategy, loadDocument, saveDocument } from './repositories';

/** Name of the papirkurv database. Never change it. */
export const TRASH_DATABASE_NAME = 'handlingsrom-papirkurv';

/** How long a deleted strategy can be restored. */
export const TRASH_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;

/** A deleted strategy in the bin. */
export interface TrashRow {
  strategyId: string;
  name: string;
  /** ISO timestamp. */
  deletedAt: string;
  doc: PlanDocument;
}

/** The papirkurv database. Versions are append-only, as in database.ts. */
export class TrashDb extends Dexie {
  deleted!: Table<TrashRow, string>;

  constructor(name: string = TRASH_DATABASE_NAME) {
    super(name);
    // version(1) — released. Do not edit; append version(2) below.
    this.version(1).stores({ deleted: 'strategyId, deletedAt' });
  }
}

let shared: TrashDb | null = null;

/** The app's papirkurv connection. */
export function getTrashDb(): TrashDb {
  shared ??= new TrashDb();
  return shared;
}

/** Moves a strategy to the papirkurv: written to the bin, then deleted from the tables. */
export async function moveToTrash(strategyId: string, db: HandlingsromDb = getDb(), trash: TrashDb = getTrashDb(), now: Date = new Date()): Promise<void> {
  const doc = await loadDocument(strategyId, db);
  if (doc) await trash.deleted.put({ strategyId, name: doc.strategy.name, deletedAt: now.toISOString(), doc });
  await deleteStrategy(strategyId, db);
}

const cutoffOf = (now: Date) => new Date(now.getTime() - TRASH_DAYS * DAY_MS).toISOString();

/** The strategies in the bin deleted within TRASH_DAYS, newest first (read only: safe in a live query). */
export async function listTrash(trash: TrashDb = getTrashDb(), now: Date = new Date()): Promise<TrashRow[]> {
  return trash.deleted.where('deletedAt').aboveOrEqual(cutoffOf(now)).reverse().toArray();
}

/** Removes what was deleted more than TRASH_DAYS ago; returns how many. */
export async function purgeTrash(trash: TrashDb = getTrashDb(), now: Date = new Date()): Promise<number> {
  return trash.deleted.where('deletedAt').below(cutoffOf(now)).delete();
}

/** Outcome of a restore from the bin. */
export type TrashRestore = 'restored' | 'exists' | 'missing';

/**
 * Restores a strategy from the bin into the tables. Refuses ('exists') while a strategy
 * with the same id is in the app (e.g. the same plan file opened again).
 */
export async function restoreFromTrash(strategyId: string, db: HandlingsromDb = getDb(), trash: TrashDb = getTrashDb()): Promise<TrashRestore> {
  const row = await trash.deleted.get(strategyId);
  if (!row) return 'missing';
  if (await hasStrategy(strategyId, db)) return 'exists';
  await saveDocument(planDocumentSchema.parse(row.doc), db);
  await trash.deleted.delete(strategyId);
  return 'restored';
}
