/**
 * A labelled text field (or text area) that keeps what the user types as a draft and
 * commits it on blur or Enter. A refused commit shows the message under the field and
 * keeps the typed text; Esc goes back to the stored value. While not being edited, the
 * field shows the stored value, so undo is visible at once.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { clearDraft, readDraft, saveDraft } from './draft-store';
import { useReleaseDraftsWhenStored } from './use-release-drafts';
import { useCommitOnLeave } from './use-commit-on-leave';
import { ErrorText } from './ErrorText';
import { pasteAsSingleLine } from './paste-single-line';

/** Props of DraftField. */
export interface DraftFieldProps {
  label: string;
  /** The stored value as text. */
  value: string;
  /** Commits the text; returns a message when refused. */
  onCommit(text: string): string | null;
  isMultiline?: boolean;
  isReadOnly?: boolean;
  inputMode?: 'numeric' | 'decimal' | 'text';
  hint?: string;
  /** A warning about the stored value (e.g. a date outside the plan year). */
  warning?: ReactNode;
  className?: string;
  list?: string;
  /** Stable key (e.g. `<tiltak-id>:notes`): the draft survives a reload and is committed then. */
  persistKey?: string;
}

/** A draft-keeping field. */
export function DraftField({ label, value, onCommit, isMultiline, isReadOnly, inputMode, hint, warning, className, list, persistKey }: DraftFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const text = draft ?? value;

  const commitText = (text: string) => {
    if (text === value) {
      setDraft(null);
      setError(null);
      if (persistKey) clearDraft(persistKey);
      return;
    }
    const refused = onCommit(text);
    setError(refused);
    if (!refused) {
      setDraft(null);
      if (persistKey) clearDraft(persistKey);
    }
  };
  const commit = () => {
    if (draft !== null) commitText(draft);
  };
  const setTyped = (text: string) => {
    setDraft(text);
    if (persistKey) saveDraft(persistKey, text);
  };
  const cancel = () => {
    setDraft(null);
    setError(null);
    if (persistKey) clearDraft(persistKey);
  };

  // Text typed before a reload comes back and is committed (or shown with its message).
  // It stays in the draft store until its edit is stored (a second reload before that
  // restores it again); one that is refused stays as the field's draft.
  const restored = useRef(false);
  const release = useReleaseDraftsWhenStored();
  useEffect(() => {
    if (restored.current || !persistKey || isReadOnly) return;
    restored.current = true;
    const saved = readDraft(persistKey);
    if (saved === null) return;
    if (saved === value) {
      clearDraft(persistKey);
      return;
    }
    const refused = onCommit(saved);
    if (refused) {
      setDraft(saved);
      setError(refused);
    } else release([[persistKey, saved]]);
  }, [persistKey, isReadOnly, value, onCommit, release]);
  // On page hide, commit but keep the draft: if the store cannot save before the page is
  // gone, the field commits it again after the reload.
  useCommitOnLeave(draft !== null && draft !== value, () => {
    if (draft !== null) onCommit(draft);
  });

  const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-err` : '', warning ? `${id}-warn` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value: text,
    readOnly: isReadOnly,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
    onChange: (e: { target: { value: string } }) => setTyped(e.target.value),
    onBlur: commit,
  };
  return (
    <div className={`pl-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {isMultiline ? (
        <textarea
          {...common}
          rows={3}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && draft !== null) {
              e.stopPropagation();
              cancel();
            }
          }}
        />
      ) : (
        <input
          {...common}
          list={list}
          inputMode={inputMode}
          onPaste={pasteAsSingleLine}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commit();
            } else if (e.key === 'Escape' && draft !== null) {
              e.stopPropagation();
              cancel();
            }
          }}
        />
      )}
      {hint ? (
        <span id={`${id}-hint`} className="pl-hint">
          {hint}
        </span>
      ) : null}
      {warning ? (
        <span id={`${id}-warn`} className="pl-field-warning">
          {warning}
        </span>
      ) : null}
      <ErrorText id={`${id}-err`} isInline>
        {error}
      </ErrorText>
    </div>
  );
}
