/**
 * «Åpne teamstrategi»: fetches a strategy a colleague shared from the team server, keeps
 * it as a local strategy (Dexie, like any other) with its team settings, so opening it
 * syncs from then on.
 */
import { getStrictDb } from '../db/database';
import { saveDocument } from '../db/repositories';
import { msg, type Message } from '@shared/i18n/message';
import { checkTeamConfig, publishTeamOrigins, writeTeamConfig, type TeamConfig } from './team-config';
import { openTeamSession } from './team-session';

/** Where a join waits across the page reload that lets the desktop shell reach a new server. */
const PENDING_KEY = 'handlingsrom.team.pendingJoin';

/** A join form kept across that reload (without the token). */
export interface PendingJoin {
  url: string;
  workspace: string;
  strategyId: string;
  name: string;
}

/** Takes the join form kept across the reload, if any. */
export function takePendingJoin(): PendingJoin | null {
  const raw = window.sessionStorage.getItem(PENDING_KEY);
  window.sessionStorage.removeItem(PENDING_KEY);
  if (raw === null) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const text = (key: string) => {
      const v: unknown = Reflect.get(value, key);
      return typeof v === 'string' ? v : '';
    };
    return { url: text('url'), workspace: text('workspace'), strategyId: text('strategyId'), name: text('name') };
  } catch {
    return null;
  }
}

/** Joins: null when the strategy is stored and ready to open, else why not. */
export async function joinTeamStrategy(config: TeamConfig, strategyId: string): Promise<Message | null> {
  const refusal = checkTeamConfig(config);
  if (refusal) return refusal;
  // The desktop shell must allow the server before the first connection (then a reload).
  if (await publishTeamOrigins([config])) {
    const pending: PendingJoin = { url: config.url, workspace: config.workspace, strategyId, name: config.name };
    window.sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
    window.location.reload();
    return msg('sync.error.reloadNeeded');
  }
  const id = strategyId.trim();
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(id)) return msg('validation.badId');
  const opened = await openTeamSession({ strategyId: id, config, localDoc: null });
  if (!opened.ok) return opened.message;
  try {
    await saveDocument(opened.doc, getStrictDb());
    writeTeamConfig(id, config);
  } finally {
    opened.session.dispose();
  }
  return null;
}
