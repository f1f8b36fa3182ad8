// @vitest-environment node
/**
 * The same totals per group on every screen (issue 9): the table's level-1 group rows, the
 * economy chart's data (the kontroll's byFocusArea), the slides' group slides, the printed
 * plan's groups and the scenario comparison's basis column all agree with the kontroll —
 * for the example plan, and for an Østfold 2024 plan whose tiltak hang directly under the
 * innsatsområder and støtteområder (the platform names no satsinger).
 */
import { describe, expect, it } from 'vitest';
import type { Action, PlanDocument } from '@shared/domain';
import { addAction, createPlan, planKontrollInput } from '@shared/edits';
import { runKontroll } from '@shared/rules';
import { compareScenarios } from '@shared/scenarios';
import { createExampleDocument, createFromTemplate, EXAMPLE_PLAN_ID } from '@shared/templates';
import { buildRows, NO_FILTERS } from '../../../renderer/src/features/plan/table-model';
import { printGroups } from '../../../renderer/src/features/print/print-model';
import { focusAreaComparison } from '../../../renderer/src/features/scenarios/comparison-data';
import { presentationModel } from '../../../renderer/src/slides/presentation-model';

const NAMES = { projects: 'Tverrgående prosjekter', unlinked: 'Uten kobling' };

/** Østfold 2024: one tiltak directly under each of the six areas, plus a postponed one that must not count. */
function ostfoldPlan(): { doc: PlanDocument; planId: string } {
  let doc = createPlan(createFromTemplate('ostfold-2024-2027'), 2024);
  const plan = doc.plans.find((p) => p.year === 2024);
  if (!plan) throw new Error('no 2024 plan');
  doc.strategy.focusAreas.forEach((area, i) => {
    const cost = (i + 1) * 100_000;
    doc = addAction(doc, plan.id, {
      id: `ost_t${i + 1}`,
      title: `Tiltak under ${area.name}`,
      focusAreaIds: [area.id],
      cost,
      owner: 'Sekretariatet',
      funding: [{ id: `ost_f${i + 1}`, source: 'own', actorId: null, amount: cost / 2, status: 'confirmed' }],
    });
  });
  const first = doc.strategy.focusAreas[0];
  doc = addAction(doc, plan.id, { id: 'ost_utsatt', title: 'Utsatt', focusAreaIds: first ? [first.id] : [], cost: 999_000, status: 'postponed' });
  return { doc, planId: plan.id };
}

type Sums = Record<string, { count: number; cost: number }>;

function screens(doc: PlanDocument, planId: string) {
  const input = planKontrollInput(doc, planId);
  const kontroll = runKontroll(input);
  const fromKontroll: Sums = Object.fromEntries(kontroll.byFocusArea.filter((g) => g.actionCount > 0 || g.kind === 'area').map((g) => [g.key, { count: g.actionCount, cost: g.cost }]));

  const rows = buildRows(doc.strategy, input.actions, { filters: NO_FILTERS, sort: null, collapsed: new Set(), findingsByAction: new Map() });
  const tableKey = (key: string) => (key.startsWith('fa:') ? `area:${key.slice(3)}` : key);
  const table: Sums = Object.fromEntries(
    rows.flatMap((r) => (r.kind === 'group' && r.level === 1 && (r.count > 0 || r.key.startsWith('fa:')) ? [[tableKey(r.key), { count: r.count, cost: r.cost }]] : [])),
  );

  const print: Sums = Object.fromEntries(
    printGroups(doc.strategy, input.actions, kontroll.byFocusArea, NAMES)
      .filter((g) => g.rows.some((r) => r.isActive) || g.focusAreaId !== null)
      .map((g) => {
        // The sum row's count is the kontroll's, and it is the group's active rows.
        expect(g.activeCount).toBe(g.rows.filter((r) => r.isActive).length);
        return [g.key, { count: g.activeCount, cost: g.sum.cost }];
      }),
  );

  const year = doc.plans.find((p) => p.id === planId)?.year ?? 0;
  const model = presentationModel(doc, year, 'basis', 'Grunnlag', 'nb');
  if (!model) throw new Error('no presentation');
  const slides: Sums = Object.fromEntries(
    model.slides.flatMap((s) => {
      if (s.kind !== 'focusArea') return [];
      const g = model.kontroll.byFocusArea.find((x) => x.key === s.groupKey);
      return [[s.groupKey, { count: g?.actionCount ?? 0, cost: g?.cost ?? 0 }]];
    }),
  );

  const basis = compareScenarios(input, []).basis;
  const comparison = Object.fromEntries(focusAreaComparison(doc.strategy, [basis], NAMES).map((r) => [r.key, r.cost[0] ?? 0]));
  return { kontroll, fromKontroll, table, print, slides, comparison };
}

describe('the same totals per group on every screen', () => {
  it.each([
    ['the example plan', () => ({ doc: createExampleDocument(), planId: EXAMPLE_PLAN_ID })],
    ['an Østfold 2024 plan with tiltak directly under its areas', ostfoldPlan],
  ])('%s', (_name, make) => {
    const { doc, planId } = make();
    const { kontroll, fromKontroll, table, print, slides, comparison } = screens(doc, planId);
    expect(table).toEqual(fromKontroll);
    expect(print).toEqual(fromKontroll);
    expect(slides).toEqual(fromKontroll);
    expect(comparison).toEqual(Object.fromEntries(Object.entries(fromKontroll).map(([k, v]) => [k, v.cost])));
    // The groups add up to the plan's totals (each tiltak counted once).
    expect(Object.values(fromKontroll).reduce((n, g) => n + g.cost, 0)).toBe(kontroll.totals.cost);
    expect(Object.values(fromKontroll).reduce((n, g) => n + g.count, 0)).toBe(kontroll.totals.activeActions);
  });

  it('Østfold: every area has its own totals and no tiltak is «uten kobling»', () => {
    const { doc, planId } = ostfoldPlan();
    const { kontroll } = screens(doc, planId);
    expect(kontroll.byFocusArea.map((g) => [g.name, g.actionCount, g.cost])).toEqual(
      doc.strategy.focusAreas.map((f, i) => [f.name, 1, (i + 1) * 100_000]),
    );
    expect(kontroll.findings.filter((f) => f.code === 'missing-link' || f.code === 'focus-area-uncovered')).toEqual([]);
    const unlinked: Action[] = doc.actions.filter((a) => a.initiativeIds.length === 0 && a.focusAreaIds.length === 0);
    expect(unlinked).toEqual([]);
  });
});
