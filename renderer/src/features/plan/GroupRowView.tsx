/** A group header row (innsatsområde, satsing, prosjekt): name, count and cost; collapses its rows. */
import { memo } from 'react';
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupRow } from './table-model';
import { COLUMNS } from './table-model';
import { useFormat } from '../../ui/format';
import { sameRowProps } from './ActionRowView';

/** Props of GroupRowView. */
export interface GroupRowViewProps {
  row: GroupRow;
  index: number;
  style: CSSProperties;
  isActive: boolean;
  onActivate(index: number): void;
  onFocusCell(index: number): void;
  onToggle(key: string): void;
}

/** A group row (memoised like the tiltak rows). */
export const GroupRowView = memo(function GroupRowView({ row, index, style, isActive, onActivate, onFocusCell, onToggle }: GroupRowViewProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const label =
    row.builtin === 'projects' ? t('plan.table.groupProjects') : row.builtin === 'unlinked' ? t('plan.table.groupUnlinked') : row.label;
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-expanded={!row.isCollapsed}
      aria-level={row.level}
      className={`pl-row pl-row-group pl-level-${row.level}${isActive ? ' is-active' : ''}`}
      style={style}
    >
      <div
        role="gridcell"
        aria-colspan={COLUMNS.length}
        aria-colindex={1}
        tabIndex={isActive ? 0 : -1}
        data-cell={`${index}:0`}
        className={`pl-cell pl-group-cell${isActive ? ' is-active-cell' : ''}`}
        onMouseDown={() => onActivate(index)}
        onFocus={(e) => {
          if (e.target === e.currentTarget) onFocusCell(index);
        }}
        onClick={() => onToggle(row.key)}
      >
        <span className="pl-chevron" aria-hidden="true">
          {row.isCollapsed ? '▸' : '▾'}
        </span>
        <span className="pl-group-label">{label}</span>
        <span className="pl-group-summary">
          {row.count === row.total
            ? t('plan.table.groupSummary', { count: row.count, cost: format.kroner(row.cost) })
            : t('plan.table.groupSummaryActive', { count: row.count, total: row.total, cost: format.kroner(row.cost) })}
        </span>
      </div>
    </div>
  );
}, sameRowProps);
