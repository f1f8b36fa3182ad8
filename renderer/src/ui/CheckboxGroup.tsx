/** A labelled group of checkboxes (fieldset + legend) for choosing several ids. */
import { useId } from 'react';

/** One choice. */
export interface CheckboxOption {
  id: string;
  label: string;
  /** Extra text after the label (e.g. an actor's category). */
  detail?: string;
}

/** Props of CheckboxGroup. */
export interface CheckboxGroupProps {
  legend: string;
  options: readonly CheckboxOption[];
  checked: readonly string[];
  isReadOnly?: boolean;
  emptyText?: string;
  onToggle(id: string, isChecked: boolean): void;
  className?: string;
}

/** The checkbox group. */
export function CheckboxGroup({ legend, options, checked, isReadOnly, emptyText, onToggle, className }: CheckboxGroupProps) {
  const id = useId();
  return (
    <fieldset className={`pl-checks${className ? ` ${className}` : ''}`}>
      <legend>{legend}</legend>
      {options.length === 0 && emptyText ? <p className="pl-muted">{emptyText}</p> : null}
      {options.map((o) => (
        <div key={o.id} className="pl-check">
          <input
            id={`${id}-${o.id}`}
            type="checkbox"
            checked={checked.includes(o.id)}
            disabled={isReadOnly}
            onChange={(e) => onToggle(o.id, e.target.checked)}
          />
          <label htmlFor={`${id}-${o.id}`}>
            {o.label}
            {o.detail ? <span className="pl-muted"> · {o.detail}</span> : null}
          </label>
        </div>
      ))}
    </fieldset>
  );
}
