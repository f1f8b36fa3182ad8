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

/** Rows as short strings: «#key» for groups (with active count, and «/total» when some are not active), the Nr for tiltak. */
function shape(rows: readonly TableRow[]): string[] {
  return rows.map((r) => (r.kind === 'group' ? `#${r.key}(${r.count}${r.total === r.count ? '' : `/${r.total}`})` : r.action.number));
}

function plan2025(extra: Action[] = []): { doc: ReturnType<typeof fixture>; actions: Action[] } {
  const doc = fixture();
  return { doc, actions: [...doc.actions.filter((a) => a.planId === 'plan_2025'), ...extra] };
}

describe('buildRows', () => {
  it('groups innsatsområde → satsing in strategy order, then prosjekter, then unlinked', () => {
    const { doc, actions } = plan2025([action('u1', 'plan_2025', '9', { initiativeIds: [], crossCuttingProjectId: null })]);
    expect(shape(buildRows(doc.strategy, actions, options()))).toEqual([
      '#fa:fa_a(2/3)',
      '#ini:ini_a1(2)',
      '1',
      '3',
      '#ini:ini_a2(0/1)',
      '4',
      '#fa:fa_b(1)',
      '#ini:ini_b1(1)',
      '2',
      '#fa:fa_c(0)',
      '#projects(0/1)',
      '#prj:prj_1(0/1)',
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
    expect(shape(rows)).toEqual(['#fa:fa_a(2/3)', '#fa:fa_b(1)', '#ini:ini_b1(1)', '2', '#fa:fa_c(0)', '#projects(0/1)', '#prj:prj_1(0/1)', '#prj:prj_2(0)']);
  });

  it('sums the cost of the active tiltak of each group (the utsatt tiltak 4 does not count), like Økonomi', () => {
    const { doc, actions } = plan2025();
    const group = buildRows(doc.strategy, actions, options()).find((r) => r.key === 'fa:fa_a');
    expect(group?.kind === 'group' ? [group.count, group.total, group.cost] : null).toEqual([2, 3, 200_000]);
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

  it('«Nytt tiltak» goes to the filtered satsing or the group row in focus — never beside the tiltak that happens to be active', () => {
    const none = { initiativeIds: [], subGoalIds: [], focusAreaIds: [], crossCuttingProjectId: null };
    expect(newActionLinks('a', 'ini9')).toEqual({ ...none, initiativeIds: ['ini9'] });
    expect(newActionLinks('ini:ini3', '')).toEqual({ ...none, initiativeIds: ['ini3'] });
    expect(newActionLinks('sg:sg1', '')).toEqual({ ...none, subGoalIds: ['sg1'] });
    expect(newActionLinks('fa:fa_c', '')).toEqual({ ...none, focusAreaIds: ['fa_c'] });
    expect(newActionLinks('prj:prj5', '')).toEqual({ ...none, crossCuttingProjectId: 'prj5' });
    // An active (or open) tiltak row: no link, the planner chooses it.
    expect(newActionLinks('a', '')).toEqual(none);
    expect(newActionLinks('a@prj:prj5', '')).toEqual(none);
    expect(newActionLinks('projects', '')).toEqual(none);
    expect(newActionLinks(null, '')).toEqual(none);
  });

  it('a tiltak directly under an area or a delmål is grouped there; one under a satsing and a prosjekt shows under both', () => {
    const doc = fixture();
    const fa = doc.strategy.focusAreas.find((f) => f.id === 'fa_c');
    if (!fa) throw new Error('fixture has fa_c');
    const strategy = { ...doc.strategy, focusAreas: doc.strategy.focusAreas.map((f) => (f.id === 'fa_c' ? { ...f, subGoals: [{ id: 'sg_c', text: 'Delmål C' }] } : f)) };
    const actions = [
      action('d1', 'plan_2025', '1', { initiativeIds: [], focusAreaIds: ['fa_c'], cost: 10 }),
      action('d2', 'plan_2025', '2', { initiativeIds: [], subGoalIds: ['sg_c'], cost: 20 }),
      action('d3', 'plan_2025', '3', { initiativeIds: ['ini_b1'], crossCuttingProjectId: 'prj_2', cost: 40 }),
      action('d4', 'plan_2025', '4', { initiativeIds: [], status: 'cancelled', cost: 80 }),
    ];
    const rows = buildRows(strategy, actions, options());
    expect(shape(rows)).toEqual([
      '#fa:fa_a(0)',
      '#ini:ini_a1(0)',
      '#ini:ini_a2(0)',
      '#fa:fa_b(1)',
      '#ini:ini_b1(1)',
      '3',
      '#fa:fa_c(2)',
      '1',
      '#sg:sg_c(1)',
      '2',
      '#projects(0)',
      '#prj:prj_1(0)',
      '#prj:prj_2(1)',
      '3',
      '#unlinked(0/1)',
      '4',
    ]);
    const keys = rows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain('d3@prj:prj_2');
    const costOf = (key: string) => rows.find((r) => r.kind === 'group' && r.key === key)?.kind === 'group' ? (rows.find((r) => r.key === key) as { cost: number }).cost : -1;
    expect([costOf('fa:fa_c'), costOf('prj:prj_2'), costOf('unlinked')]).toEqual([30, 40, 0]);
  });
});
