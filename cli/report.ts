/**
 * `handlingsrom report PLAN --year ÅÅÅÅ --period P --out RAPPORT.docx [--force]`: the
 * tertialrapport (or, for the scheme's last period, the årsrapport) of a plan year as a
 * Word document, from the same shared/report code the app uses. A closed period is
 * reported from its snapshot. Refuses to overwrite a file without --force; exit codes 0
 * (written), 1 (refused: no plan for the year, unknown period, unreadable plan, cannot
 * write), 2 (usage).
 */
import { existsSync } from 'node:fs';
import type { PlanDocument } from '@shared/domain/document';
import { renderMessage, type MessageLanguage } from '@shared/i18n/message';
import { buildReport } from '@shared/report';
import { CliError, EXIT, refused, usage } from './errors';
import type { CliTexts } from './messages';

/** The options `report` reads. */
export interface ReportOptions {
  year?: string;
  period?: string;
  out?: string;
  force: boolean;
  lang: MessageLanguage;
  t: CliTexts;
}

/** What `report` needs from the command line's file handling (handlingsrom.ts). */
export interface ReportFiles {
  readPlan: (path: string) => PlanDocument;
  writeFileAtomic: (path: string, data: Uint8Array) => void;
}

/** Where `report` writes. */
export interface ReportIo {
  err: (text: string) => void;
}

/** Runs `report`; returns the exit code or throws a `CliError`. */
export async function cmdReport(positionals: string[], o: ReportOptions, io: ReportIo, files: ReportFiles, today: () => string = () => new Date().toISOString().slice(0, 10)): Promise<number> {
  const t = o.t;
  const [path, extra] = positionals;
  if (path === undefined) throw usage('missingArgument', { command: 'report', what: t('what.planFile') });
  if (extra !== undefined) throw usage('extraArgument', { arg: extra });
  if (o.year === undefined) throw usage('missingArgument', { command: 'report', what: t('what.year') });
  if (!/^\d{4}$/.test(o.year)) throw usage('badYear', { value: o.year });
  if (o.period === undefined || o.period.trim() === '') throw usage('missingArgument', { command: 'report', what: t('what.period') });
  if (o.out === undefined) throw usage('missingArgument', { command: 'report', what: t('what.reportOut') });
  const year = Number(o.year);
  const doc = files.readPlan(path);
  const made = await buildReport(doc, { year, period: o.period.trim(), language: o.lang, date: today() });
  if (!made.ok) throw new CliError(EXIT.refused, 'asIs', {}, [renderMessage(made.error, o.lang)]);
  if (!o.force && existsSync(o.out)) throw refused('fileExists', { path: o.out });
  files.writeFileAtomic(o.out, made.bytes);
  io.err(t('reportWritten', { title: made.title, path: o.out }));
  return EXIT.ok;
}
