/**
 * The open conflicts of a team strategy: for each field where a colleague's value (or
 * mine) did not win, the field, the tiltak, the value with who wrote it and when, and
 * «Bruk denne verdien» / «Behold gjeldende». Filtered to one entity when `entityId` is given
 * (the detail panel shows the conflicts of its tiltak on the spot).
 */
import { useTranslation } from 'react-i18next';
import type { SyncConflict } from '@shared/sync';
import { formatTimestamp } from '../ui/format-timestamp';
import { useTeamSync } from './team-context';

/** Props of ConflictNotices. */
export interface ConflictNoticesProps {
  entityId?: string;
}

function shown(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value) ?? '';
}

/** The conflict list; nothing without conflicts. */
export function ConflictNotices({ entityId }: ConflictNoticesProps) {
  const { t, i18n } = useTranslation();
  const { conflicts, take, keep } = useTeamSync();
  const list = entityId === undefined ? conflicts : conflicts.filter((c) => c.entityId === entityId);
  if (list.length === 0) return null;
  const fieldName = (c: SyncConflict) => (i18n.exists(`fields.${c.field}`) ? t(`fields.${c.field}`) : c.field);
  return (
    <div className="notice notice-warning sync-conflicts" role="region" aria-label={t('sync.conflict.take')}>
      <ul>
        {list.map((c) => (
          <li key={c.key} className="sync-conflict" data-field={c.field} data-entity={c.entityId}>
            <strong>{fieldName(c)}</strong>{' '}
            {t('sync.conflict.label', {
              name: c.lostBy ?? t('sync.conflict.unknownAuthor'),
              value: shown(c.lostValue),
              at: c.lostAt ? formatTimestamp(c.lostAt, i18n.language) : '',
            })}{' '}
            <button type="button" className="button button-small" onClick={() => take(c)}>
              {t('sync.conflict.take')}
            </button>{' '}
            <button type="button" className="button button-small" onClick={() => keep(c)}>
              {t('sync.conflict.dismiss')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
