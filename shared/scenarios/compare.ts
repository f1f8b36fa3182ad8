/**
 * Scenariosammenligning: the basis and each variant side by side — totals, totals per
 * innsatsområde, financing by status, number of findings, conflicts, and the tiltak that
 * differ from the basis with their amounts.
 */
import { ACTIVE_STATUSES } from '../domain/entities';
import type { Action, Finding, Scenario } from '../domain/entities';
import { findings as catalogue } from '../i18n/findings';
import { actionFunding } from '../rules/funding';
import { runKontroll } from '../rules/kontroll';
import type { MessageLanguage } from '../rules/messages';
import type { KontrollInput } from '../rules/types';
import { applyScenario } from './apply';
import { sameFunding } from './conflicts';
import type {
  ActionDifference,
  ActionSide,
  AppliedScenario,
  FindingCounts,
  ScenarioComparison,
  ScenarioSummary,
} from './types';

function countFindings(findings: readonly Finding[]): FindingCounts {
  const counts: FindingCounts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

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

/**
 * Forskjeller mot basis: every tiltak the variant adds, removes (utelatt), postpones or
 * changes (cost, funding or status), in basis order and then the added ones. The deltas
 * count what the totals count (active tiltak only), so they add up to the difference in
 * the totals.
 */
export function scenarioDifferences(basis: KontrollInput, applied: AppliedScenario): ActionDifference[] {
  const variant = new Map(applied.input.actions.map((a) => [a.id, a]));
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
    // The same tiltak object (applyScenario keeps every tiltak the variant does not alter) or
    // the same funding list needs no comparison: sameFunding builds a map per tiltak, which
    // over every tiltak of a large plan cost more than the kontroll (issue 13).
    if (!other || other === action) continue;
    if (other.cost !== action.cost || other.status !== action.status || (other.funding !== action.funding && !sameFunding(other.funding, action.funding))) {
      out.push(difference(action, 'changed', side(action), side(other)));
    }
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
): ScenarioSummary {
  const result = runKontroll(applied.input);
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
    findingCounts: countFindings(result.findings),
    conflicts: applied.conflicts,
    postponedIds: applied.postponed.map((a) => a.id),
    differences,
  };
}

/** Sammenlign scenarier: the basis first, then each variant applied to it, side by side. */
export function compareScenarios(
  input: KontrollInput,
  scenarios: readonly Scenario[],
  language: MessageLanguage = 'nb',
): ScenarioComparison {
  const basisApplied: AppliedScenario = { input, conflicts: [], postponed: [], excluded: [] };
  return {
    basis: summary(null, catalogue[language].scenario.basisName, basisApplied, []),
    scenarios: scenarios.map((scenario) => {
      const applied = applyScenario(input, scenario);
      return summary(scenario.id, scenario.name, applied, scenarioDifferences(input, applied));
    }),
  };
}
