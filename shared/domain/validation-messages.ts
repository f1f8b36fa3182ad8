/**
 * Validation messages (valideringsmeldinger): the one place where a zod issue becomes a
 * `Message` — a code from the `validation` catalogue with its bounds as params, and the
 * field it concerns as a catalogue key (`fields.title`), never the internal key. Schemas
 * that need their own wording set `error` to a `validation.*` code; every other issue is
 * named by its kind. The value that failed is never put in the message: it can be
 * anything (a huge string, an object), and the field and the rule say enough.
 */
import type { z } from 'zod';
import { fields } from '../i18n/fields';
import { isMessage, msg, type Message, type MessageLocation, type MessageParams } from '../i18n/message';

/** Prefix of the codes a schema may set as its own `error` (feilkode i skjema). */
export const VALIDATION_CODE_PREFIX = 'validation.';

/** Codes `zodIssueToMessage` can return for issues without a code of their own. */
export const VALIDATION_CODES = [
  'validation.missing',
  'validation.notInteger',
  'validation.wrongType',
  'validation.notAllowed',
  'validation.invalid',
  'validation.tooLong',
  'validation.tooMany',
  'validation.tooLarge',
  'validation.required',
  'validation.tooShort',
  'validation.tooFew',
  'validation.tooSmall',
  'validation.badFormat',
  'validation.badKey',
] as const;

const FIELD_KEYS: ReadonlySet<string> = new Set(Object.keys(fields.nb));

/** The catalogue key naming a property (feltnavn), e.g. `fields.title`, or undefined. */
export function fieldKey(property: PropertyKey | undefined): string | undefined {
  return typeof property === 'string' && FIELD_KEYS.has(property) ? `fields.${property}` : undefined;
}

/**
 * The field of an issue path: its last property that the catalogue names (a record key
 * such as an id in `targetShares.<id>` is passed over for the record's own name).
 */
export function fieldOfPath(path: readonly PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const key = fieldKey(path[i]);
    if (key !== undefined) return key;
  }
  return undefined;
}

function bound(value: unknown): number | string {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  return '';
}

function paramsOf(issue: z.core.$ZodIssue): MessageParams {
  if (issue.code === 'too_big') return { max: bound(issue.maximum) };
  if (issue.code === 'too_small') return { min: bound(issue.minimum) };
  return {};
}

function codeOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return 'validation.notInteger';
      // zod reports a missing value as a wrong type; no value at all is «missing». The
      // input is there when the parse asked for it (reportInput), else zod's text says so.
      return ('input' in issue ? issue.input === undefined : issue.message.includes('received undefined'))
        ? 'validation.missing'
        : 'validation.wrongType';
    case 'invalid_value':
      return 'validation.notAllowed';
    case 'too_big':
      if (issue.origin === 'string') return 'validation.tooLong';
      if (issue.origin === 'array' || issue.origin === 'set') return 'validation.tooMany';
      return 'validation.tooLarge';
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'validation.required' : 'validation.tooShort';
      if (issue.origin === 'array' || issue.origin === 'set') return 'validation.tooFew';
      return 'validation.tooSmall';
    case 'invalid_format':
      return 'validation.badFormat';
    case 'invalid_key':
    case 'unrecognized_keys':
      return 'validation.badKey';
    default:
      return 'validation.invalid';
  }
}

/**
 * A zod issue as a message (valideringsfeil): the schema's own `validation.*` code when it
 * set one, else a code for the kind of issue; `where.field` names the field.
 */
export function zodIssueToMessage(issue: z.core.$ZodIssue, where: MessageLocation = {}): Message {
  // A refinement that carries its own message (e.g. the document's sum limit) keeps it.
  const carried: unknown = issue.code === 'custom' ? issue.params?.['message'] : undefined;
  if (isMessage(carried)) return Object.keys(where).length > 0 ? { ...carried, where: { ...carried.where, ...where } } : carried;
  const code = issue.message.startsWith(VALIDATION_CODE_PREFIX) ? issue.message : codeOf(issue);
  const field = fieldOfPath(issue.path);
  const location: MessageLocation = field === undefined ? where : { ...where, field };
  return msg(code, paramsOf(issue), Object.keys(location).length > 0 ? location : undefined);
}
