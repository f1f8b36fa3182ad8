/**
 * Referential integrity of a plan file that passed the schema: ids unique per list, every
 * reference (satsing, innsatsområde, overordnet strategi, aktør, handlingsplan) pointing to
 * something in the file, one plan per year inside the strategy period. Each problem is a
 * message (`planFile.integrity.*`) with the place it concerns and the path.
 */
import { msg, type Message, type MessageParams } from '../i18n/message';
import type { PlanDocument } from './document';
import { describePlanFilePath } from './plan-file-places';
import { formatPath, shownKey } from './plan-file-json';
import { fieldOfPath } from './validation-messages';

/** Codes of integrity problems (`planFile.integrity.<code>`). */
export const INTEGRITY_CODES = [
  'duplicateId',
  'missingReference',
  'otherStrategy',
  'yearOutsidePeriod',
  'duplicateYear',
  'missingPlan',
  'duplicateNumber',
] as const;

type IntegrityCode = (typeof INTEGRITY_CODES)[number];

/** The problems found (empty when the file holds together). */
export function integrityErrors(doc: PlanDocument): Message[] {
  const errors: Message[] = [];
  const { strategy, plans, actions } = doc;
  const add = (path: readonly PropertyKey[], code: IntegrityCode, params: MessageParams = {}) => {
    const field = fieldOfPath(path) ?? 'fields.id';
    const place = describePlanFilePath(doc, path);
    errors.push(msg(`planFile.integrity.${code}`, { place, field: msg(field), ...params }, { path: formatPath(path), field }));
  };

  const uniqueIds = (list: readonly { id: string }[], path: readonly PropertyKey[]) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) add([...path, i, 'id'], 'duplicateId', { id: shownKey(item.id) });
      seen.add(item.id);
    });
    return seen;
  };
  const focusAreaIds = uniqueIds(strategy.focusAreas, ['strategy', 'focusAreas']);
  const initiativeIds = uniqueIds(strategy.initiatives, ['strategy', 'initiatives']);
  const subGoalIds = new Set(strategy.focusAreas.flatMap((f) => f.subGoals.map((g) => g.id)));
  const guidingIds = uniqueIds(strategy.guidingStrategies, ['strategy', 'guidingStrategies']);
  const projectIds = uniqueIds(strategy.crossCuttingProjects, ['strategy', 'crossCuttingProjects']);
  const actorIds = uniqueIds(strategy.actors, ['strategy', 'actors']);
  const planIds = uniqueIds(plans, ['plans']);
  uniqueIds(actions, ['actions']);

  const missing = (ids: ReadonlySet<string>, list: readonly string[], path: readonly PropertyKey[]) => {
    list.forEach((id, i) => {
      if (!ids.has(id)) add([...path, i], 'missingReference', { id: shownKey(id) });
    });
  };
  const missingOne = (ids: ReadonlySet<string>, id: string | null, path: readonly PropertyKey[]) => {
    if (id !== null && !ids.has(id)) add(path, 'missingReference', { id: shownKey(id) });
  };

  strategy.initiatives.forEach((initiative, i) => {
    const path = ['strategy', 'initiatives', i];
    missingOne(focusAreaIds, initiative.focusAreaId, [...path, 'focusAreaId']);
    missing(guidingIds, initiative.guidingStrategyIds, [...path, 'guidingStrategyIds']);
  });
  strategy.crossCuttingProjects.forEach((project, i) => {
    missing(focusAreaIds, project.focusAreaIds, ['strategy', 'crossCuttingProjects', i, 'focusAreaIds']);
  });

  const years = new Set<number>();
  plans.forEach((plan, i) => {
    if (plan.strategyId !== strategy.id) add(['plans', i, 'strategyId'], 'otherStrategy', { id: shownKey(plan.strategyId) });
    if (plan.year < strategy.periodFrom || plan.year > strategy.periodTo) {
      add(['plans', i, 'year'], 'yearOutsidePeriod', { from: strategy.periodFrom, to: strategy.periodTo });
    }
    if (years.has(plan.year)) add(['plans', i, 'year'], 'duplicateYear', { year: plan.year });
    years.add(plan.year);
    for (const key of Object.keys(plan.frame.targetShares)) {
      missingOne(focusAreaIds, key, ['plans', i, 'frame', 'targetShares', key]);
    }
  });

  const numbersByPlan = new Map<string, Set<string>>();
  actions.forEach((action, i) => {
    const path = ['actions', i];
    if (!planIds.has(action.planId)) {
      add([...path, 'planId'], 'missingPlan', { id: shownKey(action.planId) });
    } else {
      const numbers = numbersByPlan.get(action.planId) ?? new Set<string>();
      const number = action.number.trim();
      if (numbers.has(number)) add([...path, 'number'], 'duplicateNumber', { number });
      numbers.add(number);
      numbersByPlan.set(action.planId, numbers);
    }
    missing(initiativeIds, action.initiativeIds, [...path, 'initiativeIds']);
    missing(subGoalIds, action.subGoalIds, [...path, 'subGoalIds']);
    missing(focusAreaIds, action.focusAreaIds, [...path, 'focusAreaIds']);
    missingOne(projectIds, action.crossCuttingProjectId, [...path, 'crossCuttingProjectId']);
    missing(guidingIds, action.guidingStrategyIds, [...path, 'guidingStrategyIds']);
    missing(actorIds, action.partnerIds, [...path, 'partnerIds']);
    action.funding.forEach((line, j) => missingOne(actorIds, line.actorId, [...path, 'funding', j, 'actorId']));
  });
  return errors;
}
