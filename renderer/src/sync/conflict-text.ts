/**
 * Words for conflicts: a field's name, a losing value as the planner reads it (kroner,
 * dates, status and priority in words), who wrote it and when, and the name of a deleted
 * entity («tiltak 1.2 «Kurs»»).
 */
import type { TFunction } from 'i18next';
import type { PlanDocument } from '@shared/domain';
import type { DeleteConflict, SyncConflict } from '@shared/sync';
import type { Formatters } from '../ui/format';
import { formatTimestamp } from '../ui/format-timestamp';

/** The field's name in the UI language (`fields.<key>`), or the key itself. */
export function fieldLabel(t: TFunction, exists: (key: string) => boolean, field: string): string {
  return exists(`fields.${field}`) ? t(`fields.${field}`) : field;
}

function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** Names of the strategy's entities by id (innsatsområder, delmål, satsinger, aktører …), for id values. */
export function entityNames(doc: PlanDocument): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  const { strategy } = doc;
  for (const x of [...strategy.focusAreas, ...strategy.initiatives, ...strategy.crossCuttingProjects, ...strategy.actors]) names.set(x.id, x.name);
  for (const g of strategy.guidingStrategies) names.set(g.id, g.text);
  for (const f of strategy.focusAreas) for (const g of f.subGoals) names.set(g.id, g.text);
  return names;
}

function amountOf(line: unknown): number {
  const amount: unknown = typeof line === 'object' && line !== null ? Reflect.get(line, 'amount') : 0;
  return typeof amount === 'number' ? amount : 0;
}

/**
 * A value as text: numbers and dates formatted, status and priority of a tiltak in
 * words, ids as the names `names` gives, funding lines as their count and sum, KPIs by
 * their indicators.
 */
export function valueText(t: TFunction, format: Formatters, field: string, value: unknown, names?: ReadonlyMap<string, string>): string {
  if (value === null || value === undefined || value === '') return t('sync.conflict.empty');
  const named = (id: string) => names?.get(id) ?? id;
  if (field === 'funding' && Array.isArray(value)) return t('sync.conflict.fundingLines', { count: value.length, sum: format.kroner(value.reduce((sum: number, line) => sum + amountOf(line), 0)) });
  if (field === 'kpis' && Array.isArray(value)) {
    const indicators = value.map((k: unknown) => (typeof k === 'object' && k !== null ? Reflect.get(k, 'indicator') : null)).filter((x): x is string => typeof x === 'string');
    return indicators.length === 0 ? t('sync.conflict.empty') : indicators.join('; ');
  }
  if (field === 'frame' && typeof value === 'object') {
    const own: unknown = Reflect.get(value, 'ownFunds');
    const hours: unknown = Reflect.get(value, 'capacityHours');
    if (typeof own === 'number' && typeof hours === 'number') return t('sync.conflict.frame', { ownFunds: format.kroner(own), hours: format.hours(hours) });
  }
  if (field.endsWith('Id') && typeof value === 'string') return named(value);
  if (field === 'status' && typeof value === 'string') return t(`plan.actionStatus.${value}`, { defaultValue: value });
  if (field === 'priority' && typeof value === 'number') return t(`plan.priority.${value}`, { defaultValue: String(value) });
  if (field === 'cost' && typeof value === 'number') return format.kroner(value);
  if (field === 'hours' && typeof value === 'number') return format.hours(value);
  if (typeof value === 'number') return format.number(value);
  if (typeof value === 'string') return isIsoDate(value) ? format.date(value) : value;
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.length === 0 ? t('sync.conflict.empty') : value.map(named).join(', ');
  return JSON.stringify(value) ?? '';
}

/** «Kari skrev «…» 01.03.2026, 14:32». */
export function wroteText(t: TFunction, format: Formatters, language: string, conflict: SyncConflict, names?: ReadonlyMap<string, string>): string {
  return t('sync.conflict.wrote', {
    name: conflict.lostBy ?? t('sync.conflict.unknownAuthor'),
    value: valueText(t, format, conflict.field, conflict.lostValue, names),
    at: conflict.lostAt ? formatTimestamp(conflict.lostAt, language) : '',
  });
}

function text(entity: Record<string, unknown>, key: string): string | null {
  const value = entity[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** The deleted entity's name: «tiltak 1.2 «Kurs»», «Folkehelse», or «en oppføring». */
export function deletedEntityName(t: TFunction, conflict: DeleteConflict): string {
  const { entity } = conflict;
  if (conflict.collection === 'c:actions') return t('sync.conflict.entityAction', { number: text(entity, 'number') ?? '', title: text(entity, 'title') ?? '' });
  const name = text(entity, 'name') ?? text(entity, 'title') ?? text(entity, 'text');
  return name ? t('sync.conflict.entityNamed', { name }) : t('sync.conflict.entityUnnamed');
}

/** The tiltak fields the detail panel shows a conflict on, under the field itself. */
export const ACTION_FIELDS_SHOWN_INLINE: readonly string[] = [
  'number',
  'title',
  'description',
  'focusAreaIds',
  'subGoalIds',
  'initiativeIds',
  'crossCuttingProjectId',
  'guidingStrategyIds',
  'owner',
  'partnerIds',
  'cost',
  'hours',
  'start',
  'deadline',
  'funding',
  'kpis',
  'priority',
  'status',
  'notes',
];
