/**
 * The plan file (plan-fil): versioned JSON holding one strategy with its plans and tiltak,
 * for open/save, sharing and backups (PRODUCT.md §7).
 *
 * Opening is defensive, in this order, and the first failing step ends it: size (counted
 * on the string, before any parsing), JSON syntax (with line and column), dangerous keys
 * (`__proto__`, `constructor`, `prototype` anywhere), `format`, `version` (newer →
 * refused, older → migrated), the zod schema (issues mapped to Norwegian paths that name
 * the tiltak or plan), and referential integrity. A bad file gives errors and no document.
 */
import type { z } from 'zod';
import { MAX_PLAN_FILE_BYTES } from '../ipc/api';
import type { PlanDocument } from './document';
import { PLAN_FILE_FORMAT, PLAN_FILE_VERSION, planDocumentSchema } from './document';
import { renderMessage } from '../i18n/message';
import { scanJsonNumbers, withoutNegativeZero } from './json-numbers';
import { isRawObject, migratePlanFile } from './migrations';

/** The application name written in every plan file. */
export const PLAN_FILE_APP = 'Handlingsrom';

/** Most errors reported for one file; the rest are summed up in one line. */
export const MAX_PLAN_FILE_ERRORS = 100;

/** Feil i plan-fil: where (`actions[3].cost`; empty for the whole file) and what, in Norwegian. */
export interface PlanFileError {
  /** Path in the file's JSON, e.g. `actions[3].funding[0].amount`; '' for the whole file. */
  path: string;
  /** Norwegian message that says what is wrong and where. */
  message: string;
}

/** Result of `parsePlanFile`. */
export type ParsePlanFileResult =
  | { ok: true; doc: PlanDocument; migratedFrom: number | null }
  | { ok: false; errors: PlanFileError[] };

/**
 * Lagre plan-fil: the document as pretty-printed JSON in the current file format.
 * `savedAt` is an ISO timestamp supplied by the caller (shared/ has no clock).
 */
export function serializePlanFile(doc: PlanDocument, savedAt: string): string {
  return `${JSON.stringify(
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
  )}\n`;
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
  return {
    path: '',
    message: `Filen er for stor (${isAtLeast ? 'minst ' : ''}${mb} MB). Handlingsrom åpner plan-filer på høyst ${limit} MB.`,
  };
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
// JSON syntax

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/** End of the string literal starting at `start` (a quote), or -(error offset) - 1. */
function scanString(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -i - 1;
    if (c === 0x5c) {
      const e = text[i + 1];
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return -(i + 1) - 1;
        i += 6;
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
      else return -(i + 1) - 1;
    } else i += 1;
  }
  return -text.length - 1;
}

/**
 * Offset of the first JSON syntax error (text.length when the text ends too early), or
 * null when the text is valid JSON. Iterative, so deep nesting cannot overflow the stack.
 * Used only after JSON.parse failed, to say where; engines word their errors differently.
 */
export function findJsonErrorOffset(text: string): number | null {
  let i = 0;
  const stack: ('o' | 'a')[] = [];
  const skipWs = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] ?? '')) i += 1;
  };
  const scanKey = (): boolean => {
    skipWs();
    if (text[i] !== '"') return false;
    const end = scanString(text, i);
    if (end < 0) {
      i = -end - 1;
      return false;
    }
    i = end;
    skipWs();
    if (text[i] !== ':') return false;
    i += 1;
    return true;
  };
  for (;;) {
    // Expect a value.
    skipWs();
    const c = text[i];
    if (c === '{') {
      i += 1;
      skipWs();
      if (text[i] === '}') i += 1;
      else {
        stack.push('o');
        if (!scanKey()) return i;
        continue;
      }
    } else if (c === '[') {
      i += 1;
      skipWs();
      if (text[i] === ']') i += 1;
      else {
        stack.push('a');
        continue;
      }
    } else if (c === '"') {
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      i = end;
    } else if (c === 't' || c === 'f' || c === 'n') {
      const word = c === 't' ? 'true' : c === 'f' ? 'false' : 'null';
      for (let k = 0; k < word.length; k += 1) {
        if (text[i + k] !== word[k]) return i + k;
      }
      i += word.length;
    } else {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (m === null) return i;
      i += m[0].length;
    }
    // After a value: close containers or move to the next element.
    for (;;) {
      skipWs();
      const top = stack[stack.length - 1];
      if (top === undefined) return i === text.length ? null : i;
      const d = text[i];
      if ((top === 'o' && d === '}') || (top === 'a' && d === ']')) {
        stack.pop();
        i += 1;
        continue;
      }
      if (d !== ',') return i;
      i += 1;
      if (top === 'o' && !scanKey()) return i;
      break;
    }
  }
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line += 1;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function syntaxError(text: string): PlanFileError {
  if (text.trim() === '') return { path: '', message: 'Filen er tom.' };
  const offset = findJsonErrorOffset(text);
  if (offset === null) return { path: '', message: 'Filen er ikke gyldig JSON.' };
  const { line, column } = lineAndColumn(text, offset);
  if (offset >= text.length) {
    return {
      path: '',
      message: `Filen slutter for tidlig (linje ${line}, kolonne ${column}) – den er trolig avkortet eller skadet.`,
    };
  }
  return {
    path: '',
    message: `Filen er ikke gyldig JSON: feil på linje ${line}, kolonne ${column}. Den kan være skadet eller redigert for hånd.`,
  };
}

// ---------------------------------------------------------------------------------------
// Dangerous keys

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Paths of keys that could pollute a prototype when the data is later merged or spread.
 * JSON.parse makes them plain own properties, so finding them here is safe; refusing the
 * file keeps them away from all later code.
 */
function findForbiddenKeys(root: unknown): { path: string; key: string }[] {
  const found: { path: string; key: string }[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: root, path: '' }];
  while (stack.length > 0 && found.length < 10) {
    const item = stack.pop();
    if (item === undefined) break;
    const { value, path } = item;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        const child: unknown = value[i];
        if (typeof child === 'object' && child !== null) stack.push({ value: child, path: `${path}[${i}]` });
      }
    } else if (isRawObject(value)) {
      for (const key of Object.keys(value)) {
        const childPath = path === '' ? key : `${path}.${key}`;
        if (FORBIDDEN_KEYS.has(key)) {
          found.push({ path: childPath, key });
          continue;
        }
        const child: unknown = value[key];
        if (typeof child === 'object' && child !== null) stack.push({ value: child, path: childPath });
      }
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------
// Schema issues → Norwegian

const TYPE_NAMES: Readonly<Record<string, string>> = {
  string: 'tekst',
  number: 'tall',
  int: 'heltall',
  boolean: 'sann/usann',
  array: 'liste',
  object: 'objekt',
  null: 'tom verdi (null)',
};

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'liste';
  if (typeof value === 'string') return `tekst «${value.length > 40 ? `${value.slice(0, 40)}…` : value}»`;
  if (typeof value === 'number') return `tallet ${value}`;
  return TYPE_NAMES[typeof value] ?? typeof value;
}

/** Per-parse error map: Norwegian text for every issue a schema does not word itself. */
const norwegianErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'Mangler';
      if (issue.expected === 'int') return 'Må være et heltall';
      return `Feil type: forventet ${TYPE_NAMES[issue.expected] ?? issue.expected}, fant ${describeValue(issue.input)}`;
    case 'invalid_value': {
      const allowed = issue.values.map((v) => String(v)).join(', ');
      return `Ugyldig verdi${typeof issue.input === 'string' || typeof issue.input === 'number' ? ` «${String(issue.input).slice(0, 40)}»` : ''} (tillatt: ${allowed})`;
    }
    case 'invalid_union':
      if (issue.input === undefined) return 'Mangler';
      return `Ugyldig verdi (${describeValue(issue.input)})`;
    case 'too_big':
      if (issue.origin === 'array') return `For mange elementer (høyst ${String(issue.maximum)})`;
      if (issue.origin === 'string') return `Teksten er for lang (høyst ${String(issue.maximum)} tegn)`;
      return `Verdien er for stor (høyst ${String(issue.maximum)})`;
    case 'too_small':
      if (issue.origin === 'array') return `For få elementer (minst ${String(issue.minimum)})`;
      if (issue.origin === 'string') return 'Må fylles ut';
      return `Verdien er for liten (minst ${String(issue.minimum)})`;
    case 'invalid_key':
      return 'Ugyldig nøkkel';
    case 'invalid_format':
      return 'Ugyldig format';
    default:
      return 'Ugyldig verdi';
  }
};

const FIELD_NAMES: Readonly<Record<string, string>> = {
  id: 'id',
  name: 'navn',
  organisation: 'organisasjon',
  periodFrom: 'periode fra',
  periodTo: 'periode til',
  vision: 'visjon',
  overallGoal: 'overordnet mål',
  purpose: 'formål',
  mission: 'oppdrag',
  notes: 'notater',
  templateId: 'mal',
  text: 'tekst',
  description: 'beskrivelse',
  kind: 'type',
  category: 'kategori',
  roles: 'roller',
  values: 'verdier',
  challenges: 'utfordringer',
  guidingStrategies: 'overordnede strategier',
  focusAreas: 'innsatsområder',
  subGoals: 'delmål',
  initiatives: 'satsinger',
  crossCuttingProjects: 'tverrgående prosjekter',
  actors: 'aktører',
  partnerRegions: 'samarbeidsregioner',
  focusAreaId: 'innsatsområde',
  focusAreaIds: 'innsatsområder',
  guidingStrategyIds: 'overordnede strategier',
  strategyId: 'strategi',
  planId: 'handlingsplan',
  number: 'nr',
  title: 'tittel',
  initiativeIds: 'satsinger',
  crossCuttingProjectId: 'tverrgående prosjekt',
  owner: 'ansvarlig',
  partnerIds: 'samarbeidspartnere',
  cost: 'kostnad',
  funding: 'finansiering',
  hours: 'timeverk',
  start: 'start',
  deadline: 'frist',
  kpis: 'KPI-er',
  priority: 'prioritet',
  status: 'status',
  carriedFromId: 'videreført fra',
  lineageId: 'historikk',
  source: 'kilde',
  actorId: 'aktør',
  amount: 'beløp',
  indicator: 'indikator',
  target: 'målverdi',
  unit: 'enhet',
  year: 'år',
  adoptedDate: 'vedtatt dato',
  frame: 'økonomiske rammer',
  ownFunds: 'egne midler',
  capacityHours: 'kapasitet (timer)',
  targetShares: 'målandeler',
  scenarios: 'scenarier',
  changes: 'endringer',
  addedActions: 'tiltak bare i scenariet',
  excluded: 'utelatt',
  postponed: 'utsatt',
  basisCost: 'kostnad i basis',
  basisFunding: 'finansiering i basis',
  createdAt: 'opprettet',
  strategy: 'strategien',
  plans: 'handlingsplaner',
  actions: 'tiltak',
};

/** Singular entity name of an element of a list, by the list's key. */
const ELEMENT_NAMES: Readonly<Record<string, string>> = {
  roles: 'rolle',
  values: 'verdi',
  challenges: 'utfordring',
  guidingStrategies: 'overordnet strategi',
  focusAreas: 'innsatsområde',
  subGoals: 'delmål',
  initiatives: 'satsing',
  crossCuttingProjects: 'tverrgående prosjekt',
  actors: 'aktør',
  partnerRegions: 'samarbeidsregion',
  funding: 'finansieringslinje',
  basisFunding: 'finansieringslinje i basis',
  kpis: 'KPI',
  scenarios: 'scenario',
  changes: 'endring',
  addedActions: 'tiltak',
};

function at(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const seg of path) {
    if (Array.isArray(v) && typeof seg === 'number') v = v[seg];
    else if (isRawObject(v) && typeof seg === 'string' && Object.hasOwn(v, seg)) v = v[seg];
    else return undefined;
  }
  return v;
}

function quoted(value: unknown): string {
  if (typeof value !== 'string' || value.trim() === '') return '';
  const s = value.trim();
  return ` «${s.length > 60 ? `${s.slice(0, 60)}…` : s}»`;
}

function planLabel(root: unknown, index: number): string {
  const year = at(root, ['plans', index, 'year']);
  return typeof year === 'number' && Number.isInteger(year) ? `Handlingsplan ${year}` : `Handlingsplan ${index + 1} i filen`;
}

function actionLabel(root: unknown, action: unknown, index: number): string {
  const number = at(action, ['number']);
  const planId = at(action, ['planId']);
  const plans = at(root, ['plans']);
  let year: unknown;
  if (Array.isArray(plans)) year = at(plans.find((p) => at(p, ['id']) === planId), ['year']);
  const inPlan = typeof year === 'number' ? ` (handlingsplan ${year})` : '';
  if (typeof number === 'string' && number.trim() !== '') return `Tiltak nr ${number.trim().slice(0, 20)}${inPlan}`;
  return `Tiltak ${index + 1} i filen${inPlan}`;
}

/** `actions[3].funding[0].amount` */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}

/**
 * Norwegian description of where `path` points, naming the entity: «Tiltak nr 17
 * (handlingsplan 2025), finansieringslinje 2, beløp».
 */
export function describePlanFilePath(root: unknown, path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let rest = path;
  const [head, index] = path;
  if (head === 'actions' && typeof index === 'number') {
    parts.push(actionLabel(root, at(root, ['actions', index]), index));
    rest = path.slice(2);
  } else if (head === 'plans' && typeof index === 'number') {
    parts.push(planLabel(root, index));
    rest = path.slice(2);
  } else if (head === 'strategy') {
    parts.push('Strategien');
    rest = path.slice(1);
  }
  let node: unknown = at(root, path.slice(0, path.length - rest.length));
  for (let k = 0; k < rest.length; k += 1) {
    const seg = rest[k];
    const next = rest[k + 1];
    if (seg === undefined) break;
    if (typeof seg === 'string' && typeof next === 'number' && ELEMENT_NAMES[seg] !== undefined) {
      const element = at(node, [seg, next]);
      const name = at(element, ['name']) ?? at(element, ['title']) ?? at(element, ['indicator']);
      parts.push(`${ELEMENT_NAMES[seg]} ${next + 1}${quoted(name)}`);
      node = element;
      k += 1;
    } else if (typeof seg === 'number') {
      parts.push(`element ${seg + 1}`);
      node = at(node, [seg]);
    } else {
      const key = String(seg);
      parts.push(Object.hasOwn(FIELD_NAMES, key) ? (FIELD_NAMES[key] ?? key) : `«${key.slice(0, 64)}»`);
      node = at(node, [seg]);
    }
  }
  if (parts.length === 0) return 'Filen';
  const text = parts.join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------
// Referential integrity

function integrityErrors(doc: PlanDocument): PlanFileError[] {
  const errors: PlanFileError[] = [];
  const { strategy, plans, actions } = doc;
  const add = (path: readonly PropertyKey[], what: string) =>
    errors.push({ path: formatPath(path), message: `${describePlanFilePath(doc, path)}: ${what}` });

  const uniqueIds = (list: readonly { id: string }[], path: readonly PropertyKey[], noun: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) add([...path, i, 'id'], `Id «${item.id}» er brukt av flere ${noun}`);
      seen.add(item.id);
    });
    return seen;
  };
  const focusAreaIds = uniqueIds(strategy.focusAreas, ['strategy', 'focusAreas'], 'innsatsområder');
  const initiativeIds = uniqueIds(strategy.initiatives, ['strategy', 'initiatives'], 'satsinger');
  const guidingIds = uniqueIds(strategy.guidingStrategies, ['strategy', 'guidingStrategies'], 'overordnede strategier');
  const projectIds = uniqueIds(strategy.crossCuttingProjects, ['strategy', 'crossCuttingProjects'], 'tverrgående prosjekter');
  const actorIds = uniqueIds(strategy.actors, ['strategy', 'actors'], 'aktører');
  const planIds = uniqueIds(plans, ['plans'], 'handlingsplaner');
  uniqueIds(actions, ['actions'], 'tiltak');

  const missing = (ids: ReadonlySet<string>, list: readonly string[], path: readonly PropertyKey[], noun: string) => {
    list.forEach((id, i) => {
      if (!ids.has(id)) add([...path, i], `${noun} «${id}» finnes ikke i strategien`);
    });
  };

  strategy.initiatives.forEach((initiative, i) => {
    const path = ['strategy', 'initiatives', i];
    if (!focusAreaIds.has(initiative.focusAreaId)) {
      add([...path, 'focusAreaId'], `innsatsområdet «${initiative.focusAreaId}» finnes ikke i strategien`);
    }
    missing(guidingIds, initiative.guidingStrategyIds, [...path, 'guidingStrategyIds'], 'Den overordnede strategien');
  });
  strategy.crossCuttingProjects.forEach((project, i) => {
    missing(focusAreaIds, project.focusAreaIds, ['strategy', 'crossCuttingProjects', i, 'focusAreaIds'], 'Innsatsområdet');
  });

  const years = new Set<number>();
  plans.forEach((plan, i) => {
    if (plan.strategyId !== strategy.id) {
      add(['plans', i, 'strategyId'], `hører til en annen strategi («${plan.strategyId}»)`);
    }
    if (plan.year < strategy.periodFrom || plan.year > strategy.periodTo) {
      add(['plans', i, 'year'], `året ligger utenfor strategiperioden ${strategy.periodFrom}–${strategy.periodTo}`);
    }
    if (years.has(plan.year)) add(['plans', i, 'year'], `det finnes flere handlingsplaner for ${plan.year}`);
    years.add(plan.year);
    for (const key of Object.keys(plan.frame.targetShares)) {
      if (!focusAreaIds.has(key)) {
        add(['plans', i, 'frame', 'targetShares', key], `innsatsområdet «${key}» finnes ikke i strategien`);
      }
    }
  });

  const numbersByPlan = new Map<string, Set<string>>();
  actions.forEach((action, i) => {
    const path = ['actions', i];
    if (!planIds.has(action.planId)) {
      add([...path, 'planId'], `handlingsplanen «${action.planId}» finnes ikke i filen`);
    } else {
      const numbers = numbersByPlan.get(action.planId) ?? new Set<string>();
      const number = action.number.trim();
      if (numbers.has(number)) add([...path, 'number'], `nr ${number} er brukt av flere tiltak i samme handlingsplan`);
      numbers.add(number);
      numbersByPlan.set(action.planId, numbers);
    }
    missing(initiativeIds, action.initiativeIds, [...path, 'initiativeIds'], 'Satsingen');
    if (action.crossCuttingProjectId !== null && !projectIds.has(action.crossCuttingProjectId)) {
      add([...path, 'crossCuttingProjectId'], `det tverrgående prosjektet «${action.crossCuttingProjectId}» finnes ikke i strategien`);
    }
    missing(guidingIds, action.guidingStrategyIds, [...path, 'guidingStrategyIds'], 'Den overordnede strategien');
    missing(actorIds, action.partnerIds, [...path, 'partnerIds'], 'Aktøren');
    action.funding.forEach((line, j) => {
      if (line.actorId !== null && !actorIds.has(line.actorId)) {
        add([...path, 'funding', j, 'actorId'], `aktøren «${line.actorId}» finnes ikke i aktørregisteret`);
      }
    });
  });
  return errors;
}

// ---------------------------------------------------------------------------------------
// Open

function capped(errors: PlanFileError[]): PlanFileError[] {
  if (errors.length <= MAX_PLAN_FILE_ERRORS) return errors;
  const shown = errors.slice(0, MAX_PLAN_FILE_ERRORS);
  shown.push({ path: '', message: `… og ${errors.length - MAX_PLAN_FILE_ERRORS} feil til.` });
  return shown;
}

const fail = (message: string, path = ''): ParsePlanFileResult => ({ ok: false, errors: [{ path, message }] });

/**
 * Åpne plan-fil: checks and reads a plan file's text. On success the document (migrated
 * to the current version; `migratedFrom` says from which, or null); otherwise every error
 * found, each with its path and a Norwegian message — and no document.
 */
export function parsePlanFile(text: string): ParsePlanFileResult {
  const tooLarge = checkSize(text);
  if (tooLarge) return { ok: false, errors: [tooLarge] };

  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return { ok: false, errors: [syntaxError(body)] };
  }
  // JSON.parse reads 1e-400 as 0 and 1e400 as Infinity without a word: refuse; -0 is 0.
  const numbers = scanJsonNumbers(body);
  if (numbers.notExact) return fail(renderMessage(numbers.notExact, 'nb'));
  if (numbers.negativeZero) raw = JSON.parse(body, withoutNegativeZero);

  const forbidden = findForbiddenKeys(raw);
  if (forbidden.length > 0) {
    return {
      ok: false,
      errors: forbidden.map(({ path, key }) => ({
        path,
        message: `Filen inneholder den ulovlige nøkkelen «${key}» (${path}) og blir ikke åpnet.`,
      })),
    };
  }

  if (!isRawObject(raw)) return fail('Filen er ikke en plan-fil fra Handlingsrom (forventet et JSON-objekt).');
  const format = raw['format'];
  if (format === undefined) return fail('Filen er ikke en plan-fil fra Handlingsrom (feltet «format» mangler).', 'format');
  if (format !== PLAN_FILE_FORMAT) {
    const shown = typeof format === 'string' ? `«${format.slice(0, 60)}»` : describeValue(format);
    return fail(`Ukjent filformat ${shown}: dette er ikke en plan-fil fra Handlingsrom.`, 'format');
  }

  const migrated = migratePlanFile(raw);
  if (!migrated.ok) return fail(migrated.message, 'version');
  const current = migrated.value;

  const parsed = planDocumentSchema.safeParse(
    { strategy: current['strategy'], plans: current['plans'], actions: current['actions'] },
    { error: norwegianErrors },
  );
  if (!parsed.success) {
    return {
      ok: false,
      errors: capped(
        parsed.error.issues.map((issue) => ({
          path: formatPath(issue.path),
          message: `${describePlanFilePath(current, issue.path)}: ${issue.message}`,
        })),
      ),
    };
  }

  const broken = integrityErrors(parsed.data);
  if (broken.length > 0) return { ok: false, errors: capped(broken) };
  return { ok: true, doc: parsed.data, migratedFrom: migrated.migratedFrom };
}
