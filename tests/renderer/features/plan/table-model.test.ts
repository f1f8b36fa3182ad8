// @vitest-environment node
// (jsdom 31 cannot start on this Node 20; these are pure functions anyway.)
import { describe, expect, it } from 'vitest';
import type { Action } from '@shared/domain';
import { buildRows, compareNumbers, distinctOwners, newActionLinks, nextSort, NO_FILTERS } from '../../../../renderer/src/features/plan/table-model';
import type { BuildRowsOptions, TableRow } from '../../../../renderer/src/features/plan/table-model';
import { action, fixture } from '../../../shared/edits/fixture';

const options = (over: Partial<BuildRowsOptions> = {}): BuildRowsOptions => ({
  filters: NO_FILTERS,
  sort: null,
  collapsed: new Set(),
  findingsByAction: new Map(),
  ...over,
});

/** Rows as short strings: «#key» for groups (with count), the Nr for tiltak. */
function shape(rows: readonly TableRow[]): string[] {
  return rows.map((r) => (r.kind === 'group' ? `#${r.key}(${r.count})` : r.action.number));
}

function plan2025(extra: Action[] = []): { doc: ReturnType<typeof fixture>; actions: Action[] } {
  const doc = fixture();
  return { doc, actions: [...doc.actions.filter((a) => a.planId === 'plan_2025'), ...extra] };
}

describe('buildRows', () => {
  it('groups innsatsområde → satsing in strategy order, then prosjekter, then unlinked', () => {
    const { doc, actions } = plan2025([action('u1', 'plan_2025', '9', { initiativeIds: [], crossCuttingProjectId: null })]);
    expect(shape(buildRows(doc.strategy, actions, options()))).toEqual([
      '#fa:fa_a(3)',
      '#ini:ini_a1(2)',
      '1',
      '3',
      '#ini:ini_a2(1)',
      '4',
      '#fa:fa_b(1)',
      '#ini:ini_b1(1)',
      '2',
      '#fa:fa_c(0)',
      '#projects(1)',
      '#prj:prj_1(1)',
      '5',
      '#prj:prj_2(0)',
      '#unlinked(1)',
      '9',
    ]);
  });

  it('with a filter, only groups with matching tiltak remain', () => {
    const { doc, actions } = plan2025();
    const rows = buildRows(doc.strategy, actions, options({ filters: { ...NO_FILTERS, status: 'planned' } }));
    expect(shape(rows)).toEqual(['#fa:fa_a(1)', '#ini:ini_a1(1)', '1']);
  });

  it.each([
    ['free text on title', { query: 'tiltak 4' }, ['4']],
    ['owner', { owner: 'Sekretariatet' }, ['1', '3', '4', '2', '5']],
    ['partner via funding actor', { partnerId: 'actor_2' }, ['2']],
    ['focus area through any satsing', { focusAreaId: 'fa_b' }, ['2']],
    ['initiative', { initiativeId: 'ini_a2' }, ['4']],
    ['priority', { priority: 2 as const }, ['1', '3', '4', '2', '5']],
    ['financing risk (søkt / planlagt)', { financing: 'risk' as const }, ['2']],
    ['financing uncovered', { financing: 'uncovered' as const }, ['1', '3', '4', '2', '5']],
    ['has findings', { hasFindings: true }, ['3']],
  ])('filters by %s', (_name, filter, numbers) => {
    const { doc, actions } = plan2025();
    const rows = buildRows(doc.strategy, actions, options({ filters: { ...NO_FILTERS, ...filter }, findingsByAction: new Map([['a3', 2]]) }));
    expect(rows.filter((r) => r.kind === 'action').map((r) => (r.kind === 'action' ? r.action.number : ''))).toEqual(numbers);
  });

  it('the owner filter finds an owner stored with spaces around it (the list offers it trimmed)', () => {
    const { doc, actions } = plan2025([action('o', 'plan_2025', '8', { owner: ' Aktør A ' })]);
    const [owner] = distinctOwners(actions);
    expect(owner).toBe('Aktør A');
    const rows = buildRows(doc.strategy, actions, options({ filters: { ...NO_FILTERS, owner: owner ?? '' } }));
    expect(rows.filter((r) => r.kind === 'action').map((r) => (r.kind === 'action' ? r.action.number : ''))).toEqual(['8']);
  });

  it('sorts within each group and falls back to Nr', () => {
    const { doc } = plan2025();
    const actions = [
      action('x1', 'plan_2025', '10', { cost: 5 }),
      action('x2', 'plan_2025', '2', { cost: 50 }),
      action('x3', 'plan_2025', '1', { cost: 50 }),
    ];
    const byNr = buildRows(doc.strategy, actions, options());
    expect(shape(byNr).filter((s) => !s.startsWith('#'))).toEqual(['1', '2', '10']);
    const desc = buildRows(doc.strategy, actions, options({ sort: { column: 'cost', direction: 'desc' } }));
    expect(shape(desc).filter((s) => !s.startsWith('#'))).toEqual(['1', '2', '10']);
    const asc = buildRows(doc.strategy, actions, options({ sort: { column: 'cost', direction: 'asc' } }));
    expect(shape(asc).filter((s) => !s.startsWith('#'))).toEqual(['10', '1', '2']);
  });

  it('collapsing a group hides its rows but keeps its count', () => {
    const { doc, actions } = plan2025();
    const rows = buildRows(doc.strategy, actions, options({ collapsed: new Set(['fa:fa_a', 'prj:prj_1']) }));
    expect(shape(rows)).toEqual(['#fa:fa_a(3)', '#fa:fa_b(1)', '#ini:ini_b1(1)', '2', '#fa:fa_c(0)', '#projects(1)', '#prj:prj_1(1)', '#prj:prj_2(0)']);
  });

  it('sums the cost of each group', () => {
    const { doc, actions } = plan2025();
    const group = buildRows(doc.strategy, actions, options()).find((r) => r.key === 'fa:fa_a');
    expect(group?.kind === 'group' ? group.cost : null).toBe(300_000);
  });
});

describe('helpers', () => {
  it('compares Nr naturally', () => {
    expect(['10', '2', '1.10', '1.2'].sort(compareNumbers)).toEqual(['1.2', '1.10', '2', '10']);
  });
  it('lists distinct owners sorted', () => {
    const { actions } = plan2025([action('o', 'plan_2025', '8', { owner: 'Aktør A ' })]);
    expect(distinctOwners(actions)).toEqual(['Aktør A', 'Sekretariatet']);
  });
});

describe('nextSort / newActionLinks', () => {
  it('a sort button cycles ascending → descending → none; another column starts ascending', () => {
    expect(nextSort(null, 'cost')).toEqual({ column: 'cost', direction: 'asc' });
    expect(nextSort({ column: 'cost', direction: 'asc' }, 'cost')).toEqual({ column: 'cost', direction: 'desc' });
    expect(nextSort({ column: 'cost', direction: 'desc' }, 'cost')).toBeNull();
    expect(nextSort({ column: 'cost', direction: 'desc' }, 'title')).toEqual({ column: 'title', direction: 'asc' });
  });

  it('«Nytt tiltak» goes to the filtered satsing, the active group, or beside the active tiltak', () => {
    const a = action('a', 'plan_2025', '1', { initiativeIds: ['ini2'], crossCuttingProjectId: null });
    const p = action('p', 'plan_2025', '2', { initiativeIds: [], crossCuttingProjectId: 'prj7' });
    expect(newActionLinks('a', [a], 'ini9')).toEqual({ initiativeIds: ['ini9'], crossCuttingProjectId: null });
    expect(newActionLinks('ini:ini3', [a], '')).toEqual({ initiativeIds: ['ini3'], crossCuttingProjectId: null });
    expect(newActionLinks('a', [a], '')).toEqual({ initiativeIds: ['ini2'], crossCuttingProjectId: null });
    expect(newActionLinks('prj:prj5', [a], '')).toEqual({ initiativeIds: [], crossCuttingProjectId: 'prj5' });
    expect(newActionLinks('p', [p], '')).toEqual({ initiativeIds: [], crossCuttingProjectId: 'prj7' });
    expect(newActionLinks(null, [], '')).toEqual({ initiativeIds: [], crossCuttingProjectId: null });
  });
});
