/**
 * A modal confirmation on the app's one Dialog: a title, what will happen, Avbryt and the
 * confirming button. Extra content (e.g. «where do the tiltak go?») goes in `children`.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from './Dialog';
import { ErrorText } from './ErrorText';

/** Props of ConfirmDialog. */
export interface ConfirmDialogProps {
  title: string;
  body?: ReactNode;
  children?: ReactNode;
  confirmLabel: string;
  /** Danger styling for destructive actions. */
  isDanger?: boolean;
  isConfirmDisabled?: boolean;
  /** An error to show (e.g. a refused edit). */
  error?: string | null;
  onConfirm(): void;
  onCancel(): void;
}

/** Modal confirmation dialog. */
export function ConfirmDialog({ title, body, children, confirmLabel, isDanger, isConfirmDisabled, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={title}
      description={body}
      onClose={onCancel}
      buttons={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className={isDanger ? 'button pl-button-danger' : 'button button-primary'}
            disabled={isConfirmDisabled}
            onClick={onConfirm}
          >
            {confirmLabel}
          </button>
        </>
      }
    >
      {children}
      <ErrorText>{error}</ErrorText>
    </Dialog>
  );
}
