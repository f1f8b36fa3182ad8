/**
 * Which strategies sync with a team, and how: server URL, workspace, token and the name
 * shown to colleagues, per strategy, in this browser profile's localStorage (a strategy
 * without an entry is local only and opens no connection).
 */
import { msg, type Message } from '@shared/i18n/message';
import { teamServerOrigin } from '@shared/security/content-security-policy';
import { setTeamServers } from '../platform/team-servers';

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
  if ((url.protocol !== 'ws:' && url.protocol !== 'wss:') || teamServerOrigin(config.url) === null) return msg('sync.error.badUrl');
  const isLoopback = url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]';
  if (url.protocol === 'ws:' && !isLoopback) return msg('sync.error.insecureUrl');
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(config.workspace.trim())) return msg('sync.error.badWorkspace');
  if (config.token.trim() === '') return msg('sync.error.tokenMissing');
  return null;
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

/** The origins of every strategy's team server in this profile. */
export function configuredTeamOrigins(): string[] {
  const origins = new Set<string>();
  for (let i = 0; i < window.localStorage.length; i += 1) {
    const key = window.localStorage.key(i);
    if (key === null || !key.startsWith(PREFIX)) continue;
    const config = readTeamConfig(key.slice(PREFIX.length));
    const origin = config ? teamServerOrigin(config.url) : null;
    if (origin !== null) origins.add(origin);
  }
  return [...origins];
}

/**
 * Hands the configured team servers to the shell (exactly those are reachable). True when
 * the page must reload for its policy to name them (desktop, after a change).
 */
export function publishTeamOrigins(extra: readonly TeamConfig[] = []): Promise<boolean> {
  const origins = extra.flatMap((c) => {
    const origin = teamServerOrigin(c.url);
    return origin === null ? [] : [origin];
  });
  return setTeamServers([...configuredTeamOrigins(), ...origins]);
}
