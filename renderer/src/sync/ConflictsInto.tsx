/**
 * Keeps a ref up to date with the team strategy's open conflicts, for a component that
 * needs them only when the user acts (the tiltak table opening a tiltak by keyboard) and
 * must not redraw on every presence or conflict change. Renders nothing.
 */
import { useLayoutEffect } from 'react';
import type { RefObject } from 'react';
import type { SyncConflict } from '@shared/sync';
import { useTeamSync } from './team-context';

/** Props of ConflictsInto. */
export interface ConflictsIntoProps {
  target: RefObject<readonly SyncConflict[]>;
}

/** Writes the open conflicts into `target`. */
export function ConflictsInto({ target }: ConflictsIntoProps) {
  const { conflicts } = useTeamSync();
  useLayoutEffect(() => {
    target.current = conflicts;
  }, [conflicts, target]);
  return null;
}
