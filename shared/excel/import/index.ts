/**
 * Import av budsjettarbeidsboken: reads a workbook (exported by Handlingsrom in either
 * language, or a simple starter sheet) back into a preview of what would change — added,
 * changed and removed tiltak and a changed frame — or a list of errors, each a Message
 * naming sheet, row, column letter and field. Nothing changes until `applyImport`, which
 * is pure and all-or-nothing.
 *
 * - The file passes ../limits (size, zip structure, zip bomb, rows, columns, cell
 *   addresses) before exceljs sees it, and the whole import runs under a time limit.
 *   exceljs reads the parts the check unpacked (checkAndUnpackWorkbook, ../load-workbook), never the file itself.
 * - Tiltak are matched by the hidden Id column, then by Nr; Finansiering rows by Tiltak nr.
 * - Derived columns (Innsatsområde, Egne midler, Partnerfinansiering, Eksterne midler,
 *   Udekket, the status sums, Aktiv) are ignored, whatever their cached or recalculated
 *   values: financing comes from the Finansiering sheet alone.
 * - A cell that still shows exactly what the export wrote for a field keeps the field's
 *   value, so export → import of an unchanged workbook changes nothing at all.
 *
 * Modules: ./cells (cell readers), ./sheet (shared helpers), ./workbook + ./action-row +
 * ./frame (the full workbook), ./starter (starter sheet), ./diff, ./apply, ./types.
 */
import type { PlanDocument } from '../../domain/document';
import { DEFAULT_LIMITS, checkAndUnpackWorkbook, limitError, type WorkbookLimits } from '../limits';
import { loadCheckedWorkbook } from '../load-workbook';
import { planContext } from '../plan-context';
import { Abort, checkTime, missingSheet, progressReporter, type Clock } from './sheet';
import { readStarterSheet, starterLanguage } from './starter';
import type { ImportOptions, ReadWorkbookResult } from './types';
import { findActionSheet, readFullWorkbook } from './workbook';

export { applyImport } from './apply';
export { changedFields, sameValue } from './diff';
export {
  CELL_ERROR,
  CELL_ERROR_BECAUSE,
  hasChanges,
  isCellError,
  MAX_ERRORS,
  type ActionChange,
  type ChangedField,
  type FrameChange,
  type ImportError,
  type ImportOptions,
  type ImportPreview,
  type ReadWorkbookResult,
} from './types';

// Timers exist in every host shared/ runs in (browser, worker, Node); the ES lib does not declare them.
declare function setTimeout(callback: () => void, ms: number): unknown;
declare function clearTimeout(handle: unknown): void;

/**
 * Les budsjettarbeidsbok: checks the file against the limits, loads it with exceljs and
 * compares it with the plan for `year`. Returns a preview (nothing is changed) or every
 * error found, each a Message with sheet, row, column letter and field in `where`.
 * Never throws for a bad file.
 */
export async function readWorkbook(bytes: Uint8Array, doc: PlanDocument, year: number, opts: ImportOptions = {}): Promise<ReadWorkbookResult> {
  const limits: WorkbookLimits = { ...DEFAULT_LIMITS, ...opts.limits };
  const clock: Clock = { deadline: Date.now() + limits.timeLimitMs, seconds: Math.round(limits.timeLimitMs / 1000) };
  const progress = progressReporter(opts.onProgress);
  progress.setTotal(2);
  const found = planContext(doc, year);
  if (!found.ok) return { ok: false, errors: [found.error] };
  const ctx = found.context;

  // The check unpacks every part once; exceljs reads those parts, not the file again.
  const check = checkAndUnpackWorkbook(bytes, limits);
  if (!check.ok) return { ok: false, errors: [check.error] };
  progress.step();

  let timer: unknown;
  try {
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Abort([limitError('timeout', { seconds: clock.seconds })])), Math.max(0, clock.deadline - Date.now()));
    });
    const wb = await Promise.race([loadCheckedWorkbook(check.parts), timeout]);
    checkTime(clock);
    const tiltak = findActionSheet(wb);
    if (tiltak) return readFullWorkbook(wb, tiltak.ws, tiltak.words, ctx, year, clock, progress);
    const first = wb.worksheets[0];
    const starter = first ? starterLanguage(first) : null;
    if (first && starter) return readStarterSheet(first, starter, ctx, year, clock, progress);
    return { ok: false, errors: [missingSheet(wb, 'actions', ctx.words.sheets.actions)] };
  } catch (err) {
    if (err instanceof Abort) return { ok: false, errors: err.errors };
    // exceljs failed on something the limits check let through: a clear refusal, never its error text.
    return { ok: false, errors: [limitError('unreadable')] };
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}
