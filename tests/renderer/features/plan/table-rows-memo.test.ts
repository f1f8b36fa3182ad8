// @vitest-environment node
// (pure functions: the table's rows with and without the cache kept between edits)
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain/document';
import { updateAction } from '@shared/edits';
import { updateKontroll } from '@shared/rules';
import type { KontrollState } from '@shared/rules';
import { generateLargeDocument } from '@shared/templates';
import { NO_FILTERS, buildRows, createLayoutMemo, createOwnersMemo, createRowsMemo, distinctOwners, keptOwners, rowLayout } from '../../../../renderer/src/features/plan/table-model';
import type { BuildRowsOptions, SortState, TableFilters } from '../../../../renderer/src/features/plan/table-model';
import { applyEdit, editArb, inputOf } from '../../../shared/edits/edit-sequences';

const SORTS: SortState[] = [null, { column: 'cost', direction: 'asc' }, { column: 'title', direction: 'desc' }, { column: 'findings', direction: 'asc' }, { column: 'status', direction: 'asc' }];
const FILTERS: TableFilters[] = [NO_FILTERS, { ...NO_FILTERS, financing: 'uncovered' }, { ...NO_FILTERS, hasFindings: true }, { ...NO_FILTERS, status: 'planned' }];

/** A step: an edit of the document, or a change of the table's sorting, filter or collapsed groups. */
const stepArb = fc.oneof(
  { weight: 6, arbitrary: editArb.map((edit) => ({ kind: 'edit' as const, edit })) },
  { weight: 1, arbitrary: fc.nat(SORTS.length - 1).map((at) => ({ kind: 'sort' as const, at })) },
  { weight: 1, arbitrary: fc.nat(FILTERS.length - 1).map((at) => ({ kind: 'filter' as const, at })) },
  { weight: 1, arbitrary: fc.nat(30).map((at) => ({ kind: 'collapse' as const, at })) },
);

describe('buildRows with its cache (RowsMemo)', () => {
  it('gives the same rows (and owners) as without it after any sequence of edits, sorts, filters and collapses', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 1000 }), fc.array(stepArb, { minLength: 1, maxLength: 25 }), (size, seed, steps) => {
        let doc: PlanDocument = generateLargeDocument({ actions: size, years: 1, seed });
        const history: PlanDocument[] = [doc];
        const memo = createRowsMemo();
        const layout = createLayoutMemo();
        const owners = createOwnersMemo();
        let kontroll: KontrollState | null = null;
        let options: Omit<BuildRowsOptions, 'findingsByAction'> = { filters: NO_FILTERS, sort: null, collapsed: new Set() };
        for (const step of [null, ...steps]) {
          if (step?.kind === 'edit') doc = applyEdit(doc, step.edit, history);
          else if (step?.kind === 'sort') options = { ...options, sort: SORTS[step.at] ?? null };
          else if (step?.kind === 'filter') options = { ...options, filters: FILTERS[step.at] ?? NO_FILTERS };
          else if (step?.kind === 'collapse') {
            const groups = buildRows(doc.strategy, doc.actions, { ...options, findingsByAction: new Map() }).filter((r) => r.kind === 'group');
            const key = groups[step.at % Math.max(groups.length, 1)]?.key;
            const collapsed = new Set(options.collapsed);
            if (key !== undefined) {
              if (collapsed.has(key)) collapsed.delete(key);
              else collapsed.add(key);
            }
            options = { ...options, collapsed };
          }
          history.push(doc);
          const input = inputOf(doc);
          if (!input) return;
          kontroll = updateKontroll(kontroll, input);
          const full = { ...options, findingsByAction: kontroll.findingCounts };
          const rows = buildRows(doc.strategy, input.actions, full, memo);
          expect(rows).toEqual(buildRows(doc.strategy, input.actions, full));
          const { indexByKey, shapeRows } = rowLayout(layout, rows);
          expect(indexByKey).toEqual(new Map(rows.map((r, i) => [r.key, i])));
          expect(shapeRows).toEqual(rows.map((r) => ({ key: r.key, kind: r.kind, isCollapsed: r.kind === 'group' && r.isCollapsed })));
          expect(keptOwners(owners, input.actions)).toEqual(distinctOwners(input.actions));
        }
      }),
      { numRuns: 100 },
    );
  });

  it('keeps the row object of every tiltak an edit did not change, and the layout when no row moved', () => {
    const doc = generateLargeDocument({ actions: 60, years: 1, seed: 7 });
    const first = inputOf(doc);
    const target = first?.actions.find((a) => a.status === 'planned');
    if (!first || !target) throw new Error('no plan');
    const memo = createRowsMemo();
    const layout = createLayoutMemo();
    const options = (state: KontrollState) => ({ filters: NO_FILTERS, sort: null, collapsed: new Set<string>(), findingsByAction: state.findingCounts });
    const state = updateKontroll(null, first);
    const before = buildRows(doc.strategy, first.actions, options(state), memo);
    const beforeLayout = rowLayout(layout, before);
    const edited = inputOf(updateAction(doc, target.id, { cost: target.cost + 1 }));
    if (!edited) throw new Error('no plan');
    const after = buildRows(doc.strategy, edited.actions, options(updateKontroll(state, edited)), memo);
    const changed = after.filter((row, i) => row !== before[i]);
    expect(changed.every((r) => (r.kind === 'action' ? r.action.id === target.id : true))).toBe(true);
    expect(changed.some((r) => r.kind === 'action')).toBe(true);
    expect(rowLayout(layout, after)).toEqual(beforeLayout);
    expect(rowLayout(layout, after).indexByKey).toBe(beforeLayout.indexByKey);
  });
});
