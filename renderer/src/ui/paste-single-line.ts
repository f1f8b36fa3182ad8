/**
 * Pasting into a one-line field: a browser drops the line breaks of pasted text without a
 * space («Linje 1Linje 2») and keeps its tabs, so a cell or a title copied from Excel would
 * glue words or carry tabs. This paste handler inserts the text with every run of tabs and
 * line breaks as one space (shared/input's singleLine), as typing it would; one cell that
 * Excel put in quotes (it held a line break) is pasted without them.
 */
import type { ClipboardEvent } from 'react';
import { parseClipboardGrid, singleLine } from '@shared/input';

const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/;

/** onPaste for an `<input>`: pasted tabs and line breaks become spaces. */
export function pasteAsSingleLine(e: ClipboardEvent<HTMLInputElement>): void {
  const text = e.clipboardData.getData('text/plain');
  if (!BREAKS.test(text)) return;
  e.preventDefault();
  const input = e.currentTarget;
  const grid = parseClipboardGrid(text);
  const cell = grid.ok && grid.value.length === 1 && grid.value[0]?.length === 1 ? grid.value[0][0] : undefined;
  const clean = singleLine(cell ?? text);
  // insertText keeps the browser's own undo; where it is missing, set the text and tell React.
  if (typeof document.execCommand === 'function' && document.execCommand('insertText', false, clean)) return;
  input.setRangeText(clean, input.selectionStart ?? input.value.length, input.selectionEnd ?? input.value.length, 'end');
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
