/**
 * Builds findings (funn) with their Norwegian message from the same catalogue templates
 * the UI uses for other languages (shared/i18n/findings.ts), so message and params agree.
 */
import type { Action, Finding, FindingEntity, Severity } from '../domain/entities';
import { findings as catalogue } from '../i18n/findings';
import type { FindingCode } from './types';

/** Values for a message template. */
export type MessageParams = Record<string, string | number>;

/** Languages the catalogue has. */
export type MessageLanguage = 'nb' | 'en';

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

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*(?:,\s*([A-Za-z]+)\s*)?\}\}/g;

/** A template split once into text and placeholders. */
type CompiledTemplate = Array<string | { key: string; isNumber: boolean }>;

const compiled = new Map<string, CompiledTemplate>();

function compile(template: string): CompiledTemplate {
  let parts = compiled.get(template);
  if (parts) return parts;
  parts = [];
  let last = 0;
  for (const m of template.matchAll(PLACEHOLDER)) {
    if (m.index > last) parts.push(template.slice(last, m.index));
    parts.push({ key: m[1] ?? '', isNumber: m[2] === 'number' });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  compiled.set(template, parts);
  return parts;
}

/**
 * Fills a template the way i18next does for `{{key}}` and `{{key, number}}` (meldingsmal).
 * `number` formats with the language's grouping, so a whole-krone amount in nb reads
 * exactly like `formatKroner` without its «kr». A missing key throws: a template and its
 * params are written together and must agree.
 */
export function interpolate(template: string, params: MessageParams, language: MessageLanguage = 'nb'): string {
  let out = '';
  for (const part of compile(template)) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value = params[part.key];
    if (value === undefined) throw new Error(`Mangler verdi for {{${part.key}}} i meldingsmalen`);
    out += part.isNumber && typeof value === 'number' ? FORMAT_NUMBER[language](value) : String(value);
  }
  return out;
}

/** The template of a finding code in a language. */
export function findingTemplate(code: FindingCode, language: MessageLanguage = 'nb'): string {
  return catalogue[language][code];
}

/** Renders a finding's message in a language from its code and params (funnmelding). */
export function renderFinding(finding: Pick<Finding, 'code' | 'params'>, language: MessageLanguage = 'nb'): string {
  const template = (catalogue[language] as Record<string, unknown>)[finding.code];
  if (typeof template !== 'string') throw new Error(`Ukjent funnkode: ${finding.code}`);
  return interpolate(template, finding.params, language);
}

/** Creates a finding whose Norwegian message comes from the catalogue (funn). */
export function makeFinding(
  severity: Severity,
  code: FindingCode,
  entity: FindingEntity,
  params: MessageParams,
  amount?: number,
): Finding {
  const message = interpolate(findingTemplate(code), params);
  return amount === undefined
    ? { severity, code, message, entity, params }
    : { severity, code, message, entity, params, amount };
}

/** What a finding about a tiltak points at: its id and «Nr». */
export function actionEntity(action: Action): FindingEntity {
  return { kind: 'action', id: action.id, number: action.number };
}

/**
 * Creates a finding about a tiltak (funn på tiltak): the entity points at it, and the
 * params name it («Tiltak {{number}} «{{title}}»») besides the rule's own values.
 */
export function actionFinding(
  severity: Severity,
  code: FindingCode,
  action: Action,
  extra?: MessageParams,
  amount?: number,
): Finding {
  const params: MessageParams = { number: action.number, title: action.title };
  if (extra) Object.assign(params, extra);
  return makeFinding(severity, code, actionEntity(action), params, amount);
}

/** Name of the group of tiltak without a focus area (tverrgående prosjekter og uten satsing). */
export function unlinkedGroupName(language: MessageLanguage = 'nb'): string {
  return catalogue[language].group.unlinked;
}
