/**
 * Which strategies sync with a team, and how: server URL, workspace, token and the name
 * shown to colleagues, per strategy, in this browser profile's localStorage (a strategy
 * without an entry is local only and opens no connection).
 */
import { msg, type Message } from '@shared/i18n/message';

/** Team settings of one strategy. */
export interface TeamConfig {
  url: string;
  workspace: string;
  token: string;
  /** The planner's name as colleagues see it. */
  name: string;
}

const PREFIX = 'handlingsrom.team.';

/** Checks a team config: a refusal message, or null when it is usable. */
export function checkTeamConfig(config: TeamConfig): Message | null {
  let url: URL;
  try {
    url = new URL(config.url.trim());
  } catch {
    return msg('sync.error.badUrl');
  }
  if (url.protocol !== 'ws:' && url.protocol !== 'wss:') return msg('sync.error.badUrl');
  const isLoopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol === 'ws:' && !isLoopback) return msg('sync.error.insecureUrl');
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(config.workspace.trim())) return msg('sync.error.badWorkspace');
  if (config.token.trim() === '') return msg('sync.error.tokenMissing');
  return null;
}

/** The server origin of a config (what the CSP and the request filter allow). */
export function teamOrigin(config: TeamConfig): string {
  return new URL(config.url.trim()).origin;
}

/** The document name on the server: `<workspace>/<strategyId>`. */
export function teamDocumentName(config: TeamConfig, strategyId: string): string {
  return `${config.workspace.trim()}/${strategyId}`;
}

function isTeamConfig(value: unknown): value is TeamConfig {
  if (typeof value !== 'object' || value === null) return false;
  return ['url', 'workspace', 'token', 'name'].every((key) => typeof Reflect.get(value, key) === 'string');
}

/** The team config of a strategy, or null (local only). */
export function readTeamConfig(strategyId: string): TeamConfig | null {
  try {
    const raw = window.localStorage.getItem(PREFIX + strategyId);
    if (raw === null) return null;
    const value: unknown = JSON.parse(raw);
    return isTeamConfig(value) ? value : null;
  } catch {
    return null;
  }
}

/** Saves (or with null removes) a strategy's team config. */
export function writeTeamConfig(strategyId: string, config: TeamConfig | null): void {
  if (config === null) window.localStorage.removeItem(PREFIX + strategyId);
  else window.localStorage.setItem(PREFIX + strategyId, JSON.stringify({ ...config, url: config.url.trim(), workspace: config.workspace.trim(), token: config.token.trim() }));
}
