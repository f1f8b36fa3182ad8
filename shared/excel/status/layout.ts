/**
 * Statusarbeidsbokens oppsett (issue 12, point 7): the sheets and columns of the status
 * workbook, their words per language (shared/i18n/status-workbook.ts), and which tiltak
 * and last status a workbook shows. Export (./export) and import (./import) both use it.
 *
 * Sheets: «Status» (one row per active tiltak: what it is, its last status, and empty
 * columns to fill in — new status from a drop-down, comment, forbruk per source so far,
 * changed expected frist — with a hidden Id), «KPI» (one row per KPI of those tiltak:
 * target, baseline, the last actual, and the actual to fill in, with hidden ids), and a
 * hidden «Info» sheet with year and period, so a workbook is not imported into another
 * period by mistake. One row per KPI is easier to fill than a column per KPI: tiltak have
 * from none to many KPIs, and each row carries its own indicator, unit and target.
 */
import type { Action, ActionPlan } from '../../domain/entities';
import { ACTIVE_STATUSES } from '../../domain/entities';
import type { FollowUpStatus, ReportingPeriod, StatusUpdate } from '../../domain/follow-up';
import { latestUpdate, reportingPeriods } from '../../domain/follow-up';
import type { MessageLanguage } from '../../i18n/message';
import { statusWorkbookWords, type StatusWorkbookWordsCatalogue } from '../../i18n/status-workbook';
import type { ColumnSpec } from '../layout';
import { nameKey } from '../plan-context';

/** The status workbook's words in one language, with the language. */
export interface StatusWords extends StatusWorkbookWordsCatalogue {
  language: MessageLanguage;
}

/** The languages a status workbook is written in; the import reads all of them. */
export const STATUS_WORKBOOK_LANGUAGES: readonly MessageLanguage[] = ['nb', 'en'];

/** The status workbook's words in `language`. */
export function statusWords(language: MessageLanguage = 'nb'): StatusWords {
  return { ...statusWorkbookWords[language], language };
}

/** The words in every language, bokmål first. */
export function allStatusWords(): StatusWords[] {
  return STATUS_WORKBOOK_LANGUAGES.map(statusWords);
}

/** Key of a «Status» column. */
export type StatusColumnKey = keyof StatusWorkbookWordsCatalogue['columns'];
/** Key of a «KPI» column. */
export type KpiColumnKey = keyof StatusWorkbookWordsCatalogue['kpiColumns'];

/** A column spec that says whether the user fills it in (fyll ut). */
export interface StatusColumnSpec<K extends string> extends ColumnSpec<K> {
  /** A column to fill in: highlighted, and read by the import. */
  input?: boolean;
}

/** Columns of «Status», in order. Headers are filled in per language (`withStatusHeaders`). */
export const STATUS_COLUMNS: readonly StatusColumnSpec<StatusColumnKey>[] = [
  { key: 'number', header: '', width: 8, kind: 'text' },
  { key: 'title', header: '', width: 40, kind: 'text', wrap: true },
  { key: 'owner', header: '', width: 20, kind: 'text', wrap: true },
  { key: 'focusArea', header: '', width: 24, kind: 'text', wrap: true },
  { key: 'deadline', header: '', width: 12, kind: 'date' },
  { key: 'cost', header: '', width: 14, kind: 'money' },
  { key: 'ownFunds', header: '', width: 14, kind: 'money' },
  { key: 'partnerFunds', header: '', width: 14, kind: 'money' },
  { key: 'externalFunds', header: '', width: 14, kind: 'money' },
  { key: 'lastStatus', header: '', width: 14, kind: 'text' },
  { key: 'lastComment', header: '', width: 36, kind: 'text', wrap: true },
  { key: 'lastSpending', header: '', width: 14, kind: 'money' },
  { key: 'status', header: '', width: 16, kind: 'text', input: true },
  { key: 'comment', header: '', width: 44, kind: 'text', wrap: true, input: true },
  { key: 'spentOwn', header: '', width: 16, kind: 'money', input: true },
  { key: 'spentPartner', header: '', width: 16, kind: 'money', input: true },
  { key: 'spentExternal', header: '', width: 16, kind: 'money', input: true },
  { key: 'expectedDeadline', header: '', width: 14, kind: 'date', input: true },
  { key: 'id', header: '', width: 10, kind: 'text', hidden: true },
];

/** Columns of «KPI», in order. */
export const KPI_COLUMNS: readonly StatusColumnSpec<KpiColumnKey>[] = [
  { key: 'number', header: '', width: 8, kind: 'text' },
  { key: 'title', header: '', width: 32, kind: 'text', wrap: true },
  { key: 'indicator', header: '', width: 36, kind: 'text', wrap: true },
  { key: 'unit', header: '', width: 10, kind: 'text' },
  { key: 'target', header: '', width: 12, kind: 'text' },
  { key: 'lastActual', header: '', width: 14, kind: 'text' },
  { key: 'baseline', header: '', width: 14, kind: 'text', input: true },
  { key: 'actual', header: '', width: 14, kind: 'text', input: true },
  { key: 'actionId', header: '', width: 10, kind: 'text', hidden: true },
  { key: 'kpiId', header: '', width: 10, kind: 'text', hidden: true },
];

/** Column specs with the headers of one language. */
export function withStatusHeaders<K extends string>(columns: readonly StatusColumnSpec<K>[], headers: Readonly<Record<K, string>>): StatusColumnSpec<K>[] {
  return columns.map((c) => ({ ...c, header: headers[c.key] }));
}

/** 1-based column of a «Status» key in an exported workbook. */
export function statusCol(key: StatusColumnKey): number {
  return STATUS_COLUMNS.findIndex((c) => c.key === key) + 1;
}

/** 1-based column of a «KPI» key in an exported workbook. */
export function kpiCol(key: KpiColumnKey): number {
  return KPI_COLUMNS.findIndex((c) => c.key === key) + 1;
}

/**
 * Tiltak in a status workbook: the plan's active tiltak (utsatt and avlyst are not followed
 * up), in plan order, only `owner`'s when given (ansvarlig, whitespace and case ignored).
 */
export function statusActions(actions: readonly Action[], plan: ActionPlan, owner?: string): Action[] {
  const wanted = owner === undefined || owner.trim() === '' ? null : nameKey(owner);
  return actions.filter((a) => a.planId === plan.id && ACTIVE_STATUSES.includes(a.status) && (wanted === null || nameKey(a.owner) === wanted));
}

/**
 * Siste status per tiltak as seen from `period`: the update that counts in this period,
 * else in the latest earlier period with one. Tiltak without any have no entry.
 */
export function lastUpdates(plan: ActionPlan, period: ReportingPeriod): Map<string, StatusUpdate> {
  const periods = reportingPeriods(plan);
  const upTo = periods.findIndex((p) => p.id === period.id);
  const rank = new Map(periods.slice(0, upTo + 1).map((p, i) => [p.id, i]));
  const byAction = new Map<string, StatusUpdate[]>();
  for (const u of plan.followUp.updates) {
    if (!rank.has(u.periodId)) continue;
    const list = byAction.get(u.actionId);
    if (list) list.push(u);
    else byAction.set(u.actionId, [u]);
  }
  const out = new Map<string, StatusUpdate>();
  for (const [actionId, list] of byAction) {
    const best = Math.max(...list.map((u) => rank.get(u.periodId) ?? -1));
    const found = latestUpdate(list.filter((u) => rank.get(u.periodId) === best));
    if (found) out.set(actionId, found);
  }
  return out;
}

/** The status word in a language. */
export function statusWord(words: StatusWords, status: FollowUpStatus): string {
  return words.status[status];
}
