/**
 * Provides team sync (team-context.ts) for an open strategy, inside its DocumentProvider:
 * follows the session's state, presence and conflicts; shares and disconnects by saving
 * or removing the team settings and reloading the workspace.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { msg, type Message } from '@shared/i18n/message';
import { takeConflictRefusal, type DeleteConflict, type SyncConflict } from '@shared/sync';
import { deletedEntityName } from './conflict-text';
import { useDocumentStore } from '../state/document-context';
import { checkTeamConfig, publishTeamOrigins, readTeamConfig, writeTeamConfig, type TeamConfig } from './team-config';
import { TeamSyncContext, type TeamSyncValue } from './team-context';
import type { TeamSession } from './team-session';

/** Props of TeamSyncProvider. */
export interface TeamSyncProviderProps {
  strategyId: string;
  /** The open session (null: a local strategy). */
  session: TeamSession | null;
  /** Why the team session could not open (the strategy is then shown from the local copy). */
  openError?: Message | null;
  /** Reloads the workspace (after sharing or disconnecting). */
  reload(): void;
  children: ReactNode;
}

/** After the team settings changed: the shell learns the servers; reload the page (new policy) or the workspace. */
async function afterChange(reload: () => void): Promise<void> {
  const mustReloadPage = await publishTeamOrigins().catch(() => false);
  if (mustReloadPage) window.location.reload();
  else reload();
}

/** Team sync provider. */
export function TeamSyncProvider({ strategyId, session, openError = null, reload, children }: TeamSyncProviderProps) {
  const { t } = useTranslation();
  const { apply } = useDocumentStore();
  const [tick, setTick] = useState(0);
  useEffect(() => session?.subscribe(() => setTick((n) => n + 1)), [session]);

  const share = useCallback(
    (config: TeamConfig) => {
      const refusal = checkTeamConfig(config);
      if (refusal) return refusal;
      writeTeamConfig(strategyId, config);
      void afterChange(reload);
      return null;
    },
    [reload, strategyId],
  );
  const disconnect = useCallback(async () => {
    session?.dispose();
    writeTeamConfig(strategyId, null);
    const { forgetLocalYDoc } = await import('./team-session');
    await forgetLocalYDoc(strategyId);
    await afterChange(reload);
  }, [reload, session, strategyId]);
  const take = useCallback(
    (conflict: SyncConflict): Message | null => {
      if (!session) return null;
      // Refused by the edit (a follow-up value in a period closed since): the conflict stays open.
      const refusal = takeConflictRefusal(session.sync.current(), conflict);
      if (refusal) return refusal;
      apply(t('sync.conflict.take'), session.takeEdit(conflict));
      session.resolve(conflict.key);
      return null;
    },
    [apply, session, t],
  );
  // Stable: the detail panel reports the open tiltak in an effect that depends on it. A new
  // function per change would report «none» and the tiltak again on every presence change,
  // which is itself a presence change — a loop between the two planners.
  const setActiveAction = useCallback((actionId: string | null) => session?.setActiveAction(actionId), [session]);
  const restore = useCallback(
    (conflict: DeleteConflict): Message | null => {
      if (!session) return null;
      const edit = session.restoreEdit(conflict);
      const current = session.sync.current();
      // Refused (the result would not be a valid plan): the conflict stays open.
      if (edit(current) === current) return msg('sync.conflict.restoreRefused', { entity: deletedEntityName(t, conflict) });
      apply(t('sync.conflict.restore'), edit);
      session.resolve(conflict.key);
      return null;
    },
    [apply, session, t],
  );

  const value = useMemo<TeamSyncValue>(
    () => ({
      config: session?.config ?? (openError ? readTeamConfig(strategyId) : null),
      state: session?.state() ?? (openError ? { kind: 'error', reason: openError } : null),
      others: session?.others() ?? [],
      conflicts: session?.conflicts() ?? [],
      deleted: session?.deletedConflicts() ?? [],
      joined: session?.joined?.() ?? [],
      share,
      disconnect,
      setActiveAction,
      take,
      keep: (conflict) => {
        if (!session) return;
        // «Slett likevel»: what hangs because of the deletion (a satsing under a deleted innsatsområde, the tiltak of a deleted plan) goes from the Y.Doc too.
        if ('kind' in conflict) session.deleteAnyway(conflict);
        else session.resolve(conflict.key);
      },
      restore,
    }),
    // tick: the session changed (state, presence, conflicts).
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [session, openError, strategyId, share, disconnect, setActiveAction, take, restore, tick],
  );
  return <TeamSyncContext.Provider value={value}>{children}</TeamSyncContext.Provider>;
}
