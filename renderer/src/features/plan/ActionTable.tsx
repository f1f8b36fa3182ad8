/**
 * The year's tiltak as a virtualized ARIA grid, grouped by innsatsområde → satsing, with
 * tverrgående prosjekter and unlinked tiltak last. Keyboard: arrows move the active cell,
 * Enter/F2 edits (Enter again commits, Esc cancels, Tab commits and moves on), typing
 * starts editing, Space selects, Shift+arrows extend, Ctrl+A selects all, Delete deletes.
 * Only the visible rows are rendered (@tanstack/react-virtual), so 10 000 tiltak scroll.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { newId } from '@shared/domain';
import type { Action, ActionPlan, ActionStatus, Priority, Strategy } from '@shared/domain';
import { addAction, bulkUpdate, deleteActions } from '@shared/edits';
import { ActionRowView } from './ActionRowView';
import type { RowEditing } from './ActionRowView';
import { ActionTableToolbar } from './ActionTableToolbar';
import { BulkActionBar } from './BulkActionBar';
import type { EditorExit } from './CellEditor';
import { cellEditText, parseCell } from './cell-edit';
import type { CellMessages } from './cell-edit';
import { takeDraftsWithPrefix } from './draft-store';
import { ConfirmDialog } from './ConfirmDialog';
import { GroupRowView } from './GroupRowView';
import type { ColumnId, SortState, TableFilters, TableRow } from './table-model';
import { CELL_DRAFT_PREFIX, COLUMNS, NO_FILTERS, buildRows, distinctOwners } from './table-model';
import type { RunEdit } from './use-edit';
import { useLanguage } from '../../ui/format';
import { useRenderMessage } from '../../ui/messages';

/** Row height in pixels (fixed, so the virtualizer needs no measuring). */
export const ROW_HEIGHT = 36;
/** Height of the sticky header row in pixels. */
export const HEADER_HEIGHT = 40;

/** A request to show one tiltak (from a link); a new `key` repeats it. */
export interface RevealRequest {
  actionId: string;
  key: number;
  /** Start editing its title (after «Nytt tiltak»). */
  editTitle?: boolean;
}

/** Props of ActionTable. */
export interface ActionTableProps {
  strategy: Strategy;
  plan: ActionPlan;
  actions: readonly Action[];
  findingsByAction: ReadonlyMap<string, number>;
  runEdit: RunEdit;
  onOpenAction(actionId: string | null): void;
  openActionId: string | null;
  reveal: RevealRequest | null;
}

interface Active {
  key: string;
  col: number;
}

const EDITABLE_TEXT: ReadonlySet<ColumnId> = new Set(['title', 'owner', 'cost', 'ownFunds', 'deadline']);

/** The tiltak table. */
export function ActionTable({ strategy, plan, actions, findingsByAction, runEdit, onOpenAction, openActionId, reveal }: ActionTableProps) {
  const { t } = useTranslation();
  const isReadOnly = plan.status === 'adopted';
  const [filters, setFilters] = useState<TableFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SortState>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [anchor, setAnchor] = useState<string | null>(null);
  const [active, setActive] = useState<Active | null>(null);
  const [editing, setEditing] = useState<(RowEditing & { key: string }) | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const [pendingReveal, setPendingReveal] = useState<RevealRequest | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const wantsFocus = useRef(false);
  const headingId = `pl-grid-label-${plan.id}`;

  const rows = useMemo(
    () => buildRows(strategy, actions, { filters, sort, collapsed, findingsByAction }),
    [strategy, actions, filters, sort, collapsed, findingsByAction],
  );
  const indexByKey = useMemo(() => new Map(rows.map((r, i) => [r.key, i])), [rows]);
  const actionKeys = useMemo(() => rows.filter((r) => r.kind === 'action').map((r) => r.key), [rows]);
  const owners = useMemo(() => distinctOwners(actions), [actions]);

  const language = useLanguage();
  const renderMessage = useRenderMessage();
  const cellMessages = useMemo<CellMessages>(() => ({ language, render: renderMessage }), [language, renderMessage]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    initialRect: { width: 1200, height: 600 },
  });

  const activeIndex = active ? (indexByKey.get(active.key) ?? -1) : -1;

  // Keep focus on the active cell after keyboard moves (the row may render only after scrolling).
  useLayoutEffect(() => {
    if (!wantsFocus.current || activeIndex < 0 || !active) return;
    const row = rows[activeIndex];
    const col = row?.kind === 'group' ? 0 : active.col;
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${activeIndex}:${col}"]`);
    if (cell) {
      cell.focus({ preventScroll: true });
      wantsFocus.current = false;
    }
  });

  const moveTo = useCallback(
    (index: number, col: number, focus = true) => {
      if (rows.length === 0) return;
      const i = Math.max(0, Math.min(rows.length - 1, index));
      const c = Math.max(0, Math.min(COLUMNS.length - 1, col));
      const row = rows[i];
      if (!row) return;
      setActive({ key: row.key, col: c });
      virtualizer.scrollToIndex(i, { align: 'auto' });
      wantsFocus.current = focus;
    },
    [rows, virtualizer],
  );

  // A link asked to show a tiltak: clear what hides it, then select and focus it.
  useEffect(() => {
    if (!reveal) return;
    setPendingReveal(reveal);
  }, [reveal]);

  useEffect(() => {
    if (!pendingReveal) return;
    const index = indexByKey.get(pendingReveal.actionId);
    if (index === undefined) {
      if (!actions.some((a) => a.id === pendingReveal.actionId)) {
        setPendingReveal(null);
        return;
      }
      if (filters !== NO_FILTERS) setFilters(NO_FILTERS);
      else if (collapsed.size > 0) setCollapsed(new Set());
      else setPendingReveal(null);
      return;
    }
    const titleCol = COLUMNS.findIndex((c) => c.id === 'title');
    setSelected(new Set([pendingReveal.actionId]));
    setAnchor(pendingReveal.actionId);
    setActive({ key: pendingReveal.actionId, col: titleCol });
    virtualizer.scrollToIndex(index, { align: 'center' });
    // When the title is to be edited, the editor takes focus itself.
    wantsFocus.current = !pendingReveal.editTitle;
    const row = rows[index];
    if (pendingReveal.editTitle && row?.kind === 'action') {
      setEditing({ key: row.key, col: titleCol, text: row.action.title, error: null });
    }
    setPendingReveal(null);
  }, [pendingReveal, indexByKey, actions, filters, collapsed, rows, virtualizer]);

  // A cell that was being edited when the page reloaded: commit what was typed, or reopen
  // the editor with the text and its message.
  const restoredCells = useRef(false);
  useEffect(() => {
    if (restoredCells.current || isReadOnly) return;
    restoredCells.current = true;
    for (const [key, text] of takeDraftsWithPrefix(CELL_DRAFT_PREFIX)) {
      const [actionId, columnId] = key.split(':');
      const index = actionId === undefined ? undefined : indexByKey.get(actionId);
      const row = index === undefined ? undefined : rows[index];
      const col = COLUMNS.findIndex((c) => c.id === columnId);
      const column = COLUMNS[col];
      if (!row || row.kind !== 'action' || !column) continue;
      const parsed = parseCell(column.id, text, row.action, row.funding, cellMessages);
      const refused = parsed.ok
        ? parsed.unchanged
          ? null
          : runEdit(t('plan.undo.editCell', { column: t(`plan.table.columns.${column.id}`).toLocaleLowerCase('nb'), number: row.action.number }), parsed.edit)
        : parsed.error;
      if (refused) {
        setEditing({ key: row.key, col, text, error: refused });
        setActive({ key: row.key, col });
      }
    }
  }, [isReadOnly, indexByKey, rows, cellMessages, runEdit, t]);

  // Drop selections of tiltak that are gone (deleted, or another plan).
  useEffect(() => {
    setSelected((s) => {
      if (s.size === 0) return s;
      const present = new Set(actions.map((a) => a.id));
      const next = new Set([...s].filter((id) => present.has(id)));
      return next.size === s.size ? s : next;
    });
  }, [actions]);

  const startEdit = (index: number, col: number, initial?: string) => {
    const row = rows[index];
    const column = COLUMNS[col];
    if (!row || row.kind !== 'action' || !column) return;
    if (isReadOnly) {
      setMessage(t('plan.table.readOnly'));
      return;
    }
    if (!column.isEditable) {
      if (column.id !== 'number') setMessage(t('plan.table.computed', { column: t(`plan.table.columns.${column.id}`) }));
      return;
    }
    setMessage(null);
    setEditing({ key: row.key, col, text: initial ?? cellEditText(column.id, row.action, row.funding, language), error: null });
  };

  const commit = (text: string, exit: EditorExit): boolean => {
    if (!editing) return true;
    const index = indexByKey.get(editing.key);
    const row = index === undefined ? undefined : rows[index];
    const column = COLUMNS[editing.col];
    if (!row || row.kind !== 'action' || !column || index === undefined) {
      setEditing(null);
      return true;
    }
    const parsed = parseCell(column.id, text, row.action, row.funding, cellMessages);
    if (!parsed.ok) {
      setEditing({ ...editing, text, error: parsed.error });
      return false;
    }
    if (!parsed.unchanged) {
      const refused = runEdit(
        t('plan.undo.editCell', { column: t(`plan.table.columns.${column.id}`).toLocaleLowerCase('nb'), number: row.action.number }),
        parsed.edit,
      );
      if (refused) {
        setEditing({ ...editing, text, error: refused });
        return false;
      }
    }
    setEditing(null);
    if (exit === 'enter') moveTo(index, editing.col);
    else if (exit === 'tab') moveTo(index, editing.col + 1);
    else if (exit === 'shift-tab') moveTo(index, editing.col - 1);
    return true;
  };

  const cancel = () => {
    if (!editing) return;
    const index = indexByKey.get(editing.key);
    setEditing(null);
    if (index !== undefined) moveTo(index, editing.col);
  };

  const selectRange = (fromKey: string | null, toKey: string) => {
    const a = fromKey ? actionKeys.indexOf(fromKey) : -1;
    const b = actionKeys.indexOf(toKey);
    if (b < 0) return;
    const [lo, hi] = a < 0 ? [b, b] : [Math.min(a, b), Math.max(a, b)];
    setSelected(new Set(actionKeys.slice(lo, hi + 1)));
  };

  const toggleSelected = (key: string) => {
    setSelected((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
    setAnchor(key);
  };

  const toggleGroup = (key: string) => {
    setCollapsed((c) => {
      const next = new Set(c);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  };

  const onCellMouseDown = (index: number, col: number, e: MouseEvent) => {
    const row = rows[index];
    if (!row) return;
    if (editing && (editing.key !== row.key || editing.col !== col)) return; // the editor's blur commits first
    setActive({ key: row.key, col });
    if (row.kind !== 'action') return;
    if (e.shiftKey) {
      e.preventDefault();
      selectRange(anchor, row.key);
    } else if (e.ctrlKey || e.metaKey) {
      toggleSelected(row.key);
    } else {
      // A plain click moves the active cell; selection for bulk changes is explicit (Ctrl/Shift/Space).
      setSelected(new Set());
      setAnchor(row.key);
    }
  };

  // Focus that arrives at a cell some other way (a screen reader, a script) makes it the active cell.
  const onCellFocus = (index: number, col: number) => {
    const row = rows[index];
    if (!row || editing) return;
    if (active?.key !== row.key || active.col !== col) setActive({ key: row.key, col });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing || !active || activeIndex < 0) return;
    const row = rows[activeIndex];
    if (!row) return;
    const col = active.col;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / ROW_HEIGHT) - 2);
    const ctrl = e.ctrlKey || e.metaKey;
    let handled = true;
    const moveRow = (to: number) => {
      moveTo(to, col);
      const target = rows[Math.max(0, Math.min(rows.length - 1, to))];
      if (e.shiftKey && target?.kind === 'action') selectRange(anchor ?? (row.kind === 'action' ? row.key : null), target.key);
    };
    switch (e.key) {
      case 'ArrowDown':
        moveRow(activeIndex + 1);
        break;
      case 'ArrowUp':
        moveRow(activeIndex - 1);
        break;
      case 'ArrowRight':
        if (row.kind === 'group' && row.isCollapsed) toggleGroup(row.key);
        else moveTo(activeIndex, col + 1);
        break;
      case 'ArrowLeft':
        if (row.kind === 'group' && !row.isCollapsed) toggleGroup(row.key);
        else moveTo(activeIndex, col - 1);
        break;
      case 'Home':
        moveTo(ctrl ? 0 : activeIndex, ctrl ? col : 0);
        break;
      case 'End':
        moveTo(ctrl ? rows.length - 1 : activeIndex, ctrl ? col : COLUMNS.length - 1);
        break;
      case 'PageDown':
        moveRow(activeIndex + page);
        break;
      case 'PageUp':
        moveRow(activeIndex - page);
        break;
      case 'Enter':
      case 'F2':
        if (row.kind === 'group') toggleGroup(row.key);
        else if (COLUMNS[col]?.id === 'number') onOpenAction(row.key);
        else startEdit(activeIndex, col);
        break;
      case ' ':
        if (row.kind === 'group') toggleGroup(row.key);
        else if (e.shiftKey) selectRange(anchor, row.key);
        else toggleSelected(row.key);
        break;
      case 'Escape':
        if (selected.size > 0) setSelected(new Set());
        else handled = false;
        break;
      case 'Delete':
        if (row.kind === 'action' && !isReadOnly) {
          if (selected.size === 0) setSelected(new Set([row.key]));
          setIsConfirmingDelete(true);
        } else handled = false;
        break;
      default:
        if (ctrl && e.key.toLowerCase() === 'a') {
          setSelected(new Set(actionKeys));
        } else if (!ctrl && !e.altKey && e.key.length === 1 && row.kind === 'action' && EDITABLE_TEXT.has(COLUMNS[col]?.id ?? 'number')) {
          startEdit(activeIndex, col, e.key);
        } else handled = false;
    }
    if (handled) e.preventDefault();
  };

  const onFocusGrid = () => {
    if (rows.length === 0) return;
    if (active && activeIndex >= 0) {
      moveTo(activeIndex, active.col);
      return;
    }
    const first = rows.findIndex((r) => r.kind === 'action');
    moveTo(first < 0 ? 0 : first, 1);
  };

  const onAdd = () => {
    const id = newId('act');
    const current = active ? actions.find((a) => a.id === active.key) : undefined;
    const activeGroup = active?.key.startsWith('ini:') ? active.key.slice(4) : null;
    const initiativeId = filters.initiativeId || activeGroup || current?.initiativeIds[0] || '';
    const projectId = !initiativeId && active?.key.startsWith('prj:') ? active.key.slice(4) : (current && !initiativeId ? current.crossCuttingProjectId : null);
    const refused = runEdit(t('plan.undo.addAction'), (d) =>
      addAction(d, plan.id, {
        id,
        title: t('plan.toolbar.newActionTitle'),
        initiativeIds: initiativeId ? [initiativeId] : [],
        crossCuttingProjectId: projectId ?? null,
      }),
    );
    setMessage(refused);
    if (!refused) {
      setPendingReveal({ actionId: id, key: Date.now(), editTitle: true });
      onOpenAction(id);
    }
  };

  const selectedIds = [...selected];
  const sortColumn = (id: ColumnId) =>
    setSort((s) => (s?.column !== id ? { column: id, direction: 'asc' } : s.direction === 'asc' ? { column: id, direction: 'desc' } : null));
  const template = COLUMNS.map((c) => c.width).join(' ');
  const items = virtualizer.getVirtualItems();
  const actionCount = actionKeys.length;
  const isActiveRendered = activeIndex >= 0 && items.some((i) => i.index === activeIndex);

  return (
    <section className="pl-table-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="pl-visually-hidden">
        {t('plan.table.label', { year: plan.year })}
      </h2>
      <ActionTableToolbar
        strategy={strategy}
        owners={owners}
        filters={filters}
        onFiltersChange={setFilters}
        shown={actionCount}
        total={actions.length}
        isReadOnly={isReadOnly}
        onAdd={onAdd}
      />
      {selected.size > 0 ? (
        <BulkActionBar
          count={selected.size}
          isReadOnly={isReadOnly}
          onStatus={(status: ActionStatus) =>
            setMessage(runEdit(t('plan.undo.bulkStatus', { count: selected.size }), (d) => bulkUpdate(d, selectedIds, { status })))
          }
          onPriority={(priority: Priority) =>
            setMessage(runEdit(t('plan.undo.bulkPriority', { count: selected.size }), (d) => bulkUpdate(d, selectedIds, { priority })))
          }
          onDelete={() => setIsConfirmingDelete(true)}
          onClear={() => setSelected(new Set())}
        />
      ) : null}
      {message ? (
        <p role="alert" className="pl-error pl-table-message">
          {message}
        </p>
      ) : null}
      <p id={`${headingId}-help`} className="pl-help">
        {t('plan.table.help')}
      </p>
      <div
        ref={scrollRef}
        role="treegrid"
        aria-labelledby={headingId}
        aria-describedby={`${headingId}-help`}
        aria-rowcount={rows.length + 1}
        aria-colcount={COLUMNS.length}
        aria-multiselectable="true"
        className="pl-grid"
        tabIndex={isActiveRendered ? -1 : 0}
        onKeyDown={onKeyDown}
        onFocus={(e) => {
          if (e.target === e.currentTarget) onFocusGrid();
        }}
      >
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
                  <button type="button" className="pl-sort" onClick={() => sortColumn(c.id)} title={t('plan.table.sortBy', { column: label })}>
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
        <div role="rowgroup" className="pl-grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => {
            const row: TableRow | undefined = rows[item.index];
            if (!row) return null;
            const style = {
              transform: `translateY(${item.start - HEADER_HEIGHT}px)`,
              height: ROW_HEIGHT,
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
                  onActivate={(i) => moveTo(i, 0, false)}
                  onFocusCell={(i) => onCellFocus(i, active?.col ?? 0)}
                  onToggle={toggleGroup}
                />
              );
            }
            return (
              <ActionRowView
                key={row.key}
                row={row}
                index={item.index}
                planYear={plan.year}
                style={style}
                activeCol={active?.key === row.key ? active.col : null}
                isSelected={selected.has(row.key)}
                isOpen={openActionId === row.key}
                editing={editing?.key === row.key ? editing : null}
                onCellMouseDown={onCellMouseDown}
                onCellDoubleClick={(i, c) => startEdit(i, c)}
                onCellFocus={onCellFocus}
                onOpen={(id) => onOpenAction(id)}
                onEditChange={(text) => setEditing((ed) => (ed ? { ...ed, text, error: ed.error } : ed))}
                onEditCommit={commit}
                onEditCancel={cancel}
              />
            );
          })}
        </div>
      </div>
      {actionCount === 0 ? (
        <p className="pl-empty">{actions.length === 0 ? t('plan.table.emptyPlan') : t('plan.table.emptyFilter')}</p>
      ) : null}
      {isConfirmingDelete ? (
        <ConfirmDialog
          title={t('plan.bulk.deleteTitle', { count: selected.size })}
          body={<p>{t('plan.bulk.deleteBody', { year: plan.year })}</p>}
          confirmLabel={t('plan.bulk.deleteConfirm')}
          isDanger
          onCancel={() => setIsConfirmingDelete(false)}
          onConfirm={() => {
            const ids = [...selected];
            const refused = runEdit(t('plan.undo.deleteActions', { count: ids.length }), (d) => deleteActions(d, ids));
            setMessage(refused);
            setIsConfirmingDelete(false);
            if (!refused) {
              setSelected(new Set());
              if (openActionId && ids.includes(openActionId)) onOpenAction(null);
            }
          }}
        />
      ) : null}
    </section>
  );
}
