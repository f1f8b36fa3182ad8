/**
 * Says a new conflict out loud, politely: a live region in the detail panel that
 * announces «Konflikt på feltet tittel: Kari skrev «…»» when a conflict on the open
 * entity arrives while it is open (the notice itself appears under the field).
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../ui/format';
import { fieldLabel, valueText } from './conflict-text';
import { useTeamSync } from './team-context';

/** Props of ConflictAnnouncer. */
export interface ConflictAnnouncerProps {
  entityId: string;
  collection?: string;
}

/** The polite live region (always in the page, so the announcement is heard). */
export function ConflictAnnouncer({ entityId, collection = 'c:actions' }: ConflictAnnouncerProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { conflicts } = useTeamSync();
  const known = useRef<ReadonlySet<string> | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    const mine = conflicts.filter((c) => c.entityId === entityId && c.collection === collection);
    const before = known.current;
    known.current = new Set(mine.map((c) => c.key));
    if (before === null) return;
    const fresh = mine.filter((c) => !before.has(c.key));
    if (fresh.length === 0) return;
    const exists = (key: string) => i18n.exists(key);
    setText(
      fresh
        .map((c) => t('sync.conflict.announce', { field: fieldLabel(t, exists, c.field, c.collection), name: c.lostBy ?? t('sync.conflict.unknownAuthor'), value: valueText(t, format, c.field, c.lostValue, undefined, c.collection) }))
        .join(' '),
    );
  }, [conflicts, entityId, collection, t, i18n, format]);
  return (
    <div className="sync-visually-hidden" role="status" aria-live="polite">
      {text}
    </div>
  );
}
