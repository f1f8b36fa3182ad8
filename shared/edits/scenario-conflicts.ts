/**
 * Løs konflikter: a variant's change whose basis moved on since it was made is resolved
 * one way or the other, only when the user picks a side.
 */

import type { Action, ScenarioActionChange } from '../domain/entities';
import type { PlanDocument } from '../domain/document';
import { newId as randomId } from '../domain/ids';
import { applyScenario, copyFunding } from '../scenarios';
import type { NewId, ScenarioConflictKind } from '../scenarios';
import { editError } from './errors';
import { editScenario } from './scenario-base';

/** Which side wins a conflict: the variant's own value, or the basis as it is now. */
export type ConflictChoice = 'variant' | 'basis';

/** The conflict to resolve: its kind and the tiltak (null for the frame). */
export interface ConflictRef {
  kind: ScenarioConflictKind;
  actionId: string | null;
}

function isEmptyChange(c: ScenarioActionChange): boolean {
  return !c.excluded && !c.postponed && c.cost === undefined && c.funding === undefined && c.status === undefined;
}

/** One change with the conflict of `kind` resolved; null when the change goes away. */
function resolvedChange(change: ScenarioActionChange, action: Action, kind: ScenarioConflictKind, choice: ConflictChoice): ScenarioActionChange | null {
  const next: ScenarioActionChange = { ...change };
  if (kind === 'cost-changed') {
    next.basisCost = action.cost;
    if (choice === 'basis') delete next.cost;
  } else if (kind === 'funding-changed') {
    next.basisFunding = copyFunding(action.funding);
    if (choice === 'basis') delete next.funding;
  } else if (kind === 'status-changed') {
    next.basisStatus = action.status;
    if (choice === 'basis') delete next.status;
  }
  next.basisNumber = action.number;
  next.basisTitle = action.title;
  return isEmptyChange(next) ? null : next;
}

/**
 * Løs en konflikt: the user keeps the variant's value (`variant`: the basis' current value
 * is recorded, the variant's own value stays) or takes the basis' value (`basis`: the
 * variant's override for that field goes). A change for a tiltak deleted from the basis is
 * dropped either way; a variant's own tiltak whose id the basis took gets a new id
 * (`variant`) or is removed (`basis`). Only the named conflict is touched.
 */
export function resolveScenarioConflict(
  doc: PlanDocument,
  planId: string,
  scenarioId: string,
  conflict: ConflictRef,
  choice: ConflictChoice,
  newId: NewId = randomId,
): PlanDocument {
  return editScenario(doc, planId, scenarioId, (s, input) => {
    const current = applyScenario(input, s).conflicts.some((c) => c.kind === conflict.kind && c.actionId === conflict.actionId);
    if (!current) {
      throw editError('notFound.conflict', { name: s.name });
    }
    if (conflict.kind === 'frame-changed') {
      if (choice === 'basis') return { ...s, frame: null, basisFrame: null };
      return { ...s, basisFrame: { ...input.plan.frame, targetShares: { ...input.plan.frame.targetShares } } };
    }
    const actionId = conflict.actionId ?? '';
    if (conflict.kind === 'action-deleted') {
      return { ...s, changes: s.changes.filter((c) => c.actionId !== actionId) };
    }
    if (conflict.kind === 'duplicate-action') {
      if (choice === 'basis') {
        // The change with this id (if any) belongs to the basis' tiltak and stays.
        return { ...s, addedActions: s.addedActions.filter((a) => a.id !== actionId) };
      }
      const fresh = newId('act');
      return { ...s, addedActions: s.addedActions.map((a) => (a.id === actionId ? { ...a, id: fresh, lineageId: fresh } : a)) };
    }
    const action = input.actions.find((a) => a.id === actionId);
    const change = s.changes.find((c) => c.actionId === actionId);
    if (!action || !change) return s;
    const next = resolvedChange(change, action, conflict.kind, choice);
    return {
      ...s,
      changes: next === null ? s.changes.filter((c) => c.actionId !== actionId) : s.changes.map((c) => (c.actionId === actionId ? next : c)),
    };
  });
}
