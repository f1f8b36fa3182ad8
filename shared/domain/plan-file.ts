/**
 * The plan file (plan-fil): versioned JSON holding one strategy with its plans and tiltak,
 * for open/save, sharing and backups (PRODUCT.md §7).
 *
 * Opening is defensive, in this order, and the first failing step ends it: size (counted
 * on the string, before any parsing), JSON syntax (with line and column), dangerous keys
 * (`__proto__`, `constructor`, `prototype` anywhere), `format`, `version` (newer →
 * refused, older → migrated), the zod schema (each issue a message naming the tiltak or
 * plan and the field), fields the schema does not know (refused by path, never dropped on
 * the next save), and referential integrity. Text the decoder could not read as UTF-8
 * (U+FFFD) is refused before the JSON is parsed. A bad file gives messages (code +
 * params + where: path, line, column) and no document; the UI and the CLI render them.
 * The pieces live beside this file: JSON text (plan-file-json), places (plan-file-places),
 * integrity (plan-file-integrity).
 */
import { MAX_PLAN_FILE_BYTES } from './plan-file-limits';
import { msg, type Message } from '../i18n/message';
import type { PlanDocument } from './document';
import type { Action } from './entities';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, planDocumentSchema } from './document';
import { scanJsonNumbers, withoutNegativeZero } from './json-numbers';
import { isRawObject, migratePlanFile } from './migrations';
import { forbiddenKeyErrors, formatPath, jsonSyntaxError, lineAndColumn } from './plan-file-json';
import { describePlanFilePath } from './plan-file-places';
import { integrityErrors } from './plan-file-integrity';
import { areCanonicalActions } from './plan-file-fast';
import { documentLimitMessage } from './limits';
import { unknownFieldPaths } from './plan-file-unknown';
import { zodIssueToMessage } from './validation-messages';

export { describePlanFilePath } from './plan-file-places';
export { jsonErrorOffset } from './plan-file-json';

/** The application name written in every plan file. */
export const PLAN_FILE_APP = 'Handlingsrom';

/** Most errors reported for one file; the rest are summed up in one message. */
export const MAX_PLAN_FILE_ERRORS = 100;

/**
 * Feil i plan-fil: a message (code + params) with where it points — `where.path` (e.g.
 * `actions[3].funding[0].amount`, absent for the whole file), `where.line`/`col` for a
 * syntax error, `where.field` for the field.
 */
export type PlanFileError = Message;

/** Result of `parsePlanFile`. */
export type ParsePlanFileResult =
  | { ok: true; doc: PlanDocument; migratedFrom: number | null }
  | { ok: false; errors: PlanFileError[] };

/**
 * Lagre plan-fil: the document as pretty-printed JSON in the current file format.
 * `savedAt` is an ISO timestamp supplied by the caller (shared/ has no clock).
 */
export function serializePlanFile(doc: PlanDocument, savedAt: string): string {
  // A U+FFFD the planner typed is written escaped (it can only stand inside a JSON string),
  // so a raw one in a file always means bytes that were not UTF-8 (see parsePlanFile).
  return `${escapeReplacementCharacter(JSON.stringify(
    {
      format: PLAN_FILE_FORMAT,
      version: PLAN_FILE_VERSION,
      savedAt,
      app: PLAN_FILE_APP,
      strategy: doc.strategy,
      plans: doc.plans,
      actions: doc.actions,
    },
    null,
    2,
  ))}\n`;
}

const REPLACEMENT_CHARACTER = '\uFFFD';

function escapeReplacementCharacter(json: string): string {
  return json.includes(REPLACEMENT_CHARACTER) ? json.replaceAll(REPLACEMENT_CHARACTER, '\\ufffd') : json;
}

// ---------------------------------------------------------------------------------------
// Size

/** UTF-8 length of a string, counted without allocating. */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function sizeError(bytes: number, isAtLeast: boolean): PlanFileError {
  const mb = Math.ceil(bytes / (1024 * 1024));
  const limit = Math.round(MAX_PLAN_FILE_BYTES / (1024 * 1024));
  return msg(isAtLeast ? 'planFile.tooLargeAtLeast' : 'planFile.tooLarge', { mb, limit });
}

/** The size check: a UTF-16 unit is at least one UTF-8 byte, so `length` alone refuses most. */
function checkSize(text: string): PlanFileError | null {
  if (text.length > MAX_PLAN_FILE_BYTES) return sizeError(text.length, true);
  // Up to three bytes per unit: only a string longer than a third of the limit needs counting.
  if (text.length * 3 > MAX_PLAN_FILE_BYTES) {
    const bytes = utf8ByteLength(text);
    if (bytes > MAX_PLAN_FILE_BYTES) return sizeError(bytes, false);
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Open

/** The first MAX_PLAN_FILE_ERRORS problems as messages (only those are described), then a count of the rest. */
function capped<T>(problems: readonly T[], toMessage: (problem: T) => PlanFileError): PlanFileError[] {
  const shown = problems.slice(0, MAX_PLAN_FILE_ERRORS).map(toMessage);
  if (problems.length > MAX_PLAN_FILE_ERRORS) shown.push(msg('planFile.moreErrors', { count: problems.length - MAX_PLAN_FILE_ERRORS }));
  return shown;
}

const fail = (code: string, path?: string): ParsePlanFileResult => ({
  ok: false,
  errors: [msg(code, {}, path === undefined ? undefined : { path })],
});

/** One schema issue: the place (tiltak, plan …), the field and what is wrong. */
function schemaError(root: unknown, issue: Parameters<typeof zodIssueToMessage>[0]): PlanFileError {
  const problem = zodIssueToMessage(issue);
  // A rule about the whole document (e.g. the sum limit) says it all by itself.
  if (issue.path.length === 0) return problem;
  const field = problem.where?.field;
  const place = describePlanFilePath(root, issue.path);
  const where = { path: formatPath(issue.path), ...(field === undefined ? {} : { field }) };
  return field === undefined
    ? msg('planFile.schema', { place, problem }, where)
    : msg('planFile.schemaField', { place, field: msg(field), problem }, where);
}

/** Most tiltak the schema takes (planDocumentSchema's `actions.max`). */
const MAX_ACTIONS = 200_000;

/**
 * The schema step when every tiltak is already exactly as the schema would return it
 * (plan-file-fast): zod checks the strategy and the plans, the tiltak are taken as they
 * are, and the document rule (the sum limit) runs on the whole. Null whenever anything
 * would fail — then zod parses the whole file and gives its messages.
 */
function fastSchemaParse(current: Record<string, unknown>, checked: Action[] | null): { success: true; data: PlanDocument } | null {
  const value = current['actions'];
  // `checked`: the file's tiltak, found canonical before migrating; the same array when no migration replaced it.
  const actions = checked !== null && value === checked ? checked : areCanonicalActions(value) ? value : null;
  if (actions === null || actions.length > MAX_ACTIONS) return null;
  const head = planDocumentSchema.safeParse({ strategy: current['strategy'], plans: current['plans'], actions: [] });
  if (!head.success) return null;
  const doc: PlanDocument = { strategy: head.data.strategy, plans: head.data.plans, actions };
  if (documentLimitMessage(doc) !== null) return null;
  return { success: true, data: doc };
}

/**
 * Åpne plan-fil: checks and reads a plan file's text. On success the document (migrated
 * to the current version; `migratedFrom` says from which, or null); otherwise every error
 * found (at most MAX_PLAN_FILE_ERRORS and a count of the rest), each a message with where
 * it points — and no document.
 */
export function parsePlanFile(text: string): ParsePlanFileResult {
  const tooLarge = checkSize(text);
  if (tooLarge) return { ok: false, errors: [tooLarge] };

  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Every reader (Electron, browser, CLI) decodes with the WHATWG decoder, which puts U+FFFD
  // for each byte sequence that is not UTF-8; the writer never leaves one raw. Refuse,
  // rather than open a plan whose text was silently replaced.
  const replaced = body.indexOf(REPLACEMENT_CHARACTER);
  if (replaced >= 0) {
    const { line, col } = lineAndColumn(body, replaced);
    return { ok: false, errors: [msg('planFile.invalidUtf8', { line, col }, { line, col })] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return { ok: false, errors: [jsonSyntaxError(body)] };
  }
  // JSON.parse reads 1e-400 as 0 and 1e400 as Infinity without a word: refuse; -0 is 0.
  const numbers = scanJsonNumbers(body);
  if (numbers.notExact) return { ok: false, errors: [numbers.notExact] };
  if (numbers.negativeZero) raw = JSON.parse(body, withoutNegativeZero);

  // Tiltak exactly as the schema has them hold no forbidden key (their keys are the
  // schema's): the search skips them, and the schema step takes them as they are.
  const rawActions = isRawObject(raw) ? raw['actions'] : undefined;
  const canonical = areCanonicalActions(rawActions) ? rawActions : null;
  const forbidden = forbiddenKeyErrors(isRawObject(raw) && canonical ? { ...raw, actions: [] } : raw);
  if (forbidden.length > 0) return { ok: false, errors: forbidden };

  if (!isRawObject(raw)) return fail('planFile.notObject');
  const format = raw['format'];
  if (format === undefined) return fail('planFile.formatMissing', 'format');
  if (format !== PLAN_FILE_FORMAT) return fail('planFile.unknownFormat', 'format');

  const migrated = migratePlanFile(raw);
  if (!migrated.ok) return { ok: false, errors: [{ ...migrated.message, where: { path: 'version' } }] };
  const current = migrated.value;

  const parsed = fastSchemaParse(current, canonical) ?? planDocumentSchema.safeParse({ strategy: current['strategy'], plans: current['plans'], actions: current['actions'] });
  if (!parsed.success) return { ok: false, errors: capped(parsed.error.issues, (issue) => schemaError(current, issue)) };

  const unknown = unknownFieldPaths(current, { strategy: parsed.data.strategy, plans: parsed.data.plans, actions: parsed.data.actions });
  if (unknown.length > 0) return { ok: false, errors: unknown.map((path) => msg('planFile.unknownField', { path }, { path })) };

  const broken = integrityErrors(parsed.data);
  if (broken.length > 0) return { ok: false, errors: capped(broken, (m) => m) };
  return { ok: true, doc: parsed.data, migratedFrom: migrated.migratedFrom };
}

/**
 * Tiltak som lest: the tiltak of a plan file exactly as `parsePlanFile` puts them in its
 * document, read without its checks (one JSON.parse) — for a second reader of a file that
 * `parsePlanFile` has accepted already (the worker that stores an opened file). Only when
 * they are taken as they stand: the current version (no migration), every tiltak canonical
 * (plan-file-fast) and no negative zero (which parsePlanFile turns into 0). Otherwise null:
 * then parse the file with `parsePlanFile`.
 */
export function acceptedPlanFileActions(text: string): Action[] | null {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return null;
  }
  if (!isRawObject(raw) || raw['version'] !== PLAN_FILE_VERSION) return null;
  const actions = raw['actions'];
  if (!areCanonicalActions(actions)) return null;
  // Canonical allows -0 in hours and KPI targets; parsePlanFile reads it as 0.
  for (const action of actions) {
    if (Object.is(action.hours, -0)) return null;
    for (const kpi of action.kpis) if (Object.is(kpi.target, -0)) return null;
  }
  return actions;
}
