/** The tiltak grid's sticky header row: one sort button per column (ascending → descending → none). */
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnId, SortState } from './table-model';
import { COLUMNS } from './table-model';

/** Props of GridHeaderRow. */
export interface GridHeaderRowProps {
  sort: SortState;
  /** CSS grid-template-columns shared with the body rows. */
  template: string;
  onSort(column: ColumnId): void;
}

/** The header row group; memoised, so an edit in the body does not re-render it. */
export const GridHeaderRow = memo(function GridHeaderRow({ sort, template, onSort }: GridHeaderRowProps) {
  const { t } = useTranslation();
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
              className={`pl-cell pl-head-cell${c.isNumeric ? ' is-numeric' : ''}`}
            >
              <button type="button" className="pl-sort" onClick={() => onSort(c.id)} title={t('plan.table.sortBy', { column: label })}>
                {label}
                <span aria-hidden="true" className="pl-sort-mark">
                  {isSorted ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}
                </span>
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
});
