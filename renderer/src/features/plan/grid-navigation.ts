/**
 * The tiltak grid's keyboard and selection logic as pure functions (no React, no DOM):
 * given where the active cell is, what is selected and the rows on screen, a key or a
 * click gives the next state plus one command for the component to carry out (scroll to
 * and focus a cell, open or edit a tiltak, fold a group, ask before deleting).
 * ActionTable.tsx holds the state and runs the commands; tests/renderer/features/plan/
 * grid-navigation.test.ts pins the behaviour key by key.
 */

/** The active cell: a row (by key, so it survives sorting and filtering) and a column index. */
export interface GridCursor {
  key: string;
  col: number;
}

/** Active cell and selection (the selected tiltak ids; the anchor a Shift range starts from). */
export interface GridNavState {
  active: GridCursor | null;
  selected: ReadonlySet<string>;
  anchor: string | null;
}

/** A row as navigation needs it. */
export interface GridRowShape {
  key: string;
  kind: 'action' | 'group';
  isCollapsed?: boolean;
}

/** The grid as navigation needs it. */
export interface GridShape {
  rows: readonly GridRowShape[];
  columnCount: number;
  /** Rows a PageUp / PageDown moves. */
  pageSize: number;
  /** The column that opens the tiltak (Enter on «Nr.»). */
  openColumn: number;
  /** Columns where typing a character starts editing with that character. */
  typeToEditColumns: ReadonlySet<number>;
  isReadOnly: boolean;
}

/** A key press, with the modifiers that matter (Ctrl or ⌘ as `ctrl`). */
export interface GridKey {
  key: string;
  shift?: boolean;
  ctrl?: boolean;
  alt?: boolean;
}

/** What the component does after a key or click. */
export type GridCommand =
  | { kind: 'move'; index: number; col: number }
  | { kind: 'toggle-group'; key: string }
  | { kind: 'open'; key: string }
  | { kind: 'edit'; index: number; col: number; initial?: string }
  | { kind: 'confirm-delete' };

/** Result of a key: the next state, what to do, and whether the key was used (preventDefault). */
export interface GridKeyResult {
  state: GridNavState;
  command: GridCommand | null;
  isHandled: boolean;
}

/** Nothing active, nothing selected. */
export const EMPTY_NAV: GridNavState = { active: null, selected: new Set(), anchor: null };

const clamp = (n: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, n));

/** Keys of the action rows, in row order. */
export function actionKeysOf(shape: GridShape): string[] {
  return shape.rows.filter((r) => r.kind === 'action').map((r) => r.key);
}

/** Row index of the active cell, -1 when none (or its row is gone). */
export function activeIndexOf(state: GridNavState, shape: GridShape): number {
  const key = state.active?.key;
  return key === undefined ? -1 : shape.rows.findIndex((r) => r.key === key);
}

/** The cell at (index, col), clamped to the grid; null when the grid is empty. */
export function cursorAt(shape: GridShape, index: number, col: number): { key: string; index: number; col: number } | null {
  if (shape.rows.length === 0) return null;
  const i = clamp(index, 0, shape.rows.length - 1);
  const row = shape.rows[i];
  return row ? { key: row.key, index: i, col: clamp(col, 0, shape.columnCount - 1) } : null;
}

/** Selects the tiltak from `fromKey` (or just `toKey` when there is no start) to `toKey`. */
export function selectRange(state: GridNavState, shape: GridShape, fromKey: string | null, toKey: string): GridNavState {
  const keys = actionKeysOf(shape);
  const a = fromKey ? keys.indexOf(fromKey) : -1;
  const b = keys.indexOf(toKey);
  if (b < 0) return state;
  const [lo, hi] = a < 0 ? [b, b] : [Math.min(a, b), Math.max(a, b)];
  return { ...state, selected: new Set(keys.slice(lo, hi + 1)) };
}

/** Adds or removes one tiltak from the selection; it becomes the anchor. */
export function toggleSelection(state: GridNavState, key: string): GridNavState {
  return { ...state, selected: toggleKey(state.selected, key), anchor: key };
}

/** Drops selected ids that are no longer in the plan (same object when nothing changed). */
export function pruneSelection(state: GridNavState, present: ReadonlySet<string>): GridNavState {
  if (state.selected.size === 0) return state;
  const selected = new Set([...state.selected].filter((id) => present.has(id)));
  return selected.size === state.selected.size ? state : { ...state, selected };
}

/** A mouse press on a cell: it becomes active; Shift extends, Ctrl/⌘ toggles, a plain click clears the selection. */
export function gridPointerDown(state: GridNavState, shape: GridShape, index: number, col: number, modifiers: { shift?: boolean; ctrl?: boolean }): GridNavState {
  const row = shape.rows[index];
  if (!row) return state;
  const next = { ...state, active: { key: row.key, col } };
  if (row.kind !== 'action') return next;
  if (modifiers.shift) return selectRange(next, shape, state.anchor, row.key);
  if (modifiers.ctrl) return toggleSelection(next, row.key);
  // A plain click moves the active cell; selection for bulk changes is explicit (Ctrl/Shift/Space).
  return { ...next, selected: new Set(), anchor: row.key };
}

/** One key on the grid (not while a cell is being edited). */
export function gridKeyDown(state: GridNavState, shape: GridShape, key: GridKey): GridKeyResult {
  const unhandled: GridKeyResult = { state, command: null, isHandled: false };
  const index = activeIndexOf(state, shape);
  const row = shape.rows[index];
  if (!state.active || !row) return unhandled;
  const col = state.active.col;
  const done = (next: GridNavState, command: GridCommand | null = null): GridKeyResult => ({ state: next, command, isHandled: true });
  const move = (toIndex: number, toCol: number) => {
    const to = cursorAt(shape, toIndex, toCol);
    if (!to) return done(state);
    return done({ ...state, active: { key: to.key, col: to.col } }, { kind: 'move', index: to.index, col: to.col });
  };
  // Up, down and pages: with Shift, the selection follows from the anchor to the new row.
  const moveRow = (toIndex: number) => {
    const moved = move(toIndex, col);
    const target = shape.rows[clamp(toIndex, 0, shape.rows.length - 1)];
    if (!key.shift || target?.kind !== 'action') return moved;
    const from = state.anchor ?? (row.kind === 'action' ? row.key : null);
    return done(selectRange(moved.state, shape, from, target.key), moved.command);
  };
  const toggleGroup = done(state, { kind: 'toggle-group', key: row.key });

  switch (key.key) {
    case 'ArrowDown':
      return moveRow(index + 1);
    case 'ArrowUp':
      return moveRow(index - 1);
    case 'ArrowRight':
      return row.kind === 'group' && row.isCollapsed ? toggleGroup : move(index, col + 1);
    case 'ArrowLeft':
      return row.kind === 'group' && !row.isCollapsed ? toggleGroup : move(index, col - 1);
    case 'Home':
      return key.ctrl ? move(0, col) : move(index, 0);
    case 'End':
      return key.ctrl ? move(shape.rows.length - 1, col) : move(index, shape.columnCount - 1);
    case 'PageDown':
      return moveRow(index + shape.pageSize);
    case 'PageUp':
      return moveRow(index - shape.pageSize);
    case 'Enter':
    case 'F2':
      if (row.kind === 'group') return toggleGroup;
      if (col === shape.openColumn) return done(state, { kind: 'open', key: row.key });
      return done(state, { kind: 'edit', index, col });
    case ' ':
      if (row.kind === 'group') return toggleGroup;
      return done(key.shift ? selectRange(state, shape, state.anchor, row.key) : toggleSelection(state, row.key));
    case 'Escape':
      return state.selected.size > 0 ? done({ ...state, selected: new Set() }) : unhandled;
    case 'Delete':
      if (row.kind !== 'action' || shape.isReadOnly) return unhandled;
      return done(state.selected.size === 0 ? { ...state, selected: new Set([row.key]) } : state, { kind: 'confirm-delete' });
    default:
      if (key.ctrl && key.key.toLowerCase() === 'a') return done({ ...state, selected: new Set(actionKeysOf(shape)) });
      if (!key.ctrl && !key.alt && key.key.length === 1 && row.kind === 'action' && shape.typeToEditColumns.has(col)) {
        return done(state, { kind: 'edit', index, col, initial: key.key });
      }
      return unhandled;
  }
}

/** The set with `key` added, or removed when it was there (folded groups, selections). */
export function toggleKey(set: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(key)) next.delete(key);
  else next.add(key);
  return next;
}
