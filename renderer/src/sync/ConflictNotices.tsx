/**
 * The open conflicts of a team strategy: for each field where a colleague's value (or
 * mine) did not win, the field, the value with who wrote it and when, and «Bruk denne
 * verdien» / «Behold gjeldende»; and for each entity deleted while a colleague edited it,
 * «Ola slettet tiltak 1.2 «Kurs» … mens Kari endret det (tittel)» with «Gjenopprett» /
 * «Slett likevel»; and what was created twice offline and joined (two plans for a year,
 * one tiltak number twice: notices only). Filtered to one entity when `entityId` is given (the detail panel
 * lists there the conflicts of fields it has no control for: `exceptFields`).
 */
import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import { takeConflictFocus } from './conflict-focus';
import { useTranslation } from 'react-i18next';
import type { Message } from '@shared/i18n/message';
import type { DeleteConflict, SyncConflict } from '@shared/sync';
import { ErrorText } from '../ui/ErrorText';
import { useFormat } from '../ui/format';
import { formatTimestamp } from '../ui/format-timestamp';
import { useRenderMessage } from '../ui/messages';
import { deletedEntityName, deletedHangingText, deletedPlanText, entityNames, fieldLabel, followUpRecordName, joinedPlanRecordName, wroteText } from './conflict-text';
import { useTeamSync } from './team-context';
import { DocumentContext } from '../state/document-context';

/** Props of ConflictNotices. */
export interface ConflictNoticesProps {
  entityId?: string;
  /** Fields shown elsewhere (under their control in the detail panel). */
  exceptFields?: readonly string[];
}

/** The conflict list; nothing without conflicts. */
export function ConflictNotices({ entityId, exceptFields = [] }: ConflictNoticesProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const renderMessage = useRenderMessage();
  const { conflicts, deleted, joined = [], take, keep, restore } = useTeamSync();
  // The names of ids (none outside a document, e.g. in isolated tests).
  const doc = useContext(DocumentContext)?.doc ?? null;
  const [refusal, setRefusal] = useState<Message | null>(null);
  const list = entityId === undefined ? conflicts : conflicts.filter((c) => c.entityId === entityId && !exceptFields.includes(c.field));
  // A field the detail panel has no control for: its notice here takes the focus the table
  // asked for (the conflict marker, or opening the tiltak by keyboard).
  const focusTarget = useRef<HTMLLIElement>(null);
  const focusField = entityId === undefined ? undefined : list[0]?.field;
  useEffect(() => {
    if (entityId !== undefined && focusField !== undefined && takeConflictFocus(entityId, focusField)) focusTarget.current?.focus();
  });
  const hasAny = list.length > 0;
  const names = useMemo(() => (doc && hasAny ? entityNames(doc) : undefined), [doc, hasAny]);
  const gone = entityId === undefined ? deleted : [];
  const joins = entityId === undefined ? joined : joined.filter((j) => j.entityId === entityId);
  if (list.length === 0 && gone.length === 0 && joins.length === 0 && refusal === null) return null;
  const exists = (key: string) => i18n.exists(key);
  const fieldName = (c: SyncConflict) => {
    const name = fieldLabel(t, exists, c.field, c.collection);
    const record = joinedPlanRecordName(t, c) ?? followUpRecordName(t, format, c, doc);
    return record === null ? name : t('sync.conflict.onRecordField', { field: name, record });
  };
  const deletedText = (c: DeleteConflict) =>
    deletedPlanText(t, exists, i18n.language, c, doc) ??
    deletedHangingText(t, exists, i18n.language, c) ??
    t('sync.conflict.deleted', {
      deletedBy: c.deletedBy ?? t('sync.conflict.unknownAuthor'),
      entity: deletedEntityName(t, c),
      deletedAt: c.deletedAt ? formatTimestamp(c.deletedAt, i18n.language) : '',
      editedBy: c.editedBy ?? t('sync.conflict.unknownAuthor'),
      fields: c.changedFields.map((f) => fieldLabel(t, exists, f)).join(', '),
    });
  return (
    <>
      <ErrorText>{refusal ? renderMessage(refusal) : null}</ErrorText>
      {list.length > 0 ? (
        <div className="notice notice-warning sync-conflicts" role="region" aria-label={entityId === undefined ? t('sync.conflict.take') : t('sync.conflict.otherFields')}>
          <ul>
            {list.map((c, i) => (
              <li
                key={c.key}
                ref={i === 0 && entityId !== undefined ? focusTarget : undefined}
                tabIndex={i === 0 && entityId !== undefined ? -1 : undefined}
                className="sync-conflict"
                data-field={c.field}
                data-entity={c.entityId}
              >
                <strong>{fieldName(c)}</strong> {wroteText(t, format, i18n.language, c, names)}{' '}
                <button type="button" className="button button-small" onClick={() => setRefusal(take(c))}>
                  {t('sync.conflict.take')}
                </button>{' '}
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    setRefusal(null);
                    keep(c);
                  }}
                >
                  {t('sync.conflict.dismiss')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {joins.length > 0 ? (
        <div className="notice notice-warning sync-conflicts sync-joined" role="region" aria-label={t('sync.conflict.joinedRegion')}>
          <ul>
            {joins.map((j) => (
              <li key={j.key} className="sync-conflict" data-entity={j.entityId} data-kind="joined">
                {renderMessage(j.message)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {gone.length > 0 ? (
        <div className="notice notice-warning sync-conflicts sync-deleted" role="region" aria-label={t('sync.conflict.deletedRegion')}>
          <ul>
            {gone.map((c) => (
              <li key={c.key} className="sync-conflict" data-entity={c.entityId} data-kind="deleted">
                {deletedText(c)}{' '}
                <button type="button" className="button button-small" onClick={() => setRefusal(restore(c))}>
                  {t('sync.conflict.restore')}
                </button>{' '}
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    setRefusal(null);
                    keep(c);
                  }}
                >
                  {t('sync.conflict.deleteAnyway')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
