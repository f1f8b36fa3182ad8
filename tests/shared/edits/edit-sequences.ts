/**
 * Sequences of real edits (shared/edits) for property tests of what is kept up to date
 * edit by edit: add, delete, cost, hours, status (one and bulk), owner, frist, own funds,
 * funding lines, links, KPI, frame, strategy (rename, delete a satsing) and undo to an
 * earlier document. A refused edit leaves the document as it was.
 */
import fc from 'fast-check';
import type { PlanDocument } from '@shared/domain/document';
import type { ActionStatus } from '@shared/domain/entities';
import {
  addAction,
  addFundingLine,
  addKpi,
  bulkUpdate,
  deleteActions,
  deleteStrategyItem,
  isEditError,
  removeFundingLine,
  setFrame,
  setOwnFunds,
  updateAction,
  updateFundingLine,
  updateStrategyItem,
} from '@shared/edits';
import type { KontrollInput } from '@shared/rules';

const STATUSES: ActionStatus[] = ['planned', 'ongoing', 'done', 'postponed', 'cancelled'];

/** One edit, picking its tiltak, line or strategy item by index. */
export const editArb = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), status: fc.constantFrom(...STATUSES), cost: fc.integer({ min: 0, max: 2_000_000 }), link: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ kind: fc.constant('cost' as const), at: fc.nat(), cost: fc.integer({ min: 0, max: 2_000_000 }) }),
  fc.record({ kind: fc.constant('hours' as const), at: fc.nat(), hours: fc.integer({ min: 0, max: 2_000 }) }),
  fc.record({ kind: fc.constant('status' as const), at: fc.nat(), status: fc.constantFrom(...STATUSES) }),
  fc.record({ kind: fc.constant('bulkStatus' as const), at: fc.nat(), count: fc.integer({ min: 1, max: 5 }), status: fc.constantFrom(...STATUSES) }),
  fc.record({ kind: fc.constant('owner' as const), at: fc.nat(), owner: fc.constantFrom('', 'Sekretariatet', ' ', 'sekretariatet ', 'Aktør A') }),
  fc.record({ kind: fc.constant('deadline' as const), at: fc.nat(), deadline: fc.constantFrom(null, '2025-03-01', '2030-06-30', '2024-12-31') }),
  fc.record({ kind: fc.constant('ownFunds' as const), at: fc.nat(), amount: fc.integer({ min: 0, max: 2_000_000 }) }),
  fc.record({
    kind: fc.constant('addLine' as const),
    at: fc.nat(),
    source: fc.constantFrom('own', 'partner', 'external'),
    status: fc.constantFrom('confirmed', 'applied', 'planned'),
    amount: fc.integer({ min: 0, max: 1_000_000 }),
    actor: fc.nat(),
  }),
  fc.record({ kind: fc.constant('changeLine' as const), at: fc.nat(), line: fc.nat(), amount: fc.integer({ min: 0, max: 1_000_000 }), status: fc.constantFrom('confirmed', 'applied', 'planned') }),
  fc.record({ kind: fc.constant('removeLine' as const), at: fc.nat(), line: fc.nat() }),
  fc.record({ kind: fc.constant('links' as const), at: fc.nat(), link: fc.nat(), which: fc.constantFrom('initiative', 'subGoal', 'focusArea', 'project', 'none', 'partner') }),
  fc.record({ kind: fc.constant('kpi' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('frame' as const),
    ownFunds: fc.integer({ min: 0, max: 50_000_000 }),
    capacityHours: fc.integer({ min: 0, max: 20_000 }),
    share: fc.option(fc.integer({ min: 0, max: 100 })),
  }),
  fc.record({ kind: fc.constant('renameInitiative' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('deleteInitiative' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('undo' as const), back: fc.integer({ min: 1, max: 4 }) }),
);

/** One edit of a sequence. */
export type Edit = typeof editArb extends fc.Arbitrary<infer T> ? T : never;

function pick<T>(list: readonly T[], at: number): T | undefined {
  return list.length === 0 ? undefined : list[at % list.length];
}

/** Applies `edit` to `doc` (the first plan); `history` holds the earlier documents for undo. Refusals leave `doc`. */
export function applyEdit(doc: PlanDocument, edit: Edit, history: readonly PlanDocument[]): PlanDocument {
  try {
    return applyOrThrow(doc, edit, history);
  } catch (e) {
    if (isEditError(e)) return doc;
    throw e;
  }
}

function applyOrThrow(doc: PlanDocument, edit: Edit, history: readonly PlanDocument[]): PlanDocument {
  const plan = doc.plans[0];
  if (!plan) return doc;
  const actions = doc.actions.filter((a) => a.planId === plan.id);
  const target = 'at' in edit ? pick(actions, edit.at) : undefined;
  const { strategy } = doc;
  switch (edit.kind) {
    case 'add': {
      const initiative = pick(strategy.initiatives, edit.link);
      return addAction(doc, plan.id, { title: 'Nytt', status: edit.status, cost: edit.cost, initiativeIds: initiative ? [initiative.id] : [] });
    }
    case 'delete':
      return deleteActions(doc, actions.slice(edit.at % Math.max(actions.length, 1)).slice(0, edit.count).map((a) => a.id));
    case 'undo':
      return history[Math.max(0, history.length - edit.back)] ?? doc;
    case 'frame': {
      const area = strategy.focusAreas[0];
      return setFrame(doc, plan.id, {
        ownFunds: edit.ownFunds,
        capacityHours: edit.capacityHours,
        targetShares: edit.share === null || !area ? {} : { [area.id]: edit.share },
      });
    }
    case 'renameInitiative': {
      const initiative = pick(strategy.initiatives, edit.at);
      return initiative ? updateStrategyItem(doc, 'initiatives', initiative.id, { name: `${initiative.name} (ny)` }) : doc;
    }
    case 'deleteInitiative': {
      const initiative = pick(strategy.initiatives, edit.at);
      return initiative ? deleteStrategyItem(doc, 'initiatives', initiative.id) : doc;
    }
    default:
      break;
  }
  if (!target) return doc;
  switch (edit.kind) {
    case 'cost':
      return updateAction(doc, target.id, { cost: edit.cost });
    case 'hours':
      return updateAction(doc, target.id, { hours: edit.hours });
    case 'status':
      return updateAction(doc, target.id, { status: edit.status });
    case 'bulkStatus':
      return bulkUpdate(doc, actions.slice(edit.at % actions.length).slice(0, edit.count).map((a) => a.id), { status: edit.status });
    case 'owner':
      return updateAction(doc, target.id, { owner: edit.owner });
    case 'deadline':
      return updateAction(doc, target.id, { deadline: edit.deadline });
    case 'ownFunds':
      return setOwnFunds(doc, target.id, edit.amount);
    case 'addLine': {
      const actor = edit.source === 'own' ? null : (pick([null, ...strategy.actors.map((a) => a.id)], edit.actor) ?? null);
      return addFundingLine(doc, target.id, { source: edit.source, status: edit.status, amount: edit.amount, actorId: actor });
    }
    case 'changeLine': {
      const line = pick(target.funding, edit.line);
      return line ? updateFundingLine(doc, target.id, line.id, { amount: edit.amount, status: edit.status }) : doc;
    }
    case 'removeLine': {
      const line = pick(target.funding, edit.line);
      return line ? removeFundingLine(doc, target.id, line.id) : doc;
    }
    case 'kpi':
      return target.kpis.length > 0 ? updateAction(doc, target.id, { kpis: [] }) : addKpi(doc, target.id, { indicator: 'Antall', target: 10, unit: 'stk' });
    case 'links': {
      const none = { initiativeIds: [], subGoalIds: [], focusAreaIds: [], crossCuttingProjectId: null };
      switch (edit.which) {
        case 'initiative':
          return updateAction(doc, target.id, { ...none, initiativeIds: [pick(strategy.initiatives, edit.link)?.id ?? ''].filter(Boolean) });
        case 'subGoal': {
          const goals = strategy.focusAreas.flatMap((f) => f.subGoals);
          return updateAction(doc, target.id, { ...none, subGoalIds: [pick(goals, edit.link)?.id ?? ''].filter(Boolean) });
        }
        case 'focusArea':
          return updateAction(doc, target.id, { ...none, focusAreaIds: [pick(strategy.focusAreas, edit.link)?.id ?? ''].filter(Boolean) });
        case 'project':
          return updateAction(doc, target.id, { crossCuttingProjectId: pick(strategy.crossCuttingProjects, edit.link)?.id ?? null });
        case 'partner':
          return updateAction(doc, target.id, { partnerIds: [pick(strategy.actors, edit.link)?.id ?? ''].filter(Boolean) });
        case 'none':
          return updateAction(doc, target.id, none);
      }
      return doc;
    }
    default:
      return doc;
  }
}

/** The kontroll input of the document's first plan, or null when it has none. */
export function inputOf(doc: PlanDocument): KontrollInput | null {
  const plan = doc.plans[0];
  return plan ? { strategy: doc.strategy, plan, actions: doc.actions.filter((a) => a.planId === plan.id) } : null;
}

