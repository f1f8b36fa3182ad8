/**
 * The editor inside a table cell: a text field, or a list for prioritet and status.
 * Enter commits, Esc cancels, Tab commits and moves on. A message from a failed commit
 * is shown under the cell, and the typed text stays.
 */
import { useId, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES_UI, PRIORITIES_UI } from '../../ui/options';
import { clearDraft, saveDraft } from '../../ui/draft-store';
import { useCommitOnLeave } from '../../ui/use-commit-on-leave';
import type { ColumnId } from './table-model';
import { ErrorText } from '../../ui/ErrorText';
import { pasteAsSingleLine } from '../../ui/paste-single-line';

/** How the editor was left. */
export type EditorExit = 'enter' | 'tab' | 'shift-tab' | 'blur';

/** Props of CellEditor. */
export interface CellEditorProps {
  column: ColumnId;
  text: string;
  label: string;
  error: string | null;
  /** Key under which the typed text is kept until committed (survives a reload). */
  persistKey: string;
  onChange(text: string): void;
  /** Returns true when the value was accepted (the editor closes). */
  onCommit(text: string, exit: EditorExit): boolean;
  onCancel(): void;
}

/** A cell editor. */
export function CellEditor({ column, text, label, error, persistKey, onChange, onCommit, onCancel }: CellEditorProps) {
  const { t } = useTranslation();
  const errorId = useId();
  const isDone = useRef(false);
  // A reload while the cell is being edited commits what was typed (when it is valid).
  // (The draft stays in the draft store: if the store cannot save before the page is gone,
  // the table commits it again after the reload.)
  useCommitOnLeave(true, () => {
    if (!isDone.current) onCommit(text, 'blur');
  });

  const finish = (accepted: boolean) => {
    isDone.current = accepted;
    if (accepted) clearDraft(persistKey);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLSelectElement>) => {
    e.stopPropagation();
    if (e.key === 'Escape') {
      e.preventDefault();
      finish(true);
      onCancel();
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      const exit: EditorExit = e.key === 'Enter' ? 'enter' : e.shiftKey ? 'shift-tab' : 'tab';
      const field = e.currentTarget;
      const accepted = onCommit(field.value, exit);
      finish(accepted);
      // Focus goes to the editor's cell before the editor is removed: the browser removes a
      // field without focus far faster than the focused one (which costs milliseconds of the
      // frame the edit is shown in). The table then moves the active cell as usual.
      if (accepted) field.closest<HTMLElement>('[role="gridcell"]')?.focus({ preventScroll: true });
    }
  };
  const onBlur = () => {
    if (!isDone.current) finish(onCommit(text, 'blur'));
  };
  const change = (value: string) => {
    saveDraft(persistKey, value);
    onChange(value);
  };
  const common = {
    'aria-label': label,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? errorId : undefined,
    className: 'pl-cell-editor',
    onKeyDown,
    onBlur,
    autoFocus: true,
  } as const;

  let editor;
  if (column === 'priority' || column === 'status') {
    const options = column === 'priority' ? PRIORITIES_UI.map(String) : ACTION_STATUSES_UI;
    editor = (
      <select {...common} value={text} onChange={(e) => change(e.target.value)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {column === 'priority' ? t(`plan.priority.${o}`) : t(`plan.actionStatus.${o}`)}
          </option>
        ))}
      </select>
    );
  } else {
    editor = (
      <input
        {...common}
        value={text}
        inputMode={column === 'cost' || column === 'ownFunds' ? 'numeric' : undefined}
        onChange={(e) => change(e.target.value)}
        onPaste={pasteAsSingleLine}
        onFocus={(e) => e.currentTarget.select()}
      />
    );
  }
  return (
    <>
      {editor}
      <ErrorText id={errorId} className="pl-cell-error" isInline>{error}</ErrorText>
    </>
  );
}
