/**
 * Team sync as the screens see it: the sync state, who else is in the strategy and in
 * which tiltak, the open conflicts, and the actions «Del med teamet», «Koble fra»,
 * «Bruk denne verdien». Outside a team strategy everything is empty and local.
 */
import { createContext, useContext } from 'react';
import type { Message } from '@shared/i18n/message';
import type { DeleteConflict, JoinNotice, SyncConflict } from '@shared/sync';
import type { TeamConfig } from './team-config';
import type { PresenceEntry, SyncState } from './team-session';

/** What components get from team sync. */
export interface TeamSyncValue {
  /** The team settings, or null for a local strategy. */
  config: TeamConfig | null;
  /** Null for a local strategy. */
  state: SyncState | null;
  others: PresenceEntry[];
  conflicts: SyncConflict[];
  /** Entities deleted while a colleague edited them (the deletion won; the edit can be restored). */
  deleted: DeleteConflict[];
  /** Plans and tiltak numbers created twice offline and joined on read (notices, nothing to decide). */
  joined?: JoinNotice[];
  /** Shares the open strategy; a refusal message, or null when it is shared. */
  share(config: TeamConfig): Message | null;
  /** Stops syncing; the local copy stays. */
  disconnect(): Promise<void>;
  /** Tells the others which tiltak this planner is in. */
  setActiveAction(actionId: string | null): void;
  /** «Bruk denne verdien»: one undoable edit that closes the conflict; a refusal message (e.g. the period is closed), or null. */
  take(conflict: SyncConflict): Message | null;
  /** Keeps the current value (or the deletion: «Slett likevel») and closes the conflict. */
  keep(conflict: SyncConflict | DeleteConflict): void;
  /** «Gjenopprett»: brings the deleted entity back with the edit (one undo step); a refusal message, or null. */
  restore(conflict: DeleteConflict): Message | null;
}

/** The value of a local strategy (no team): nothing shared, no one else, nothing to resolve. */
export const LOCAL_TEAM_SYNC: TeamSyncValue = {
  config: null,
  state: null,
  others: [],
  conflicts: [],
  deleted: [],
  share: () => null,
  disconnect: () => Promise.resolve(),
  setActiveAction: () => undefined,
  take: () => null,
  keep: () => undefined,
  restore: () => null,
};

/** React context carrying team sync. */
export const TeamSyncContext = createContext<TeamSyncValue>(LOCAL_TEAM_SYNC);

/** Team sync of the open strategy (a local strategy: empty). */
export function useTeamSync(): TeamSyncValue {
  return useContext(TeamSyncContext);
}
