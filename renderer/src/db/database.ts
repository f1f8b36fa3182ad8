/**
 * The working store: one IndexedDB database (Dexie) in the renderer.
 *
 * VERSIONS ARE APPEND-ONLY. A released `version(n)` is never edited: to change the schema,
 * add `version(n + 1)` below it (with an `.upgrade()` when rows must change) and a test in
 * tests/renderer/db/ that opens a fixture database of version n (see
 * tests/renderer/db/upgrade.test.ts for the pattern).
 */
import Dexie from 'dexie';
import type { ChromeTransactionDurability, Table } from 'dexie';
import type { Action, ActionPlan, Strategy } from '@shared/domain';
import { emptyFollowUp } from '@shared/domain';
import type { ActionChunkRow } from './action-chunks';
import { chunkActions } from './action-chunks';

/** Name of the IndexedDB database. Never change it: the users' data lives under it. */
export const DATABASE_NAME = 'handlingsrom';

/** A small key/value row: recovery journals, the file a strategy was last saved to. */
export interface MetaRow {
  key: string;
  value: unknown;
}

/** The Dexie database with its tables. */
export class HandlingsromDb extends Dexie {
  strategies!: Table<Strategy, string>;
  plans!: Table<ActionPlan, string>;
  /** Tiltak, in chunks per strategy (version 4; see action-chunks.ts). */
  actionChunks!: Table<ActionChunkRow, string>;
  meta!: Table<MetaRow, string>;

  constructor(name: string = DATABASE_NAME, durability: ChromeTransactionDurability = 'default') {
    super(name, { chromeTransactionDurability: durability });
    // version(1) — released. Do not edit; append version(2) below.
    this.version(1).stores({
      strategies: 'id',
      plans: 'id, strategyId, [strategyId+year]',
      actions: 'id, planId, lineageId',
      meta: 'key',
    });
    // version(2) — tiltak may hang directly under delmål and innsatsområder (plan file v2):
    // stored tiltak, also those added in a scenario, get empty direct links.
    this.version(2)
      .stores({})
      .upgrade(async (tx) => {
        await tx.table<Partial<Action>, string>('actions').toCollection().modify(withDirectLinks);
        await tx.table<ActionPlan, string>('plans').toCollection().modify((plan) => {
          for (const scenario of plan.scenarios) scenario.addedActions.forEach(withDirectLinks);
        });
      });
    // version(3) — every plan has its oppfølging (plan file v3): stored plans, also those in
    // a recovery journal written before the upgrade, get an empty one (tertialer, no updates).
    this.version(3)
      .stores({})
      .upgrade(async (tx) => {
        await tx.table<Partial<ActionPlan>, string>('plans').toCollection().modify(withFollowUp);
        await tx
          .table<MetaRow, string>('meta')
          .filter((row) => row.key.startsWith('pending:'))
          .modify((row) => {
            const delta: unknown = isObject(row.value) ? row.value['delta'] : undefined;
            const plans: unknown = isObject(delta) ? delta['putPlans'] : undefined;
            if (Array.isArray(plans)) for (const plan of plans) if (isObject(plan)) withFollowUp(plan);
          });
      });
    // version(4) — tiltak in chunks per strategy instead of one row each (storing and
    // reading 10 000 rows cost most of opening a big plan): every stored tiltak moves into
    // its strategy's chunk, the per-row table goes. A tiltak whose plan is not stored was
    // never loaded (the app read tiltak by plan) and is left behind.
    this.version(4)
      .stores({ actions: null, actionChunks: 'id, strategyId' })
      .upgrade(async (tx) => {
        const plans = await tx.table<ActionPlan, string>('plans').toArray();
        const strategyOfPlan = new Map(plans.map((plan) => [plan.id, plan.strategyId]));
        const byStrategy = new Map<string, Action[]>();
        await tx.table<Action, string>('actions').each((action) => {
          const strategyId = strategyOfPlan.get(action.planId);
          if (strategyId === undefined) return;
          let list = byStrategy.get(strategyId);
          if (!list) {
            list = [];
            byStrategy.set(strategyId, list);
          }
          list.push(action);
        });
        const rows = [...byStrategy].flatMap(([strategyId, actions]) => chunkActions(strategyId, actions));
        await tx.table<ActionChunkRow, string>('actionChunks').bulkPut(rows);
      });
  }
}

/** Adds the direct links of plan-file version 2 to a tiltak stored before it. */
function withDirectLinks(action: Partial<Action>): void {
  action.subGoalIds ??= [];
  action.focusAreaIds ??= [];
}

/** Adds the empty oppfølging of plan-file version 3 to a plan stored before it. */
function withFollowUp(plan: Partial<ActionPlan>): void {
  plan.followUp ??= emptyFollowUp();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

let shared: HandlingsromDb | null = null;
let sharedStrict: HandlingsromDb | null = null;

/** The app's database connection (relaxed durability: autosave). */
export function getDb(): HandlingsromDb {
  shared ??= new HandlingsromDb(DATABASE_NAME, 'relaxed');
  return shared;
}

/** A second connection with strict durability, for explicit save points (Lagre, import). */
export function getStrictDb(): HandlingsromDb {
  sharedStrict ??= new HandlingsromDb(DATABASE_NAME, 'strict');
  return sharedStrict;
}

/** Closes the shared connections (tests, and before deleting the database). */
export function closeDbs(): void {
  shared?.close();
  sharedStrict?.close();
  shared = null;
  sharedStrict = null;
}

/** Asks the browser to keep our storage under pressure (best effort; where available). */
export async function requestPersistentStorage(): Promise<boolean> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage || typeof storage.persist !== 'function') return false;
  try {
    if (typeof storage.persisted === 'function' && (await storage.persisted())) return true;
    return await storage.persist();
  } catch {
    return false;
  }
}
