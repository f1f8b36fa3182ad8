/** One tiltak row of the grid: its cells, the active cell and, while editing, the cell editor. */
import { memo } from 'react';
import type { CSSProperties, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { yearOf } from '@shared/domain';
import { CellEditor } from './CellEditor';
import type { EditorExit } from './CellEditor';
import type { ActionRow, ColumnId } from './table-model';
import { CELL_DRAFT_PREFIX, COLUMNS } from './table-model';
import { formattersOf, languageOf } from '../../ui/format';
import { ActionPresence } from '../../sync/ActionPresence';

/** The editor state of the row being edited. */
export interface RowEditing {
  col: number;
  text: string;
  error: string | null;
}

/** Props of ActionRowView. */
export interface ActionRowViewProps {
  row: ActionRow;
  index: number;
  planYear: number;
  style: CSSProperties;
  /** Column of the active cell when this row is active, else null. */
  activeCol: number | null;
  isSelected: boolean;
  /** Shown in the detail panel. */
  isOpen: boolean;
  editing: RowEditing | null;
  onCellMouseDown(index: number, col: number, e: MouseEvent): void;
  onCellDoubleClick(index: number, col: number): void;
  onCellFocus(index: number, col: number): void;
  onOpen(actionId: string): void;
  onEditChange(text: string): void;
  onEditCommit(text: string, exit: EditorExit): boolean;
  onEditCancel(): void;
}

/**
 * Same props for a row: every prop the same object or value, the style compared by its
 * values (the grid body builds a new style object each render). The table hands its rows
 * stable callbacks, so a row re-renders only when its tiltak, findings or state changed.
 */
export function sameRowProps<P extends { style: CSSProperties }>(a: P, b: P): boolean {
  for (const key of Object.keys(b) as (keyof P)[]) {
    if (key === 'style') continue;
    if (!Object.is(a[key], b[key])) return false;
  }
  if (Object.keys(a).length !== Object.keys(b).length) return false;
  const sa = a.style as Record<string, unknown>;
  const sb = b.style as Record<string, unknown>;
  const keys = Object.keys(sb);
  return keys.length === Object.keys(sa).length && keys.every((k) => Object.is(sa[k], sb[k]));
}

/** A tiltak row (memoised: see `sameRowProps`). */
export const ActionRowView = memo(function ActionRowView(props: ActionRowViewProps) {
  const { row, index, planYear, style, activeCol, isSelected, isOpen, editing } = props;
  // One translation hook per row (a table draws dozens at once): the formatters follow its language.
  const { t, i18n } = useTranslation();
  const format = formattersOf(languageOf(i18n.language));
  const a = row.action;
  const columnLabel = (id: ColumnId) => t(`plan.table.columns.${id}`);

  const display = (id: ColumnId) => {
    switch (id) {
      case 'number':
        return (
          <button
            type="button"
            tabIndex={-1}
            className="link-button pl-open"
            aria-label={t('plan.table.openDetails', { number: a.number })}
            onClick={() => props.onOpen(a.id)}
          >
            {a.number}
          </button>
        );
      case 'title':
        return (
          <>
            <span title={a.title}>{a.title}</span>
            <ActionPresence actionId={a.id} onOpen={props.onOpen} />
          </>
        );
      case 'owner':
        return <span title={a.owner}>{a.owner}</span>;
      case 'cost':
        return format.kroner(a.cost);
      case 'ownFunds':
        return format.kroner(row.funding.own);
      case 'uncovered':
        return row.funding.uncovered > 0 ? <span className="pl-warn">{format.kroner(row.funding.uncovered)}</span> : format.kroner(0);
      case 'deadline':
        if (!a.deadline) return <span className="pl-muted">{t('plan.table.noDeadline')}</span>;
        return yearOf(a.deadline) !== planYear ? <span className="pl-warn">{format.date(a.deadline)}</span> : format.date(a.deadline);
      case 'priority':
        return t(`plan.priority.${a.priority}`);
      case 'status':
        return <span className={`pl-chip pl-chip-${a.status}`}>{t(`plan.actionStatus.${a.status}`)}</span>;
      case 'findings':
        // Being computed (the kontroll runs after the first paint): said so, never shown as none.
        if (row.findings === null) return <span className="pl-muted">{t('plan.table.findingsPending')}</span>;
        return row.findings > 0 ? <span className="pl-findings">{row.findings}</span> : '';
    }
  };

  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={isSelected}
      aria-level={3}
      className={`pl-row pl-row-action${isSelected ? ' is-selected' : ''}${activeCol !== null ? ' is-active' : ''}${isOpen ? ' is-open' : ''}${editing ? ' is-editing-row' : ''} pl-status-${a.status}`}
      style={style}
    >
      {COLUMNS.map((c, col) => {
        const isEditing = editing !== null && editing.col === col;
        return (
          <div
            key={c.id}
            role="gridcell"
            aria-colindex={col + 1}
            aria-readonly={c.isEditable ? undefined : true}
            tabIndex={activeCol === col && !isEditing ? 0 : -1}
            data-cell={`${index}:${col}`}
            className={`pl-cell pl-col-${c.id}${c.isNumeric ? ' is-numeric' : ''}${activeCol === col ? ' is-active-cell' : ''}${isEditing ? ' is-editing' : ''}`}
            onMouseDown={(e) => props.onCellMouseDown(index, col, e)}
            onDoubleClick={() => props.onCellDoubleClick(index, col)}
            onFocus={(e) => {
              if (e.target === e.currentTarget) props.onCellFocus(index, col);
            }}
          >
            {isEditing && editing ? (
              <CellEditor
                column={c.id}
                text={editing.text}
                label={t('plan.table.editLabel', { column: columnLabel(c.id), number: a.number })}
                error={editing.error}
                persistKey={`${CELL_DRAFT_PREFIX}${a.id}:${c.id}`}
                onChange={props.onEditChange}
                onCommit={props.onEditCommit}
                onCancel={props.onEditCancel}
              />
            ) : (
              display(c.id)
            )}
          </div>
        );
      })}
    </div>
  );
}, sameRowProps);
