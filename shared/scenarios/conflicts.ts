/**
 * Conflicts (konflikter) between a variant and a basis that changed after the variant was
 * made: how to compare what the variant recorded with the basis as it is now, and the
 * messages that say so.
 */
import type { Action, ActionStatus, BudgetFrame, FundingLine, ScenarioActionChange } from '../domain/entities';
import { findings as catalogue } from '../i18n/findings';
import { interpolate } from '../rules/messages';
import type { ScenarioConflict, ScenarioConflictKind } from './types';

function sameLine(a: FundingLine, b: FundingLine): boolean {
  return a.id === b.id && a.source === b.source && (a.actorId ?? '') === (b.actorId ?? '') && a.amount === b.amount && a.status === b.status;
}

/** True when two lists of funding lines are the same, in any order (same id, source, actor, amount, status). */
export function sameFunding(a: readonly FundingLine[], b: readonly FundingLine[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  // A recorded basis is a copy in the same order: compare line by line first, and build
  // the keyed count (a map and a key string per line) only when the order differs — per
  // tiltak over a variant that postpones a share of a large plan it cost more than the
  // pass itself (issue 13).
  let inOrder = true;
  for (let i = 0; i < a.length && inOrder; i++) inOrder = sameLine(a[i] as FundingLine, b[i] as FundingLine);
  if (inOrder) return true;
  const key = (l: FundingLine) => `${l.id}\u0000${l.source}\u0000${l.actorId ?? ''}\u0000${l.amount}\u0000${l.status}`;
  const counts = new Map<string, number>();
  for (const l of a) counts.set(key(l), (counts.get(key(l)) ?? 0) + 1);
  for (const l of b) {
    const n = counts.get(key(l));
    if (!n) return false;
    counts.set(key(l), n - 1);
  }
  return true;
}

/** True when two frames are the same (egne midler, kapasitet and target shares). */
export function sameFrame(a: BudgetFrame, b: BudgetFrame): boolean {
  if (a.ownFunds !== b.ownFunds || a.capacityHours !== b.capacityHours) return false;
  const ka = Object.keys(a.targetShares);
  if (ka.length !== Object.keys(b.targetShares).length) return false;
  return ka.every((k) => b.targetShares[k] === a.targetShares[k]);
}

/** Copies funding lines, so a recorded basis value can never change with the basis. */
export function copyFunding(lines: readonly FundingLine[]): FundingLine[] {
  return lines.map((l) => ({ ...l }));
}

function sumFunding(lines: readonly FundingLine[]): number {
  let total = 0;
  for (const l of lines) total += l.amount;
  return total;
}

/** Creates a conflict whose Norwegian message comes from the catalogue. */
export function makeConflict(
  kind: ScenarioConflictKind,
  actionId: string | null,
  params: Record<string, string | number>,
): ScenarioConflict {
  return { kind, actionId, message: interpolate(catalogue.nb.conflict[kind], params), params };
}

function statusParams(prefix: 'recorded' | 'current', status: ActionStatus): Record<string, string> {
  return {
    [prefix]: status,
    [`${prefix}Nb`]: catalogue.nb.actionStatus[status],
    [`${prefix}En`]: catalogue.en.actionStatus[status],
  };
}

/**
 * The conflicts of one change against the basis' tiltak as it is now: cost, funding or
 * status differ from what the change recorded (a value the change did not record is not
 * checked).
 */
export function changeConflicts(action: Action, change: ScenarioActionChange): ScenarioConflict[] {
  const out: ScenarioConflict[] = [];
  const name = { number: action.number, title: action.title };
  if (change.basisCost !== undefined && change.basisCost !== action.cost) {
    out.push(makeConflict('cost-changed', action.id, { ...name, recorded: change.basisCost, current: action.cost }));
  }
  if (change.basisFunding !== undefined && !sameFunding(change.basisFunding, action.funding)) {
    out.push(
      makeConflict('funding-changed', action.id, {
        ...name,
        recorded: sumFunding(change.basisFunding),
        current: sumFunding(action.funding),
      }),
    );
  }
  if (change.basisStatus !== undefined && change.basisStatus !== action.status) {
    out.push(
      makeConflict('status-changed', action.id, {
        ...name,
        ...statusParams('recorded', change.basisStatus),
        ...statusParams('current', action.status),
      }),
    );
  }
  return out;
}

/** The conflict for a change whose tiltak no longer exists in the basis. */
export function deletedConflict(change: ScenarioActionChange): ScenarioConflict {
  return makeConflict('action-deleted', change.actionId, {
    number: change.basisNumber ?? change.actionId,
    title: change.basisTitle ?? '',
  });
}
