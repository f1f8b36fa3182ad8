/**
 * Keyboard shortcuts of the web build, mapped with the shared SHORTCUTS table to the same
 * MenuCommands the desktop's native menu sends. Undo/redo is left to the browser while focus is in a text field, so
 * typing keeps its own undo.
 */
import type { MenuCommand } from '@shared/ipc';
import { SHORTCUTS } from '@shared/ipc/shortcuts';

/** The parts of a keyboard event the mapping looks at. */
export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/** True when the element takes text input (input, textarea, select, contenteditable). */
export function isTextField(target: EventTarget | null): boolean {
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'file', 'color', 'range', 'image'].includes(target.type);
  }
  return false;
}

/** The command for a key press, or null (the shared SHORTCUTS table decides). */
export function commandForKey(event: KeyLike, inTextField: boolean): MenuCommand | null {
  if (event.altKey) return null;
  const hasPrimaryModifier = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  const match = SHORTCUTS.find(
    (s) =>
      s.isInWeb &&
      s.key === key &&
      s.hasPrimaryModifier === hasPrimaryModifier &&
      s.hasShift === event.shiftKey &&
      (s.isInTextField || !inTextField),
  );
  return match?.command ?? null;
}
