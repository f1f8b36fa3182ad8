/**
 * The table's conflict marker on a tiltak row: a warning sign and the word «Konflikt»
 * (not colour alone), named «Konflikt på feltet tittel — vis feltet»; it opens the
 * tiltak's detail panel with focus on the first field's conflict notice.
 */
import { useTranslation } from 'react-i18next';
import { requestFirstConflictFocus } from './conflict-focus';
import { fieldLabel } from './conflict-text';
import { useTeamSync } from './team-context';

/** Props of ConflictMarker. */
export interface ConflictMarkerProps {
  entityId: string;
  /** Opens the entity's detail panel. */
  onOpen(entityId: string): void;
  collection?: string;
}

/** The marker; nothing without an open conflict on the entity. */
export function ConflictMarker({ entityId, onOpen, collection = 'c:actions' }: ConflictMarkerProps) {
  const { t, i18n } = useTranslation();
  const { conflicts } = useTeamSync();
  const list = conflicts.filter((c) => c.entityId === entityId && c.collection === collection);
  const first = list[0];
  if (!first) return null;
  const names = [...new Set(list.map((c) => fieldLabel(t, (key) => i18n.exists(key), c.field, c.collection)))];
  const label = t('sync.conflict.markerLabel', { count: names.length, fields: names.join(', ') });
  return (
    <button
      type="button"
      tabIndex={-1}
      className="sync-conflict-marker"
      aria-label={label}
      title={label}
      onClick={(e) => {
        e.stopPropagation();
        requestFirstConflictFocus(conflicts, entityId, collection);
        onOpen(entityId);
      }}
    >
      <span aria-hidden="true">⚠</span> {t('sync.conflict.marker')}
    </button>
  );
}
