/**
 * Keyboard shortcuts of the web build, mapped to the same MenuCommands the desktop's
 * native menu sends. Undo/redo is left to the browser while focus is in a text field, so
 * typing keeps its own undo.
 */
import type { MenuCommand } from '@shared/ipc';

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

/** The command for a key press, or null. */
export function commandForKey(event: KeyLike, inTextField: boolean): MenuCommand | null {
  if (event.altKey) return null;
  const mod = event.ctrlKey || event.metaKey;
  const key = event.key.toLowerCase();
  if (!mod) return event.key === 'F5' && !event.shiftKey ? 'view:present' : null;
  if (key === 's') return event.shiftKey ? 'file:save-as' : 'file:save';
  if (key === 'o' && !event.shiftKey) return 'file:open';
  if (key === 'e' && !event.shiftKey) return 'file:export-excel';
  if (inTextField) return null;
  if (key === 'z') return event.shiftKey ? 'edit:redo' : 'edit:undo';
  if (key === 'y' && !event.shiftKey) return 'edit:redo';
  return null;
}
