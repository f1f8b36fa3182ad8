// @vitest-environment node
// Pure functions: the tiltak grid's keyboard and selection logic, key by key.
import { describe, expect, it } from 'vitest';
import {
  EMPTY_NAV,
  cursorAt,
  gridKeyDown,
  gridPointerDown,
  pruneSelection,
  toggleKey,
} from '../../../../renderer/src/features/plan/grid-navigation';
import type { GridCommand, GridKey, GridNavState, GridShape } from '../../../../renderer/src/features/plan/grid-navigation';

// Rows: a satsing group, three tiltak, a folded group, one more tiltak. 5 columns; «Nr.» is 0.
const shape: GridShape = {
  rows: [
    { key: 'ini:1', kind: 'group', isCollapsed: false },
    { key: 'a', kind: 'action' },
    { key: 'b', kind: 'action' },
    { key: 'c', kind: 'action' },
    { key: 'prj:1', kind: 'group', isCollapsed: true },
    { key: 'd', kind: 'action' },
  ],
  columnCount: 5,
  pageSize: 3,
  openColumn: 0,
  typeToEditColumns: new Set([1, 2]),
  isReadOnly: false,
};

function at(key: string, col: number, selected: string[] = [], anchor: string | null = null): GridNavState {
  return { active: { key, col }, selected: new Set(selected), anchor };
}

interface Case {
  name: string;
  from: GridNavState;
  press: GridKey;
  active?: [string, number];
  selected?: string[];
  command?: GridCommand | null;
  isHandled?: boolean;
  grid?: GridShape;
}

const cases: Case[] = [
  { name: 'ArrowDown moves one row, same column', from: at('a', 2), press: { key: 'ArrowDown' }, active: ['b', 2], command: { kind: 'move', index: 2, col: 2 } },
  { name: 'ArrowUp onto a group row', from: at('a', 2), press: { key: 'ArrowUp' }, active: ['ini:1', 2], command: { kind: 'move', index: 0, col: 2 } },
  { name: 'ArrowUp on the first row stays', from: at('ini:1', 1), press: { key: 'ArrowUp' }, active: ['ini:1', 1], command: { kind: 'move', index: 0, col: 1 } },
  { name: 'ArrowDown on the last row stays', from: at('d', 1), press: { key: 'ArrowDown' }, active: ['d', 1], command: { kind: 'move', index: 5, col: 1 } },
  { name: 'ArrowRight moves a column', from: at('a', 1), press: { key: 'ArrowRight' }, active: ['a', 2], command: { kind: 'move', index: 1, col: 2 } },
  { name: 'ArrowRight stops at the last column', from: at('a', 4), press: { key: 'ArrowRight' }, active: ['a', 4] },
  { name: 'ArrowLeft stops at the first column', from: at('a', 0), press: { key: 'ArrowLeft' }, active: ['a', 0] },
  { name: 'ArrowRight on a folded group unfolds it', from: at('prj:1', 0), press: { key: 'ArrowRight' }, active: ['prj:1', 0], command: { kind: 'toggle-group', key: 'prj:1' } },
  { name: 'ArrowLeft on an open group folds it', from: at('ini:1', 0), press: { key: 'ArrowLeft' }, command: { kind: 'toggle-group', key: 'ini:1' } },
  { name: 'ArrowRight on an open group moves', from: at('ini:1', 0), press: { key: 'ArrowRight' }, active: ['ini:1', 1] },
  { name: 'Home: first column of the row', from: at('c', 3), press: { key: 'Home' }, active: ['c', 0] },
  { name: 'End: last column of the row', from: at('c', 1), press: { key: 'End' }, active: ['c', 4] },
  { name: 'Ctrl+Home: first row, same column', from: at('c', 3), press: { key: 'Home', ctrl: true }, active: ['ini:1', 3] },
  { name: 'Ctrl+End: last row, same column', from: at('a', 3), press: { key: 'End', ctrl: true }, active: ['d', 3] },
  { name: 'PageDown moves a page', from: at('a', 1), press: { key: 'PageDown' }, active: ['prj:1', 1] },
  { name: 'PageUp clamps at the top', from: at('b', 1), press: { key: 'PageUp' }, active: ['ini:1', 1] },
  { name: 'Shift+ArrowDown selects from the active tiltak', from: at('a', 1), press: { key: 'ArrowDown', shift: true }, active: ['b', 1], selected: ['a', 'b'] },
  { name: 'Shift+ArrowDown extends from the anchor', from: at('b', 1, ['a', 'b'], 'a'), press: { key: 'ArrowDown', shift: true }, active: ['c', 1], selected: ['a', 'b', 'c'] },
  { name: 'Shift+ArrowDown onto a group leaves the selection', from: at('c', 1, ['c'], 'c'), press: { key: 'ArrowDown', shift: true }, active: ['prj:1', 1], selected: ['c'] },
  { name: 'Shift+PageDown onto a group leaves the selection', from: at('a', 1, [], 'a'), press: { key: 'PageDown', shift: true }, active: ['prj:1', 1], selected: [] },
  { name: 'Shift+PageUp selects up to the new row', from: at('d', 1, [], 'd'), press: { key: 'PageUp', shift: true }, active: ['b', 1], selected: ['b', 'c', 'd'] },
  { name: 'Enter on «Nr.» opens the tiltak', from: at('b', 0), press: { key: 'Enter' }, command: { kind: 'open', key: 'b' } },
  { name: 'Enter on a cell edits it', from: at('b', 2), press: { key: 'Enter' }, command: { kind: 'edit', index: 2, col: 2 } },
  { name: 'F2 edits too', from: at('b', 3), press: { key: 'F2' }, command: { kind: 'edit', index: 2, col: 3 } },
  { name: 'Enter on a group folds it', from: at('ini:1', 2), press: { key: 'Enter' }, command: { kind: 'toggle-group', key: 'ini:1' } },
  { name: 'Space selects the tiltak', from: at('b', 2), press: { key: ' ' }, selected: ['b'] },
  { name: 'Space again unselects it', from: at('b', 2, ['b'], 'b'), press: { key: ' ' }, selected: [] },
  { name: 'Shift+Space selects from the anchor', from: at('c', 2, ['a'], 'a'), press: { key: ' ', shift: true }, selected: ['a', 'b', 'c'] },
  { name: 'Space on a group folds it', from: at('prj:1', 0), press: { key: ' ' }, command: { kind: 'toggle-group', key: 'prj:1' } },
  { name: 'Ctrl+A selects every tiltak', from: at('b', 2), press: { key: 'a', ctrl: true }, selected: ['a', 'b', 'c', 'd'] },
  { name: 'Escape clears the selection', from: at('b', 2, ['a', 'b']), press: { key: 'Escape' }, selected: [] },
  { name: 'Escape without a selection is not used', from: at('b', 2), press: { key: 'Escape' }, isHandled: false },
  { name: 'Delete asks to delete the active tiltak', from: at('b', 2), press: { key: 'Delete' }, selected: ['b'], command: { kind: 'confirm-delete' } },
  { name: 'Delete asks to delete the selection', from: at('b', 2, ['a', 'c']), press: { key: 'Delete' }, selected: ['a', 'c'], command: { kind: 'confirm-delete' } },
  { name: 'Delete on a group is not used', from: at('ini:1', 2), press: { key: 'Delete' }, isHandled: false },
  { name: 'Delete in an adopted plan is not used', from: at('b', 2), press: { key: 'Delete' }, isHandled: false, grid: { ...shape, isReadOnly: true } },
  { name: 'typing in a text column starts editing with the character', from: at('b', 1), press: { key: 'K' }, command: { kind: 'edit', index: 2, col: 1, initial: 'K' } },
  { name: 'typing in another column is not used', from: at('b', 3), press: { key: 'K' }, isHandled: false },
  { name: 'Alt+character is not used', from: at('b', 1), press: { key: 'k', alt: true }, isHandled: false },
  { name: 'Tab is left to the browser', from: at('b', 1), press: { key: 'Tab' }, isHandled: false },
];

describe('gridKeyDown', () => {
  it.each(cases)('$name', ({ from, press, active, selected, command, isHandled = true, grid = shape }) => {
    const result = gridKeyDown(from, grid, press);
    expect(result.isHandled).toBe(isHandled);
    if (!isHandled) {
      expect(result.state).toBe(from);
      expect(result.command).toBeNull();
      return;
    }
    if (active) expect(result.state.active).toEqual({ key: active[0], col: active[1] });
    if (selected) expect([...result.state.selected].sort()).toEqual(selected);
    if (command !== undefined) expect(result.command).toEqual(command);
  });

  it('does nothing without an active cell, or when its row is gone', () => {
    expect(gridKeyDown(EMPTY_NAV, shape, { key: 'ArrowDown' }).isHandled).toBe(false);
    expect(gridKeyDown(at('gone', 1), shape, { key: 'ArrowDown' }).isHandled).toBe(false);
  });

  it('never changes the state it was given', () => {
    const from = at('b', 2, ['a'], 'a');
    for (const c of cases) gridKeyDown(from, shape, c.press);
    expect(from).toEqual(at('b', 2, ['a'], 'a'));
  });
});

describe('gridPointerDown', () => {
  it('a plain click makes the cell active, clears the selection and sets the anchor', () => {
    const next = gridPointerDown(at('a', 1, ['a', 'c'], 'a'), shape, 2, 3, {});
    expect(next).toEqual(at('b', 3, [], 'b'));
  });
  it('Shift+click selects from the anchor', () => {
    const next = gridPointerDown(at('a', 1, ['a'], 'a'), shape, 3, 1, { shift: true });
    expect([...next.selected]).toEqual(['a', 'b', 'c']);
    expect(next.anchor).toBe('a');
  });
  it('Ctrl+click toggles one tiltak and makes it the anchor', () => {
    const next = gridPointerDown(at('a', 1, ['a'], 'a'), shape, 5, 1, { ctrl: true });
    expect([...next.selected].sort()).toEqual(['a', 'd']);
    expect(next.anchor).toBe('d');
  });
  it('a click on a group only moves the active cell', () => {
    const next = gridPointerDown(at('a', 1, ['a'], 'a'), shape, 0, 2, { shift: true });
    expect(next).toEqual(at('ini:1', 2, ['a'], 'a'));
  });
});

describe('helpers', () => {
  it('cursorAt clamps to the grid and is null for an empty one', () => {
    expect(cursorAt(shape, 99, -4)).toEqual({ key: 'd', index: 5, col: 0 });
    expect(cursorAt({ ...shape, rows: [] }, 0, 0)).toBeNull();
  });
  it('pruneSelection drops ids that are gone and keeps the same object when none are', () => {
    const state = at('a', 1, ['a', 'x']);
    expect([...pruneSelection(state, new Set(['a', 'b'])).selected]).toEqual(['a']);
    const kept = at('a', 1, ['a']);
    expect(pruneSelection(kept, new Set(['a']))).toBe(kept);
  });
  it('toggleKey adds and removes', () => {
    expect([...toggleKey(new Set(['a']), 'b')]).toEqual(['a', 'b']);
    expect([...toggleKey(new Set(['a', 'b']), 'a')]).toEqual(['b']);
  });
});
