/**
 * What the Oppfølging screen shows for a plan and period: the roll-up (recomputed, or the
 * snapshot of a closed period), the names of the roll-up's groups and the history of a
 * tiltak's updates across periods and years (through `lineageId`).
 */
import type { TFunction } from 'i18next';
import type { Action, ActionPlan, PlanDocument } from '@shared/domain';
import type { FollowUpRollUp, GroupRollUp, PeriodClosure, ReportingPeriod, StatusUpdate } from '@shared/domain/follow-up';
import { activeClosure, reportingPeriods } from '@shared/domain/follow-up';
import { followUpRollUp } from '@shared/rules/follow-up';

/** The period's name in the UI language: the user's name, else `followUp.period.<id>`. */
export function periodName(t: TFunction, period: ReportingPeriod): string {
  return period.name ?? t(`followUp.period.${period.id}`);
}

/** The roll-up the screen shows, and the closure it comes from when the period is closed. */
export interface ShownRollUp {
  rollUp: FollowUpRollUp;
  closure: PeriodClosure | undefined;
}

/** A closed period's snapshot, else the live roll-up. */
export function shownRollUp(doc: PlanDocument, plan: ActionPlan, actions: readonly Action[], periodId: string): ShownRollUp {
  const closure = activeClosure(plan.followUp, periodId);
  if (closure) return { rollUp: closure.snapshot.rollUp, closure };
  return { rollUp: followUpRollUp({ strategy: doc.strategy, plan, actions }, periodId), closure: undefined };
}

/** Display name of a roll-up group. */
export function groupName(t: TFunction, doc: PlanDocument, group: GroupRollUp): string {
  const s = doc.strategy;
  switch (group.kind) {
    case 'plan':
      return t('followUp.planGroup');
    case 'projects':
      return t('plan.table.groupProjects');
    case 'unlinked':
      return t('plan.table.groupUnlinked');
    case 'area':
      return s.focusAreas.find((f) => f.id === group.id)?.name ?? group.key;
    case 'initiative':
      return s.initiatives.find((i) => i.id === group.id)?.name ?? group.key;
    case 'subGoal':
      for (const f of s.focusAreas) {
        const sub = f.subGoals.find((g) => g.id === group.id);
        if (sub) return sub.text;
      }
      return group.key;
    case 'project':
      return s.crossCuttingProjects.find((p) => p.id === group.id)?.name ?? group.key;
    case 'guidingStrategy':
      return s.guidingStrategies.find((g) => g.id === group.id)?.text ?? group.key;
  }
}

/** One update in a tiltak's history, with its year and period. */
export interface HistoryEntry {
  update: StatusUpdate;
  year: number;
  period: ReportingPeriod | undefined;
}

/** Every update of the tiltak and of its copies in other years (same `lineageId`), newest first. */
export function lineageHistory(doc: PlanDocument, action: Action): HistoryEntry[] {
  const ids = new Map(doc.actions.filter((a) => a.lineageId === action.lineageId).map((a) => [a.id, a.planId]));
  const out: HistoryEntry[] = [];
  for (const plan of doc.plans) {
    const periods = reportingPeriods(plan);
    for (const u of plan.followUp.updates) {
      if (ids.get(u.actionId) !== plan.id) continue;
      out.push({ update: u, year: plan.year, period: periods.find((p) => p.id === u.periodId) });
    }
  }
  return out.sort((a, b) => (a.update.date < b.update.date ? 1 : a.update.date > b.update.date ? -1 : 0));
}

export { rememberAuthor, rememberedAuthor } from '../../ui/remembered-author';

/** A date inside the plan year for a new update: today if it is in the period, else the period's end (or start, for a future period). */
export function defaultUpdateDate(period: ReportingPeriod, today: string): string {
  if (today < period.from) return period.from;
  if (today > period.to) return period.to;
  return today;
}
