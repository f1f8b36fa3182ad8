/**
 * Varsler om sammenslåing: what the read joined (duplicates.ts), worded as messages for the
 * conflict list — «Kari opprettet også en handlingsplan for 2028 (1. des. 01:20); planene er
 * slått sammen» and «Tiltak 1.5 «Kurs» fikk nr. 1.6: nummeret var tatt», and what a join
 * left out because the plan was full («3 scenarioer fra den andre planen for 2028 vises
 * ikke …»). Read from the Y.Doc itself, so every copy shows the same notices; they go when
 * the duplicate does (a plan deleted, a number changed).
 *
 * Felt fra den sammenslåtte planen (`joinConflicts`): the kept plan's own fields stand, so
 * each field of a joined plan whose value differs (status, vedtatt dato, økonomiske rammer,
 * the oppfølging's periodeinndeling and vekting) is a field conflict on the kept plan, with
 * who wrote it and when as far as the Y.Doc knows, taken («Bruk denne verdien»: the
 * ordinary conflict edit, `takeConflictValue`) or kept («Behold gjeldende»). Either way
 * `resolveJoinConflict` records the value as seen in the Y.Doc (`$joinSeen`), so it does not
 * come back on the next read nor on another copy; a different value from the joined plan
 * is a new conflict. Equal values are no conflict.
 */
import * as Y from 'yjs';
import { msg, type Message } from '../i18n/message';
import type { PlanDocument } from '../domain/document';
import type { ActionPlan } from '../domain/entities';
import { CONFLICT_ORIGIN, type SyncConflict } from './conflicts';
import { duplicateJoins, type DuplicateJoin } from './duplicates';
import { AUTHOR_KEY, FOLLOW_UP_SETTINGS, FOLLOW_UP_SETTINGS_MAP, followUpKey, PLANS_KEY, sameValue, STRATEGY_MAP, yDocToPlan, type SyncAuthor } from './plan-ydoc';

function authorOf(value: unknown): SyncAuthor | null {
  if (typeof value !== 'object' || value === null) return null;
  const name: unknown = Reflect.get(value, 'name');
  const at: unknown = Reflect.get(value, 'at');
  return typeof name === 'string' && typeof at === 'string' ? { name, at } : null;
}

/** Sammenslått: one join the read made, with who wrote the joined plan (or renumbered tiltak) and when. */
export interface JoinNotice {
  /** Stable key (the joined plan's or the renumbered tiltak's id). */
  key: string;
  /** The plan (kept) or tiltak (renumbered) the notice concerns. */
  entityId: string;
  message: Message;
}

/** Felt fra sammenslått plan: a field of a joined plan that differs from the kept plan's (a conflict on the kept plan). */
export interface JoinConflict extends SyncConflict {
  /** The plan joined into the kept one (`entityId`, and `planId` for a follow-up setting). */
  joinedPlanId: string;
  /** The plans' year. */
  year: number;
}

/** Name of the Y.Map recording the joined-plan field conflicts that were taken or kept: conflict key → `{ value }`. */
export const JOIN_SEEN_MAP = '$joinSeen';

/** The plan fields that are no conflict when a joined plan's differs (identity, the year, and the lists the join adds together). */
const NOT_COMPARED: ReadonlySet<string> = new Set(['id', 'strategyId', 'year', 'scenarios', 'followUp']);

const ACTIONS_KEY = 'c:actions';

/** Dobbeltføring i Y.Doc: whether the Y.Doc holds two plans for a year or two tiltak with one number in a plan (then the read joins them: duplicates.ts). */
export function yDocHoldsDuplicates(ydoc: Y.Doc): boolean {
  const years = new Set<unknown>();
  const strategy = ydoc.getMap<unknown>(STRATEGY_MAP);
  const from: unknown = strategy.get('periodFrom');
  const to: unknown = strategy.get('periodTo');
  for (const plan of ydoc.getMap<unknown>(PLANS_KEY).values()) {
    if (!(plan instanceof Y.Map)) continue;
    const year: unknown = plan.get('year');
    if (years.has(year)) return true;
    if (typeof year === 'number' && typeof from === 'number' && typeof to === 'number' && (year < from || year > to)) return true;
    years.add(year);
  }
  const numbers = new Set<string>();
  for (const action of ydoc.getMap<unknown>(ACTIONS_KEY).values()) {
    if (!(action instanceof Y.Map)) continue;
    const planId: unknown = action.get('planId');
    const number: unknown = action.get('number');
    const key = `${String(planId)}\u0000${typeof number === 'string' ? number.trim() : String(number)}`;
    if (numbers.has(key)) return true;
    numbers.add(key);
  }
  return false;
}

/** Whether the Y.Doc holds two plans for one year (only then does a join bring field conflicts). */
function yDocHoldsYearTwice(ydoc: Y.Doc): boolean {
  const years = new Set<unknown>();
  for (const plan of ydoc.getMap<unknown>(PLANS_KEY).values()) {
    if (!(plan instanceof Y.Map)) continue;
    const year: unknown = plan.get('year');
    if (years.has(year)) return true;
    years.add(year);
  }
  return false;
}

/**
 * Who wrote the live value of `key` in `parent`, as far as the Y.Doc knows: the author
 * record `authorKey` when the same copy wrote it after the value (every edit writes the
 * record after its fields; an older record is overwritten and collected, so a later edit of
 * the same copy may name a later time). Unknown when another copy wrote the record since.
 */
function writerOf(parent: Y.Map<unknown>, key: string, authorKey: string): { by: SyncAuthor | null; client: number } {
  const item = parent._map.get(key);
  if (item === undefined) return { by: null, client: 0 };
  const record = parent._map.get(authorKey);
  const by = record !== undefined && !record.deleted && record.id.client === item.id.client && record.id.clock > item.id.clock ? authorOf(parent.get(authorKey)) : null;
  return { by, client: item.id.client };
}

function overflowNotice(join: Extract<DuplicateJoin, { kind: 'overflow' }>, raw: PlanDocument): JoinNotice {
  const params = { count: join.ids.length, year: join.year, limit: join.limit };
  const key = `overflow:${join.list}:${join.joinedPlanId}`;
  if (join.list === 'scenarios') {
    const left = new Set(join.ids);
    const names = (raw.plans.find((p) => p.id === join.joinedPlanId)?.scenarios ?? []).filter((x) => left.has(x.id)).map((x) => `«${x.name}»`);
    return { key, entityId: join.keptPlanId, message: msg('sync.joined.overflowScenarios', { ...params, names: names.join(', ') }) };
  }
  return { key, entityId: join.keptPlanId, message: join.list === 'updates' ? msg('sync.joined.overflowUpdates', params) : msg('sync.joined.overflowClosures', params) };
}

function notices(ydoc: Y.Doc, raw: PlanDocument, joins: readonly DuplicateJoin[]): JoinNotice[] {
  const plans = ydoc.getMap<Y.Map<unknown>>(PLANS_KEY);
  const actions = ydoc.getMap<Y.Map<unknown>>(ACTIONS_KEY);
  const titles = new Map(raw.actions.map((a) => [a.id, a.title]));
  return joins.map((join) => {
    if (join.kind === 'plan') {
      const by = authorOf(plans.get(join.joinedPlanId)?.get(AUTHOR_KEY));
      return { key: `plan:${join.joinedPlanId}`, entityId: join.keptPlanId, message: by ? msg('sync.joined.plan', { year: join.year, by: by.name, at: by.at }) : msg('sync.joined.planAnonymous', { year: join.year }) };
    }
    if (join.kind === 'overflow') return overflowNotice(join, raw);
    if (join.kind === 'period') {
      const by = authorOf(plans.get(join.planId)?.get(AUTHOR_KEY));
      const params = { year: join.year, from: join.from, to: join.to };
      return { key: `period:${join.planId}`, entityId: join.planId, message: by ? msg('sync.joined.period', { ...params, by: by.name, at: by.at }) : msg('sync.joined.periodAnonymous', params) };
    }
    const by = authorOf(actions.get(join.actionId)?.get(AUTHOR_KEY));
    const title = titles.get(join.actionId) ?? '';
    return { key: `number:${join.actionId}`, entityId: join.actionId, message: by ? msg('sync.joined.number', { from: join.from, to: join.to, title, by: by.name, at: by.at }) : msg('sync.joined.numberAnonymous', { from: join.from, to: join.to, title }) };
  });
}

/** The fields of each joined plan that differ from its kept plan's, not yet taken or kept (see the module comment). */
function conflicts(ydoc: Y.Doc, raw: PlanDocument, joins: readonly DuplicateJoin[]): JoinConflict[] {
  const plans = ydoc.getMap<unknown>(PLANS_KEY);
  const settings = ydoc.getMap<unknown>(FOLLOW_UP_SETTINGS_MAP);
  const seen = ydoc.getMap<unknown>(JOIN_SEEN_MAP);
  const byId = new Map(raw.plans.map((p) => [p.id, p]));
  const found: JoinConflict[] = [];
  // A value two joined plans both hold is offered once (by the plan with the smaller id).
  const offered = new Map<string, unknown[]>();
  for (const join of joins) {
    if (join.kind !== 'plan') continue;
    const kept = byId.get(join.keptPlanId);
    const other = byId.get(join.joinedPlanId);
    const entity = plans.get(join.joinedPlanId);
    if (kept === undefined || other === undefined || !(entity instanceof Y.Map)) continue;
    const consider = (collection: string, field: string, lost: unknown, won: unknown, writer: { by: SyncAuthor | null; client: number }) => {
      if (lost === undefined || sameValue(lost, won)) return;
      const place = `${join.keptPlanId}\u0000${collection}/${field}`;
      const before = offered.get(place) ?? [];
      if (before.some((v) => sameValue(v, lost))) return;
      offered.set(place, [...before, lost]);
      const key = joinConflictKey(collection, join.joinedPlanId, field);
      if (isSeen(seen.get(key), lost)) return;
      found.push({
        key,
        collection,
        entityId: join.keptPlanId,
        field,
        ...(collection === FOLLOW_UP_SETTINGS_MAP ? { planId: join.keptPlanId } : {}),
        lostValue: lost,
        wonValue: won,
        lostBy: writer.by?.name ?? null,
        lostAt: writer.by?.at ?? null,
        lostClient: writer.client,
        joinedPlanId: join.joinedPlanId,
        year: join.year,
      });
    };
    const own: Record<string, unknown> = other;
    const keptOwn: Record<string, unknown> = kept;
    for (const field of Object.keys(own).sort()) {
      if (NOT_COMPARED.has(field)) continue;
      consider(PLANS_KEY, field, own[field], keptOwn[field], writerOf(entity, field, AUTHOR_KEY));
    }
    for (const field of FOLLOW_UP_SETTINGS) {
      consider(FOLLOW_UP_SETTINGS_MAP, field, joinedFieldValue(other, FOLLOW_UP_SETTINGS_MAP, field), joinedFieldValue(kept, FOLLOW_UP_SETTINGS_MAP, field), writerOf(settings, followUpKey(join.joinedPlanId, field), followUpKey(join.joinedPlanId, AUTHOR_KEY)));
    }
  }
  return found;
}

/** A plan's value of a field a joined-plan conflict can be on (its own field, or a follow-up setting). */
function joinedFieldValue(plan: ActionPlan, collection: string, field: string): unknown {
  if (collection === FOLLOW_UP_SETTINGS_MAP) return field === 'scheme' || field === 'kpiWeighting' ? plan.followUp[field] : undefined;
  return NOT_COMPARED.has(field) ? undefined : Reflect.get(plan, field);
}

function joinConflictKey(collection: string, joinedPlanId: string, field: string): string {
  return `join:${collection}/${joinedPlanId}/${field}`;
}

/** Whether a `$joinSeen` record holds `value`. */
function isSeen(mark: unknown, value: unknown): boolean {
  return typeof mark === 'object' && mark !== null && sameValue(Reflect.get(mark, 'value'), value);
}

/** Sammenslåingsrapport: the notices and field conflicts of the joins the read of `ydoc` makes. */
export interface JoinReport {
  notices: JoinNotice[];
  conflicts: JoinConflict[];
}

/** The notices (`joinNotices`) and field conflicts (`joinConflicts`) of `ydoc` from one read. */
export function joinReport(ydoc: Y.Doc): JoinReport {
  if (!yDocHoldsDuplicates(ydoc)) return { notices: [], conflicts: [] };
  const raw = yDocToPlan(ydoc, undefined, { join: false });
  if (!raw.ok) return { notices: [], conflicts: [] };
  const joins = duplicateJoins(raw.doc);
  return { notices: notices(ydoc, raw.doc, joins), conflicts: yDocHoldsYearTwice(ydoc) ? conflicts(ydoc, raw.doc, joins) : [] };
}

/**
 * The joins the read of `ydoc` makes (see duplicates.ts), as notices: `sync.joined.plan`
 * (year, by, at: who created the other plan for the year, and when) and `sync.joined.number`
 * (from, to, title, by, at), `sync.joined.period` (year, from, to: the widened period; by, at);
 * `…Anonymous` when the writer is not known; `sync.joined.overflowScenarios` (count, year,
 * limit, names), `…overflowUpdates`, `…overflowClosures` (count, year, limit) for what a
 * full plan left out.
 */
export function joinNotices(ydoc: Y.Doc): JoinNotice[] {
  return joinReport(ydoc).notices;
}

/** Felt fra sammenslåtte planer: the open field conflicts of plans joined into another (see the module comment). */
export function joinConflicts(ydoc: Y.Doc): JoinConflict[] {
  return joinReport(ydoc).conflicts;
}

/** Whether a conflict is one of a joined plan's fields (closed with `resolveJoinConflict`, not `resolveConflict`). */
export function isJoinConflict(conflict: SyncConflict): conflict is JoinConflict {
  return 'joinedPlanId' in conflict && typeof conflict.joinedPlanId === 'string';
}

/**
 * Lukk en sammenslåingskonflikt: records the joined plans' values of the conflict's field as
 * seen (after «Bruk denne verdien» or «Behold gjeldende»), so the conflict does not come back
 * on any copy. Every plan joined into the same plan counts: the planner chose among the
 * values shown, so neither the value that stood before a take nor one offered once for two
 * plans comes back as a conflict.
 */
export function resolveJoinConflict(ydoc: Y.Doc, conflict: JoinConflict): void {
  const seen = ydoc.getMap<unknown>(JOIN_SEEN_MAP);
  const marks: [string, unknown][] = [[conflict.key, conflict.lostValue]];
  const raw = yDocToPlan(ydoc, undefined, { join: false });
  if (raw.ok) {
    const byId = new Map(raw.doc.plans.map((p) => [p.id, p]));
    for (const join of duplicateJoins(raw.doc)) {
      const other = join.kind === 'plan' && join.keptPlanId === conflict.entityId ? byId.get(join.joinedPlanId) : undefined;
      if (other === undefined || other.id === conflict.joinedPlanId) continue;
      const value = joinedFieldValue(other, conflict.collection, conflict.field);
      if (value !== undefined) marks.push([joinConflictKey(conflict.collection, other.id, conflict.field), value]);
    }
  }
  const fresh = marks.filter(([key, value]) => !isSeen(seen.get(key), value));
  if (fresh.length > 0) ydoc.transact(() => fresh.forEach(([key, value]) => seen.set(key, { value })), CONFLICT_ORIGIN);
}
