/**
 * What the import preview shows per changed tiltak and frame: one row per changed field
 * with the value before and after, as text the user recognises (names instead of ids,
 * kroner and dates in the user's language, status words). Pure: the component passes its
 * `t` and language.
 */
import type { Action, BudgetFrame, FundingLine, Strategy } from '@shared/domain';
import { sameValue } from '@shared/excel/import';
import { formatKpis } from '@shared/excel/codec';
import type { MessageLanguage } from '@shared/i18n/message';
import { formatDate, formatHours, formatKroner, formatPercent } from '@shared/input';

/** A translate function (react-i18next's `t`, narrowed to what is used here). */
export type Translate = (key: string, options?: Record<string, string | number>) => string;

/** One changed field: i18n label key and the two values as text ('' = empty). */
export interface FieldDiff {
  /** Field key, e.g. `cost` (label: `excel.fields.<key>`). */
  key: string;
  before: string;
  after: string;
}

/** The tiltak fields the preview compares, in the workbook's column order. */
export const ACTION_DIFF_FIELDS = [
  'number',
  'title',
  'focusAreaIds',
  'initiativeIds',
  'crossCuttingProjectId',
  'guidingStrategyIds',
  'owner',
  'partnerIds',
  'cost',
  'funding',
  'hours',
  'start',
  'deadline',
  'priority',
  'status',
  'kpis',
  'description',
  'notes',
  'subGoalIds',
] as const satisfies readonly (keyof Action)[];

/** Field key (for the label) of each compared Action property. */
const LABEL_KEY: Record<(typeof ACTION_DIFF_FIELDS)[number], string> = {
  number: 'number',
  title: 'title',
  focusAreaIds: 'focusArea',
  initiativeIds: 'initiatives',
  crossCuttingProjectId: 'crossCuttingProject',
  guidingStrategyIds: 'guidingStrategies',
  owner: 'owner',
  partnerIds: 'partners',
  cost: 'cost',
  funding: 'funding',
  hours: 'hours',
  start: 'start',
  deadline: 'deadline',
  priority: 'priority',
  status: 'status',
  kpis: 'kpis',
  description: 'description',
  notes: 'notes',
  subGoalIds: 'subGoals',
};

function names<T extends { id: string }>(ids: readonly string[], items: readonly T[], label: (item: T) => string): string {
  const byId = new Map(items.map((i) => [i.id, label(i)]));
  return ids.map((id) => byId.get(id) ?? id).join('; ');
}

function fundingText(lines: readonly FundingLine[], strategy: Strategy, t: Translate, language: MessageLanguage): string {
  const actors = new Map(strategy.actors.map((a) => [a.id, a.name]));
  return lines
    .map((l) => {
      const who = l.actorId === null ? '' : ` (${actors.get(l.actorId) ?? l.actorId})`;
      return `${t(`plan.fundingSource.${l.source}`)}${who}: ${formatKroner(l.amount, language)}, ${t(`plan.fundingStatus.${l.status}`)}`;
    })
    .join('\n');
}

/** One Action field as display text. */
export function actionFieldText(action: Action, field: (typeof ACTION_DIFF_FIELDS)[number], strategy: Strategy, t: Translate, language: MessageLanguage = 'nb'): string {
  switch (field) {
    case 'number':
    case 'title':
    case 'owner':
    case 'description':
    case 'notes':
      return action[field];
    case 'focusAreaIds':
      return names(action.focusAreaIds, strategy.focusAreas, (f) => f.name);
    case 'subGoalIds':
      return names(action.subGoalIds, strategy.focusAreas.flatMap((f) => f.subGoals), (g) => g.text);
    case 'initiativeIds':
      return names(action.initiativeIds, strategy.initiatives, (i) => i.name);
    case 'crossCuttingProjectId':
      return action.crossCuttingProjectId === null ? '' : names([action.crossCuttingProjectId], strategy.crossCuttingProjects, (p) => p.name);
    case 'guidingStrategyIds':
      return names(action.guidingStrategyIds, strategy.guidingStrategies, (g) => g.text);
    case 'partnerIds':
      return names(action.partnerIds, strategy.actors, (a) => a.name);
    case 'cost':
      return formatKroner(action.cost, language);
    case 'funding':
      return fundingText(action.funding, strategy, t, language);
    case 'hours':
      return formatHours(action.hours, language);
    case 'start':
    case 'deadline': {
      const d = action[field];
      return d === null ? '' : formatDate(d, language);
    }
    case 'priority':
      return t(`plan.priority.${action.priority}`);
    case 'status':
      return t(`plan.actionStatus.${action.status}`);
    case 'kpis':
      return formatKpis(action.kpis);
  }
}

/** The changed fields of a tiltak, before → after, in column order. */
export function actionDiffs(before: Action, after: Action, strategy: Strategy, t: Translate, language: MessageLanguage = 'nb'): FieldDiff[] {
  return ACTION_DIFF_FIELDS.filter((f) => !sameValue(before[f], after[f])).map((f) => ({
    key: LABEL_KEY[f],
    before: actionFieldText(before, f, strategy, t, language),
    after: actionFieldText(after, f, strategy, t, language),
  }));
}

function sharesText(shares: BudgetFrame['targetShares'], strategy: Strategy, language: MessageLanguage): string {
  return strategy.focusAreas
    .filter((f) => shares[f.id] !== undefined)
    .map((f) => `${f.name}: ${formatPercent(shares[f.id] ?? 0, language, 6)}`)
    .join('\n');
}

/** The changed fields of the frame (økonomiske rammer), before → after. */
export function frameDiffs(before: BudgetFrame, after: BudgetFrame, strategy: Strategy, language: MessageLanguage = 'nb'): FieldDiff[] {
  const rows: FieldDiff[] = [];
  if (before.ownFunds !== after.ownFunds) rows.push({ key: 'ownFunds', before: formatKroner(before.ownFunds, language), after: formatKroner(after.ownFunds, language) });
  if (before.capacityHours !== after.capacityHours) {
    rows.push({ key: 'capacityHours', before: formatHours(before.capacityHours, language), after: formatHours(after.capacityHours, language) });
  }
  if (!sameValue(before.targetShares, after.targetShares)) {
    rows.push({ key: 'targetShares', before: sharesText(before.targetShares, strategy, language), after: sharesText(after.targetShares, strategy, language) });
  }
  return rows;
}
