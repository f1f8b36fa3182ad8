/**
 * The plan file as JSON text: where a syntax error is (jsonc-parser in strict JSON mode
 * finds the first error; JSON.parse has already said there is one) and which keys could
 * pollute a prototype. Both give messages with a bounded size whatever the file holds.
 */
import { printParseErrorCode, visit as visitJson, type ParseError } from 'jsonc-parser';
import { msg, type Message } from '../i18n/message';
import { isRawObject } from './migrations';

/** Longest path a message shows (sti); a longer one keeps its end, which says the most. */
export const MAX_SHOWN_PATH = 200;

/** Most forbidden keys reported for one file. */
const MAX_FORBIDDEN_KEYS = 10;

/** Longest key shown in a path or message. */
const MAX_SHOWN_KEY = 64;

/** 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; col: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line += 1;
    lineStart = k + 1;
  }
  return { line, col: offset - lineStart + 1 };
}

/**
 * The first JSON syntax error jsonc-parser (strict: no comments, no trailing commas) finds,
 * or null. Its visitor builds no values, so a large file is scanned quickly.
 */
function firstJsonError(text: string): ParseError | null {
  let first: ParseError | null = null;
  try {
    visitJson(
      text,
      {
        onError: (error, offset, length) => {
          first ??= { error, offset, length };
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch {
    // Nesting too deep for its recursion: there is an error, but no place to show.
    return null;
  }
  return first;
}

/** Offset of the first JSON syntax error, or null when none is found (or none can be placed). */
export function jsonErrorOffset(text: string): number | null {
  const first = firstJsonError(text);
  return first === null ? null : Math.min(first.offset, text.length);
}

/**
 * The message for a text JSON.parse refused: empty, cut short (the error runs to the end
 * of the text, e.g. an unterminated string), or where it goes wrong.
 */
export function jsonSyntaxError(text: string): Message {
  if (text.trim() === '') return msg('planFile.empty');
  const first = firstJsonError(text);
  if (first === null) return msg('planFile.notJson');
  const offset = Math.min(first.offset, text.length);
  const { line, col } = lineAndColumn(text, offset);
  const isCut = first.offset >= text.length || (printParseErrorCode(first.error) === 'UnexpectedEndOfString' && first.offset + first.length >= text.length);
  if (isCut) return msg('planFile.truncated', {}, { line, col });
  return msg('planFile.syntax', {}, { line, col });
}

/** A key as shown in a path: at most MAX_SHOWN_KEY characters. */
export function shownKey(key: string): string {
  return key.length > MAX_SHOWN_KEY ? `${key.slice(0, MAX_SHOWN_KEY)}…` : key;
}

/** A path as shown to the user: at most MAX_SHOWN_PATH characters, the end kept. */
export function shownPath(path: string): string {
  return path.length > MAX_SHOWN_PATH ? `…${path.slice(path.length - MAX_SHOWN_PATH + 1)}` : path;
}

/** `actions[3].funding[0].amount`, keys cut short, the whole bounded. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? shownKey(String(seg)) : `.${shownKey(String(seg))}`;
    // Keep the work bounded for absurd depths: only the end is shown anyway.
    if (out.length > 4 * MAX_SHOWN_PATH) out = out.slice(out.length - 2 * MAX_SHOWN_PATH);
  }
  return shownPath(out);
}

const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** A node on the way down, with a link to its parent so a path is built only when needed. */
interface Visit {
  value: unknown;
  parent: Visit | null;
  segment: string | number | null;
}

function pathOf(visit: Visit, last: string): string {
  const segments: (string | number)[] = [last];
  for (let v: Visit | null = visit; v !== null && v.segment !== null; v = v.parent) {
    segments.push(v.segment);
    // Deeper than this, the start of the path is cut off anyway.
    if (segments.length > MAX_SHOWN_PATH) break;
  }
  return formatPath(segments.reverse());
}

/**
 * Keys that could pollute a prototype when the data is later merged or spread, as
 * messages with their path. JSON.parse makes them plain own properties, so finding them
 * here is safe; refusing the file keeps them away from all later code. Iterative, so deep
 * nesting cannot overflow the stack.
 */
export function forbiddenKeyErrors(root: unknown): Message[] {
  const found: Message[] = [];
  const stack: Visit[] = [{ value: root, parent: null, segment: null }];
  while (stack.length > 0 && found.length < MAX_FORBIDDEN_KEYS) {
    const visit = stack.pop();
    if (visit === undefined) break;
    const { value } = visit;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) {
        const child: unknown = value[i];
        if (typeof child === 'object' && child !== null) stack.push({ value: child, parent: visit, segment: i });
      }
    } else if (isRawObject(value)) {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) {
          found.push(msg('planFile.forbiddenKey', { key }, { path: pathOf(visit, key) }));
          continue;
        }
        const child: unknown = value[key];
        if (typeof child === 'object' && child !== null) stack.push({ value: child, parent: visit, segment: key });
      }
    }
  }
  return found;
}
