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
import { keepPendingJoin } from './pending-join';

/** Joins: null when the strategy is stored and ready to open, else why not. */
export async function joinTeamStrategy(config: TeamConfig, strategyId: string): Promise<Message | null> {
  const refusal = checkTeamConfig(config);
  if (refusal) return refusal;
  // The desktop shell must allow the server before the first connection (then a reload).
  if (await publishTeamOrigins([config])) {
    keepPendingJoin({ url: config.url, workspace: config.workspace, strategyId, name: config.name });
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
