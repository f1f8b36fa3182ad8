/**
 * Nothing typed in the grid is lost to a reload: a cell that was being edited when the
 * page went away left its text in the draft store (CELL_DRAFT_PREFIX). Once, when the
 * table first shows an editable plan, each such text is committed; one that is refused
 * reopens its editor with the text and the message.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { takeDraftsWithPrefix } from '../../ui/draft-store';
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
  const latestOnRefused = useRef(onRefused);
  useEffect(() => {
    latestOnRefused.current = onRefused;
  });
  // A layout effect: the drafts leave the draft store and become edits in one synchronous
  // commit, before anything paints — a reload can come at any moment after that, and a page
  // hide then delivers them (DocumentProvider), so there is no moment with neither.
  useLayoutEffect(() => {
    if (isDone.current || isReadOnly) return;
    isDone.current = true;
    for (const [key, text] of takeDraftsWithPrefix(CELL_DRAFT_PREFIX)) {
      const [actionId, columnId] = key.split(':');
      const index = actionId === undefined ? undefined : indexByKey.get(actionId);
      const row = index === undefined ? undefined : rows[index];
      const col = COLUMNS.findIndex((c) => c.id === columnId);
      const column = COLUMNS[col];
      if (!row || row.kind !== 'action' || !column) continue;
      const refused = applyCellText(row, column.id, text);
      if (refused) latestOnRefused.current(row, col, text, refused);
    }
  }, [isReadOnly, indexByKey, rows, applyCellText]);
}
