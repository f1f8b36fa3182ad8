/**
 * Words for conflicts: a field's name, a losing value as the planner reads it (kroner,
 * dates, status and priority in words), who wrote it and when, the name of a deleted
 * entity («tiltak 1.2 «Kurs»»), and which follow-up record a conflict is on
 * («statusoppdateringen for tiltak 1.2 «Kurs», 2. tertial, per 15.06.2025»).
 */
import type { TFunction } from 'i18next';
import type { PlanDocument } from '@shared/domain';
import { findPeriod, type ReportingPeriod } from '@shared/domain/follow-up';
import { FOLLOW_UP_CLOSURES_MAP, FOLLOW_UP_SETTINGS_MAP, FOLLOW_UP_UPDATES_MAP, isJoinConflict, PLANS_KEY, type DeleteConflict, type HangingEntity, type SyncConflict } from '@shared/sync';
import type { Formatters } from '../ui/format';
import { formatTimestamp } from '../ui/format-timestamp';

const FOLLOW_UP_COLLECTIONS: ReadonlySet<string> = new Set([FOLLOW_UP_UPDATES_MAP, FOLLOW_UP_CLOSURES_MAP, FOLLOW_UP_SETTINGS_MAP]);

/** True for a conflict on a follow-up record (a status update, a closure, a plan's follow-up settings). */
export function isFollowUpCollection(collection: string | undefined): boolean {
  return collection !== undefined && FOLLOW_UP_COLLECTIONS.has(collection);
}

/** The field's name in the UI language (`fields.<key>`; a follow-up record's: `sync.conflict.followUpField.<key>`), or the key itself. */
export function fieldLabel(t: TFunction, exists: (key: string) => boolean, field: string, collection?: string): string {
  const key = isFollowUpCollection(collection) ? `sync.conflict.followUpField.${field}` : `fields.${field}`;
  return exists(key) ? t(key) : field;
}

function periodText(t: TFunction, period: ReportingPeriod | undefined, id: string): string {
  if (!period) return id;
  return period.name ?? t(`followUp.period.${period.id}`, { defaultValue: period.shortName });
}

/**
 * Which follow-up record a conflict is on: «statusoppdateringen for tiltak 1.2 «Kurs»,
 * 2. tertial, per 15.06.2025», «lukkingen av 1. tertial (12.05.2025)», «oppfølgingen av
 * handlingsplan 2025». Null for a conflict that is not on a follow-up record.
 */
export function followUpRecordName(t: TFunction, format: Formatters, conflict: SyncConflict, doc: PlanDocument | null): string | null {
  if (!isFollowUpCollection(conflict.collection)) return null;
  const plan = doc?.plans.find((p) => p.id === conflict.planId);
  if (!doc || !plan) return t('sync.conflict.followUpRecord');
  if (conflict.collection === FOLLOW_UP_SETTINGS_MAP) return t('sync.conflict.followUpSettings', { year: plan.year });
  if (conflict.collection === FOLLOW_UP_CLOSURES_MAP) {
    const closure = plan.followUp.closures.find((c) => c.id === conflict.entityId);
    if (!closure) return t('sync.conflict.followUpRecord');
    return t('sync.conflict.followUpClosure', { period: periodText(t, findPeriod(plan, closure.periodId), closure.periodId), date: format.date(closure.date) });
  }
  const update = plan.followUp.updates.find((u) => u.id === conflict.entityId);
  if (!update) return t('sync.conflict.followUpRecord');
  const action = doc.actions.find((a) => a.id === update.actionId);
  return t('sync.conflict.followUpUpdate', {
    number: action?.number ?? '',
    title: action?.title ?? update.actionId,
    period: periodText(t, findPeriod(plan, update.periodId), update.periodId),
    date: format.date(update.date),
  });
}

/**
 * Which plan a conflict on a joined plan's field is about: «handlingsplan 2028, verdien fra
 * den andre planen for 2028». Null for any other conflict.
 */
export function joinedPlanRecordName(t: TFunction, conflict: SyncConflict): string | null {
  return isJoinConflict(conflict) ? t('sync.conflict.joinedPlan', { year: conflict.year }) : null;
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
}

/** A follow-up record's value as text, or null to let `valueText` do it. */
function followUpValueText(t: TFunction, format: Formatters, name: string, value: unknown): string | null {
  if (name === 'status' && typeof value === 'string') return t(`followUp.status.${value}`, { defaultValue: value });
  if (name === 'spending' && Array.isArray(value)) return t('sync.conflict.spending', { sum: format.kroner(value.reduce((sum: number, line) => sum + amountOf(line), 0)) });
  if (name === 'kpiValues' && Array.isArray(value)) return t('sync.conflict.kpiValues', { count: value.length });
  if (name === 'reopened') {
    if (value === null) return t('sync.conflict.notReopened');
    const date = field(value, 'date');
    return t('sync.conflict.reopened', { date: typeof date === 'string' ? format.date(date) : '', by: String(field(value, 'by') ?? '') || '–', reason: String(field(value, 'reason') ?? '') });
  }
  if (name === 'kpiWeighting' && typeof value === 'string') return t(`followUp.weighting.${value}`, { defaultValue: value });
  if (name === 'scheme') {
    const kind = field(value, 'kind');
    const periods = field(value, 'periods');
    if (kind === 'custom' && Array.isArray(periods)) return t('sync.conflict.customPeriods', { periods: periods.map((p: unknown) => String(field(p, 'name') ?? '')).join(', ') });
    if (typeof kind === 'string') return t(`followUp.scheme.${kind}`, { defaultValue: kind });
  }
  return null;
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
export function valueText(t: TFunction, format: Formatters, field: string, value: unknown, names?: ReadonlyMap<string, string>, collection?: string): string {
  const followUp = isFollowUpCollection(collection) ? followUpValueText(t, format, field, value) : null;
  if (followUp !== null) return followUp;
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
  if (field === 'status' && typeof value === 'string') return collection === PLANS_KEY ? t(`plan.planStatus.${value}`, { defaultValue: value }) : t(`plan.actionStatus.${value}`, { defaultValue: value });
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
    value: valueText(t, format, conflict.field, conflict.lostValue, names, conflict.collection),
    at: conflict.lostAt ? formatTimestamp(conflict.lostAt, language) : '',
  });
}

function text(entity: Record<string, unknown>, key: string): string | null {
  const value = entity[key];
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

/** The deleted entity's name: «tiltak 1.2 «Kurs»», «handlingsplan 2026», «Folkehelse», or «en oppføring». */
export function deletedEntityName(t: TFunction, conflict: DeleteConflict): string {
  const { entity } = conflict;
  if (conflict.collection === 'c:actions') return t('sync.conflict.entityAction', { number: text(entity, 'number') ?? '', title: text(entity, 'title') ?? '' });
  if (conflict.collection === 'c:plans' && typeof entity['year'] === 'number') return t('sync.conflict.entityPlan', { year: entity['year'] });
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

/**
 * A handlingsplan deleted while a colleague worked in it: who deleted it and when, what the
 * colleague changed in it (its own fields, which tiltak, how many follow-up records), and
 * exactly what «Gjenopprett» gives back (the number of tiltak and status updates). Null
 * for any other deletion.
 */
export function deletedPlanText(t: TFunction, exists: (key: string) => boolean, language: string, conflict: DeleteConflict, doc: PlanDocument | null): string | null {
  const contents = conflict.contents;
  if (!contents) return null;
  const numberOf = (id: string) => {
    const held = contents.actions.find((a) => a['id'] === id);
    const value: unknown = held?.['number'] ?? doc?.actions.find((a) => a.id === id)?.number;
    return typeof value === 'string' ? value : id;
  };
  const changes = [
    ...conflict.changedFields.map((f) => fieldLabel(t, exists, f)),
    ...(contents.changedActions.length > 0 ? [t('sync.conflict.changedActions', { numbers: contents.changedActions.map(numberOf).join(', ') })] : []),
    ...(contents.changedFollowUp > 0 ? [t('sync.conflict.changedFollowUp', { count: contents.changedFollowUp })] : []),
  ];
  const actions = new Set([...contents.actions.map((a) => a['id']), ...contents.changedActions]).size;
  const updates: unknown = contents.followUp?.['updates'];
  return t('sync.conflict.deletedPlan', {
    deletedBy: conflict.deletedBy ?? t('sync.conflict.unknownAuthor'),
    entity: deletedEntityName(t, conflict),
    deletedAt: conflict.deletedAt ? formatTimestamp(conflict.deletedAt, language) : '',
    editedBy: conflict.editedBy ?? t('sync.conflict.unknownAuthor'),
    changes: changes.join(', '),
    actions: t('sync.conflict.planActions', { count: actions }),
    updates: t('sync.conflict.planUpdates', { count: Array.isArray(updates) ? updates.length : 0 }),
  });
}

/** One hanging entity's name: «satsingen «Grønn kraft»», «tiltak 1.2 «Kurs» (satsinger)». */
function hangingName(t: TFunction, exists: (key: string) => boolean, item: HangingEntity): string {
  const { entity } = item;
  if (item.collection === 'c:strategy.initiatives') return t('sync.conflict.hangingInitiative', { name: text(entity, 'name') ?? item.entityId });
  const name =
    item.collection === 'c:actions'
      ? t('sync.conflict.entityAction', { number: text(entity, 'number') ?? '', title: text(entity, 'title') ?? '' })
      : t('sync.conflict.hangingProject', { name: text(entity, 'name') ?? item.entityId });
  // A satsing that hangs is named by itself; a tiltak or prosjekt by the links that hang.
  return t('sync.conflict.hangingLink', { name, fields: item.fields.map((f) => fieldLabel(t, exists, f)).join(', ') });
}

/**
 * An entity deleted while a colleague put something under it or linked something to it
 * (a satsing under a deleted innsatsområde, a tiltak linked to a deleted satsing): who
 * deleted it and when, what the colleague added or linked, and that «Gjenopprett» brings
 * it back with those. Null when nothing hangs.
 */
export function deletedHangingText(t: TFunction, exists: (key: string) => boolean, language: string, conflict: DeleteConflict): string | null {
  const hanging = conflict.hanging ?? [];
  if (hanging.length === 0 || conflict.changedFields.length > 0) return null;
  return t('sync.conflict.deletedHanging', {
    deletedBy: conflict.deletedBy ?? t('sync.conflict.unknownAuthor'),
    entity: deletedEntityName(t, conflict),
    deletedAt: conflict.deletedAt ? formatTimestamp(conflict.deletedAt, language) : '',
    editedBy: conflict.editedBy ?? t('sync.conflict.unknownAuthor'),
    children: hanging.map((h) => hangingName(t, exists, h)).join(', '),
  });
}
