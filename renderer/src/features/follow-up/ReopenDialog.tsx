/** Gjenåpne periode: asks for the reason (required, logged with who and when). */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/ConfirmDialog';

/** Props of ReopenDialog. */
export interface ReopenDialogProps {
  periodLabel: string;
  /** Reopens; returns the refusal text, or null when done. */
  onReopen(reason: string): string | null;
  onCancel(): void;
}

/** The reopen dialog. */
export function ReopenDialog({ periodLabel, onReopen, onCancel }: ReopenDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <ConfirmDialog
      title={t('followUpScreen.reopenTitle', { period: periodLabel })}
      body={t('followUpScreen.reopenBody')}
      confirmLabel={t('followUpScreen.reopenConfirm')}
      error={error}
      onConfirm={() => setError(onReopen(reason))}
      onCancel={onCancel}
    >
      <div className="pl-field">
        <label htmlFor={id}>{t('followUpScreen.reason')}</label>
        <textarea id={id} rows={3} required value={reason} onChange={(e) => setReason(e.target.value)} />
      </div>
    </ConfirmDialog>
  );
}
