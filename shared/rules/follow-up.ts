/**
 * Sammenstilling av oppfølgingen (issue 12): for one plan and reporting period, each active
 * tiltak's status, KPI progress and forbruk, rolled up per innsatsområde / støtteområde (the
 * kontroll's partition: the areas add up to the plan), per satsing or delmål, per
 * tverrgående prosjekt and per overordnet strategi, plus «Trenger oppmerksomhet». Pure:
 * the same function feeds the screens, the reports, the CLI's `status` and a closed
 * period's snapshot.
 *
 * Semantics:
 * - Only active tiltak count (planlagt, pågår, fullført — `isActive`).
 * - The status that counts for period P is the latest update of the tiltak in P; without
 *   one, the latest update in the latest earlier period that has one («no update this
 *   period» is then an attention entry); without any, `status` is null (counted as `none`).
 * - KPI progress = (actual − baseline) / (target − baseline), clamped to 0–100 %; baseline
 *   null counts as 0; not measurable (null) without an actual, without a target, or when
 *   target = baseline. A tiltak's progress is the mean of its measurable KPIs; a group's is
 *   Σ(weight × progress) / Σ weight over its tiltak with a progress, where weight is 1 or
 *   the tiltak's kostnad (`plan.followUp.kpiWeighting`); the weights are in the result.
 * - Forbruk is cumulative: the counting update's spending is what the tiltak has used so far.
 */
import type { Action, ActionPlan, Strategy } from '../domain/entities';
import type { IsoDate } from '../domain/dates';
import type {
  ActionFollowUp,
  FollowUpRollUp,
  FollowUpStatus,
  GroupRollUp,
  KpiProgress,
  ReportingPeriod,
  RollUpKind,
  SpendingTotals,
  StatusCounts,
  StatusUpdate,
} from '../domain/follow-up';
import { latestUpdate, reportingPeriods } from '../domain/follow-up';
import { MessageError, msg } from '../i18n/message';
import { percentOf } from '../money/kroner';
import { groupKeyOf, indexStrategy, placeAction } from './context';
import { actionFunding, isActive } from './funding';
import { attentionEntries } from './attention';

/** What the roll-up looks at: the strategy, one year's plan (with its oppfølging) and that plan's tiltak. */
export interface FollowUpInput {
  strategy: Strategy;
  plan: ActionPlan;
  /** The plan's tiltak (every status; inactive ones are left out). Tiltak of other plans are ignored. */
  actions: readonly Action[];
}

/** Options for `followUpRollUp`. */
export interface FollowUpOptions {
  /** Per dato for «frist passed» and the expected KPI path; default the period's last day. */
  asOf?: IsoDate;
}

/**
 * KPI-måloppnåelse: (actual − baseline) / (target − baseline) in percent, clamped to
 * 0–100; baseline null = 0; null when actual or target is missing or target = baseline.
 */
export function kpiProgress(actual: number | null, baseline: number | null, target: number | null): number | null {
  if (actual === null || target === null) return null;
  const base = baseline ?? 0;
  if (target === base) return null;
  const raw = ((actual - base) / (target - base)) * 100;
  if (!Number.isFinite(raw)) return null;
  return Math.min(100, Math.max(0, raw));
}

/** Empty status counts (antall per status). */
export function emptyStatusCounts(): StatusCounts {
  return { notStarted: 0, onTrack: 0, delayed: 0, stopped: 0, done: 0, none: 0, total: 0 };
}

function emptySpending(): SpendingTotals {
  return { own: 0, partner: 0, external: 0, total: 0 };
}

/** The period's update that counts for each tiltak, and whether it is from this period (per tiltak id). */
export function countingUpdates(
  updates: readonly StatusUpdate[],
  periods: readonly ReportingPeriod[],
  periodId: string,
): Map<string, { update: StatusUpdate; isThisPeriod: boolean }> {
  const order = new Map(periods.map((p, i) => [p.id, i]));
  const limit = order.get(periodId) ?? -1;
  // Per tiltak: the updates of the latest period (≤ limit) that has any.
  const best = new Map<string, { index: number; list: StatusUpdate[] }>();
  for (const update of updates) {
    const index = order.get(update.periodId);
    if (index === undefined || index > limit) continue;
    const found = best.get(update.actionId);
    if (found === undefined || index > found.index) best.set(update.actionId, { index, list: [update] });
    else if (index === found.index) found.list.push(update);
  }
  const out = new Map<string, { update: StatusUpdate; isThisPeriod: boolean }>();
  for (const [actionId, { index, list }] of best) {
    const update = latestUpdate(list);
    if (update) out.set(actionId, { update, isThisPeriod: index === limit });
  }
  return out;
}

function actionFollowUp(action: Action, counting: { update: StatusUpdate; isThisPeriod: boolean } | undefined, weight: number): ActionFollowUp {
  const update = counting?.update;
  const kpis: KpiProgress[] = action.kpis.map((kpi) => {
    const value = update?.kpiValues.find((v) => v.kpiId === kpi.id);
    const actual = value?.actual ?? null;
    const baseline = value?.baseline ?? null;
    return { kpiId: kpi.id, actual, baseline, target: kpi.target, progress: kpiProgress(actual, baseline, kpi.target) };
  });
  const measured = kpis.flatMap((k) => (k.progress === null ? [] : [k.progress]));
  const spending = emptySpending();
  for (const s of update?.spending ?? []) {
    spending[s.source] += s.amount;
    spending.total += s.amount;
  }
  return {
    actionId: action.id,
    number: action.number,
    status: update?.status ?? null,
    updateId: update?.id ?? null,
    updatePeriodId: update?.periodId ?? null,
    isUpdatedThisPeriod: counting?.isThisPeriod ?? false,
    kpis,
    kpiProgress: measured.length === 0 ? null : measured.reduce((s, p) => s + p, 0) / measured.length,
    kpiWeight: weight,
    spending,
    cost: action.cost,
    deadline: update?.expectedDeadline ?? action.deadline,
  };
}

interface GroupAccumulator {
  group: GroupRollUp;
  weighted: number;
}

function newGroup(key: string, kind: RollUpKind, id: string | null, focusAreaKind: GroupRollUp['focusAreaKind'] = null): GroupAccumulator {
  return {
    group: {
      key,
      kind,
      id,
      focusAreaKind,
      actionIds: [],
      counts: emptyStatusCounts(),
      kpiProgress: null,
      kpiWeight: 0,
      kpiActionCount: 0,
      spending: emptySpending(),
      cost: 0,
      ownFunds: 0,
      spentOfCostPercent: null,
    },
    weighted: 0,
  };
}

function addTo(acc: GroupAccumulator, figures: ActionFollowUp, ownFunds: number): void {
  const g = acc.group;
  g.actionIds.push(figures.actionId);
  g.counts[figures.status ?? 'none'] += 1;
  g.counts.total += 1;
  if (figures.kpiProgress !== null) {
    acc.weighted += figures.kpiWeight * figures.kpiProgress;
    g.kpiWeight += figures.kpiWeight;
    g.kpiActionCount += 1;
  }
  g.spending.own += figures.spending.own;
  g.spending.partner += figures.spending.partner;
  g.spending.external += figures.spending.external;
  g.spending.total += figures.spending.total;
  g.cost += figures.cost;
  g.ownFunds += ownFunds;
}

function finish(acc: GroupAccumulator): GroupRollUp {
  const g = acc.group;
  // Clamped: float rounding in Σ(w·p)/Σw must not leave 0–100.
  g.kpiProgress = g.kpiWeight > 0 ? Math.min(100, Math.max(0, acc.weighted / g.kpiWeight)) : null;
  g.spentOfCostPercent = percentOf(g.spending.total, g.cost);
  return g;
}

/**
 * Sammenstilling for a plan and period (id or short name of one of the plan's periods):
 * per tiltak, per group and «Trenger oppmerksomhet». Throws a `MessageError`
 * (`followUp.refused.unknownPeriod`) for a period the plan does not have.
 */
export function followUpRollUp(input: FollowUpInput, periodId: string, options: FollowUpOptions = {}): FollowUpRollUp {
  const { strategy, plan } = input;
  const periods = reportingPeriods(plan);
  const period = periods.find((p) => p.id === periodId);
  if (!period) throw new MessageError(msg('followUp.refused.unknownPeriod', { year: plan.year, period: periodId }));
  const asOf = options.asOf ?? period.to;
  const weighting = plan.followUp.kpiWeighting;
  const counting = countingUpdates(plan.followUp.updates, periods, period.id);
  const index = indexStrategy(strategy);

  const whole = newGroup('plan', 'plan', null);
  const areas = new Map<string, GroupAccumulator>();
  for (const area of strategy.focusAreas) areas.set(`area:${area.id}`, newGroup(`area:${area.id}`, 'area', area.id, area.kind));
  const projectsOnly = newGroup('projects', 'projects', null);
  const unlinked = newGroup('unlinked', 'unlinked', null);
  const lines = new Map<string, GroupAccumulator>();
  for (const area of strategy.focusAreas) for (const g of area.subGoals) lines.set(`subGoal:${g.id}`, newGroup(`subGoal:${g.id}`, 'subGoal', g.id));
  for (const i of strategy.initiatives) lines.set(`initiative:${i.id}`, newGroup(`initiative:${i.id}`, 'initiative', i.id));
  const projects = new Map<string, GroupAccumulator>();
  for (const p of strategy.crossCuttingProjects) projects.set(`project:${p.id}`, newGroup(`project:${p.id}`, 'project', p.id));
  const guiding = new Map<string, GroupAccumulator>();
  for (const s of strategy.guidingStrategies) guiding.set(`guidingStrategy:${s.id}`, newGroup(`guidingStrategy:${s.id}`, 'guidingStrategy', s.id));

  const figuresList: ActionFollowUp[] = [];
  const active: Action[] = [];
  for (const action of input.actions) {
    if (action.planId !== plan.id || !isActive(action)) continue;
    const figures = actionFollowUp(action, counting.get(action.id), weighting === 'cost' ? action.cost : 1);
    const own = actionFunding(action).own;
    figuresList.push(figures);
    active.push(action);
    addTo(whole, figures, own);
    const placement = placeAction(index, action);
    const groupKey = groupKeyOf(placement);
    addTo(areas.get(groupKey) ?? (placement.projectId !== null ? projectsOnly : unlinked), figures, own);
    const line = placement.lineKey === null ? undefined : lines.get(placement.lineKey);
    if (line) addTo(line, figures, own);
    const project = placement.projectId === null ? undefined : projects.get(`project:${placement.projectId}`);
    if (project) addTo(project, figures, own);
    // Overordnede strategier: served directly or through one of the tiltak's satsinger (as the coverage rule reads it).
    const served = new Set(action.guidingStrategyIds);
    for (const id of action.initiativeIds) for (const s of index.initiatives.get(id)?.guidingStrategyIds ?? []) served.add(s);
    for (const id of served) {
      const g = guiding.get(`guidingStrategy:${id}`);
      if (g) addTo(g, figures, own);
    }
  }

  const groups = [
    whole,
    ...areas.values(),
    ...(projectsOnly.group.counts.total > 0 ? [projectsOnly] : []),
    ...(unlinked.group.counts.total > 0 ? [unlinked] : []),
    ...lines.values(),
    ...projects.values(),
    ...guiding.values(),
  ].map(finish);
  const plannedFrame = plan.frame.ownFunds;
  return {
    year: plan.year,
    periodId: period.id,
    asOf,
    kpiWeighting: weighting,
    frameOwnFunds: plannedFrame,
    // A frame of 0 means «not set»: no percentage.
    ownSpentOfFramePercent: percentOf(whole.group.spending.own, plannedFrame),
    actions: figuresList,
    groups,
    attention: attentionEntries(active, figuresList, { year: plan.year, period, asOf }),
  };
}

/** Counts per status of a list of statuses (null = no update); the parts add up to `total`. */
export function countStatuses(statuses: readonly (FollowUpStatus | null)[]): StatusCounts {
  const counts = emptyStatusCounts();
  for (const s of statuses) {
    counts[s ?? 'none'] += 1;
    counts.total += 1;
  }
  return counts;
}
