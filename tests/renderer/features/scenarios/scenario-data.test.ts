/**
 * The Scenarier screen's pure helpers: the variant's tiltak rows (basis value beside the
 * variant's, changed, conflicts), the 2–4 comparison selection, conflict texts in both
 * languages, adoption counts, cost per innsatsområde across scenarios.
 */
import { describe, expect, it } from 'vitest';
import type { PlanDocument, Scenario } from '@shared/domain';
import {
  addScenarioAction,
  createScenario,
  planKontrollInput,
  setScenarioActionChange,
  setScenarioActionIncluded,
  setScenarioActionPostponed,
  setScenarioOwnFunds,
  updateAction,
} from '@shared/edits';
import { applyScenario, compareScenarios } from '@shared/scenarios';
import { createExampleDocument, EXAMPLE_PLAN_ID } from '@shared/templates';
import {
  adoptionCounts,
  BASIS_KEY,
  cleanSelection,
  conflictText,
  defaultSelection,
  MAX_COMPARED,
  signedKroner,
  toggleSelection,
  variantRows,
} from '../../../../renderer/src/features/scenarios/scenario-data';
import { focusAreaComparison, perScenarioData } from '../../../../renderer/src/features/scenarios/comparison-data';
import { messageLanguage } from '../../../../renderer/src/ui/message-language';

const P = EXAMPLE_PLAN_ID;
const AT = '2025-03-01T00:00:00.000Z';

function ids(): (prefix: string) => string {
  let n = 0;
  return (prefix) => `${prefix}_${++n}`;
}

function actionId(doc: PlanDocument, number: string): string {
  const a = doc.actions.find((x) => x.planId === P && x.number === number);
  if (!a) throw new Error(`no tiltak ${number}`);
  return a.id;
}

/** «Høy ambisjon»: tiltak 7 taken in, 5 postponed, 1 dearer, 4 with other own funds, one new tiltak. */
function variantDoc(): { doc: PlanDocument; scenario: Scenario } {
  let doc = createScenario(createExampleDocument(), P, 'Høy ambisjon', '', { createdAt: AT, newId: ids() });
  doc = setScenarioActionIncluded(doc, P, 'scn_1', actionId(doc, '7'), true);
  doc = setScenarioActionPostponed(doc, P, 'scn_1', actionId(doc, '5'), true);
  doc = setScenarioActionChange(doc, P, 'scn_1', actionId(doc, '1'), { cost: 450_000 });
  doc = setScenarioOwnFunds(doc, P, 'scn_1', actionId(doc, '4'), 70_000);
  doc = addScenarioAction(doc, P, 'scn_1', { title: 'Ny næringsklynge', cost: 300_000, ownFunds: 150_000 }, () => 'act_new');
  const scenario = doc.plans[0]?.scenarios[0];
  if (!scenario) throw new Error('no scenario');
  return { doc, scenario };
}

describe('variantRows', () => {
  it('lists every basis tiltak in plan order, then the variant’s own, with the variant’s values', () => {
    const { doc, scenario } = variantDoc();
    const input = planKontrollInput(doc, P);
    const rows = variantRows(input, scenario, []);
    expect(rows).toHaveLength(input.actions.length + 1);
    expect(rows.map((r) => r.action.number).slice(0, 3)).toEqual(['1', '2', '3']);
    const byNumber = new Map(rows.map((r) => [r.action.number, r]));
    expect(byNumber.get('7')).toMatchObject({ isIncluded: true, status: 'planned', isChanged: true });
    expect(byNumber.get('5')).toMatchObject({ isIncluded: false, isPostponed: true, isChanged: true });
    expect(byNumber.get('1')).toMatchObject({ cost: 450_000, isIncluded: true, isChanged: true });
    expect(byNumber.get('4')).toMatchObject({ ownFunds: 70_000, basisOwnFunds: 90_000 });
    expect(byNumber.get('2')).toMatchObject({ isChanged: false, isIncluded: true, cost: 180_000, ownFunds: 100_000 });
    // Avlyst in the basis and untouched: not included.
    expect(byNumber.get('21')).toMatchObject({ isIncluded: false, isChanged: false });
    expect(rows.at(-1)).toMatchObject({ isAdded: true, isIncluded: true, basisOwnFunds: 0, ownFunds: 150_000 });
  });

  it('marks the tiltak a conflict is about', () => {
    const { doc, scenario } = variantDoc();
    const moved = updateAction(doc, actionId(doc, '1'), { cost: 360_000 });
    const input = planKontrollInput(moved, P);
    const { conflicts } = applyScenario(input, scenario);
    const rows = variantRows(input, scenario, conflicts);
    expect(rows.find((r) => r.action.number === '1')?.conflicts).toEqual(['cost-changed']);
    expect(rows.filter((r) => r.conflicts.length > 0)).toHaveLength(1);
  });
});

describe('comparison selection', () => {
  const scenarios = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];

  it('defaults to the basis and the first three variants', () => {
    expect(defaultSelection(scenarios)).toEqual([BASIS_KEY, 'a', 'b', 'c']);
    expect(defaultSelection([])).toEqual([BASIS_KEY]);
  });

  it('never goes beyond four and drops deleted variants, in list order', () => {
    expect(toggleSelection([BASIS_KEY, 'a', 'b', 'c'], 'd')).toEqual([BASIS_KEY, 'a', 'b', 'c']);
    expect(toggleSelection([BASIS_KEY, 'a'], 'a')).toEqual([BASIS_KEY]);
    expect(toggleSelection(['c'], BASIS_KEY)).toEqual(['c', BASIS_KEY]);
    expect(cleanSelection(['c', 'gone', BASIS_KEY], scenarios)).toEqual([BASIS_KEY, 'c']);
    expect(cleanSelection([BASIS_KEY, 'a', 'b', 'c', 'd'], scenarios)).toHaveLength(MAX_COMPARED);
  });
});

describe('texts', () => {
  it('renders a conflict in bokmål and English from its params', () => {
    const conflict = { kind: 'cost-changed' as const, params: { number: '3', title: 'Pilot', recorded: 600_000, current: 650_000 } };
    expect(conflictText(conflict, 'nb').replace(/[\u00a0\u202f]/g, ' ')).toBe(
      'Tiltak 3 «Pilot»: kostnaden i basis er endret fra 600 000 kr til 650 000 kr etter at scenarioet ble laget. Kontroller at endringen i scenarioet fortsatt stemmer.',
    );
    expect(conflictText(conflict, 'en')).toContain('Action 3 “Pilot”: the cost in the basis changed from NOK 600,000 to NOK 650,000');
    expect(messageLanguage('en-GB')).toBe('en');
    expect(messageLanguage('nb')).toBe('nb');
  });

  it('signs amounts with a real minus sign', () => {
    const f = (v: number) => `${v} kr`;
    expect(signedKroner(150, f)).toBe('+150 kr');
    expect(signedKroner(-80, f)).toBe('−80 kr');
    expect(signedKroner(0, f)).toBe('0 kr');
  });
});

describe('comparison data', () => {
  it('counts what adopting does, and cost per innsatsområde lines up with the totals', () => {
    const { doc, scenario } = variantDoc();
    const input = planKontrollInput(doc, P);
    const comparison = compareScenarios(input, [scenario]);
    const variant = comparison.scenarios[0];
    if (!variant) throw new Error('no summary');
    expect(adoptionCounts(variant)).toEqual({ postponed: 1, removed: 0, changed: 3, added: 1 });
    const summaries = [comparison.basis, variant];
    const rows = focusAreaComparison(doc.strategy, summaries, { projects: 'Tverrgående prosjekter', unlinked: 'Uten kobling' });
    expect(rows.map((r) => r.name)).toEqual(['Næringsutvikling', 'By- og regionalutvikling', 'Klima, miljø og natur', 'Samferdsel', 'Tverrgående prosjekter', 'Uten kobling']);
    for (const [i, s] of summaries.entries()) {
      expect(rows.reduce((sum, r) => sum + (r.cost[i] ?? 0), 0)).toBe(s.totals.cost);
      expect(rows.reduce((sum, r) => sum + (r.ownFunds[i] ?? 0), 0)).toBe(s.totals.ownFunds);
    }
    expect(perScenarioData([{ name: 'X', values: [1, 2] }])).toEqual([{ label: 'X', s0: 1, s1: 2 }]);
  });
});
