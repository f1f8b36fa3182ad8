/**
 * An amount in whole kroner typed into a text field: shown in the user's language, committed on Enter
 * or when focus leaves (one undo step), Esc puts the value back. A refusal (bad amount or a
 * refused edit) stays beside the field until the next try.
 */
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { parseKroner } from '@shared/input';
import { useFormat } from '../../ui/format';
import { useRenderMessage } from '../../ui/messages';

/** Props of KronerField. */
export interface KronerFieldProps {
  /** Accessible name (the visible label is elsewhere, e.g. a column header). */
  label: string;
  value: number;
  /** Stores the amount; returns null when done, else the message to show. */
  onCommit(value: number): string | null;
  isDisabled?: boolean;
  className?: string;
}

/** The kroner field. */
export function KronerField({ label, value, onCommit, isDisabled, className }: KronerFieldProps) {
  const errorId = useId();
  const format = useFormat();
  const renderMessage = useRenderMessage();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const commit = () => {
    if (draft === null) return;
    const parsed = parseKroner(draft, { language: format.language });
    if (!parsed.ok) {
      setError(renderMessage(parsed.error));
      return;
    }
    const refused = parsed.value === value ? null : onCommit(parsed.value);
    setError(refused);
    if (!refused) setDraft(null);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape' && (draft !== null || error !== null)) {
      e.preventDefault();
      e.stopPropagation();
      setDraft(null);
      setError(null);
    }
  };

  return (
    <span className={`sc-kroner${className ? ` ${className}` : ''}`}>
      <input
        type="text"
        inputMode="numeric"
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={draft ?? format.number(value)}
        disabled={isDisabled}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
      {error ? (
        <span id={errorId} role="alert" className="sc-field-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}
