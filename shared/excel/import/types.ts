/**
 * What reading a budget workbook gives (forhåndsvisning av import): a preview of the
 * changes, or the reasons it cannot be imported — each a Message (code + params + where).
 */
import type { Action, BudgetFrame } from '../../domain/entities';
import type { Message } from '../../i18n/message';
import type { ExcelProgress } from '../export';
import type { WorkbookLimits } from '../limits';

/**
 * One import error (importfeil), as a message:
 * - `excel.cell`: a cell; `where` = sheet, row, column letter and field (a catalogue key,
 *   `excel.workbook.columns.<key>` and the like); params `expected` (`excel.expected.*`)
 *   and `found` (`excel.found.*`), both messages; `excel.cellBecause` also has `reason`
 *   (an `input.*` message: why the typed text was refused);
 * - `excel.sheets.*`: a missing sheet or column, the wrong year, an adopted plan;
 * - `excel.limits.<code>`: the whole file is refused (size, zip structure, time limit);
 * - `excel.context.*`: the plan has no handlingsplan for the year.
 */
export type ImportError = Message;

/** Code of a cell error. */
export const CELL_ERROR = 'excel.cell';

/** Code of a cell error whose typed text shared/input refused: params also have `reason`. */
export const CELL_ERROR_BECAUSE = 'excel.cellBecause';

/** True when the error points at one cell (and has `expected` and `found`, maybe `reason`). */
export function isCellError(error: ImportError): boolean {
  return error.code === CELL_ERROR || error.code === CELL_ERROR_BECAUSE;
}

/** Field key of a changed tiltak or frame field; its label is `excel.fields.<key>`. */
export type ChangedField =
  | 'number'
  | 'title'
  | 'focusArea'
  | 'initiatives'
  | 'crossCuttingProject'
  | 'guidingStrategies'
  | 'owner'
  | 'partners'
  | 'cost'
  | 'funding'
  | 'hours'
  | 'start'
  | 'deadline'
  | 'priority'
  | 'status'
  | 'kpis'
  | 'description'
  | 'notes'
  | 'subGoals'
  | 'ownFunds'
  | 'capacityHours'
  | 'targetShares';

/** A changed tiltak: before, after, and the changed fields (labels `excel.fields.<key>`). */
export interface ActionChange {
  before: Action;
  after: Action;
  fields: ChangedField[];
}

/** A changed frame (økonomiske rammer). */
export interface FrameChange {
  before: BudgetFrame;
  after: BudgetFrame;
  fields: ChangedField[];
}

/** Forhåndsvisning av import: what applying the workbook would change. */
export interface ImportPreview {
  /** `workbook` (exported by Handlingsrom) or `starter` (a simple sheet: every row a new tiltak). */
  kind: 'workbook' | 'starter';
  year: number;
  planId: string;
  added: Action[];
  changed: ActionChange[];
  removed: Action[];
  frame: FrameChange | null;
}

/** Result of reading a workbook. */
export type ReadWorkbookResult = { ok: true; preview: ImportPreview } | { ok: false; errors: ImportError[] };

/** Options for readWorkbook. */
export interface ImportOptions {
  onProgress?: (progress: ExcelProgress) => void;
  /** Overrides of the default limits. */
  limits?: Partial<WorkbookLimits>;
}

/** At most this many errors are listed; the rest would only repeat the pattern. */
export const MAX_ERRORS = 500;

/** True when the preview changes anything. */
export function hasChanges(preview: ImportPreview): boolean {
  return preview.added.length + preview.changed.length + preview.removed.length > 0 || preview.frame !== null;
}
