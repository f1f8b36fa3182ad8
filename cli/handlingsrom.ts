/**
 * `handlingsrom` – the command line: example, check, export and import on plan files with
 * the same shared/ code as the app (kontroll, plan file, Excel workbook). Bundled by
 * scripts/build-cli.mjs to dist/cli/handlingsrom.cjs; bin/handlingsrom.cjs launches it.
 *
 * Exit codes: 0 ok, 1 findings of severity error or a refused file, 2 bad usage. Results go
 * to stdout, Norwegian messages to stderr. A plan file is only ever replaced atomically
 * (write a temporary file beside it, then rename), and only when everything was valid.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { PlanDocument } from '@shared/domain/document';
import { parsePlanFile, serializePlanFile } from '@shared/domain/plan-file';
import type { ExcelProgress } from '@shared/excel/export';
import { applyImport, hasChanges, readWorkbook } from '@shared/excel/import';
import { DEFAULT_LIMITS } from '@shared/excel/limits';
import { planContext } from '@shared/excel/plan-context';
import { MAX_PLAN_FILE_BYTES } from '@shared/ipc/api';
import { formatKroner, formatNumber } from '@shared/money/kroner';
import { runKontroll } from '@shared/rules';
import { createExampleDocument } from '@shared/templates';
import { exportWorkbookToFile } from './excel-file';
import { HELP, SEVERITY_LABELS, t, TOTAL_LABELS } from './messages';

/** Where the CLI writes. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when progress lines are wanted (an interactive terminal). */
  showProgress: boolean;
}

/** Exit codes. */
export const EXIT = { ok: 0, refused: 1, usage: 2 } as const;

class CliError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

const usage = (message: string) => new CliError(EXIT.usage, message);
const refused = (message: string, details: string[] = []) => new CliError(EXIT.refused, message, details);

interface Options {
  year?: string;
  out?: string;
  into?: string;
  json: boolean;
  dryRun: boolean;
  force: boolean;
  help: boolean;
}

function parse(argv: string[]): { command: string | undefined; positionals: string[]; options: Options } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        year: { type: 'string' },
        out: { type: 'string' },
        into: { type: 'string' },
        json: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, ...rest] = positionals;
    return {
      command,
      positionals: rest,
      options: {
        year: values.year,
        out: values.out,
        into: values.into,
        json: values.json === true,
        dryRun: values['dry-run'] === true,
        force: values.force === true,
        help: values.help === true,
      },
    };
  } catch (err) {
    throw usage(t('badOption', { detail: err instanceof Error ? err.message : String(err) }));
  }
}

function needYear(command: string, options: Options): number {
  if (options.year === undefined) throw usage(t('missingArgument', { command, what: '--year ÅÅÅÅ' }));
  if (!/^\d{4}$/.test(options.year)) throw usage(t('badYear', { value: options.year }));
  return Number(options.year);
}

function needOne(command: string, positionals: string[], what: string): string {
  const [first, extra] = positionals;
  if (first === undefined) throw usage(t('missingArgument', { command, what }));
  if (extra !== undefined) throw usage(t('extraArgument', { arg: extra }));
  return first;
}

function needNone(positionals: string[]): void {
  if (positionals[0] !== undefined) throw usage(t('extraArgument', { arg: positionals[0] }));
}

function readBytes(path: string, maxBytes: number): Uint8Array {
  if (!existsSync(path)) throw refused(t('fileMissing', { path }));
  try {
    const size = statSync(path).size;
    if (size > maxBytes) throw refused(t('fileTooLarge', { path, sizeMb: (size / 1024 / 1024).toFixed(1).replace('.', ',') }));
    return new Uint8Array(readFileSync(path));
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw refused(t('fileUnreadable', { path, detail: err instanceof Error ? err.message : String(err) }));
  }
}

function readPlan(path: string): PlanDocument {
  const bytes = readBytes(path, MAX_PLAN_FILE_BYTES + 1024);
  const parsed = parsePlanFile(new TextDecoder('utf-8').decode(bytes));
  if (!parsed.ok) throw refused(t('planInvalid', { path }), parsed.errors.map((e) => (e.path ? `  ${e.path}: ${e.message}` : `  ${e.message}`)));
  return parsed.doc;
}

/** Writes a file atomically: a temporary file in the same folder, flushed, then renamed over. */
export function writeFileAtomic(path: string, data: Uint8Array | string): void {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  try {
    const fd = openSync(tmp, 'wx', 0o644);
    try {
      let written = 0;
      while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (err) {
    try {
      if (existsSync(tmp)) unlinkSync(tmp);
    } catch {
      // The temporary file is left behind; the target is untouched either way.
    }
    throw refused(t('writeFailed', { path, detail: err instanceof Error ? err.message : String(err) }));
  }
}

function refuseOverwrite(path: string, force: boolean): void {
  if (!force && existsSync(path)) throw refused(t('fileExists', { path }));
}

function progressPrinter(io: CliIo, what: string): ((p: ExcelProgress) => void) | undefined {
  if (!io.showProgress) return undefined;
  let lastTenth = -1;
  return (p) => {
    // At most one line per tenth of the work.
    const tenth = p.total === 0 ? 10 : Math.floor((p.done / p.total) * 10);
    if (tenth === lastTenth) return;
    lastTenth = tenth;
    io.err(t('progress', { what, done: p.done, total: p.total }));
  };
}

async function cmdExample(positionals: string[], o: Options, io: CliIo): Promise<number> {
  needNone(positionals);
  if (o.out === undefined) throw usage(t('missingArgument', { command: 'example', what: '--out PLAN' }));
  refuseOverwrite(o.out, o.force);
  writeFileAtomic(o.out, serializePlanFile(createExampleDocument(), new Date().toISOString()));
  io.err(t('exampleWritten', { path: o.out }));
  return EXIT.ok;
}

async function cmdCheck(positionals: string[], o: Options, io: CliIo): Promise<number> {
  const path = needOne('check', positionals, 'en planfil');
  const year = needYear('check', o);
  const doc = readPlan(path);
  const found = planContext(doc, year);
  if (!found.ok) throw refused(found.message);
  const { strategy, plan, actions } = found.context;
  const result = runKontroll({ strategy, plan, actions });
  const hasErrors = result.findings.some((f) => f.severity === 'error');
  const tot = result.totals;
  const totals = {
    cost: tot.cost,
    ownFunds: tot.ownFunds,
    partnerFunds: tot.partnerFunds,
    externalFunds: tot.externalFunds,
    uncovered: tot.uncovered,
    frameOwnFunds: tot.frameOwnFunds,
    margin: tot.margin,
    hours: tot.hours,
    capacityHours: tot.capacityHours,
  };
  if (o.json) {
    const findings = result.findings.map((f) => ({ severity: f.severity, code: f.code, message: f.message, entity: f.entity }));
    io.out(`${JSON.stringify({ year, totals, findings }, null, 2)}\n`);
    return hasErrors ? EXIT.refused : EXIT.ok;
  }
  const lines = [t('checkHeader', { year, strategy: strategy.name }), ''];
  const width = Math.max(...Object.values(TOTAL_LABELS).map((l) => l.length));
  for (const key of Object.keys(TOTAL_LABELS) as (keyof typeof TOTAL_LABELS)[]) {
    const v = totals[key];
    const shown = key === 'hours' || key === 'capacityHours' ? formatNumber(v) : formatKroner(v);
    lines.push(`  ${TOTAL_LABELS[key].padEnd(width)}  ${shown}`);
  }
  lines.push('');
  if (result.findings.length === 0) lines.push(t('noFindings'));
  else {
    lines.push(t('findingsHeader', { count: result.findings.length }));
    for (const f of result.findings) lines.push(`  ${SEVERITY_LABELS[f.severity].padEnd(8)}  ${f.message}`);
  }
  io.out(`${lines.join('\n')}\n`);
  return hasErrors ? EXIT.refused : EXIT.ok;
}

async function cmdExport(positionals: string[], o: Options, io: CliIo): Promise<number> {
  const path = needOne('export', positionals, 'en planfil');
  const year = needYear('export', o);
  if (o.out === undefined) throw usage(t('missingArgument', { command: 'export', what: '--out BUDSJETT.xlsx' }));
  const doc = readPlan(path);
  const found = planContext(doc, year);
  if (!found.ok) throw refused(found.message);
  refuseOverwrite(o.out, o.force);
  try {
    // Streaming writer: a plan of 100 000 tiltak in about a third of the memory of writeBuffer.
    await exportWorkbookToFile(doc, year, o.out, { onProgress: progressPrinter(io, 'Eksporterer') });
  } catch (err) {
    throw refused(t('exportFailed', { detail: err instanceof Error ? err.message : String(err) }));
  }
  io.err(t('exported', { year, path: o.out, count: found.context.actions.length }));
  return EXIT.ok;
}

async function cmdImport(positionals: string[], o: Options, io: CliIo): Promise<number> {
  const workbookPath = needOne('import', positionals, 'en arbeidsbok (.xlsx)');
  const year = needYear('import', o);
  if (o.into === undefined) throw usage(t('missingArgument', { command: 'import', what: '--into PLAN' }));
  const planPath = o.into;
  const doc = readPlan(planPath);
  // One byte over the limit is enough for readWorkbook to refuse with its own message.
  const bytes = readBytes(workbookPath, DEFAULT_LIMITS.maxFileBytes + 1);
  const result = await readWorkbook(bytes, doc, year, { onProgress: progressPrinter(io, 'Leser') });
  if (!result.ok) {
    throw refused(
      t('importErrors', { path: workbookPath, count: result.errors.length }),
      result.errors.map((e) => `  ${e.message}`),
    );
  }
  const p = result.preview;
  const lines = [t('importHeader', { path: workbookPath, year })];
  if (p.kind === 'starter') lines.push(t('importStarter'));
  if (p.added.length > 0) {
    lines.push(t('added', { count: p.added.length }));
    for (const a of p.added) lines.push(t('actionLine', { number: a.number, title: a.title }));
  }
  if (p.changed.length > 0) {
    lines.push(t('changed', { count: p.changed.length }));
    for (const c of p.changed) lines.push(t('changedLine', { number: c.after.number, title: c.after.title, fields: c.fields.join(', ') }));
  }
  if (p.removed.length > 0) {
    lines.push(t('removed', { count: p.removed.length }));
    for (const a of p.removed) lines.push(t('actionLine', { number: a.number, title: a.title }));
  }
  if (p.frame) lines.push(t('frame', { fields: p.frame.fields.join(', ') }));
  if (!hasChanges(p)) {
    io.out(`${lines.join('\n')}\n`);
    io.err(t('noChanges'));
    return EXIT.ok;
  }
  io.out(`${lines.join('\n')}\n`);
  if (o.dryRun) {
    io.err(t('dryRun'));
    return EXIT.ok;
  }
  const next = applyImport(doc, year, p);
  writeFileAtomic(planPath, serializePlanFile(next, new Date().toISOString()));
  io.err(t('imported', { path: planPath }));
  return EXIT.ok;
}

/** Runs the command line with `argv` (without node and script); returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { command, positionals, options } = parse(argv);
    if (options.help || command === 'help') {
      io.out(HELP);
      return EXIT.ok;
    }
    switch (command) {
      case undefined:
        throw usage(t('missingCommand'));
      case 'example':
        return await cmdExample(positionals, options, io);
      case 'check':
        return await cmdCheck(positionals, options, io);
      case 'export':
        return await cmdExport(positionals, options, io);
      case 'import':
        return await cmdImport(positionals, options, io);
      default:
        throw usage(t('unknownCommand', { command }));
    }
  } catch (err) {
    if (err instanceof CliError) {
      io.err([err.message, ...err.details].join('\n'));
      return err.code;
    }
    io.err(err instanceof Error ? (err.stack ?? err.message) : String(err));
    return EXIT.refused;
  }
}

/** Entry point for the bundle: runs with process.argv and sets the exit code. */
export async function main(): Promise<void> {
  const io: CliIo = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
    showProgress: process.stderr.isTTY === true,
  };
  process.exitCode = await runCli(process.argv.slice(2), io);
}
