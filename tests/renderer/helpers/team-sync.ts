/**
 * A stand-in for the team sync context in renderer tests: a synced team strategy with no
 * colleagues, conflicts or deletions, whose actions do nothing; `patch` replaces its parts
 * (the open conflicts, a `take` that records, another member's name …).
 */
import { LOCAL_TEAM_SYNC, type TeamSyncValue } from '../../../renderer/src/sync/team-context';

/** The team sync value of a synced team strategy, with `patch` laid over it. */
export function fakeTeamSync(patch: Partial<TeamSyncValue> = {}): TeamSyncValue {
  return {
    ...LOCAL_TEAM_SYNC,
    config: { url: 'wss://team.example.no', workspace: 'sekretariatet', token: 't', name: 'Ola' },
    state: { kind: 'synced' },
    ...patch,
  };
}
