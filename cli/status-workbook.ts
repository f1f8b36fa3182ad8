/**
 * `handlingsrom status-export` and `status-import` (issue 12, point 7): the status workbook
 * round trip on plan files, with the shared/excel/status code the app uses. The export
 * writes a workbook per plan and period (optionally one ansvarlig's tiltak); the import
 * shows which tiltak get which status, and adds the updates to the plan file only when the
 * whole workbook is valid (`--dry-run`: only show them). Exit codes as `import`: 0 ok,
 * 1 refused, 2 usage. The plan's adopted content is never touched: the updates are
 * oppfølging (`plan.followUp`).
 */
import type { PlanDocument } from '@shared/domain/document';
import { serializePlanFile } from '@shared/domain/plan-file';
import { DEFAULT_LIMITS } from '@shared/excel/limits';
import { applyStatusImport, exportStatusWorkbook, readStatusWorkbook, statusWords } from '@shared/excel/status';
import { isMessageError, msg, renderMessage, type MessageLanguage } from '@shared/i18n/message';
import { CliError, EXIT, refused, usage } from './errors';
import type { CliTexts } from './messages';

/** The options these commands read (a subset of the CLI's). */
export interface StatusWorkbookOptions {
  year?: string;
  period?: string;
  out?: string;
  into?: string;
  owner?: string;
  dryRun: boolean;
  force: boolean;
  lang: MessageLanguage;
  t: CliTexts;
}

/** The CLI's file and argument helpers (cli/handlingsrom.ts), passed in to keep one implementation. */
export interface StatusWorkbookTools {
  needOne: (command: string, positionals: string[], what: string) => string;
  needYear: (command: string, options: StatusWorkbookOptions) => number;
  readPlan: (path: string) => PlanDocument;
  readBytes: (path: string, maxBytes: number) => Uint8Array;
  refuseOverwrite: (path: string, force: boolean) => void;
  writeFileAtomic: (path: string, data: Uint8Array | string) => void;
}

/** Where the commands write. */
export interface StatusWorkbookIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

function needPeriod(command: string, o: StatusWorkbookOptions): string {
  if (o.period === undefined || o.period.trim() === '') throw usage('missingArgument', { command, what: o.t('what.period') });
  return o.period;
}

/** `status-export PLAN --year ÅÅÅÅ --period P --out STATUS.xlsx [--force] [--owner NAVN]`. */
export async function cmdStatusExport(positionals: string[], o: StatusWorkbookOptions, io: StatusWorkbookIo, tools: StatusWorkbookTools): Promise<number> {
  const t = o.t;
  const path = tools.needOne('status-export', positionals, t('what.planFile'));
  const year = tools.needYear('status-export', o);
  const period = needPeriod('status-export', o);
  if (o.out === undefined) throw usage('missingArgument', { command: 'status-export', what: t('statusWorkbook.what.out') });
  const doc = tools.readPlan(path);
  let bytes: Uint8Array;
  try {
    bytes = await exportStatusWorkbook(doc, year, period, { language: o.lang, ...(o.owner !== undefined ? { owner: o.owner } : {}) });
  } catch (err) {
    if (isMessageError(err)) throw new CliError(EXIT.refused, 'asIs', {}, [renderMessage(err.detail, o.lang)]);
    throw err;
  }
  tools.refuseOverwrite(o.out, o.force);
  tools.writeFileAtomic(o.out, bytes);
  const sheet = statusWords(o.lang).sheets.status;
  io.err(t('statusWorkbook.exported', { year, period, path: o.out, sheet }));
  return EXIT.ok;
}

/** `status-import STATUS.xlsx --into PLAN --year ÅÅÅÅ --period P [--dry-run]`. */
export async function cmdStatusImport(positionals: string[], o: StatusWorkbookOptions, io: StatusWorkbookIo, tools: StatusWorkbookTools): Promise<number> {
  const t = o.t;
  const workbookPath = tools.needOne('status-import', positionals, t('what.workbook'));
  const year = tools.needYear('status-import', o);
  const period = needPeriod('status-import', o);
  if (o.into === undefined) throw usage('missingArgument', { command: 'status-import', what: '--into PLAN' });
  const planPath = o.into;
  const doc = tools.readPlan(planPath);
  const bytes = tools.readBytes(workbookPath, DEFAULT_LIMITS.maxFileBytes + 1);
  const result = await readStatusWorkbook(bytes, doc, year, period);
  if (!result.ok) {
    throw refused(
      'statusWorkbook.importErrors',
      { path: workbookPath, count: result.errors.length },
      result.errors.map((e) => `  ${renderMessage(e, o.lang, true)}`),
    );
  }
  const p = result.preview;
  const status = (s: string | null) => (s === null ? t('statusWorkbook.noStatus') : renderMessage(msg(`followUp.status.${s}`), o.lang));
  const lines = [t('statusWorkbook.importHeader', { path: workbookPath, year, period })];
  for (const r of p.rows) lines.push(t('statusWorkbook.updateLine', { number: r.number, title: r.title, before: status(r.before), after: status(r.after) }));
  io.out(`${lines.join('\n')}\n`);
  if (p.rows.length === 0) {
    io.err(t('statusWorkbook.noUpdates'));
    return EXIT.ok;
  }
  if (o.dryRun) {
    io.err(t('dryRun'));
    return EXIT.ok;
  }
  // The same checks ran in readStatusWorkbook: this adds every update or none.
  let next: PlanDocument;
  try {
    next = applyStatusImport(doc, p);
  } catch (err) {
    throw refused('statusWorkbook.importErrors', { path: workbookPath, count: 1 }, [`  ${isMessageError(err) ? renderMessage(err.detail, o.lang) : t('reasonUnknown')}`]);
  }
  tools.writeFileAtomic(planPath, serializePlanFile(next, new Date().toISOString()));
  io.err(t('statusWorkbook.imported', { path: planPath, count: p.rows.length }));
  return EXIT.ok;
}
