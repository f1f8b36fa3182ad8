/**
 * Referential integrity of a plan file that passed the schema: ids unique per list, every
 * reference (satsing, innsatsområde, overordnet strategi, aktør, handlingsplan) pointing to
 * something in the file, one plan per year inside the strategy period; inside each tiltak its
 * finansieringslinjer and KPI-er have unique ids; inside each plan its scenarios have unique
 * ids, a scenario changes a tiltak at most once, and a scenario's added tiltak (tillagte
 * tiltak) neither reuse a tiltak id of the basis nor point to anything missing. A change to a
 * tiltak that no longer exists is allowed: the scenario shows it as a conflict. Each problem is a
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
  'collidesWithBasis',
  'otherPlan',
  'duplicateChange',
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
  const basisIds = uniqueIds(actions, ['actions']);

  // The hot checks below run for every tiltak: a path is only built for a problem found.
  /** Ids unique inside one tiltak's list (funding lines, KPI-er) at `base`.`key`. */
  const uniqueWithin = (list: readonly { id: string }[], base: readonly PropertyKey[], key: string) => {
    if (list.length < 2) return;
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) add([...base, key, i, 'id'], 'duplicateId', { id: shownKey(item.id) });
      seen.add(item.id);
    });
  };
  const missing = (ids: ReadonlySet<string>, list: readonly string[], base: readonly PropertyKey[], key?: string) => {
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!;
      if (!ids.has(id)) add(key === undefined ? [...base, i] : [...base, key, i], 'missingReference', { id: shownKey(id) });
    }
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

  /** What every tiltak, in the basis or added in a scenario, must hold: references and ids of its parts. */
  const checkAction = (action: PlanDocument['actions'][number], path: readonly PropertyKey[]) => {
    missing(initiativeIds, action.initiativeIds, path, 'initiativeIds');
    missing(subGoalIds, action.subGoalIds, path, 'subGoalIds');
    missing(focusAreaIds, action.focusAreaIds, path, 'focusAreaIds');
    const project = action.crossCuttingProjectId;
    if (project !== null && !projectIds.has(project)) missingOne(projectIds, project, [...path, 'crossCuttingProjectId']);
    missing(guidingIds, action.guidingStrategyIds, path, 'guidingStrategyIds');
    missing(actorIds, action.partnerIds, path, 'partnerIds');
    action.funding.forEach((line, j) => {
      if (line.actorId !== null && !actorIds.has(line.actorId)) missingOne(actorIds, line.actorId, [...path, 'funding', j, 'actorId']);
    });
    uniqueWithin(action.funding, path, 'funding');
    uniqueWithin(action.kpis, path, 'kpis');
  };

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
    checkAction(action, path);
  });

  plans.forEach((plan, i) => {
    uniqueIds(plan.scenarios, ['plans', i, 'scenarios']);
    plan.scenarios.forEach((scenario, k) => {
      const path = ['plans', i, 'scenarios', k];
      const changed = new Set<string>();
      scenario.changes.forEach((change, c) => {
        if (changed.has(change.actionId)) add([...path, 'changes', c, 'actionId'], 'duplicateChange', { id: shownKey(change.actionId) });
        changed.add(change.actionId);
      });
      uniqueIds(scenario.addedActions, [...path, 'addedActions']);
      scenario.addedActions.forEach((added, m) => {
        const at = [...path, 'addedActions', m];
        if (basisIds.has(added.id)) add([...at, 'id'], 'collidesWithBasis', { id: shownKey(added.id) });
        if (added.planId !== plan.id) add([...at, 'planId'], 'otherPlan', { id: shownKey(added.planId) });
        checkAction(added, at);
      });
    });
  });
  return errors;
}
