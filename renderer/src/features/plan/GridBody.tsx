/**
 * The tiltak grid's body: only the rows the virtualizer has in view, each placed at its
 * offset (fixed row height), as group rows or tiltak rows.
 */
import type { VirtualItem } from '@tanstack/react-virtual';
import { ActionRowView } from './ActionRowView';
import type { ActionRowViewProps, RowEditing } from './ActionRowView';
import { GroupRowView } from './GroupRowView';
import type { GridCursor } from './grid-navigation';
import type { TableRow } from './table-model';

/** Row height in pixels (fixed, so the virtualizer needs no measuring). */
export const ROW_HEIGHT = 36;
/** Height of the sticky header row in pixels. */
export const HEADER_HEIGHT = 40;

/** What every tiltak row gets to report clicks, focus and edits. */
export type RowHandlers = Pick<
  ActionRowViewProps,
  'onCellMouseDown' | 'onCellDoubleClick' | 'onCellFocus' | 'onOpen' | 'onEditChange' | 'onEditCommit' | 'onEditCancel'
>;

/** Props of GridBody. */
export interface GridBodyProps {
  items: readonly VirtualItem[];
  totalSize: number;
  rows: readonly TableRow[];
  /** CSS grid-template-columns shared with the header. */
  template: string;
  planYear: number;
  active: GridCursor | null;
  selected: ReadonlySet<string>;
  openActionId: string | null;
  editing: (RowEditing & { key: string }) | null;
  onGroupActivate(index: number): void;
  onGroupFocus(index: number): void;
  onToggleGroup(key: string): void;
  rowHandlers: RowHandlers;
  /** Row height in pixels (the table's density); ROW_HEIGHT when not given. */
  rowHeight?: number;
}

/** The body row group. */
export function GridBody({ items, totalSize, rows, template, planYear, active, selected, openActionId, editing, onGroupActivate, onGroupFocus, onToggleGroup, rowHandlers, rowHeight = ROW_HEIGHT }: GridBodyProps) {
  return (
    <div role="rowgroup" className="pl-grid-body" style={{ height: totalSize }}>
      {items.map((item) => {
        const row: TableRow | undefined = rows[item.index];
        if (!row) return null;
        const style = {
          transform: `translateY(${item.start - HEADER_HEIGHT}px)`,
          height: rowHeight,
          gridTemplateColumns: template,
        };
        if (row.kind === 'group') {
          return (
            <GroupRowView
              key={row.key}
              row={row}
              index={item.index}
              style={style}
              isActive={active?.key === row.key}
              onActivate={onGroupActivate}
              onFocusCell={onGroupFocus}
              onToggle={onToggleGroup}
            />
          );
        }
        return (
          <ActionRowView
            key={row.key}
            row={row}
            index={item.index}
            planYear={planYear}
            style={style}
            activeCol={active?.key === row.key ? active.col : null}
            isSelected={selected.has(row.key)}
            isOpen={openActionId === row.action.id}
            editing={editing?.key === row.key ? editing : null}
            {...rowHandlers}
          />
        );
      })}
    </div>
  );
}
