/**
 * The tiltak grid's sticky header row: one sort button per column (ascending → descending →
 * none) and a handle to resize the column (drag, or arrow keys on the focused handle).
 */
import { useTranslation } from 'react-i18next';
import type { KeyboardEvent, PointerEvent } from 'react';
import type { ColumnId, SortState } from './table-model';
import { COLUMNS } from './table-model';
import { MAX_COLUMN_WIDTH, MIN_COLUMN_WIDTH, knownWidthPx } from './use-table-view';

/** Props of GridHeaderRow. */
export interface GridHeaderRowProps {
  sort: SortState;
  /** CSS grid-template-columns shared with the body rows. */
  template: string;
  onSort(column: ColumnId): void;
  /** The widths the planner has set (pixels). */
  widths?: Partial<Record<ColumnId, number>>;
  /** A new width in pixels for a column (from its resize handle). */
  onResize?(column: ColumnId, px: number): void;
}

const KEY_STEP = 16;

/** The header row group. */
export function GridHeaderRow({ sort, template, onSort, widths = {}, onResize }: GridHeaderRowProps) {
  const { t } = useTranslation();
  const cellWidth = (el: Element) => el.closest('[role="columnheader"]')?.getBoundingClientRect().width ?? 0;

  const startDrag = (column: ColumnId) => (e: PointerEvent<HTMLSpanElement>) => {
    if (!onResize || e.button !== 0) return;
    e.preventDefault();
    const handle = e.currentTarget;
    const startX = e.clientX;
    const startWidth = cellWidth(handle);
    handle.setPointerCapture(e.pointerId);
    const move = (ev: globalThis.PointerEvent) => onResize(column, startWidth + ev.clientX - startX);
    const end = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', end);
      handle.removeEventListener('pointercancel', end);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', end);
    handle.addEventListener('pointercancel', end);
  };

  const keyResize = (column: ColumnId) => (e: KeyboardEvent<HTMLSpanElement>) => {
    if (!onResize) return;
    const delta = e.key === 'ArrowRight' ? KEY_STEP : e.key === 'ArrowLeft' ? -KEY_STEP : 0;
    // The grid's own arrow keys must not see this one.
    if (delta !== 0 || e.key === 'ArrowUp' || e.key === 'ArrowDown') e.stopPropagation();
    if (delta === 0) return;
    e.preventDefault();
    onResize(column, cellWidth(e.currentTarget) + delta);
  };

  return (
    <div role="rowgroup" className="pl-grid-head">
      <div role="row" aria-rowindex={1} className="pl-row pl-row-head" style={{ gridTemplateColumns: template }}>
        {COLUMNS.map((c, i) => {
          const isSorted = sort?.column === c.id;
          const label = t(`plan.table.columns.${c.id}`);
          return (
            <div
              key={c.id}
              role="columnheader"
              aria-colindex={i + 1}
              aria-sort={isSorted ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}
              className={`pl-cell pl-head-cell pl-col-${c.id}${c.isNumeric ? ' is-numeric' : ''}`}
            >
              <button type="button" className="pl-sort" onClick={() => onSort(c.id)} title={t('plan.table.sortBy', { column: label })}>
                {label}
                <span aria-hidden="true" className="pl-sort-mark">
                  {isSorted ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                </span>
              </button>
              {onResize ? (
                <span
                  role="separator"
                  aria-orientation="vertical"
                  aria-label={t('plan.toolbar.resizeColumn', { column: label })}
                  aria-valuemin={MIN_COLUMN_WIDTH}
                  aria-valuemax={MAX_COLUMN_WIDTH}
                  aria-valuenow={knownWidthPx(c.id, widths)}
                  tabIndex={0}
                  className="pl-col-resize"
                  onPointerDown={startDrag(c.id)}
                  onKeyDown={keyResize(c.id)}
                />
              ) : null}
            </div>
          );
        })}
      </div>
    </div>
  );
}
