/**
 * The tiltak table as data: columns, filters, sorting and the flattening of the groups
 * (innsatsområde → satsing, tverrgående prosjekter, uten kobling) into one list of rows,
 * which the virtualized grid renders. Pure, so it is tested without a browser.
 */
import type { Action, ActionStatus, Priority, Strategy } from '@shared/domain';
import { actionFunding } from '@shared/rules/funding';
import type { ActionFunding } from '@shared/rules/types';

/** Columns of the tiltak table. */
export type ColumnId = 'number' | 'title' | 'owner' | 'cost' | 'ownFunds' | 'uncovered' | 'deadline' | 'priority' | 'status' | 'findings';

/** One column: id, width (CSS grid track) and whether it is edited inline. */
export interface ColumnDef {
  id: ColumnId;
  width: string;
  isEditable: boolean;
  isNumeric: boolean;
}

/** Columns in display order. */
export const COLUMNS: readonly ColumnDef[] = [
  { id: 'number', width: '4rem', isEditable: false, isNumeric: false },
  { id: 'title', width: 'minmax(12rem, 3fr)', isEditable: true, isNumeric: false },
  { id: 'owner', width: 'minmax(7rem, 1.2fr)', isEditable: true, isNumeric: false },
  { id: 'cost', width: '7.5rem', isEditable: true, isNumeric: true },
  { id: 'ownFunds', width: '7.5rem', isEditable: true, isNumeric: true },
  { id: 'uncovered', width: '7rem', isEditable: false, isNumeric: true },
  { id: 'deadline', width: '6.5rem', isEditable: true, isNumeric: false },
  { id: 'priority', width: '6rem', isEditable: true, isNumeric: false },
  { id: 'status', width: '6.5rem', isEditable: true, isNumeric: false },
  { id: 'findings', width: '4rem', isEditable: false, isNumeric: true },
];

/** Prefix of a table cell's draft key in the draft store: `cell:<tiltak-id>:<column>`. */
export const CELL_DRAFT_PREFIX = 'cell:';

/** Finansieringsfilter. */
export type FinancingFilter = 'all' | 'none' | 'uncovered' | 'risk' | 'covered';

/** The table's filters; empty string = no filter. */
export interface TableFilters {
  focusAreaId: string;
  initiativeId: string;
  owner: string;
  partnerId: string;
  status: ActionStatus | '';
  priority: Priority | 0;
  financing: FinancingFilter;
  hasFindings: boolean;
  query: string;
}

/** No filters. */
export const NO_FILTERS: TableFilters = {
  focusAreaId: '',
  initiativeId: '',
  owner: '',
  partnerId: '',
  status: '',
  priority: 0,
  financing: 'all',
  hasFindings: false,
  query: '',
};

/** Sorting inside each group; null keeps the plan's order (by Nr). */
export type SortState = { column: ColumnId; direction: 'asc' | 'desc' } | null;

/** A click on a column's sort button: ascending, then descending, then unsorted. */
export function nextSort(sort: SortState, column: ColumnId): SortState {
  if (sort?.column !== column) return { column, direction: 'asc' };
  return sort.direction === 'asc' ? { column, direction: 'desc' } : null;
}

/** A group header row. */
export interface GroupRow {
  kind: 'group';
  key: string;
  level: 1 | 2;
  /** Innsatsområde, satsing or prosjekt name; null for the built-in groups. */
  label: string | null;
  /** Built-in group: tverrgående prosjekter or uten kobling. */
  builtin: 'projects' | 'unlinked' | null;
  count: number;
  cost: number;
  isCollapsed: boolean;
}

/** A tiltak row. */
export interface ActionRow {
  kind: 'action';
  key: string;
  action: Action;
  funding: ActionFunding;
  findings: number;
}

/** A row of the flattened table. */
export type TableRow = GroupRow | ActionRow;

/** What buildRows needs besides the tiltak. */
export interface BuildRowsOptions {
  filters: TableFilters;
  sort: SortState;
  collapsed: ReadonlySet<string>;
  /** Number of findings per tiltak id. */
  findingsByAction: ReadonlyMap<string, number>;
}

/** True when any filter or the search is set. */
export function isFiltering(f: TableFilters): boolean {
  return (
    f.focusAreaId !== '' ||
    f.initiativeId !== '' ||
    f.owner !== '' ||
    f.partnerId !== '' ||
    f.status !== '' ||
    f.priority !== 0 ||
    f.financing !== 'all' ||
    f.hasFindings ||
    f.query.trim() !== ''
  );
}

const collator = new Intl.Collator('nb', { numeric: true, sensitivity: 'base' });

/** Compares two tiltak numbers naturally («2» before «10», «1.2» before «1.10»). */
export function compareNumbers(a: string, b: string): number {
  return collator.compare(a, b);
}

function sortValue(row: ActionRow, column: ColumnId): string | number {
  const a = row.action;
  switch (column) {
    case 'number':
      return a.number;
    case 'title':
      return a.title;
    case 'owner':
      return a.owner;
    case 'cost':
      return a.cost;
    case 'ownFunds':
      return row.funding.own;
    case 'uncovered':
      return row.funding.uncovered;
    case 'deadline':
      return a.deadline ?? '9999-99-99';
    case 'priority':
      return a.priority;
    case 'status':
      return a.status;
    case 'findings':
      return row.findings;
  }
}

function compareRows(sort: NonNullable<SortState>) {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return (x: ActionRow, y: ActionRow): number => {
    const a = sortValue(x, sort.column);
    const b = sortValue(y, sort.column);
    const c = typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
    return c !== 0 ? sign * c : compareNumbers(x.action.number, y.action.number);
  };
}

/** True when the tiltak passes the filters. */
export function matchesFilters(
  row: ActionRow,
  f: TableFilters,
  initiativeFocusArea: ReadonlyMap<string, string>,
): boolean {
  const a = row.action;
  if (f.initiativeId && !a.initiativeIds.includes(f.initiativeId)) return false;
  if (f.focusAreaId && !a.initiativeIds.some((id) => initiativeFocusArea.get(id) === f.focusAreaId)) return false;
  // The owner list is trimmed (distinctOwners), so compare trimmed: an imported «Aktør A » matches «Aktør A».
  if (f.owner && a.owner.trim() !== f.owner) return false;
  if (f.partnerId && !a.partnerIds.includes(f.partnerId) && !a.funding.some((l) => l.actorId === f.partnerId)) return false;
  if (f.status && a.status !== f.status) return false;
  if (f.priority && a.priority !== f.priority) return false;
  if (f.hasFindings && row.findings === 0) return false;
  switch (f.financing) {
    case 'none':
      if (a.funding.length > 0) return false;
      break;
    case 'uncovered':
      if (row.funding.uncovered === 0) return false;
      break;
    case 'risk':
      if (row.funding.applied + row.funding.planned === 0) return false;
      break;
    case 'covered':
      if (row.funding.uncovered > 0 || a.funding.length === 0) return false;
      break;
    case 'all':
      break;
  }
  const q = f.query.trim().toLocaleLowerCase('nb');
  if (q) {
    const hay = `${a.number}\n${a.title}\n${a.owner}\n${a.description}\n${a.notes}`.toLocaleLowerCase('nb');
    if (!hay.includes(q)) return false;
  }
  return true;
}

/**
 * Flattens the plan's tiltak into rows: for each innsatsområde (strategy order) its
 * satsinger (strategy order) with their tiltak, then «Tverrgående prosjekter» per
 * prosjekt, then tiltak without any link. A tiltak with several satsinger is listed under
 * its first. Without filters, satsinger without tiltak are shown too (so a planner sees
 * the gap); with filters, only groups with matching tiltak.
 */
export function buildRows(strategy: Strategy, actions: readonly Action[], options: BuildRowsOptions): TableRow[] {
  const { filters, sort, collapsed, findingsByAction } = options;
  const initiativeFocusArea = new Map(strategy.initiatives.map((i) => [i.id, i.focusAreaId]));
  const knownProjects = new Set(strategy.crossCuttingProjects.map((p) => p.id));
  const byInitiative = new Map<string, ActionRow[]>();
  const byProject = new Map<string, ActionRow[]>();
  const unlinked: ActionRow[] = [];
  const filtering = isFiltering(filters);

  for (const action of actions) {
    const row: ActionRow = { kind: 'action', key: action.id, action, funding: actionFunding(action), findings: findingsByAction.get(action.id) ?? 0 };
    if (filtering && !matchesFilters(row, filters, initiativeFocusArea)) continue;
    const first = action.initiativeIds.find((id) => initiativeFocusArea.has(id));
    if (first) push(byInitiative, first, row);
    else if (action.crossCuttingProjectId && knownProjects.has(action.crossCuttingProjectId)) push(byProject, action.crossCuttingProjectId, row);
    else unlinked.push(row);
  }

  const order = sort ? compareRows(sort) : (x: ActionRow, y: ActionRow) => compareNumbers(x.action.number, y.action.number);
  const rows: TableRow[] = [];
  const emit = (key: string, level: 1 | 2, label: string | null, builtin: GroupRow['builtin'], members: ActionRow[], children: () => void) => {
    const header: GroupRow = { kind: 'group', key, level, label, builtin, count: 0, cost: 0, isCollapsed: collapsed.has(key) };
    rows.push(header);
    const start = rows.length;
    children();
    for (const m of members) {
      header.count++;
      header.cost += m.action.cost;
    }
    if (header.isCollapsed) rows.length = start;
    return header;
  };

  for (const fa of strategy.focusAreas) {
    const initiatives = strategy.initiatives.filter((i) => i.focusAreaId === fa.id);
    const all = initiatives.flatMap((i) => byInitiative.get(i.id) ?? []);
    if (filtering && all.length === 0) continue;
    emit(`fa:${fa.id}`, 1, fa.name, null, all, () => {
      for (const ini of initiatives) {
        const members = byInitiative.get(ini.id) ?? [];
        if (filtering && members.length === 0) continue;
        emit(`ini:${ini.id}`, 2, ini.name, null, members, () => appendAll(rows, members.sort(order)));
      }
    });
  }
  const projectRows = strategy.crossCuttingProjects.flatMap((p) => byProject.get(p.id) ?? []);
  if (projectRows.length > 0 || (!filtering && strategy.crossCuttingProjects.length > 0)) {
    emit('projects', 1, null, 'projects', projectRows, () => {
      for (const p of strategy.crossCuttingProjects) {
        const members = byProject.get(p.id) ?? [];
        if (filtering && members.length === 0) continue;
        emit(`prj:${p.id}`, 2, p.name, null, members, () => appendAll(rows, members.sort(order)));
      }
    });
  }
  if (unlinked.length > 0) {
    emit('unlinked', 1, null, 'unlinked', unlinked, () => appendAll(rows, unlinked.sort(order)));
  }
  return rows;
}

/** Appends in a loop: `rows.push(...list)` overflows the call stack for a very long list. */
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The tiltak rows only, in display order. */
export function actionRows(rows: readonly TableRow[]): ActionRow[] {
  return rows.filter((r): r is ActionRow => r.kind === 'action');
}

/** Distinct non-empty owners, sorted, for the owner filter. */
export function distinctOwners(actions: readonly Action[]): string[] {
  return [...new Set(actions.map((a) => a.owner.trim()).filter((o) => o !== ''))].sort(collator.compare);
}

/**
 * Where «Nytt tiltak» goes: the satsing filtered on, else the active satsing group, else
 * the active tiltak's first satsing; without a satsing, the active prosjekt group or the
 * active tiltak's tverrgående prosjekt. Group row keys are `ini:<id>` / `prj:<id>`.
 */
export function newActionLinks(
  activeKey: string | null,
  actions: readonly Action[],
  filterInitiativeId: string,
): { initiativeIds: string[]; crossCuttingProjectId: string | null } {
  const current = activeKey ? actions.find((a) => a.id === activeKey) : undefined;
  const activeGroup = activeKey?.startsWith('ini:') ? activeKey.slice(4) : null;
  const initiativeId = filterInitiativeId || activeGroup || current?.initiativeIds[0] || '';
  if (initiativeId) return { initiativeIds: [initiativeId], crossCuttingProjectId: null };
  if (activeKey?.startsWith('prj:')) return { initiativeIds: [], crossCuttingProjectId: activeKey.slice(4) };
  return { initiativeIds: [], crossCuttingProjectId: current ? current.crossCuttingProjectId : null };
}
