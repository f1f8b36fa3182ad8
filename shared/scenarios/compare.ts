/**
 * Scenariosammenligning: the basis and each variant side by side — totals, totals per
 * innsatsområde, financing by status, number of findings, conflicts, and the tiltak that
 * differ from the basis with their amounts.
 */
import { ACTIVE_STATUSES } from '../domain/entities';
import type { Action, Scenario } from '../domain/entities';
import { findings as catalogue } from '../i18n/findings';
import { actionFunding } from '../rules/funding';
import { summarizeKontroll } from '../rules/summary';
import type { KontrollSummary } from '../rules/summary';
import type { MessageLanguage } from '../rules/messages';
import type { KontrollInput } from '../rules/types';
import { applyScenario } from './apply';
import { sameFunding } from './conflicts';
import type {
  ActionDifference,
  ActionSide,
  AppliedScenario,
  ScenarioComparison,
  ScenarioSummary,
} from './types';

function side(action: Action): ActionSide {
  const f = actionFunding(action);
  return { cost: action.cost, ownFunds: f.own, totalFunding: f.total, uncovered: f.uncovered, status: action.status };
}

/** What a side adds to the totals: only an active tiltak counts (as in `computeTotals`). */
function counted(s: ActionSide | null, key: 'cost' | 'ownFunds'): number {
  return s !== null && ACTIVE_STATUSES.includes(s.status) ? s[key] : 0;
}

function difference(
  action: Action,
  kind: ActionDifference['kind'],
  basis: ActionSide | null,
  scenario: ActionSide | null,
): ActionDifference {
  return {
    actionId: action.id,
    number: action.number,
    title: action.title,
    kind,
    basis,
    scenario,
    costDelta: counted(scenario, 'cost') - counted(basis, 'cost'),
    ownFundsDelta: counted(scenario, 'ownFunds') - counted(basis, 'ownFunds'),
  };
}

/** True when the variant's tiltak differs from the basis' (same tiltak object: no difference). */
function isChanged(action: Action, other: Action): boolean {
  // The same tiltak object (applyScenario keeps every tiltak the variant does not alter) or
  // the same funding list needs no comparison.
  if (other === action) return false;
  return other.cost !== action.cost || other.status !== action.status || (other.funding !== action.funding && !sameFunding(other.funding, action.funding));
}

/**
 * Forskjeller mot basis: every tiltak the variant adds, removes (utelatt), postpones or
 * changes (cost, funding or status), in basis order and then the added ones. The deltas
 * count what the totals count (active tiltak only), so they add up to the difference in
 * the totals.
 *
 * `applyScenario` keeps the basis order: its tiltak, postponed and excluded lists are each
 * the basis' tiltak in order, then the added ones. So one walk with a cursor in each list
 * pairs every basis tiltak with its variant side, with no map or set over the whole plan
 * (those cost more per tiltak the larger the plan grows; issue 13). Only what is left after
 * the walk (the added tiltak, usually few) is looked for in the basis. Lists in another
 * order (an `applied` not made by `applyScenario`) take the keyed way, with the same result
 * — ids are unique within a plan, as the plan file requires.
 */
export function scenarioDifferences(basis: KontrollInput, applied: AppliedScenario): ActionDifference[] {
  const variant = applied.input.actions;
  const { postponed, excluded } = applied;
  const out: ActionDifference[] = [];
  let v = 0;
  let p = 0;
  let e = 0;
  for (const action of basis.actions) {
    if (postponed[p]?.id === action.id) {
      p += 1;
      out.push(difference(action, 'postponed', side(action), null));
      continue;
    }
    if (excluded[e]?.id === action.id) {
      e += 1;
      out.push(difference(action, 'removed', side(action), null));
      continue;
    }
    const other = variant[v];
    if (other?.id !== action.id) return keyedDifferences(basis, applied);
    v += 1;
    if (isChanged(action, other)) out.push(difference(action, 'changed', side(action), side(other)));
  }
  if (v === variant.length && p === postponed.length && e === excluded.length) return out;
  // What is left must not be a basis tiltak (else the keyed way decides, as it would).
  const rest = new Set<string>();
  for (let i = v; i < variant.length; i++) rest.add((variant[i] as Action).id);
  for (let i = p; i < postponed.length; i++) rest.add((postponed[i] as Action).id);
  for (let i = e; i < excluded.length; i++) rest.add((excluded[i] as Action).id);
  for (const action of basis.actions) if (rest.has(action.id)) return keyedDifferences(basis, applied);
  for (let i = v; i < variant.length; i++) {
    const action = variant[i] as Action;
    out.push(difference(action, 'added', null, side(action)));
  }
  return out;
}

/** `scenarioDifferences` for lists in any order: by id, with maps over the plan. */
function keyedDifferences(basis: KontrollInput, applied: AppliedScenario): ActionDifference[] {
  const variant = new Map<string, Action>();
  for (const a of applied.input.actions) variant.set(a.id, a);
  const postponed = new Set(applied.postponed.map((a) => a.id));
  const excluded = new Set(applied.excluded.map((a) => a.id));
  const basisIds = new Set<string>();
  const out: ActionDifference[] = [];
  for (const action of basis.actions) {
    basisIds.add(action.id);
    if (postponed.has(action.id)) {
      out.push(difference(action, 'postponed', side(action), null));
      continue;
    }
    if (excluded.has(action.id)) {
      out.push(difference(action, 'removed', side(action), null));
      continue;
    }
    const other = variant.get(action.id);
    if (other && isChanged(action, other)) out.push(difference(action, 'changed', side(action), side(other)));
  }
  for (const action of applied.input.actions) {
    if (!basisIds.has(action.id)) out.push(difference(action, 'added', null, side(action)));
  }
  return out;
}

function summary(
  scenarioId: string | null,
  name: string,
  applied: AppliedScenario,
  differences: ActionDifference[],
  result: KontrollSummary,
): ScenarioSummary {
  return {
    scenarioId,
    name,
    totals: result.totals,
    byFocusArea: result.byFocusArea,
    fundingByStatus: {
      confirmed: result.totals.confirmedFunds,
      applied: result.totals.appliedFunds,
      planned: result.totals.plannedFunds,
    },
    findingCounts: result.findingCounts,
    conflicts: applied.conflicts,
    postponedIds: applied.postponed.map((a) => a.id),
    differences,
  };
}

/**
 * Sammenlign scenarier: the basis first, then each variant applied to it, side by side.
 * Each column's kontroll is summarised (`summarizeKontroll`: the sums and the number of
 * findings per severity, as `runKontroll` gives them); a variant's takes over the basis'
 * work for the tiltak it keeps as they are.
 */
export function compareScenarios(
  input: KontrollInput,
  scenarios: readonly Scenario[],
  language: MessageLanguage = 'nb',
): ScenarioComparison {
  const basisApplied: AppliedScenario = { input, conflicts: [], postponed: [], excluded: [] };
  const basis = summarizeKontroll(input);
  return {
    basis: summary(null, catalogue[language].scenario.basisName, basisApplied, [], basis.summary),
    scenarios: scenarios.map((scenario) => {
      const applied = applyScenario(input, scenario);
      const kontroll = summarizeKontroll(applied.input, basis.basis).summary;
      return summary(scenario.id, scenario.name, applied, scenarioDifferences(input, applied), kontroll);
    }),
  };
}
