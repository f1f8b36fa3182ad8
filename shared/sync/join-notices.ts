/**
 * Varsler om sammenslåing: what the read joined (duplicates.ts), worded as messages for the
 * conflict list — «Kari opprettet også en handlingsplan for 2028 (1. des. 01:20); planene er
 * slått sammen» and «Tiltak 1.5 «Kurs» fikk nr. 1.6: nummeret var tatt». Read from the Y.Doc
 * itself, so every copy shows the same notices; they go when the duplicate does (a plan
 * deleted, a number changed).
 */
import * as Y from 'yjs';
import { msg, type Message } from '../i18n/message';
import { duplicateJoins } from './duplicates';
import { AUTHOR_KEY, PLANS_KEY, STRATEGY_MAP, yDocToPlan, type SyncAuthor } from './plan-ydoc';

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

/**
 * The joins the read of `ydoc` makes (see duplicates.ts), as notices: `sync.joined.plan`
 * (year, by, at: who created the other plan for the year, and when) and `sync.joined.number`
 * (from, to, title, by, at), `sync.joined.period` (year, from, to: the widened period; by, at);
 * `…Anonymous` when the writer is not known.
 */
export function joinNotices(ydoc: Y.Doc): JoinNotice[] {
  if (!yDocHoldsDuplicates(ydoc)) return [];
  const raw = yDocToPlan(ydoc, undefined, { join: false });
  if (!raw.ok) return [];
  const plans = ydoc.getMap<Y.Map<unknown>>(PLANS_KEY);
  const actions = ydoc.getMap<Y.Map<unknown>>(ACTIONS_KEY);
  const titles = new Map(raw.doc.actions.map((a) => [a.id, a.title]));
  return duplicateJoins(raw.doc).map((join) => {
    if (join.kind === 'plan') {
      const by = authorOf(plans.get(join.joinedPlanId)?.get(AUTHOR_KEY));
      return { key: `plan:${join.joinedPlanId}`, entityId: join.keptPlanId, message: by ? msg('sync.joined.plan', { year: join.year, by: by.name, at: by.at }) : msg('sync.joined.planAnonymous', { year: join.year }) };
    }
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
