/** Shown when tiltak are selected: set status or priority for all of them, delete, clear. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionStatus, Priority } from '@shared/domain';
import { ACTION_STATUSES_UI, PRIORITIES_UI } from '../../ui/options';

/** Props of BulkActionBar. */
export interface BulkActionBarProps {
  count: number;
  isReadOnly: boolean;
  onStatus(status: ActionStatus): void;
  onPriority(priority: Priority): void;
  onDelete(): void;
  onClear(): void;
}

/** The bulk bar. */
export function BulkActionBar({ count, isReadOnly, onStatus, onPriority, onDelete, onClear }: BulkActionBarProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="pl-bulk" role="region" aria-label={t('plan.bulk.label')}>
      <strong>{t('plan.bulk.selected', { count })}</strong>
      <label htmlFor={`${id}-s`} className="pl-visually-hidden">
        {t('plan.bulk.setStatus')}
      </label>
      <select
        id={`${id}-s`}
        value=""
        disabled={isReadOnly}
        onChange={(e) => {
          const status = ACTION_STATUSES_UI.find((s) => s === e.target.value);
          if (status) onStatus(status);
        }}
      >
        <option value="">{t('plan.bulk.setStatus')}</option>
        {ACTION_STATUSES_UI.map((s) => (
          <option key={s} value={s}>
            {t(`plan.actionStatus.${s}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-p`} className="pl-visually-hidden">
        {t('plan.bulk.setPriority')}
      </label>
      <select
        id={`${id}-p`}
        value=""
        disabled={isReadOnly}
        onChange={(e) => {
          const priority = PRIORITIES_UI.find((p) => p === Number(e.target.value));
          if (priority) onPriority(priority);
        }}
      >
        <option value="">{t('plan.bulk.setPriority')}</option>
        {PRIORITIES_UI.map((p) => (
          <option key={p} value={p}>
            {t(`plan.priority.${p}`)}
          </option>
        ))}
      </select>
      <button type="button" className="button" onClick={onDelete} disabled={isReadOnly}>
        {t('plan.bulk.delete')}
      </button>
      <button type="button" className="button button-quiet" onClick={onClear}>
        {t('plan.bulk.clear')}
      </button>
    </div>
  );
}
