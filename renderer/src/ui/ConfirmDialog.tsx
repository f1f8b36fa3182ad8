/**
 * A small modal confirmation dialog: labelled by its title, focus moves into it and is
 * kept there, Esc cancels, focus returns to where it was. Extra content (e.g. «where do
 * the tiltak go?») goes in `children`.
 */
import { useEffect, useId, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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
  const titleId = useId();
  const bodyId = useId();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const first = ref.current?.querySelector<HTMLElement>('select, input, textarea, button:not([disabled])');
    first?.focus();
    return () => {
      if (previous && previous.isConnected) previous.focus();
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
      return;
    }
    if (e.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>('select, input, textarea, button:not([disabled])')];
    const first = focusable[0];
    const last = focusable.at(-1);
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div className="pl-dialog-backdrop">
      <div
        ref={ref}
        className="pl-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={body ? bodyId : undefined}
        onKeyDown={onKeyDown}
      >
        <h2 id={titleId} className="pl-dialog-title">
          {title}
        </h2>
        {body ? (
          <div id={bodyId} className="pl-dialog-body">
            {body}
          </div>
        ) : null}
        {children}
        {error ? (
          <p role="alert" className="pl-error">
            {error}
          </p>
        ) : null}
        <div className="pl-dialog-buttons">
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
        </div>
      </div>
    </div>
  );
}
