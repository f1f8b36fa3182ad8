/**
 * The keyboard shortcuts (hurtigtaster) of the menu commands, defined once: Electron's
 * menu gets its accelerators from this table, and the web build maps key presses to the
 * same commands with it.
 */
import type { MenuCommand } from './api';

/** A keyboard shortcut of a menu command. */
export interface Shortcut {
  readonly command: MenuCommand;
  /** The key as KeyboardEvent.key gives it: a lower-case letter, or a name like 'F5'. */
  readonly key: string;
  /** Needs Ctrl (Windows, Linux) or Cmd (macOS). */
  readonly hasPrimaryModifier: boolean;
  readonly hasShift: boolean;
  /** Shown in the menu; false for a second shortcut of the same command (a hidden menu item). */
  readonly isInMenu: boolean;
  /** False where the browser keeps the key for itself (Ctrl+N opens a browser window). */
  readonly isInWeb: boolean;
  /** False where a focused text field keeps the key (typing has its own undo and redo). */
  readonly isInTextField: boolean;
}

function shortcut(
  command: MenuCommand,
  key: string,
  options: Partial<Omit<Shortcut, 'command' | 'key'>> = {},
): Shortcut {
  return { command, key, hasPrimaryModifier: true, hasShift: false, isInMenu: true, isInWeb: true, isInTextField: true, ...options };
}

/** Every shortcut of a menu command; a command's first entry is the one its menu item shows. */
export const SHORTCUTS: readonly Shortcut[] = [
  shortcut('file:new', 'n', { isInWeb: false }),
  shortcut('file:open', 'o'),
  shortcut('file:save', 's'),
  shortcut('file:save-as', 's', { hasShift: true }),
  shortcut('file:export-excel', 'e'),
  shortcut('edit:undo', 'z', { isInTextField: false }),
  shortcut('edit:redo', 'z', { hasShift: true, isInTextField: false }),
  // Ctrl+Y, the Windows habit.
  shortcut('edit:redo', 'y', { isInMenu: false, isInTextField: false }),
  shortcut('view:present', 'F5', { hasPrimaryModifier: false }),
];

/** The shortcut as an Electron accelerator, e.g. 'CmdOrCtrl+Shift+S'. */
export function acceleratorOf(entry: Shortcut): string {
  const key = entry.key.length === 1 ? entry.key.toUpperCase() : entry.key;
  return [entry.hasPrimaryModifier ? 'CmdOrCtrl' : null, entry.hasShift ? 'Shift' : null, key].filter((p) => p !== null).join('+');
}

/** The menu shortcut of a command (the one its menu item shows), if it has one. */
export function menuShortcutOf(command: MenuCommand): Shortcut | undefined {
  return SHORTCUTS.find((s) => s.command === command && s.isInMenu);
}
