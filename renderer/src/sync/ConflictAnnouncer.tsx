/**
 * Says a new conflict out loud, politely: a live region that announces «Konflikt på feltet
 * tittel: Kari skrev «…»» when a conflict arrives while the screen that shows it is open —
 * in the detail panel for the open entity (`entityId`; the notice itself appears under the
 * field), on the Oppfølging screen for its plan's follow-up records (`planId`: a status
 * update's field, a closure's reopening, the periodeinndeling; named with the record).
 */
import { useContext, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncConflict } from '@shared/sync';
import { useFormat } from '../ui/format';
import { fieldLabel, followUpRecordName, isFollowUpCollection, valueText } from './conflict-text';
import { useTeamSync } from './team-context';
import { DocumentContext } from '../state/document-context';

/** Props of ConflictAnnouncer: the entity whose conflicts it announces, or the plan whose follow-up conflicts it announces. */
export type ConflictAnnouncerProps = { entityId: string; collection?: string; planId?: undefined } | { planId: string; entityId?: undefined; collection?: undefined };

/** The polite live region (always in the page, so the announcement is heard). */
export function ConflictAnnouncer({ entityId, collection = 'c:actions', planId }: ConflictAnnouncerProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const { conflicts } = useTeamSync();
  // The names of follow-up records (none outside a document, e.g. in isolated tests).
  const doc = useContext(DocumentContext)?.doc ?? null;
  const known = useRef<ReadonlySet<string> | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    const isMine = (c: SyncConflict) => (planId === undefined ? c.entityId === entityId && c.collection === collection : c.planId === planId && isFollowUpCollection(c.collection));
    const mine = conflicts.filter(isMine);
    const before = known.current;
    known.current = new Set(mine.map((c) => c.key));
    if (before === null) return;
    const fresh = mine.filter((c) => !before.has(c.key));
    if (fresh.length === 0) return;
    const exists = (key: string) => i18n.exists(key);
    setText(
      fresh
        .map((c) => {
          const params = { field: fieldLabel(t, exists, c.field, c.collection), name: c.lostBy ?? t('sync.conflict.unknownAuthor'), value: valueText(t, format, c.field, c.lostValue, undefined, c.collection) };
          const record = followUpRecordName(t, format, c, doc);
          return record === null ? t('sync.conflict.announce', params) : t('sync.conflict.announceRecord', { ...params, record });
        })
        .join(' '),
    );
    // A change of the document alone finds no new conflict, so it announces nothing.
  }, [conflicts, entityId, collection, planId, t, i18n, format, doc]);
  return (
    <div className="sync-visually-hidden" role="status" aria-live="polite">
      {text}
    </div>
  );
}
