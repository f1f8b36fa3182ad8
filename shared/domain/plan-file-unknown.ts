/**
 * Ukjente felt in a plan file: keys the schema does not know (zod drops them while
 * parsing). A file with such fields is refused, each field named by its path, rather than
 * opened and then saved without them — a field silently lost on the next save is worse
 * than a file that says why it does not open.
 */
import { isRawObject } from './migrations';
import { formatPath, shownPath } from './plan-file-json';

/** The top-level keys of a plan file (the document's own parts are compared with the parsed document). */
const TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(['format', 'version', 'savedAt', 'app', 'strategy', 'plans', 'actions']);

/** Most unknown fields listed; a file with more is most likely not made by this version at all. */
const MAX_LISTED = 20;

/**
 * The paths (`actions[3].colour`) of the fields in `raw` (the migrated file) that `parsed`
 * (what the schema kept) does not have: at most MAX_LISTED, in file order.
 */
export function unknownFieldPaths(raw: Record<string, unknown>, parsed: Record<string, unknown>): string[] {
  const found: string[] = [];
  const walk = (from: unknown, kept: unknown, path: PropertyKey[]): void => {
    // The very value the schema kept (e.g. tiltak taken as they are): nothing unknown in it.
    if (found.length >= MAX_LISTED || from === kept) return;
    if (Array.isArray(from) && Array.isArray(kept)) {
      for (let i = 0; i < from.length && i < kept.length && found.length < MAX_LISTED; i++) walk(from[i], kept[i], [...path, i]);
      return;
    }
    if (!isRawObject(from) || !isRawObject(kept)) return;
    for (const key of Object.keys(from)) {
      if (found.length >= MAX_LISTED) return;
      if (!Object.prototype.hasOwnProperty.call(kept, key)) found.push(shownPath(formatPath([...path, key])));
      else walk(from[key], kept[key], [...path, key]);
    }
  };
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL_KEYS.has(key)) found.push(shownPath(formatPath([key])));
  }
  for (const key of ['strategy', 'plans', 'actions']) walk(raw[key], parsed[key], [key]);
  return found.slice(0, MAX_LISTED);
}
