/**
 * Repositories over the Dexie tables: list, load, save and delete plan documents, and the
 * small recovery journal that keeps unsaved edits across a reload. Every multi-row write
 * is one `rw` transaction.
 */
import { z } from 'zod';
import type { Action, ActionPlan, PlanDocument, Strategy } from '@shared/domain';
import { actionPlanSchema, actionSchema, compareActionNumbers, idSchema, strategySchema } from '@shared/domain';
import type { DocumentDelta, DocumentOrder } from './document-diff';
import { diffDocuments, documentOrder, isEmptyDelta } from './document-diff';
import type { HandlingsromDb } from './database';
import { getDb } from './database';
import type { ActionChunkRow } from './action-chunks';
import { applyChunkChange, chunkActions, chunkChanges } from './action-chunks';

/** A strategy as listed on the start screen. */
export interface StoredStrategy {
  strategy: Strategy;
  /** ISO timestamp of the last write, or null when unknown. */
  updatedAt: string | null;
  planCount: number;
}

/** Where a strategy was last opened from or saved to. */
export interface LinkedFile {
  /** The id main granted for the file (never a path); null for a link stored before ids. */
  fileId: string | null;
  name: string;
}

/**
 * A document exactly as the tables hold it, with the «last written» stamp of the write
 * that stored it. `loadDocument` accepts it and returns it as it is while the stamp is
 * still the stored one — i.e. nothing was written to the strategy since.
 */
export interface StoredDocument {
  doc: PlanDocument;
  stamp: string;
}

/** A recovery journal: every change not yet written to the tables, against the tables. */
export interface PendingJournal {
  seq: number;
  delta: DocumentDelta;
  at: string;
}

// The journal is our own row, but it is read back after a crash: validate it like input.
const deltaSchema = z.object({
  strategyId: idSchema,
  strategy: strategySchema.nullable(),
  putPlans: z.array(actionPlanSchema),
  deletePlanIds: z.array(idSchema),
  putActions: z.array(actionSchema),
  deleteActionIds: z.array(idSchema),
  order: z.object({ planIds: z.array(idSchema), actionIds: z.array(idSchema) }).nullable(),
});
const journalSchema = z.object({ seq: z.number(), delta: deltaSchema, at: z.string() });

// One collator, made once: `a.localeCompare(b, 'nb', options)` builds a new collator on
// every call, which makes sorting 10 000 tiltak take most of a second.
const nbCollator = new Intl.Collator('nb');

const orderKey = (id: string) => `order:${id}`;
const touchedKey = (id: string) => `touched:${id}`;
const pendingKey = (id: string) => `pending:${id}`;
const fileKey = (id: string) => `file:${id}`;

let lastStamp = 0;

/**
 * The time of a write as an ISO string, strictly later than any earlier stamp of this page,
 * so that equal stamps mean the same write (see StoredDocument).
 */
function nextStamp(): string {
  lastStamp = Math.max(Date.now(), lastStamp + 1);
  return new Date(lastStamp).toISOString();
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function readOrder(value: unknown): DocumentOrder | null {
  if (!isRecord(value) || !isStringArray(value.planIds) || !isStringArray(value.actionIds)) return null;
  return { planIds: value.planIds, actionIds: value.actionIds };
}

/** All strategies in the database, most recently changed first. */
export async function listStrategies(db: HandlingsromDb = getDb()): Promise<StoredStrategy[]> {
  return db.transaction('r', [db.strategies, db.plans, db.meta], async () => {
    const strategies = await db.strategies.toArray();
    const rows = await Promise.all(
      strategies.map(async (strategy) => {
        const touched = await db.meta.get(touchedKey(strategy.id));
        const planCount = await db.plans.where('strategyId').equals(strategy.id).count();
        return { strategy, updatedAt: typeof touched?.value === 'string' ? touched.value : null, planCount };
      }),
    );
    return rows.sort((a, b) => (b.updatedAt ?? '').localeCompare(a.updatedAt ?? '') || nbCollator.compare(a.strategy.name, b.strategy.name));
  });
}

/** True when a strategy with this id is stored. */
export async function hasStrategy(strategyId: string, db: HandlingsromDb = getDb()): Promise<boolean> {
  return (await db.strategies.get(strategyId)) !== undefined;
}

/**
 * The rows in the stored order (`ids`; the first place of an id counts), then the rows it
 * does not name, sorted by `fallback`; of rows with the same id the last one. Places, not
 * a map emptied id by id: a reload orders 10 000 tiltak here before the first paint.
 */
function ordered<T extends { id: string }>(rows: T[], ids: readonly string[] | undefined, fallback: (a: T, b: T) => number): T[] {
  const order = ids ?? [];
  const place = new Map<string, number>();
  for (let i = 0; i < order.length; i++) {
    const id = order[i];
    if (id !== undefined && !place.has(id)) place.set(id, i);
  }
  const slots = new Array<T | undefined>(order.length);
  const rest = new Map<string, T>();
  for (const row of rows) {
    const at = place.get(row.id);
    if (at === undefined) rest.set(row.id, row);
    else slots[at] = row;
  }
  const out: T[] = [];
  for (const row of slots) if (row !== undefined) out.push(row);
  return rest.size === 0 ? out : out.concat([...rest.values()].sort(fallback));
}

/**
 * Loads one strategy with its plans and tiltak; null when it is not stored. `known` (e.g.
 * what `saveDocument` has just written) is returned as it is when nothing was written to
 * the strategy since, which spares reading every row back.
 */
export async function loadDocument(strategyId: string, db: HandlingsromDb = getDb(), known?: StoredDocument): Promise<PlanDocument | null> {
  return (await loadStoredDocument(strategyId, db, known))?.doc ?? null;
}

/**
 * As loadDocument, with the «last written» stamp the rows had when they were read (null
 * when the strategy has none yet): pass it back as `known` later, and only a write since
 * makes the rows be read again.
 */
export async function loadStoredDocument(
  strategyId: string,
  db: HandlingsromDb = getDb(),
  known?: StoredDocument,
): Promise<{ doc: PlanDocument; stamp: string | null } | null> {
  return db.transaction('r', [db.strategies, db.plans, db.actionChunks, db.meta], async () => {
    const touched = (await db.meta.get(touchedKey(strategyId)))?.value;
    const stamp = typeof touched === 'string' ? touched : null;
    if (known?.doc.strategy.id === strategyId && stamp !== null && stamp === known.stamp) return known;
    const strategy = await db.strategies.get(strategyId);
    if (!strategy) return null;
    const plans = await db.plans.where('strategyId').equals(strategyId).toArray();
    // The strategy's chunks (getAll on the index).
    const chunks = await db.actionChunks.where('strategyId').equals(strategyId).toArray();
    const order = (await db.meta.get(orderKey(strategyId)))?.value;
    return documentFromRows({ strategy, plans, chunks, order, touched });
  });
}

/** A strategy's rows as one read-only transaction gives them (values of its meta rows as stored). */
export interface StrategyRows {
  strategy: Strategy;
  plans: ActionPlan[];
  chunks: ActionChunkRow[];
  /** Value of the `order:` meta row. */
  order: unknown;
  /** Value of the `touched:` meta row (the «last written» stamp). */
  touched: unknown;
}

/**
 * The document the rows hold, with their stamp: only tiltak of the stored plans (as when
 * tiltak were read plan by plan), plans and tiltak in the stored order.
 */
export function documentFromRows(rows: StrategyRows): { doc: PlanDocument; stamp: string | null } {
  const { strategy, plans, chunks } = rows;
  const planIds = new Set(plans.map((p) => p.id));
  const actions: Action[] = [];
  for (const chunk of chunks) {
    for (const action of chunk.actions) if (planIds.has(action.planId)) actions.push(action);
  }
  const order = readOrder(rows.order);
  const doc: PlanDocument = {
    strategy,
    plans: ordered(plans, order?.planIds, (a, b) => a.year - b.year),
    actions: ordered(actions, order?.actionIds, (a, b) => compareActionNumbers(a.number, b.number)),
  };
  return { doc, stamp: typeof rows.touched === 'string' ? rows.touched : null };
}

/**
 * Saves a whole document (replacing what is stored for its strategy) in one transaction.
 * Pass `getStrictDb()` for an explicit save point. Returns the document with the stamp of
 * this write, for `loadDocument`.
 */
export async function saveDocument(doc: PlanDocument, db: HandlingsromDb = getDb()): Promise<StoredDocument> {
  const id = doc.strategy.id;
  const stamp = nextStamp();
  // Outside the transaction: grouping 10 000 tiltak needs no database.
  const chunks = chunkActions(id, doc.actions);
  await db.transaction('rw', [db.strategies, db.plans, db.actionChunks, db.meta], async () => {
    const oldPlanIds = await db.plans.where('strategyId').equals(id).primaryKeys();
    const keepPlans = new Set(doc.plans.map((p) => p.id));
    const keepChunks = new Set(chunks.map((c) => c.id));
    const oldChunkIds = await db.actionChunks.where('strategyId').equals(id).primaryKeys();
    await db.actionChunks.bulkDelete(oldChunkIds.filter((c) => !keepChunks.has(c)));
    await db.plans.bulkDelete(oldPlanIds.filter((p) => !keepPlans.has(p)));
    await db.strategies.put(doc.strategy);
    await db.plans.bulkPut(doc.plans);
    await db.actionChunks.bulkPut(chunks);
    await db.meta.put({ key: orderKey(id), value: documentOrder(doc) });
    await db.meta.put({ key: touchedKey(id), value: stamp });
    await db.meta.delete(pendingKey(id));
  });
  return { doc, stamp };
}

/** Rewrites the chunks that hold changed or deleted tiltak (inside the caller's transaction). */
async function writeActionChanges(db: HandlingsromDb, strategyId: string, put: readonly Action[], deleteIds: readonly string[]): Promise<void> {
  if (put.length === 0 && deleteIds.length === 0) return;
  const changes = chunkChanges(strategyId, put, deleteIds);
  const stored = await db.actionChunks.bulkGet(changes.map((c) => c.id));
  const emptied: string[] = [];
  const rows: ActionChunkRow[] = [];
  for (const [i, change] of changes.entries()) {
    const actions = applyChunkChange(stored[i]?.actions ?? [], change);
    if (actions.length === 0) emptied.push(change.id);
    else rows.push({ id: change.id, strategyId, bucket: change.bucket, actions });
  }
  if (emptied.length > 0) await db.actionChunks.bulkDelete(emptied);
  if (rows.length > 0) await db.actionChunks.bulkPut(rows);
}

async function writeDelta(db: HandlingsromDb, delta: DocumentDelta): Promise<void> {
  if (delta.strategy) await db.strategies.put(delta.strategy);
  if (delta.deletePlanIds.length > 0) await db.plans.bulkDelete(delta.deletePlanIds);
  if (delta.putPlans.length > 0) await db.plans.bulkPut(delta.putPlans);
  await writeActionChanges(db, delta.strategyId, delta.putActions, delta.deleteActionIds);
  if (delta.order) await db.meta.put({ key: orderKey(delta.strategyId), value: delta.order });
  await db.meta.put({ key: touchedKey(delta.strategyId), value: nextStamp() });
}

/**
 * Writes only the rows that differ between `before` (what is stored) and `after`, in one
 * transaction. When `journalSeq` is given, the recovery journal is removed in the same
 * transaction if it holds nothing newer than that sequence number.
 */
export async function applyChanges(
  before: PlanDocument,
  after: PlanDocument,
  db: HandlingsromDb = getDb(),
  journalSeq?: number,
): Promise<DocumentDelta> {
  if (before.strategy.id !== after.strategy.id) {
    await saveDocument(after, db);
    return diffDocuments(before, after);
  }
  const delta = diffDocuments(before, after);
  const id = after.strategy.id;
  await db.transaction('rw', [db.strategies, db.plans, db.actionChunks, db.meta], async () => {
    if (!isEmptyDelta(delta)) await writeDelta(db, delta);
    if (journalSeq !== undefined) {
      const pending = await db.meta.get(pendingKey(id));
      const seq = isRecord(pending?.value) && typeof pending.value.seq === 'number' ? pending.value.seq : null;
      if (seq !== null && seq <= journalSeq) await db.meta.delete(pendingKey(id));
    }
  });
  return delta;
}

/**
 * Records every change not yet in the tables (cheap: only the changed rows) so that a
 * reload before the debounced autosave loses nothing. Replaces (or, when nothing differs,
 * removes) the previous journal.
 */
export async function writePendingJournal(before: PlanDocument, after: PlanDocument, seq: number, db: HandlingsromDb = getDb()): Promise<void> {
  const delta = diffDocuments(before, after);
  // Nothing differs from the tables (e.g. undone back): an older journal must not survive.
  if (isEmptyDelta(delta)) {
    await db.meta.delete(pendingKey(after.strategy.id));
    return;
  }
  const journal: PendingJournal = { seq, delta, at: new Date().toISOString() };
  await db.meta.put({ key: pendingKey(after.strategy.id), value: journal });
}

/**
 * Applies a recovery journal left by an interrupted session to the tables (one
 * transaction). Returns true when there was one.
 */
export async function recoverPendingJournal(strategyId: string, db: HandlingsromDb = getDb()): Promise<boolean> {
  // Almost always there is none: a read spares the write transaction (and its commit). Only
  // the writer writes journals, and it is the one recovering.
  if ((await db.meta.get(pendingKey(strategyId))) === undefined) return false;
  return db.transaction('rw', [db.strategies, db.plans, db.actionChunks, db.meta], async () => {
    const row = await db.meta.get(pendingKey(strategyId));
    if (!row) return false;
    await db.meta.delete(pendingKey(strategyId));
    const parsed = journalSchema.safeParse(row.value);
    if (!parsed.success) return false;
    const delta: DocumentDelta = parsed.data.delta;
    if (delta.strategyId !== strategyId || !(await db.strategies.get(strategyId))) return false;
    await writeDelta(db, delta);
    return true;
  });
}

/** Deletes a strategy with its plans, tiltak and meta rows (one transaction). */
export async function deleteStrategy(strategyId: string, db: HandlingsromDb = getDb()): Promise<void> {
  await db.transaction('rw', [db.strategies, db.plans, db.actionChunks, db.meta], async () => {
    const planIds = await db.plans.where('strategyId').equals(strategyId).primaryKeys();
    await db.actionChunks.where('strategyId').equals(strategyId).delete();
    await db.plans.bulkDelete(planIds);
    await db.strategies.delete(strategyId);
    await db.meta.bulkDelete([orderKey(strategyId), touchedKey(strategyId), pendingKey(strategyId), fileKey(strategyId)]);
  });
}

/** The file a strategy was last opened from or saved to. */
export async function getLinkedFile(strategyId: string, db: HandlingsromDb = getDb()): Promise<LinkedFile | null> {
  const value = (await db.meta.get(fileKey(strategyId)))?.value;
  if (!isRecord(value) || typeof value.name !== 'string') return null;
  return { fileId: typeof value.fileId === 'string' ? value.fileId : null, name: value.name };
}

/** Remembers the file a strategy was opened from or saved to. */
export async function setLinkedFile(strategyId: string, file: LinkedFile, db: HandlingsromDb = getDb()): Promise<void> {
  await db.meta.put({ key: fileKey(strategyId), value: { fileId: file.fileId, name: file.name } });
}

// The local journal: when writes to IndexedDB fail (storage full, connection lost), the
// unsaved changes go to localStorage, which is written synchronously and survives a
// closed tab or a hard kill, and the next start applies them (recoverLocalJournal).
const localKey = (id: string) => `handlingsrom:pending:${id}`;
const localJournalSchema = journalSchema.extend({ session: z.string() });
const SESSION = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

function localStore(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

/**
 * Keeps every change between `stored` (what the tables hold) and `current` in
 * localStorage. Returns false when it could not be kept (no localStorage, or it is full).
 */
export function writeLocalJournal(stored: PlanDocument, current: PlanDocument, seq: number): boolean {
  const store = localStore();
  if (!store) return false;
  const delta = diffDocuments(stored, current);
  const key = localKey(current.strategy.id);
  try {
    if (isEmptyDelta(delta)) store.removeItem(key);
    else store.setItem(key, JSON.stringify({ seq, delta, at: new Date().toISOString(), session: SESSION }));
    return true;
  } catch {
    return false;
  }
}

/** Removes this session's local journal once the tables hold sequence `seq` or newer. */
export function clearLocalJournal(strategyId: string, seq: number): void {
  const store = localStore();
  const raw = store?.getItem(localKey(strategyId));
  if (!store || raw == null) return;
  try {
    const parsed = localJournalSchema.safeParse(JSON.parse(raw));
    if (parsed.success && parsed.data.session === SESSION && parsed.data.seq > seq) return;
  } catch {
    // Not JSON: nothing worth keeping.
  }
  store.removeItem(localKey(strategyId));
}

/** True when a local journal waits for this strategy. */
export function hasLocalJournal(strategyId: string): boolean {
  return localStore()?.getItem(localKey(strategyId)) != null;
}

/**
 * Applies a local journal left by a session whose writes failed (one transaction), then
 * removes it. Throws when the write fails — the journal is then kept for the next try.
 */
export async function recoverLocalJournal(strategyId: string, db: HandlingsromDb = getDb()): Promise<boolean> {
  const store = localStore();
  const raw = store?.getItem(localKey(strategyId));
  if (!store || raw == null) return false;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = null;
  }
  const parsed = journalSchema.safeParse(value);
  if (!parsed.success || parsed.data.delta.strategyId !== strategyId) {
    store.removeItem(localKey(strategyId));
    return false;
  }
  const delta: DocumentDelta = parsed.data.delta;
  const applied = await db.transaction('rw', [db.strategies, db.plans, db.actionChunks, db.meta], async () => {
    if (!(await db.strategies.get(strategyId))) return false;
    await writeDelta(db, delta);
    return true;
  });
  store.removeItem(localKey(strategyId));
  return applied;
}
