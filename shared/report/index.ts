/**
 * Rapporter (issue 12, point 6): the tertialrapport and the årsrapport of a plan year and
 * period as a Word document. `reportContent` resolves what the report says (pure data, one
 * language); `reportDocx` lays it out with the `docx` library; `buildReport` does both.
 */
import type { PlanDocument } from '../domain/document';
import type { Message } from '../i18n/message';
import { reportContent, type ReportRequest } from './report-content';
import { reportDocx, type ReportDocxOptions } from './report-docx';

export * from './report-content';
export { coreXml, reportDocx, type ReportDocxOptions } from './report-docx';

/** A built report: the .docx bytes and its title, or why there is none. */
export type BuiltReport = { ok: true; bytes: Uint8Array; title: string; isAnnual: boolean } | { ok: false; error: Message };

/** Lager rapporten (.docx) for `request.year` and `request.period`. */
export async function buildReport(doc: PlanDocument, request: ReportRequest, options: ReportDocxOptions = {}): Promise<BuiltReport> {
  const made = reportContent(doc, request);
  if (!made.ok) return made;
  return { ok: true, bytes: await reportDocx(made.content, options), title: made.content.title, isAnnual: made.content.isAnnual };
}
