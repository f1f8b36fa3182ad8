/** Factories for new domain objects with the app's defaults. */
import type { Action } from './entities';

/**
 * A tiltak with every field at its default (tom tittel, prioritet 2 «bør», status
 * planlagt). The lineage is its own id unless given.
 */
export function blankAction(id: string, planId: string, number: string): Action {
  return {
    id,
    planId,
    number,
    title: '',
    description: '',
    initiativeIds: [],
    subGoalIds: [],
    focusAreaIds: [],
    crossCuttingProjectId: null,
    guidingStrategyIds: [],
    owner: '',
    partnerIds: [],
    cost: 0,
    funding: [],
    hours: 0,
    start: null,
    deadline: null,
    kpis: [],
    priority: 2,
    status: 'planned',
    notes: '',
    carriedFromId: null,
    lineageId: id,
  };
}
