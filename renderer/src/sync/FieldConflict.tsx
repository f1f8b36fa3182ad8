/**
 * A conflict shown on the field itself: under a field whose value lost to a colleague's
 * (or whose colleague's value lost to mine) «Kari skrev «…» 01.03.2026, 14:32» with
 * «Bruk denne verdien» (one undoable edit, closes the conflict for everyone) and «Behold
 * gjeldende». A labelled group in the reading order right after the field, so the
 * keyboard reaches its buttons from the field; it takes focus when the table's conflict
 * marker asked for it. Renders nothing without a conflict (or for a local strategy).
 */
import { useContext, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '@shared/i18n/message';
import { ErrorText } from '../ui/ErrorText';
import { useFormat } from '../ui/format';
import { useRenderMessage } from '../ui/messages';
import { takeConflictFocus } from './conflict-focus';
import { entityNames, fieldLabel, followUpRecordName, joinedPlanRecordName, wroteText } from './conflict-text';
import { useTeamSync } from './team-context';
import { DocumentContext } from '../state/document-context';

/** Props of FieldConflict. */
export interface FieldConflictProps {
  entityId: string;
  /** The field (or the fields one control shows); omitted: every field of the entity (a strategy item's form). */
  field?: string | readonly string[];
  /** The collection's Y.Map name (`c:actions`, `c:plans`, `c:strategy.focusAreas` …), `strategy`, or a follow-up map (`f:updates`, `f:closures`, `f:settings`). */
  collection?: string;
}

/** The open conflicts of one field, under it. */
export function FieldConflict({ entityId, field, collection = 'c:actions' }: FieldConflictProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const renderMessage = useRenderMessage();
  const { conflicts, take, keep } = useTeamSync();
  const [refusal, setRefusal] = useState<Message | null>(null);
  // The names of ids (none outside a document, e.g. in isolated tests).
  const doc = useContext(DocumentContext)?.doc ?? null;
  const first = useRef<HTMLDivElement>(null);
  const fields: readonly string[] | undefined = typeof field === 'string' ? [field] : field;
  const list = conflicts.filter((c) => c.entityId === entityId && c.collection === collection && (fields === undefined || fields.includes(c.field)));
  const firstField = list[0]?.field;
  useEffect(() => {
    if (firstField !== undefined && takeConflictFocus(entityId, firstField)) first.current?.focus();
  });
  const hasAny = list.length > 0;
  const names = useMemo(() => (doc && hasAny ? entityNames(doc) : undefined), [doc, hasAny]);
  if (list.length === 0) return null;
  const exists = (key: string) => i18n.exists(key);
  const groupLabel = (c: (typeof list)[number]) => {
    const name = fieldLabel(t, exists, c.field, c.collection);
    const record = joinedPlanRecordName(t, c) ?? followUpRecordName(t, format, c, doc);
    return record === null ? t('sync.conflict.onField', { field: name }) : t('sync.conflict.onRecordField', { field: name, record });
  };
  return (
    <>
      <ErrorText>{refusal ? renderMessage(refusal) : null}</ErrorText>
      {list.map((c, i) => (
        <div
          key={c.key}
          ref={i === 0 ? first : undefined}
          role="group"
          tabIndex={-1}
          aria-label={groupLabel(c)}
          className="sync-field-conflict"
          data-conflict-field={c.field}
        >
          <span className="sync-conflict-icon" aria-hidden="true">
            ⚠
          </span>{' '}
          <span>{wroteText(t, format, i18n.language, c, names)}</span>{' '}
          <span className="sync-field-conflict-actions">
            <button type="button" className="button button-small" onClick={() => setRefusal(take(c))}>
              {t('sync.conflict.take')}
            </button>{' '}
            <button
              type="button"
              className="button button-small button-quiet"
              onClick={() => {
                setRefusal(null);
                keep(c);
              }}
            >
              {t('sync.conflict.dismiss')}
            </button>
          </span>
        </div>
      ))}
    </>
  );
}
