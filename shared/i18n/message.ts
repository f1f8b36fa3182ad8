/**
 * Messages as data (melding): every user-visible text that `shared/` produces — a refused
 * edit, a refused plan file or workbook, an amount that cannot be read — is a `Message`:
 * a catalogue key (`code`, a dotted path into `catalogues`), its parameters, and where it
 * points. The renderer turns it into words through i18next (`renderer/src/ui/messages.ts`),
 * the CLI and the kontroll through `renderMessage` below; both read the same catalogues,
 * so a code without a text in nb or en is a failing test, not a blank on screen.
 */
import { catalogues, type Catalogue } from './index';

/** Languages the catalogues have (språk). */
export type MessageLanguage = 'nb' | 'en';

/** One parameter of a message: a value, or another message rendered in the same language. */
export type MessageParam = string | number | Message;

/** Values for a message template (`{{name}}` in the catalogue). */
export type MessageParams = Record<string, MessageParam>;

/**
 * Where a message points (plassering): a cell of a workbook, a spot in a plan file, a
 * field of a form. Every part is optional; the renderer names those that are there.
 */
export interface MessageLocation {
  /** Sheet name as it stands in the workbook (ark). */
  sheet?: string;
  /** 1-based row in a sheet (rad). */
  row?: number;
  /** Column letter in a sheet, e.g. «C» (kolonne). */
  column?: string;
  /** A field as a catalogue key, e.g. `fields.title` (shared/i18n/fields.ts) — never an internal key. */
  field?: string;
  /** Path inside a plan file as the user reads it, e.g. «plans[0].actions[3].cost». */
  path?: string;
  /** 1-based line and column in a text file (linje, tegn). */
  line?: number;
  col?: number;
}

/** A user-visible message as data: catalogue key + params + where (melding). */
export interface Message {
  /** Dotted catalogue key, e.g. `edits.planAdopted`, `input.kroner.negative`. */
  code: string;
  params?: MessageParams;
  where?: MessageLocation;
}

/** Creates a message (melding). */
export function msg(code: string, params?: MessageParams, where?: MessageLocation): Message {
  const m: Message = { code };
  if (params && Object.keys(params).length > 0) m.params = params;
  if (where) m.where = where;
  return m;
}

/**
 * An error that carries a message (avvisning): thrown by shared code that refuses, caught
 * by the UI or the CLI and rendered. `error.message` is the code, for logs only.
 */
export class MessageError extends Error {
  /** What to tell the user. */
  readonly detail: Message;

  constructor(detail: Message) {
    super(detail.code);
    this.name = 'MessageError';
    this.detail = detail;
  }
}

/** True when `e` carries a message. */
export function isMessageError(e: unknown): e is MessageError {
  return e instanceof MessageError;
}

/** True when `value` has the shape of a message. */
export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { code?: unknown }).code === 'string';
}

const NUMBER_FORMATS: Record<MessageLanguage, Intl.NumberFormat> = {
  nb: new Intl.NumberFormat('nb-NO'),
  en: new Intl.NumberFormat('en-GB'),
};

/**
 * A whole-number formatter that gives exactly what Intl gives, about ten times faster (the
 * kontroll formats tens of thousands of amounts for a big plan). The group separator and
 * minus sign are read from Intl itself; if a probe disagrees, Intl is used for everything.
 */
function fastIntegerFormat(intl: Intl.NumberFormat): (value: number) => string {
  const parts = intl.formatToParts(-1234567);
  const group = parts.find((p) => p.type === 'group')?.value ?? ',';
  const minus = parts.find((p) => p.type === 'minusSign')?.value ?? '-';
  const fast = (value: number): string => {
    const digits = String(Math.abs(value));
    const grouped = digits.length > 3 ? digits.replace(/\B(?=(\d{3})+$)/g, group) : digits;
    return value < 0 ? minus + grouped : grouped;
  };
  const probes = [0, 7, -7, 999, 1234, -1234, 12345, 150000, -1150000, 123456789012];
  const agrees = probes.every((p) => fast(p) === intl.format(p));
  return (value) =>
    agrees && Number.isSafeInteger(value) && Math.abs(value) < 1e15 ? fast(value) : intl.format(value);
}

const FORMAT_NUMBER: Record<MessageLanguage, (value: number) => string> = {
  nb: fastIntegerFormat(NUMBER_FORMATS.nb),
  en: fastIntegerFormat(NUMBER_FORMATS.en),
};

/** Formats a number in a message the way `{{x, number}}` does (tallformat). */
export function formatMessageNumber(value: number, language: MessageLanguage): string {
  return FORMAT_NUMBER[language](value);
}

/** The time-of-day formats, made on first use (nothing to build at start-up). */
const TIMES = new Map<MessageLanguage, Intl.DateTimeFormat>();

function timeFormat(language: MessageLanguage): Intl.DateTimeFormat {
  let format = TIMES.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'nb-NO', { timeStyle: 'short' });
    TIMES.set(language, format);
  }
  return format;
}

/** An ISO timestamp as the app writes them (`2026-11-30T12:00:00.000Z`); a date alone or other text is not one. */
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * Formats an ISO timestamp in a message the way `{{x, timestamp}}` does (tidspunkt): the
 * local date as `formatDate` writes it and the time, «30.11.2026, 13:00» / «2026-11-30,
 * 13:00»; '' when the value is no ISO timestamp.
 */
export function formatMessageTimestamp(iso: string, language: MessageLanguage): string {
  if (!ISO_TIMESTAMP.test(iso)) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const yyyy = String(date.getFullYear()).padStart(4, '0');
  const mm = String(date.getMonth() + 1).padStart(2, '0');
  const dd = String(date.getDate()).padStart(2, '0');
  const day = language === 'en' ? `${yyyy}-${mm}-${dd}` : `${dd}.${mm}.${yyyy}`;
  return `${day}, ${timeFormat(language).format(date)}`;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*(?:,\s*([A-Za-z]+)\s*)?\}\}/g;

/** How a placeholder formats its value: `{{x, number}}`, `{{x, timestamp}}`, or as it is. */
type PlaceholderFormat = 'number' | 'timestamp' | null;

/** A template split once into text and placeholders. */
type CompiledTemplate = Array<string | { key: string; format: PlaceholderFormat }>;

const compiled = new Map<string, CompiledTemplate>();

function compile(template: string): CompiledTemplate {
  let parts = compiled.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    parts.push({ key: m[1] ?? '', format: m[2] === 'number' || m[2] === 'timestamp' ? m[2] : null });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  compiled.set(template, parts);
  return parts;
}

/**
 * Fills a template the way i18next does for `{{key}}` and `{{key, number}}` (meldingsmal).
 * `number` formats with the language's grouping, so a whole-krone amount in nb reads
 * exactly like `formatKroner` without its «kr»; `timestamp` writes an ISO timestamp as a
 * local date and time (`formatMessageTimestamp`; the renderer's i18next has the same
 * formatter), other text as it is. A param that is a message is rendered in
 * the same language. A missing key throws: a template and its params are written together
 * and must agree.
 */
export function interpolate(template: string, params: MessageParams, language: MessageLanguage = 'nb'): string {
  let out = '';
  for (const part of compile(template)) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = params[part.key];
    if (value === undefined) throw new Error(`Missing value for {{${part.key}}} in a message template`);
    if (typeof value === 'object') out += renderMessage(value, language);
    else if (part.format === 'number' && typeof value === 'number') out += FORMAT_NUMBER[language](value);
    else if (part.format === 'timestamp' && typeof value === 'string') out += formatMessageTimestamp(value, language) || value;
    else out += String(value);
  }
  return out;
}

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: string | Catalogue | undefined = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

const PLURALS: Record<MessageLanguage, Intl.PluralRules> = {
  nb: new Intl.PluralRules('nb-NO'),
  en: new Intl.PluralRules('en-GB'),
};

/**
 * The template for a code in a language, or undefined. With a numeric `count`, the plural
 * form `code_one` / `code_other` is preferred, as i18next does.
 */
export function messageTemplate(code: string, language: MessageLanguage, count?: number): string | undefined {
  const catalogue = catalogues[language];
  if (typeof count === 'number') {
    const plural = lookup(catalogue, `${code}_${PLURALS[language].select(count)}`);
    if (plural !== undefined) return plural;
    const other = lookup(catalogue, `${code}_other`);
    if (other !== undefined) return other;
  }
  return lookup(catalogue, code);
}

/** True when the code has a text (or plural forms) in the language. */
export function hasMessageText(code: string, language: MessageLanguage): boolean {
  return messageTemplate(code, language) !== undefined || messageTemplate(code, language, 2) !== undefined;
}

/**
 * Renders where a message points, e.g. «Tiltak, rad 5, kolonne C» or «linje 3, tegn 14»
 * (plassering), from the `message.where.*` templates; empty when there is nothing to say.
 */
export function renderLocation(where: MessageLocation | undefined, language: MessageLanguage = 'nb'): string {
  if (!where) return '';
  const parts: string[] = [];
  const t = (key: string, params: MessageParams): string => interpolate(messageTemplate(`message.where.${key}`, language) ?? '', params, language);
  if (where.sheet !== undefined) parts.push(t('sheet', { sheet: where.sheet }));
  if (where.row !== undefined) parts.push(t('row', { row: where.row }));
  if (where.column !== undefined) parts.push(t('column', { column: where.column }));
  if (where.line !== undefined) parts.push(where.col !== undefined ? t('lineCol', { line: where.line, col: where.col }) : t('line', { line: where.line }));
  if (where.path !== undefined) parts.push(t('path', { path: where.path }));
  if (where.field !== undefined) {
    const field = messageTemplate(where.field, language);
    if (field !== undefined) parts.push(t('field', { field }));
  }
  return parts.join(', ');
}

/**
 * Renders a message in a language (the CLI, the kontroll's own `message`, tests of the
 * wording). Unknown codes throw: every code has a text, and a test proves it.
 * With `withLocation`, the location comes first: «Tiltak, rad 5, kolonne C: …».
 */
export function renderMessage(message: Message, language: MessageLanguage = 'nb', withLocation = false): string {
  const params = message.params ?? {};
  const count = typeof params.count === 'number' ? params.count : undefined;
  const template = messageTemplate(message.code, language, count);
  if (template === undefined) throw new Error(`No text for message code ${message.code} (${language})`);
  const text = interpolate(template, params, language);
  if (!withLocation) return text;
  const where = renderLocation(message.where, language);
  return where ? `${where}: ${text}` : text;
}
