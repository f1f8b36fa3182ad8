/**
 * Colleagues on one tiltak: their initials (marked, never locked), and on a table row a
 * conflict marker that opens the field (`onOpen`). In the detail panel (`isOpenHere`) it
 * also tells the others that this planner is in the tiltak, announces a new conflict
 * politely and lists the conflicts of fields the panel has no control for (the others
 * show under their field: FieldConflict). Renders nothing for a local strategy.
 */
import { useEffect } from 'react';
import { ConflictAnnouncer } from './ConflictAnnouncer';
import { ConflictMarker } from './ConflictMarker';
import { ConflictNotices } from './ConflictNotices';
import { ACTION_FIELDS_SHOWN_INLINE } from './conflict-text';
import { PresenceBadges } from './PresenceBadges';
import { useTeamSync } from './team-context';

/** Props of ActionPresence. */
export interface ActionPresenceProps {
  actionId: string;
  /** True in the detail panel: this planner has the tiltak open. */
  isOpenHere?: boolean;
  /** On a table row: opens the tiltak's detail panel (the conflict marker's action). */
  onOpen?(actionId: string): void;
}

/** Presence (and conflicts) of one tiltak. */
export function ActionPresence({ actionId, isOpenHere, onOpen }: ActionPresenceProps) {
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
      {!isOpenHere && onOpen ? <ConflictMarker entityId={actionId} onOpen={onOpen} /> : null}
      {isOpenHere ? (
        <>
          <ConflictAnnouncer entityId={actionId} />
          <ConflictNotices entityId={actionId} exceptFields={ACTION_FIELDS_SHOWN_INLINE} />
        </>
      ) : null}
    </>
  );
}
