/**
 * The year's tiltak as a virtualized ARIA grid, grouped by innsatsområde → satsing, with
 * tverrgående prosjekter and unlinked tiltak last. Keyboard: arrows move the active cell,
 * Enter/F2 edits (Enter again commits, Esc cancels, Tab commits and moves on), typing
 * starts editing, Space selects, Shift+arrows extend, Ctrl+A selects all, Delete deletes.
 * Only the visible rows are rendered (@tanstack/react-virtual), so 10 000 tiltak scroll.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ClipboardEvent, CSSProperties, KeyboardEvent, MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { newId } from '@shared/domain';
import type { Action, ActionPlan, ActionStatus, Priority, Strategy } from '@shared/domain';
import { addAction, bulkUpdate } from '@shared/edits';
import type { FindingCounts } from '@shared/rules';
import type { RowEditing } from './ActionRowView';
import { ActionTableToolbar } from './ActionTableToolbar';
import { BulkActionBar } from './BulkActionBar';
import { DeleteActionsDialog } from './DeleteActionsDialog';
import type { EditorExit } from './CellEditor';
import { cellEditText, parseCell } from './cell-edit';
import type { CellMessages } from './cell-edit';
import { GridHeaderRow } from './GridHeaderRow';
import { PastePreviewDialog } from './PastePreviewDialog';
import { pasteEdit, preparePaste } from './paste-plan';
import type { PastePlan } from './paste-plan';
import { useRestoreCellDrafts } from './use-restore-cell-drafts';
import { ROW_HEIGHTS, columnTemplate, columnWidth, minimumRowWidth, useTableView } from './use-table-view';
import { sameIdsInPlace } from './same-ids';
import { GridBody, HEADER_HEIGHT } from './GridBody';
import { firstPaintRect, observeRectAfterLayout } from './virtual-rect';
import type { RowHandlers } from './GridBody';
import { EMPTY_NAV, actionKeysOf, cursorAt, gridKeyDown, gridPointerDown, pruneSelection, toggleKey } from './grid-navigation';
import type { GridCommand, GridNavState, GridShape } from './grid-navigation';
import type { ActionRow, ColumnId, SortState, TableFilters } from './table-model';
import { COLUMNS, NO_FILTERS, actionIdOfRowKey, buildRows, createLayoutMemo, createOwnersMemo, createRowsMemo, keptOwners, newActionLinks, nextSort, rowLayout } from './table-model';
import type { RunEdit } from '../../ui/use-edit';
import { ErrorText } from '../../ui/ErrorText';
import { useLanguage } from '../../ui/format';
import { useRenderMessage } from '../../ui/messages';
import { ConflictsInto } from '../../sync/ConflictsInto';
import { requestFirstConflictFocus } from '../../sync/conflict-focus';
import type { SyncConflict } from '@shared/sync';

/** A request to show one tiltak (from a link); a new `key` repeats it. */
export interface RevealRequest {
  /** The tiltak id, or a group row's key (app/plan-links.ts). */
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
  /** Findings per tiltak; null while the kontroll is being computed (the rows say so). */
  findingsByAction: FindingCounts | null;
  /** Asks for the pending findings at once (before a filter or sort by them). */
  onNeedFindings?(): void;
  runEdit: RunEdit;
  onOpenAction(actionId: string | null): void;
  openActionId: string | null;
  reveal: RevealRequest | null;
}

const EDITABLE_TEXT: ReadonlySet<ColumnId> = new Set(['title', 'owner', 'cost', 'ownFunds', 'deadline']);
const TYPE_TO_EDIT_COLUMNS: ReadonlySet<number> = new Set(COLUMNS.flatMap((c, i) => (EDITABLE_TEXT.has(c.id) ? [i] : [])));
const OPEN_COLUMN = COLUMNS.findIndex((c) => c.id === 'number');
/** Where the active cell goes after an edit is committed with Enter, Tab or Shift+Tab. */
const EXIT_STEP = { enter: 0, tab: 1, 'shift-tab': -1 } as const;

/** The tiltak table. */
export function ActionTable({ strategy, plan, actions, findingsByAction, onNeedFindings, runEdit, onOpenAction, openActionId, reveal }: ActionTableProps) {
  const { t } = useTranslation();
  const teamConflicts = useRef<readonly SyncConflict[]>([]);
  const isReadOnly = plan.status === 'adopted';
  const [filters, setFilters] = useState<TableFilters>(NO_FILTERS);
  const [sort, setSort] = useState<SortState>(null);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  // Active cell and selection: the pure logic of grid-navigation.ts.
  const [nav, setNav] = useState<GridNavState>(EMPTY_NAV);
  const { active, selected } = nav;
  const [editing, setEditing] = useState<(RowEditing & { key: string }) | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [isConfirmingDelete, setIsConfirmingDelete] = useState(false);
  const [pendingReveal, setPendingReveal] = useState<RevealRequest | null>(null);
  const [pastePreview, setPastePreview] = useState<{ plan: PastePlan; cellCount: number } | null>(null);
  const scrollRef = useRef<HTMLDivElement>(null);
  const wantsFocus = useRef(false);
  const isRevealing = useRef(false);
  const headingId = `pl-grid-label-${plan.id}`;
  // Density and column widths: the planner's view, remembered on this machine.
  const view = useTableView();
  const rowHeight = ROW_HEIGHTS[view.density];

  // Rows, row index and grid shape are kept between edits: unchanged tiltak keep their row objects.
  const [rowsMemo] = useState(createRowsMemo);
  const rows = useMemo(
    () => buildRows(strategy, actions, { filters, sort, collapsed, findingsByAction }, rowsMemo),
    [strategy, actions, filters, sort, collapsed, findingsByAction, rowsMemo],
  );
  const [layoutMemo] = useState(createLayoutMemo);
  const { indexByKey, shapeRows } = useMemo(() => rowLayout(layoutMemo, rows), [layoutMemo, rows]);
  const shape = useMemo<GridShape>(
    () => ({
      rows: shapeRows,
      columnCount: COLUMNS.length,
      pageSize: 1,
      openColumn: OPEN_COLUMN,
      typeToEditColumns: TYPE_TO_EDIT_COLUMNS,
      isReadOnly,
    }),
    [shapeRows, isReadOnly],
  );
  const actionKeys = useMemo(() => actionKeysOf(shape), [shape]);
  const [ownersMemo] = useState(createOwnersMemo);
  const owners = useMemo(() => keptOwners(ownersMemo, actions), [ownersMemo, actions]);

  const language = useLanguage();
  const renderMessage = useRenderMessage();
  const cellMessages = useMemo<CellMessages>(() => ({ language, render: renderMessage }), [language, renderMessage]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    scrollMargin: HEADER_HEIGHT,
    // The grid's size is known after the first layout, not forced during the commit (virtual-rect.ts).
    initialRect: firstPaintRect(),
    observeElementRect: observeRectAfterLayout,
  });

  // A new density changes every row's height: measure again (not on mount: nothing is measured yet,
  // and measuring would render the table a second time before its first paint).
  const measuredRowHeight = useRef(rowHeight);
  useLayoutEffect(() => {
    if (measuredRowHeight.current === rowHeight) return;
    measuredRowHeight.current = rowHeight;
    virtualizer.measure();
  }, [rowHeight, virtualizer]);

  const activeIndex = active ? (indexByKey.get(active.key) ?? -1) : -1;

  // Keep focus on the active cell after keyboard moves (the row may render only after scrolling).
  useLayoutEffect(() => {
    if (!wantsFocus.current || activeIndex < 0 || !active) return;
    const row = rows[activeIndex];
    const col = row?.kind === 'group' ? 0 : active.col;
    const cell = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${activeIndex}:${col}"]`);
    if (cell) {
      // Already there (the cell editor hands focus to its cell when it closes): focusing again would only force a layout.
      if (document.activeElement !== cell) cell.focus({ preventScroll: true });
      wantsFocus.current = false;
      // A revealed tiltak (a link from a finding) is also scrolled into the page's view.
      if (isRevealing.current) cell.scrollIntoView({ block: 'nearest' });
      isRevealing.current = false;
    }
  });

  // Scrolls a row into view when it is not: a scroll command where nothing needs to move
  // still writes the scroll position and checks it again over the next frames.
  const showRow = useCallback(
    (index: number) => {
      if (virtualizer.getOffsetForIndex(index, 'auto')?.[1] === 'auto') return;
      virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtualizer],
  );

  const moveTo = useCallback(
    (index: number, col: number, focus = true) => {
      const to = cursorAt(shape, index, col);
      if (!to) return;
      setNav((n) => ({ ...n, active: { key: to.key, col: to.col } }));
      showRow(to.index);
      wantsFocus.current = focus;
    },
    [shape, showRow],
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
    const key = pendingReveal.actionId;
    // A group row (a finding about an area with no tiltak) becomes active, not selected: «Nytt tiltak» lands there.
    if (rows[index]?.kind === 'group') setNav((n) => ({ ...n, active: { key, col: titleCol } }));
    else setNav({ selected: new Set([key]), anchor: key, active: { key, col: titleCol } });
    virtualizer.scrollToIndex(index, { align: 'center' });
    // When the title is to be edited, the editor takes focus itself.
    wantsFocus.current = !pendingReveal.editTitle;
    isRevealing.current = wantsFocus.current;
    const row = rows[index];
    if (pendingReveal.editTitle && row?.kind === 'action') {
      setEditing({ key: row.key, col: titleCol, text: row.action.title, error: null });
    }
    setPendingReveal(null);
  }, [pendingReveal, indexByKey, actions, filters, collapsed, rows, virtualizer]);

  // Parses a cell's text and applies it as one undo step; the error text when refused.
  const applyCellText = useCallback(
    (row: ActionRow, columnId: ColumnId, text: string): string | null => {
      const parsed = parseCell(columnId, text, row.action, row.funding, cellMessages);
      if (!parsed.ok) return parsed.error;
      if (parsed.unchanged) return null;
      const column = t(`plan.table.columns.${columnId}`).toLocaleLowerCase('nb');
      return runEdit(t('plan.undo.editCell', { column, number: row.action.number }), parsed.edit);
    },
    [cellMessages, runEdit, t],
  );

  useRestoreCellDrafts(isReadOnly, rows, indexByKey, applyCellText, (row, col, text, error) => {
    setEditing({ key: row.key, col, text, error });
    setNav((n) => ({ ...n, active: { key: row.key, col } }));
  });

  // Drop selections of tiltak that are gone (deleted, or another plan); an edit in place keeps every id.
  const prunedFor = useRef(actions);
  useEffect(() => {
    const before = prunedFor.current;
    prunedFor.current = actions;
    if (sameIdsInPlace(before, actions)) return;
    setNav((n) => (n.selected.size === 0 ? n : pruneSelection(n, new Set(actions.map((a) => a.id)))));
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
    const refused = applyCellText(row, column.id, text);
    if (refused) {
      setEditing({ ...editing, text, error: refused });
      return false;
    }
    setEditing(null);
    if (exit === 'enter' || exit === 'tab' || exit === 'shift-tab') moveTo(index, editing.col + EXIT_STEP[exit]);
    return true;
  };

  const cancel = () => {
    if (!editing) return;
    const index = indexByKey.get(editing.key);
    setEditing(null);
    if (index !== undefined) moveTo(index, editing.col);
  };

  const toggleGroup = (key: string) => setCollapsed((c) => toggleKey(c, key));

  const onCellMouseDown = (index: number, col: number, e: MouseEvent) => {
    const row = rows[index];
    if (!row) return;
    if (editing && (editing.key !== row.key || editing.col !== col)) return; // the editor's blur commits first
    // Shift+click extends the selection instead of selecting text.
    if (row.kind === 'action' && e.shiftKey) e.preventDefault();
    setNav((n) => gridPointerDown(n, shape, index, col, { shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey }));
  };

  // Focus that arrives at a cell some other way (a screen reader, a script) makes it the active cell.
  const onCellFocus = (index: number, col: number) => {
    const row = rows[index];
    if (!row || editing) return;
    if (active?.key !== row.key || active.col !== col) setNav((n) => ({ ...n, active: { key: row.key, col } }));
  };

  const runCommand = (command: GridCommand | null) => {
    if (!command) return;
    if (command.kind === 'move') {
      showRow(command.index);
      wantsFocus.current = true;
    } else if (command.kind === 'toggle-group') toggleGroup(command.key);
    else if (command.kind === 'open') {
      // The row's conflict marker is for the mouse; by keyboard, opening the tiltak takes
      // focus to its first conflict the same way.
      const id = actionIdOfRowKey(command.key);
      requestFirstConflictFocus(teamConflicts.current, id);
      onOpenAction(id);
    }
    else if (command.kind === 'edit') startEdit(command.index, command.col, command.initial);
    else setIsConfirmingDelete(true);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const pageSize = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 600) / rowHeight) - 2);
    const input = { key: e.key, shift: e.shiftKey, ctrl: e.ctrlKey || e.metaKey, alt: e.altKey };
    let result = gridKeyDown(nav, { ...shape, pageSize }, input);
    if (!result.isHandled) return;
    // A hidden column (column chooser) is stepped over, on in the same direction, else back.
    const isHiddenAt = (r: typeof result) => r.state.active !== null && view.hidden.some((id) => COLUMNS[r.state.active?.col ?? 0]?.id === id);
    for (const key of [e.key === 'ArrowLeft' || e.key === 'Home' ? 'ArrowLeft' : 'ArrowRight', 'ArrowLeft']) {
      for (let guard = 0; guard < COLUMNS.length && isHiddenAt(result); guard++) {
        const next = gridKeyDown(result.state, { ...shape, pageSize }, { ...input, key, shift: false, ctrl: false });
        if (next.state.active?.col === result.state.active?.col) break;
        result = { ...next, command: next.command ?? result.command };
      }
    }
    e.preventDefault();
    setNav(result.state);
    runCommand(result.command);
  };

  // Ctrl+V on the grid (not in a cell editor): a block of cells from Excel, from the active cell.
  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    if (editing) return;
    e.preventDefault();
    const target = { rows, index: activeIndex, col: active?.col ?? -1, isReadOnly, language };
    const step = preparePaste(e.clipboardData.getData('text/plain'), target);
    if (step.kind === 'refused') setMessage(renderMessage(step.error));
    else if (step.kind === 'apply') setMessage(runEdit(t('plan.paste.undo', { count: 1 }), pasteEdit(step.plan)));
    else if (step.kind === 'preview') setPastePreview(step);
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
    const links = newActionLinks(active?.key ?? null, filters.initiativeId);
    const refused = runEdit(t('plan.undo.addAction'), (d) => addAction(d, plan.id, { id, title: t('plan.toolbar.newActionTitle'), ...links }));
    setMessage(refused);
    if (!refused) {
      setPendingReveal({ actionId: id, key: Date.now(), editTitle: true });
      onOpenAction(id);
    }
  };

  // The rows get callbacks that never change (they call the latest handlers), so a row
  // re-renders only when its own props — its tiltak, its state — changed (React.memo).
  const latest = useRef({ moveTo, onCellFocus, active, toggleGroup, onCellMouseDown, startEdit, onOpenAction, commit, cancel, onAdd });
  useLayoutEffect(() => {
    latest.current = { moveTo, onCellFocus, active, toggleGroup, onCellMouseDown, startEdit, onOpenAction, commit, cancel, onAdd };
  });
  const stable = useMemo(
    () => ({
      onGroupActivate: (i: number) => latest.current.moveTo(i, 0, false),
      onGroupFocus: (i: number) => latest.current.onCellFocus(i, latest.current.active?.col ?? 0),
      onToggleGroup: (key: string) => latest.current.toggleGroup(key),
      onAdd: () => latest.current.onAdd(),
      rowHandlers: {
        onCellMouseDown: (i: number, c: number, e: MouseEvent) => latest.current.onCellMouseDown(i, c, e),
        onCellDoubleClick: (i: number, c: number) => latest.current.startEdit(i, c),
        onCellFocus: (i: number, c: number) => latest.current.onCellFocus(i, c),
        onOpen: (id: string) => latest.current.onOpenAction(actionIdOfRowKey(id)),
        onEditChange: (text: string) => setEditing((ed) => (ed ? { ...ed, text, error: ed.error } : ed)),
        onEditCommit: (text: string, exit: EditorExit) => latest.current.commit(text, exit),
        onEditCancel: () => latest.current.cancel(),
      } satisfies RowHandlers,
    }),
    [],
  );

  const selectedIds = [...new Set([...selected].map(actionIdOfRowKey))];
  // A sort or filter by findings waits for no paint: pending findings are computed in the same event.
  const sortColumn = useCallback(
    (id: ColumnId) => {
      if (id === 'findings') onNeedFindings?.();
      setSort((s) => nextSort(s, id));
    },
    [onNeedFindings],
  );
  const changeFilters = useCallback(
    (next: TableFilters) => {
      if (next.hasFindings) onNeedFindings?.();
      setFilters(next);
    },
    [onNeedFindings],
  );
  const template = columnTemplate(view.widths, view.hidden);
  // Nr and Tittel stay in sight when the grid scrolls sideways (see plan.css).
  const gridStyle = {
    '--pl-sticky-title-left': columnWidth('number', view.widths),
    '--pl-row-min-width': minimumRowWidth(view.widths, view.hidden),
  } satisfies Record<string, string> as CSSProperties;
  const items = virtualizer.getVirtualItems();
  // A tiltak under both a satsing and a prosjekt has two rows; it is one tiltak.
  const actionCount = useMemo(() => new Set(actionKeys.map(actionIdOfRowKey)).size, [actionKeys]);
  const isActiveRendered = activeIndex >= 0 && items.some((i) => i.index === activeIndex);

  return (
    <section className="pl-table-section" aria-labelledby={headingId}>
      <h2 id={headingId} className="pl-visually-hidden">
        {t('plan.table.label', { year: plan.year })}
      </h2>
      <ConflictsInto target={teamConflicts} />
      <ActionTableToolbar
        strategy={strategy}
        owners={owners}
        filters={filters}
        onFiltersChange={changeFilters}
        shown={actionCount}
        total={actions.length}
        isReadOnly={isReadOnly}
        onAdd={stable.onAdd}
        density={view.density}
        onDensityChange={view.setDensity}
        hiddenColumns={view.hidden}
        onColumnShownChange={view.setShown}
      />
      {selected.size > 0 ? (
        <BulkActionBar
          count={selectedIds.length}
          isReadOnly={isReadOnly}
          onStatus={(status: ActionStatus) =>
            setMessage(runEdit(t('plan.undo.bulkStatus', { count: selectedIds.length }), (d) => bulkUpdate(d, selectedIds, { status })))
          }
          onPriority={(priority: Priority) =>
            setMessage(runEdit(t('plan.undo.bulkPriority', { count: selectedIds.length }), (d) => bulkUpdate(d, selectedIds, { priority })))
          }
          onDelete={() => setIsConfirmingDelete(true)}
          onClear={() => setNav((n) => ({ ...n, selected: new Set() }))}
        />
      ) : null}
      <ErrorText className="pl-error pl-table-message">{message}</ErrorText>
      <p id={`${headingId}-help`} className="pl-help" title={t('plan.table.help')}>
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
        className={`pl-grid pl-density-${view.density}`}
        data-hide={view.hidden.join(' ')}
        style={gridStyle}
        tabIndex={isActiveRendered ? -1 : 0}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        onFocus={(e) => {
          if (e.target === e.currentTarget) onFocusGrid();
        }}
      >
        <GridHeaderRow sort={sort} template={template} onSort={sortColumn} widths={view.widths} onResize={view.setWidth} />
        <GridBody
          items={items}
          totalSize={virtualizer.getTotalSize()}
          rows={rows}
          template={template}
          planYear={plan.year}
          active={active}
          selected={selected}
          openActionId={openActionId}
          editing={editing}
          onGroupActivate={stable.onGroupActivate}
          onGroupFocus={stable.onGroupFocus}
          onToggleGroup={stable.onToggleGroup}
          rowHeight={rowHeight}
          rowHandlers={stable.rowHandlers}
        />
      </div>
      {actionCount === 0 ? (
        <p className="pl-empty">{actions.length === 0 ? t('plan.table.emptyPlan') : t('plan.table.emptyFilter')}</p>
      ) : null}
      {pastePreview ? (
        <PastePreviewDialog
          plan={pastePreview.plan}
          cellCount={pastePreview.cellCount}
          runEdit={runEdit}
          onCancel={() => setPastePreview(null)}
          onDone={() => {
            setPastePreview(null);
            setMessage(null);
          }}
        />
      ) : null}
      {isConfirmingDelete ? (
        <DeleteActionsDialog
          ids={selectedIds}
          year={plan.year}
          runEdit={runEdit}
          onCancel={() => setIsConfirmingDelete(false)}
          onDone={(refused) => {
            setMessage(refused);
            setIsConfirmingDelete(false);
            if (refused) return;
            setNav((n) => ({ ...n, selected: new Set() }));
            if (openActionId && selected.has(openActionId)) onOpenAction(null);
          }}
        />
      ) : null}
    </section>
  );
}
