/**
 * `handlingsrom` – the command line: example, check, export, import and status on plan files
 * with the same shared/ code as the app (kontroll, plan file, Excel workbook, oppfølging). Bundled by
 * scripts/build-cli.mjs to dist/cli/handlingsrom.cjs; bin/handlingsrom.cjs launches it.
 *
 * Exit codes: 0 ok, 1 findings of severity error or a refused file, 2 bad usage. Results go
 * to stdout, messages to stderr (bokmål, or English with `--lang en`). A plan file is only
 * ever replaced atomically (write a temporary file beside it, then rename), and only when
 * everything was valid.
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
import { MAX_PLAN_FILE_BYTES } from '@shared/domain/plan-file-limits';
import { isMessageError, msg, renderMessage } from '@shared/i18n/message';
import { formatKroner, formatNumber } from '@shared/money/kroner';
import type { Message, MessageLanguage } from '@shared/i18n/message';
import { renderFinding, runKontroll } from '@shared/rules';
import { createExampleDocument } from '@shared/templates';
import { CliError, EXIT, refused, usage } from './errors';
import { exportWorkbookToFile } from './excel-file';
import { CLI_LANGUAGES, cliTexts, planFileLine, type CliTexts } from './messages';
import { cmdReport } from './report';
import { statusReport } from './status';
import { cmdStatusExport, cmdStatusImport, type StatusWorkbookTools } from './status-workbook';
import { cmdServe, cmdTeam } from './team-server';

/** Where the CLI writes. */
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** True when progress lines are wanted (an interactive terminal). */
  showProgress: boolean;
}

export { EXIT };

/** Texts of a refusal that shared/ wrote as plain text (the Excel code's own messages). */
const asIs = (text: string): CliError => new CliError(EXIT.refused, 'asIs', {}, [text]);

interface Options {
  year?: string;
  period?: string;
  out?: string;
  into?: string;
  /** status-export: only this ansvarlig's tiltak. */
  owner?: string;
  json: boolean;
  dryRun: boolean;
  force: boolean;
  help: boolean;
  lang: MessageLanguage;
  t: CliTexts;
  /** serve and team: data folder, port, host, storage, role, workspace. */
  data?: string;
  port?: string;
  host?: string;
  postgres?: string;
  redis?: string;
  web?: string;
  allowInsecure: boolean;
  role?: string;
  workspace?: string;
}

function isLanguage(value: string): value is MessageLanguage {
  return (CLI_LANGUAGES as readonly string[]).includes(value);
}

/** The language asked for, read before the options are checked, so even a usage error speaks it. */
function languageOf(argv: string[]): MessageLanguage {
  const i = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = i < 0 ? 'nb' : argv[i]?.startsWith('--lang=') ? argv[i]?.slice(7) : argv[i + 1];
  return value !== undefined && isLanguage(value) ? value : 'nb';
}

function parse(argv: string[]): { command: string | undefined; positionals: string[]; options: Options } {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (err) {
    // Name the option parseArgs stumbled on (it quotes it), never its English sentence.
    const option = err instanceof Error ? /'(-[^']{1,40})'/.exec(err.message)?.[1] : undefined;
    throw option === undefined ? usage('badOption') : usage('badOptionNamed', { option });
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLanguage(values.lang)) throw usage('badLanguage', { value: values.lang });
  const [command, ...rest] = positionals;
  const lang = languageOf(argv);
  return {
    command,
    positionals: rest,
    options: {
      year: values.year,
      period: values.period,
      out: values.out,
      into: values.into,
      owner: values.owner,
      json: values.json === true,
      dryRun: values['dry-run'] === true,
      force: values.force === true,
      help: values.help === true,
      lang,
      t: cliTexts(lang),
      data: values.data,
      port: values.port,
      host: values.host,
      postgres: values.postgres,
      redis: values.redis,
      web: values.web,
      allowInsecure: values['allow-insecure'] === true,
      role: values.role,
      workspace: values.workspace,
    },
  };
}

function parseOptions(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      year: { type: 'string' },
      period: { type: 'string' },
      out: { type: 'string' },
      into: { type: 'string' },
      owner: { type: 'string' },
      json: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
      lang: { type: 'string' },
      data: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      postgres: { type: 'string' },
      redis: { type: 'string' },
      web: { type: 'string' },
      'allow-insecure': { type: 'boolean', default: false },
      role: { type: 'string' },
      workspace: { type: 'string' },
    },
  });
}

function needYear(command: string, options: Pick<Options, 'year' | 't'>): number {
  if (options.year === undefined) throw usage('missingArgument', { command, what: options.t('what.year') });
  if (!/^\d{4}$/.test(options.year)) throw usage('badYear', { value: options.year });
  return Number(options.year);
}

function needOne(command: string, positionals: string[], what: string): string {
  const [first, extra] = positionals;
  if (first === undefined) throw usage('missingArgument', { command, what });
  if (extra !== undefined) throw usage('extraArgument', { arg: extra });
  return first;
}

function needNone(positionals: string[]): void {
  if (positionals[0] !== undefined) throw usage('extraArgument', { arg: positionals[0] });
}

/** Why a file operation failed, in words (the system's error code, never its English text). */
function ioReason(err: unknown): Message {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String(err.code) : '';
  const reason = IO_REASONS[code];
  if (reason) return msg(`desktop.errors.reasons.${reason}`);
  return code ? msg('desktop.errors.reasons.other', { code }) : msg('cli.reasonUnknown');
}

const IO_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'notFound',
  ENOTDIR: 'notFound',
  EACCES: 'accessDenied',
  EPERM: 'accessDenied',
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  EISDIR: 'isDirectory',
  EROFS: 'readOnly',
  EBUSY: 'busy',
  ETXTBSY: 'busy',
};

function readBytes(path: string, maxBytes: number): Uint8Array {
  if (!existsSync(path)) throw refused('fileMissing', { path });
  try {
    const size = statSync(path).size;
    if (size > maxBytes) throw refused('fileTooLarge', { path, sizeMb: Math.ceil(size / 1024 / 1024) });
    return new Uint8Array(readFileSync(path));
  } catch (err) {
    if (err instanceof CliError) throw err;
    throw refused('fileUnreadable', { path, detail: ioReason(err) });
  }
}

function readPlan(path: string): PlanDocument {
  const bytes = readBytes(path, MAX_PLAN_FILE_BYTES + 1024);
  const parsed = parsePlanFile(new TextDecoder('utf-8').decode(bytes));
  if (!parsed.ok) throw refused('planInvalid', { path }, parsed.errors);
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
    throw refused('writeFailed', { path, detail: ioReason(err) });
  }
}

function refuseOverwrite(path: string, force: boolean): void {
  if (!force && existsSync(path)) throw refused('fileExists', { path });
}

function progressPrinter(io: CliIo, t: CliTexts, what: string): ((p: ExcelProgress) => void) | undefined {
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
  if (o.out === undefined) throw usage('missingArgument', { command: 'example', what: '--out PLAN' });
  refuseOverwrite(o.out, o.force);
  writeFileAtomic(o.out, serializePlanFile(createExampleDocument(), new Date().toISOString()));
  io.err(o.t('exampleWritten', { path: o.out }));
  return EXIT.ok;
}

async function cmdCheck(positionals: string[], o: Options, io: CliIo): Promise<number> {
  const t = o.t;
  const path = needOne('check', positionals, t('what.planFile'));
  const year = needYear('check', o);
  const doc = readPlan(path);
  const found = planContext(doc, year, o.lang);
  if (!found.ok) throw asIs(renderMessage(found.error, o.lang));
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
    const findings = result.findings.map((f) => ({ severity: f.severity, code: f.code, message: renderFinding(f, o.lang), entity: f.entity }));
    io.out(`${JSON.stringify({ year, totals, findings }, null, 2)}\n`);
    return hasErrors ? EXIT.refused : EXIT.ok;
  }
  const lines = [t('checkHeader', { year, strategy: strategy.name }), ''];
  const keys = Object.keys(totals) as (keyof typeof totals)[];
  const width = Math.max(...keys.map((key) => t(`totals.${key}`).length));
  for (const key of keys) {
    const v = totals[key];
    const shown = key === 'hours' || key === 'capacityHours' ? formatNumber(v) : formatKroner(v);
    lines.push(`  ${t(`totals.${key}`).padEnd(width)}  ${shown}`);
  }
  lines.push('');
  if (result.findings.length === 0) lines.push(t('noFindings'));
  else {
    lines.push(t('findingsHeader', { count: result.findings.length }));
    for (const f of result.findings) lines.push(`  ${t(`severity.${f.severity}`).padEnd(8)}  ${renderFinding(f, o.lang)}`);
  }
  io.out(`${lines.join('\n')}\n`);
  return hasErrors ? EXIT.refused : EXIT.ok;
}

async function cmdExport(positionals: string[], o: Options, io: CliIo): Promise<number> {
  const t = o.t;
  const path = needOne('export', positionals, t('what.planFile'));
  const year = needYear('export', o);
  if (o.out === undefined) throw usage('missingArgument', { command: 'export', what: t('what.workbookOut') });
  const doc = readPlan(path);
  const found = planContext(doc, year, o.lang);
  if (!found.ok) throw asIs(renderMessage(found.error, o.lang));
  refuseOverwrite(o.out, o.force);
  try {
    // Streaming writer: a plan of 100 000 tiltak in about a third of the memory of writeBuffer.
    await exportWorkbookToFile(doc, year, o.out, { language: o.lang, onProgress: progressPrinter(io, t, t('exporting')) });
  } catch (err) {
    throw refused('exportFailed', { detail: isMessageError(err) ? err.detail : ioReason(err) });
  }
  io.err(t('exported', { year, path: o.out, count: found.context.actions.length }));
  return EXIT.ok;
}

async function cmdImport(positionals: string[], o: Options, io: CliIo): Promise<number> {
  const t = o.t;
  const workbookPath = needOne('import', positionals, t('what.workbook'));
  const year = needYear('import', o);
  if (o.into === undefined) throw usage('missingArgument', { command: 'import', what: '--into PLAN' });
  const planPath = o.into;
  const doc = readPlan(planPath);
  // One byte over the limit is enough for readWorkbook to refuse with its own message.
  const bytes = readBytes(workbookPath, DEFAULT_LIMITS.maxFileBytes + 1);
  const result = await readWorkbook(bytes, doc, year, { onProgress: progressPrinter(io, t, t('reading')) });
  if (!result.ok) {
    throw refused(
      'importErrors',
      { path: workbookPath, count: result.errors.length },
      result.errors.map((e) => `  ${renderMessage(e, o.lang, true)}`),
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
    for (const c of p.changed) lines.push(t('changedLine', { number: c.after.number, title: c.after.title, fields: c.fields.map((f) => renderMessage(msg(`excel.fields.${f}`), o.lang)).join(', ') }));
  }
  if (p.removed.length > 0) {
    lines.push(t('removed', { count: p.removed.length }));
    for (const a of p.removed) lines.push(t('actionLine', { number: a.number, title: a.title }));
  }
  if (p.frame) lines.push(t('frame', { fields: p.frame.fields.map((f) => renderMessage(msg(`excel.fields.${f}`), o.lang)).join(', ') }));
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

/** `status`: the oppfølging of a plan and period; exit 0 (the attention list is information, not an error). */
async function cmdStatus(positionals: string[], o: Options, io: CliIo): Promise<number> {
  const path = needOne('status', positionals, o.t('what.planFile'));
  const year = needYear('status', o);
  if (o.period !== undefined && o.period.trim() === '') throw usage('missingArgument', { command: 'status', what: o.t('what.period') });
  const doc = readPlan(path);
  const report = statusReport(doc, year, o.period, o.lang);
  if (!report.ok) throw asIs(renderMessage(report.error, o.lang));
  io.out(o.json ? `${JSON.stringify(report.json, null, 2)}\n` : report.text);
  return EXIT.ok;
}

/** The helpers status-export and status-import share with the other commands. */
const statusWorkbookTools: StatusWorkbookTools = { needOne, needYear, readPlan, readBytes, refuseOverwrite, writeFileAtomic };

/** Runs the command line with `argv` (without node and script); returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  try {
    const { command, positionals, options } = parse(argv);
    if (options.help || command === 'help') {
      io.out(options.t('help'));
      return EXIT.ok;
    }
    switch (command) {
      case undefined:
        throw usage('missingCommand');
      case 'example':
        return await cmdExample(positionals, options, io);
      case 'check':
        return await cmdCheck(positionals, options, io);
      case 'export':
        return await cmdExport(positionals, options, io);
      case 'import':
        return await cmdImport(positionals, options, io);
      case 'status':
        return await cmdStatus(positionals, options, io);
      case 'report':
        return await cmdReport(positionals, options, io, { readPlan, writeFileAtomic });
      case 'status-export':
        return await cmdStatusExport(positionals, options, io, statusWorkbookTools);
      case 'status-import':
        return await cmdStatusImport(positionals, options, io, statusWorkbookTools);
      case 'serve':
        return await cmdServe(positionals, options, io);
      case 'team':
        return await cmdTeam(positionals, options, io);
      default:
        throw usage('unknownCommand', { command });
    }
  } catch (err) {
    if (err instanceof CliError) {
      const language = languageOf(argv);
      const t = cliTexts(language);
      const details = err.details.map((d) => (typeof d === 'string' ? d : planFileLine(d, language)));
      io.err((err.key === 'asIs' ? details : [t(err.key, err.params), ...details]).join('\n'));
      return err.code;
    }
    // A bug: say so in words; the stack trace only when asked for (HANDLINGSROM_DEBUG=1).
    io.err(cliTexts(languageOf(argv))('unexpected'));
    if (process.env['HANDLINGSROM_DEBUG'] === '1') io.err(err instanceof Error ? (err.stack ?? err.message) : String(err));
    return EXIT.refused;
  }
}

/** Entry point for the bundle: runs with process.argv and sets the exit code. */
export async function main(): Promise<void> {
  // `handlingsrom check … | head -1`: the reader has gone, so there is no one to tell —
  // end quietly (exit 0, nothing on stderr), never with Node's «write EPIPE» stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') process.exit(0);
      throw err;
    });
  }
  const io: CliIo = {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
    showProgress: process.stderr.isTTY === true,
  };
  process.exitCode = await runCli(process.argv.slice(2), io);
}
