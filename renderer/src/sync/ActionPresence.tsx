/**
 * Colleagues on one tiltak: their initials (marked, never locked). In the detail panel
 * (`isOpenHere`) it also tells the others that this planner is in the tiltak, and shows
 * the tiltak's open conflicts on the spot. Renders nothing for a local strategy.
 */
import { useEffect } from 'react';
import { ConflictNotices } from './ConflictNotices';
import { PresenceBadges } from './PresenceBadges';
import { useTeamSync } from './team-context';

/** Props of ActionPresence. */
export interface ActionPresenceProps {
  actionId: string;
  /** True in the detail panel: this planner has the tiltak open. */
  isOpenHere?: boolean;
}

/** Presence (and, in the panel, conflicts) of one tiltak. */
export function ActionPresence({ actionId, isOpenHere }: ActionPresenceProps) {
  const { config, others, setActiveAction } = useTeamSync();
  useEffect(() => {
    if (!isOpenHere) return undefined;
    setActiveAction(actionId);
    return () => setActiveAction(null);
  }, [actionId, isOpenHere, setActiveAction]);
  if (config === null) return null;
  const here = others.filter((p) => p.actionId === actionId);
  return (
    <>
      <PresenceBadges people={here} isOnAction />
      {isOpenHere ? <ConflictNotices entityId={actionId} /> : null}
    </>
  );
}
