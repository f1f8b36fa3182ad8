/**
 * The name of a team document on the server: `<workspace>/<strategyId>` — one Y.Doc per
 * strategy, inside the workspace a member's token belongs to. Both parts are restricted to
 * letters, digits, `_` and `-` so a name is also a safe relative path for the file storage.
 */

/** A workspace (arbeidsområde): a team's space on the server. */
export const WORKSPACE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/;
/** A strategy id as the app makes them (`str_…`), or any id of the same alphabet. */
export const STRATEGY_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** The workspace used when `team add-member` is not given `--workspace`. */
export const DEFAULT_WORKSPACE = 'standard';

/** A parsed document name. */
export interface DocumentName {
  workspace: string;
  strategyId: string;
}

/** Whether `value` is a valid workspace name. */
export function isWorkspace(value: string): boolean {
  return WORKSPACE_PATTERN.test(value);
}

/** Splits `<workspace>/<strategyId>`; null for anything else (extra slashes, dots, empty parts). */
export function parseDocumentName(name: string): DocumentName | null {
  const slash = name.indexOf('/');
  if (slash < 0) return null;
  const workspace = name.slice(0, slash);
  const strategyId = name.slice(slash + 1);
  if (!WORKSPACE_PATTERN.test(workspace) || !STRATEGY_ID_PATTERN.test(strategyId)) return null;
  return { workspace, strategyId };
}

/** The document name of a strategy in a workspace. */
export function documentName(workspace: string, strategyId: string): string {
  return `${workspace}/${strategyId}`;
}
