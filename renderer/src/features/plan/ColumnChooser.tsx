/**
 * «Kolonner»: which columns of the tiltak table show (Nr and Tittel always do). A
 * disclosure with one checkbox per column; Escape closes it and focus returns to the button.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisclosure } from '../../app/use-disclosure';
import type { ColumnId } from './table-model';
import { COLUMNS } from './table-model';
import { FIXED_COLUMNS } from './use-table-view';

/** Props of ColumnChooser. */
export interface ColumnChooserProps {
  hidden: readonly ColumnId[];
  onShownChange(column: ColumnId, isShown: boolean): void;
}

/** The column chooser. */
export function ColumnChooser({ hidden, onShownChange }: ColumnChooserProps) {
  const { t } = useTranslation();
  const id = useId();
  const menu = useDisclosure();
  return (
    <div className="pl-columns" onKeyDown={menu.onKeyDown}>
      <button
        ref={menu.buttonRef}
        type="button"
        className="button"
        aria-expanded={menu.isOpen}
        aria-controls={id}
        onClick={menu.toggle}
      >
        {t('plan.toolbar.columns')} <span aria-hidden="true">▾</span>
      </button>
      <fieldset
        id={id}
        ref={(el) => {
          menu.panelRef.current = el;
        }}
        className="pl-columns-panel"
        hidden={!menu.isOpen}
      >
        <legend>{t('plan.toolbar.columns')}</legend>
        {COLUMNS.filter((c) => !FIXED_COLUMNS.has(c.id)).map((c) => (
          <label key={c.id} className="pl-check">
            <input type="checkbox" checked={!hidden.includes(c.id)} onChange={(e) => onShownChange(c.id, e.target.checked)} />
            {t(`plan.table.columns.${c.id}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
