/**
 * Nothing typed in the grid is lost to a reload: a cell that was being edited when the
 * page went away left its text in the draft store (CELL_DRAFT_PREFIX). Once, when the
 * table first shows an editable plan, each such text is committed; one that is refused
 * reopens its editor with the text and the message (the editor owns the draft from then).
 * A committed text stays in the draft store until its edit is stored, so a second reload in
 * the moments before the autosave has written it restores it again.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { clearDraft, readDraftsWithPrefix } from '../../ui/draft-store';
import { useReleaseDraftsWhenStored } from '../../ui/use-release-drafts';
import type { ActionRow, ColumnId, TableRow } from './table-model';
import { CELL_DRAFT_PREFIX, COLUMNS } from './table-model';

/** Applies a cell's text as one edit; the refusal, or null. */
export type ApplyCellText = (row: ActionRow, columnId: ColumnId, text: string) => string | null;

/** Restores the grid's cell drafts once; `onRefused` reopens the editor of a refused one. */
export function useRestoreCellDrafts(
  isReadOnly: boolean,
  rows: readonly TableRow[],
  indexByKey: ReadonlyMap<string, number>,
  applyCellText: ApplyCellText,
  onRefused: (row: ActionRow, col: number, text: string, error: string) => void,
): void {
  const isDone = useRef(false);
  const release = useReleaseDraftsWhenStored();
  const latestOnRefused = useRef(onRefused);
  useEffect(() => {
    latestOnRefused.current = onRefused;
  });
  // A layout effect: the drafts become edits in one synchronous commit, before anything
  // paints; they leave the draft store only once those edits are stored.
  useLayoutEffect(() => {
    if (isDone.current || isReadOnly) return;
    isDone.current = true;
    const committed: [string, string][] = [];
    for (const [key, text] of readDraftsWithPrefix(CELL_DRAFT_PREFIX)) {
      const [actionId, columnId] = key.split(':');
      const index = actionId === undefined ? undefined : indexByKey.get(actionId);
      const row = index === undefined ? undefined : rows[index];
      const col = COLUMNS.findIndex((c) => c.id === columnId);
      const column = COLUMNS[col];
      if (!row || row.kind !== 'action' || !column) {
        // The tiltak or column is gone: nothing left to put the text in.
        clearDraft(CELL_DRAFT_PREFIX + key);
        continue;
      }
      const refused = applyCellText(row, column.id, text);
      if (refused) latestOnRefused.current(row, col, text, refused);
      else committed.push([CELL_DRAFT_PREFIX + key, text]);
    }
    release(committed);
  }, [isReadOnly, indexByKey, rows, applyCellText, release]);
}
