/**
 * Innliming: what pasting a block of spreadsheet cells (shared/input's parseClipboardGrid)
 * at the active cell of the tiltak table would change. The block covers the tiltak rows
 * from the active one down (group rows are skipped, a tiltak shown twice is filled once)
 * and the columns from the active one rightwards. Each cell is read by the same readCell as
 * typing (so the same parsers and pure edits); a status or prioritet may also be pasted as
 * its label in bokmål or English («Pågår», «2 – bør»). Pure: the table shows the result in
 * PastePreviewDialog and applies the accepted edits as one undo step.
 */
import type { Action, ActionStatus, PlanDocument, Priority } from '@shared/domain';
import type { Catalogue } from '@shared/i18n';
import { msg, type Message, type MessageLanguage } from '@shared/i18n/message';
import { plan as planCatalogue } from '@shared/i18n/plan';
import type { ClipboardGrid } from '@shared/input';
import { parseClipboardGrid, singleLine } from '@shared/input';
import type { ActionFunding } from '@shared/rules/types';
import { ACTION_STATUSES_UI, PRIORITIES_UI } from '../../ui/options';
import { cellEditText, readCell } from './cell-edit';
import type { ColumnId, TableRow } from './table-model';
import { COLUMNS } from './table-model';

/** One covered cell: which tiltak and column, what it holds now and what was pasted. */
export interface PasteCell {
  actionId: string;
  number: string;
  column: ColumnId;
  /** The cell's text now (as the editor would show it). */
  before: string;
  /** The pasted text as it will be read (a title on one line; a status or prioritet as its code). */
  after: string;
}

/** A cell the paste changes, with its edit. */
export interface PasteChange extends PasteCell {
  edit(doc: PlanDocument): PlanDocument;
}

/** A cell the paste leaves as it is, and why. */
export interface PasteRefusal extends PasteCell {
  error: Message;
}

/** What a paste would do. */
export interface PastePlan {
  changes: PasteChange[];
  refused: PasteRefusal[];
  /** Covered cells that already hold the pasted value. */
  unchanged: number;
  /** Pasted cells with no tiltak row or no column to land in. */
  outside: number;
}

/** Reads a label list (`{ code: label }`) of the plan catalogue in both languages. */
function labelsOf(key: 'actionStatus' | 'priority' | 'priorityShort'): Map<string, string> {
  const byLabel = new Map<string, string>();
  for (const cat of [planCatalogue.nb, planCatalogue.en]) {
    const list: string | Catalogue | undefined = cat[key];
    if (typeof list !== 'object') continue;
    for (const [code, label] of Object.entries(list)) if (typeof label === 'string') byLabel.set(label.toLocaleLowerCase('nb'), code);
  }
  return byLabel;
}

const STATUS_BY_LABEL = labelsOf('actionStatus');
const PRIORITY_BY_LABEL = new Map([...labelsOf('priority'), ...labelsOf('priorityShort')]);

/** A pasted status or prioritet as its code (the code itself, or a label in nb or en); null when none fits. */
export function pastedChoice(column: 'status' | 'priority', text: string): string | null {
  const key = singleLine(text).toLocaleLowerCase('nb');
  if (column === 'status') {
    const code = ACTION_STATUSES_UI.find((s: ActionStatus) => s === key) ?? STATUS_BY_LABEL.get(key);
    return code ?? null;
  }
  const code = PRIORITIES_UI.map(String).find((p) => p === key) ?? PRIORITY_BY_LABEL.get(key);
  return code !== undefined && PRIORITIES_UI.some((p: Priority) => String(p) === code) ? code : null;
}

/** The text a pasted cell is read as. */
function pastedText(column: ColumnId, text: string): string {
  return column === 'title' || column === 'owner' ? singleLine(text) : text.trim();
}

/** One covered cell. */
function planCell(column: ColumnId, text: string, action: Action, funding: ActionFunding, language: MessageLanguage): PasteChange | PasteRefusal | 'unchanged' {
  const cell = { actionId: action.id, number: action.number, column, before: cellEditText(column, action, funding, language), after: pastedText(column, text) };
  const def = COLUMNS.find((c) => c.id === column);
  if (!def?.isEditable) return { ...cell, error: msg('plan.paste.computed') };
  let read = cell.after;
  if (column === 'status' || column === 'priority') {
    const code = pastedChoice(column, text);
    if (code === null) return { ...cell, error: msg(column === 'status' ? 'plan.paste.badStatus' : 'plan.paste.badPriority', { text: cell.after }) };
    read = code;
  }
  const r = readCell(column, read, action, funding, language);
  if (!r.ok) return { ...cell, error: r.error };
  if (r.unchanged) return 'unchanged';
  return { ...cell, after: read, edit: r.edit };
}

/**
 * Plans a paste of `grid` with its top left cell at row `startIndex`, column `startCol`
 * of the table's `rows`. Nothing is changed here.
 */
export function planPaste(grid: ClipboardGrid, rows: readonly TableRow[], startIndex: number, startCol: number, language: MessageLanguage): PastePlan {
  const result: PastePlan = { changes: [], refused: [], unchanged: 0, outside: 0 };
  const seen = new Set<string>();
  let index = startIndex;
  for (const line of grid) {
    // The next tiltak row at or below `index` that this paste has not filled yet.
    let row = rows[index];
    while (row && (row.kind !== 'action' || seen.has(row.action.id))) {
      index += 1;
      row = rows[index];
    }
    if (!row || row.kind !== 'action') {
      result.outside += line.length;
      continue;
    }
    seen.add(row.action.id);
    index += 1;
    line.forEach((text, i) => {
      const column = COLUMNS[startCol + i];
      if (!column) {
        result.outside += 1;
        return;
      }
      const cell = planCell(column.id, text, row.action, row.funding, language);
      if (cell === 'unchanged') result.unchanged += 1;
      else if ('error' in cell) result.refused.push(cell);
      else result.changes.push(cell);
    });
  }
  return result;
}

/** The accepted edits of a plan as one edit (one undo step). */
export function pasteEdit(plan: PastePlan): (doc: PlanDocument) => PlanDocument {
  return (doc) => plan.changes.reduce((d, c) => c.edit(d), doc);
}

/** Where a paste lands: the table's rows, the active cell (index -1: none), and whether the plan is adopted. */
export interface PasteTarget {
  rows: readonly TableRow[];
  index: number;
  col: number;
  isReadOnly: boolean;
  language: MessageLanguage;
}

/** What the table does with a paste: say why not, apply one cell at once, or show the preview. */
export type PasteStep =
  | { kind: 'refused'; error: Message }
  | { kind: 'none' }
  | { kind: 'apply'; plan: PastePlan }
  | { kind: 'preview'; plan: PastePlan; cellCount: number };

/**
 * The clipboard's text pasted at the active cell: one cell that changes is applied at once
 * (as typing it would be), a block goes through the preview; an adopted plan, no active cell
 * or an unreadable clipboard is refused.
 */
export function preparePaste(text: string, target: PasteTarget): PasteStep {
  if (target.isReadOnly) return { kind: 'refused', error: msg('plan.table.readOnly') };
  if (target.index < 0 || target.col < 0) return { kind: 'refused', error: msg('plan.paste.noActiveCell') };
  const grid = parseClipboardGrid(text);
  if (!grid.ok) return { kind: 'refused', error: grid.error };
  const plan = planPaste(grid.value, target.rows, target.index, target.col, target.language);
  const cellCount = grid.value.reduce((n, line) => n + line.length, 0);
  if (cellCount === 1 && plan.outside === 0) {
    const refused = plan.refused[0];
    if (refused) return { kind: 'refused', error: refused.error };
    return plan.changes.length === 0 ? { kind: 'none' } : { kind: 'apply', plan };
  }
  return { kind: 'preview', plan, cellCount };
}
