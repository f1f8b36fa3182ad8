/**
 * Rask kontroll av tiltak i plan-fil: a check of the hot array of a plan file (up to
 * 200 000 tiltak) without zod's per-value machinery, which in the renderer (no `eval`
 * under the Content-Security-Policy, so zod runs without its compiled fast path) took
 * most of opening a 10 000-tiltak file.
 *
 * It only ever says «this tiltak is exactly what the schema would give back»: every field
 * of `actionSchema` present and no other, each value valid as the schema has it, and no
 * value the schema would change (a `-0` amount, a number or title with spaces to trim).
 * When it says so for every tiltak, zod would accept them and return equal objects, so the
 * parsed objects are used as they are. When it says no for any one, the file goes the
 * ordinary way through zod — so every refusal and message stays zod's. The key lists come
 * from the zod shapes themselves; tests/shared/plan-file-fast.test.ts holds the check to
 * zod on valid, mutated and random tiltak.
 */
import { MAX_KRONER } from '../money/limits';
import { isRealDate } from './dates';
import type { Action } from './entities';
import { actionSchema, fundingLineSchema, kpiSchema } from './entities';

const ACTION_KEYS: readonly string[] = Object.keys(actionSchema.shape);
const FUNDING_KEYS: readonly string[] = Object.keys(fundingLineSchema.shape);
const KPI_KEYS: readonly string[] = Object.keys(kpiSchema.shape);

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FUNDING_SOURCES: ReadonlySet<unknown> = new Set(['own', 'partner', 'external']);
const FUNDING_STATUSES: ReadonlySet<unknown> = new Set(['confirmed', 'applied', 'planned']);
const ACTION_STATUSES: ReadonlySet<unknown> = new Set(['planned', 'ongoing', 'done', 'postponed', 'cancelled']);

type Raw = Record<string, unknown>;

function isPlain(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Exactly these own keys (all present, no other). */
function hasExactly(value: Raw, keys: readonly string[]): boolean {
  let count = 0;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) return false;
    count += 1;
  }
  if (count !== keys.length) return false;
  for (const key of keys) if (!Object.prototype.hasOwnProperty.call(value, key)) return false;
  return true;
}

const isId = (v: unknown): boolean => typeof v === 'string' && ID.test(v);
const isIdOrNull = (v: unknown): boolean => v === null || isId(v);
const isText = (v: unknown, max: number): boolean => typeof v === 'string' && v.length <= max;
/** A name: at most `max` units, not empty, nothing for `.trim()` to change. */
const isName = (v: unknown, max: number): boolean => typeof v === 'string' && v.length >= 1 && v.length <= max && v.trim() === v;
/** Whole kroner 0…MAX_KRONER, not -0 (the schema turns it into 0). */
const isKroner = (v: unknown): boolean => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 && v <= MAX_KRONER && !Object.is(v, -0);

function isDateOrNull(v: unknown): boolean {
  if (v === null) return true;
  if (typeof v !== 'string') return false;
  const m = DATE.exec(v);
  if (!m) return false;
  const y = Number(m[1]);
  return y >= 1900 && y < 2200 && isRealDate(y, Number(m[2]), Number(m[3]));
}

function isIdList(v: unknown, max: number): boolean {
  if (!Array.isArray(v) || v.length > max) return false;
  for (const id of v) if (!isId(id)) return false;
  return true;
}

function isFundingLine(v: unknown): boolean {
  return (
    isPlain(v) &&
    hasExactly(v, FUNDING_KEYS) &&
    isId(v['id']) &&
    FUNDING_SOURCES.has(v['source']) &&
    isIdOrNull(v['actorId']) &&
    isKroner(v['amount']) &&
    FUNDING_STATUSES.has(v['status'])
  );
}

function isKpi(v: unknown): boolean {
  if (!isPlain(v) || !hasExactly(v, KPI_KEYS)) return false;
  const target = v['target'];
  return isId(v['id']) && isName(v['indicator'], 500) && (target === null || (typeof target === 'number' && Number.isFinite(target))) && isText(v['unit'], 100);
}

function isListOf(v: unknown, max: number, item: (x: unknown) => boolean): boolean {
  if (!Array.isArray(v) || v.length > max) return false;
  for (const x of v) if (!item(x)) return false;
  return true;
}

/**
 * True only when `value` is a tiltak exactly as `actionSchema` would return it (see the
 * module comment); false says nothing — zod decides then.
 */
export function isCanonicalAction(value: unknown): boolean {
  if (!isPlain(value) || !hasExactly(value, ACTION_KEYS)) return false;
  const v = value;
  const hours = v['hours'];
  const priority = v['priority'];
  return (
    isId(v['id']) &&
    isId(v['planId']) &&
    isName(v['number'], 20) &&
    isName(v['title'], 500) &&
    isText(v['description'], 10000) &&
    isIdList(v['initiativeIds'], 100) &&
    isIdList(v['subGoalIds'], 100) &&
    isIdList(v['focusAreaIds'], 100) &&
    isIdOrNull(v['crossCuttingProjectId']) &&
    isIdList(v['guidingStrategyIds'], 100) &&
    isText(v['owner'], 300) &&
    isIdList(v['partnerIds'], 500) &&
    isKroner(v['cost']) &&
    isListOf(v['funding'], 200, isFundingLine) &&
    typeof hours === 'number' &&
    Number.isSafeInteger(hours) &&
    hours >= 0 &&
    hours <= 1_000_000 &&
    isDateOrNull(v['start']) &&
    isDateOrNull(v['deadline']) &&
    isListOf(v['kpis'], 100, isKpi) &&
    (priority === 1 || priority === 2 || priority === 3) &&
    ACTION_STATUSES.has(v['status']) &&
    isText(v['notes'], 10000) &&
    isIdOrNull(v['carriedFromId']) &&
    isId(v['lineageId'])
  );
}

/** True when every element is a canonical tiltak (see isCanonicalAction); false for a non-array. */
export function areCanonicalActions(value: unknown): value is Action[] {
  if (!Array.isArray(value)) return false;
  for (const action of value) if (!isCanonicalAction(action)) return false;
  return true;
}
