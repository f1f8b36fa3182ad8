/**
 * The one modal dialog of the app, on the native `<dialog>` opened with `showModal()`: the
 * browser keeps focus inside it, makes the rest of the page inert and draws the backdrop.
 * Mounting the component opens it, unmounting closes it; Esc (or any other close request)
 * calls `onClose`, and focus goes back to where it was before the dialog opened. Labelled
 * by its title, described by `description`.
 */
import { useEffect, useId, useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

/** Props of Dialog. */
export interface DialogProps {
  title: ReactNode;
  /** What the dialog is about (read out with its title: aria-describedby). */
  description?: ReactNode;
  children?: ReactNode;
  /** The buttons at the foot of the dialog. */
  buttons: ReactNode;
  /** Esc, or the browser closing the dialog: the owner unmounts it. */
  onClose(): void;
  /**
   * Where focus starts: `first` (default) = the first control, as `showModal()` does;
   * `dialog` = the dialog itself, so a long preview is read from its title.
   */
  initialFocus?: 'first' | 'dialog';
  /** Extra class (e.g. a wider dialog). */
  className?: string;
}

/** The modal dialog. */
export function Dialog({ title, description, children, buttons, onClose, initialFocus = 'first', className }: DialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const latestOnClose = useRef(onClose);
  useEffect(() => {
    latestOnClose.current = onClose;
  });

  useLayoutEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    let isUnmounting = false;
    // A close request that is not an Esc keydown (handled below): keep the dialog open
    // and let the owner decide, so React stays the one place that says what is shown.
    const onCancel = (e: Event) => {
      e.preventDefault();
      latestOnClose.current();
    };
    // The browser closed it anyway (e.g. a repeated close request): tell the owner.
    const onNativeClose = () => {
      if (!isUnmounting) latestOnClose.current();
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('close', onNativeClose);
    if (!dialog.open) dialog.showModal();
    if (initialFocus === 'dialog') dialog.focus();
    return () => {
      isUnmounting = true;
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('close', onNativeClose);
      if (dialog.open) dialog.close();
      if (previous && previous.isConnected && !dialog.contains(previous)) previous.focus();
    };
    // Opened once per mount; initialFocus only matters at that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLDialogElement>) => {
    if (e.key !== 'Escape') return;
    // Handled here, not by the browser's cancel: one Esc closes this dialog only, and
    // the screen behind (a panel, the grid) does not see it.
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };

  return (
    <dialog
      ref={ref}
      className={className ? `pl-dialog ${className}` : 'pl-dialog'}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      aria-modal="true"
      tabIndex={initialFocus === 'dialog' ? -1 : undefined}
      onKeyDown={onKeyDown}
    >
      <h2 id={titleId} className="pl-dialog-title">
        {title}
      </h2>
      {description ? (
        <div id={descriptionId} className="pl-dialog-body">
          {description}
        </div>
      ) : null}
      {children}
      <div className="pl-dialog-buttons">{buttons}</div>
    </dialog>
  );
}
