/**
 * The tiltak table as data: columns, filters, sorting and the flattening of the groups
 * (innsatsområde → satsing, tverrgående prosjekter, uten kobling) into one list of rows,
 * which the virtualized grid renders. Pure, so it is tested without a browser.
 */
import type { Action, ActionStatus, Priority, Strategy } from '@shared/domain';
import { indexStrategy, placeAction, type ActionPlacement, type StrategyIndex } from '@shared/rules/context';
import { actionFunding, isActive } from '@shared/rules/funding';
import type { FindingCounts } from '@shared/rules/incremental';
import type { ActionFunding } from '@shared/rules/types';
import type { GridRowShape } from './grid-navigation';

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
  /** Active tiltak (planlagt, pågår, fullført) — counted as in Økonomi and the kontroll. */
  count: number;
  /** Every tiltak of the group, also utsatt and avlyst. */
  total: number;
  /** Cost of the active tiltak. */
  cost: number;
  isCollapsed: boolean;
}

/** Separator in the key of a tiltak's second row under its tverrgående prosjekt: `<tiltak-id>@prj:<id>`. */
const ALIAS_SEPARATOR = '@';

/** The tiltak id of a row key (a tiltak listed also under its prosjekt has a row key of its own). */
export function actionIdOfRowKey(key: string): string {
  const at = key.indexOf(ALIAS_SEPARATOR);
  return at < 0 ? key : key.slice(0, at);
}

/** A tiltak row. */
export interface ActionRow {
  kind: 'action';
  /** The tiltak id; for its second row under a tverrgående prosjekt `<id>@prj:<prosjekt-id>`. */
  key: string;
  action: Action;
  funding: ActionFunding;
  /** Number of the kontroll's findings about the tiltak; null while the kontroll is being computed (shown as such, never as 0). */
  findings: number | null;
}

/** A row of the flattened table. */
export type TableRow = GroupRow | ActionRow;

/** What buildRows needs besides the tiltak. */
export interface BuildRowsOptions {
  filters: TableFilters;
  sort: SortState;
  collapsed: ReadonlySet<string>;
  /**
   * Number of findings per tiltak id; null while the plan's kontroll is being computed
   * (after the first paint, use-plan-data.ts). The table asks for the counts before it
   * filters or sorts by them, so a pending count never decides what is shown: until then
   * it filters and sorts as no findings.
   */
  findingsByAction: FindingCounts | null;
}

/**
 * What `buildRows` keeps between calls for one table (hurtigbuffer): each tiltak's
 * financing, placement and row by object identity, and each group's sorted rows — so
 * after an edit, only the changed tiltak are looked at again and a group is re-sorted by
 * inserting them. Unchanged tiltak keep their row objects (the rows re-render only when
 * their tiltak changed). A cache only: the rows equal those built without it.
 */
export interface RowsMemo {
  strategy: Strategy | null;
  index: StrategyIndex | null;
  derived: WeakMap<Action, { funding: ActionFunding; placement: ActionPlacement }>;
  rows: WeakMap<Action, ActionRow>;
  aliases: WeakMap<Action, ActionRow>;
  sort: SortState;
  groups: Map<string, { members: readonly ActionRow[]; sorted: readonly ActionRow[] }>;
  headers: Map<string, GroupRow>;
  /** The last call: its input and rows, with each row's index by key. */
  last: {
    actions: readonly Action[];
    options: BuildRowsOptions;
    rows: TableRow[];
    index: ReadonlyMap<string, number>;
  } | null;
}

/** An empty cache for `buildRows`. */
export function createRowsMemo(): RowsMemo {
  return { strategy: null, index: null, derived: new WeakMap(), rows: new WeakMap(), aliases: new WeakMap(), sort: null, groups: new Map(), headers: new Map(), last: null };
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
      return row.findings ?? 0;
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
  placement?: ActionPlacement,
): boolean {
  const a = row.action;
  if (f.initiativeId && !a.initiativeIds.includes(f.initiativeId)) return false;
  if (
    f.focusAreaId &&
    placement?.focusAreaId !== f.focusAreaId &&
    !a.focusAreaIds.includes(f.focusAreaId) &&
    !a.initiativeIds.some((id) => initiativeFocusArea.get(id) === f.focusAreaId)
  ) {
    return false;
  }
  // The owner list is trimmed (distinctOwners), so compare trimmed: an imported «Aktør A » matches «Aktør A».
  if (f.owner && a.owner.trim() !== f.owner) return false;
  if (f.partnerId && !a.partnerIds.includes(f.partnerId) && !a.funding.some((l) => l.actorId === f.partnerId)) return false;
  if (f.status && a.status !== f.status) return false;
  if (f.priority && a.priority !== f.priority) return false;
  if (f.hasFindings && (row.findings ?? 0) === 0) return false;
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
 * Flattens the plan's tiltak into rows, grouped as the kontroll groups them
 * (`placeAction` in shared/rules): for each innsatsområde (strategy order) first the
 * tiltak linked directly to it, then its delmål and satsinger (strategy order) with their
 * tiltak; then «Tverrgående prosjekter» per prosjekt — every tiltak under the prosjekt,
 * also one that hangs under an area (listed there too, with a row key of its own); then
 * «Uten kobling». A group's count and cost are its active tiltak, like Økonomi; `total`
 * counts every tiltak. Without filters, satsinger without tiltak are shown too (so a
 * planner sees the gap), and delmål of an area without satsinger; with filters, only
 * groups with matching tiltak.
 */
export function buildRows(strategy: Strategy, actions: readonly Action[], options: BuildRowsOptions, memo?: RowsMemo): TableRow[] {
  const { filters, sort, collapsed, findingsByAction } = options;
  if (memo && memo.strategy !== strategy) Object.assign(memo, createRowsMemo(), { strategy, index: indexStrategy(strategy) });
  if (memo && !sameSort(memo.sort, sort)) {
    memo.sort = sort;
    memo.groups.clear();
  }
  const index = memo?.index ?? indexStrategy(strategy);
  if (memo) {
    const fast = updateRows(memo, index, actions, options);
    if (fast) return fast;
  }
  const initiativeFocusArea = new Map(strategy.initiatives.map((i) => [i.id, i.focusAreaId]));
  const byArea = new Map<string, ActionRow[]>();
  const byLine = new Map<string, ActionRow[]>();
  const byProject = new Map<string, ActionRow[]>();
  const projectOnly: ActionRow[] = [];
  const unlinked: ActionRow[] = [];
  const filtering = isFiltering(filters);

  for (let position = 0; position < actions.length; position++) {
    const action = actions[position] as Action;
    const { row, alias, placement } = rowOf(memo, index, action, findingsByAction, position);
    if (filtering && !matchesFilters(row, filters, initiativeFocusArea, placement)) continue;
    if (placement.projectId !== null) push(byProject, placement.projectId, alias ?? row);
    if (placement.focusAreaId !== null) {
      push(byArea, placement.focusAreaId, row);
      push(byLine, placement.lineKey ?? `area:${placement.focusAreaId}`, row);
    } else if (placement.projectId !== null) projectOnly.push(row);
    else unlinked.push(row);
  }

  const order = sort ? compareRows(sort) : (x: ActionRow, y: ActionRow) => compareNumbers(x.action.number, y.action.number);
  const rows: TableRow[] = [];
  // Sorted members of a group: from the cache when the group's tiltak are the same, by insertion when a few changed.
  const sorted = (key: string, members: ActionRow[]): readonly ActionRow[] => {
    if (!memo) return members.sort(order);
    const cached = memo.groups.get(key);
    const result = cached ? resort(cached.members, cached.sorted, members, order) : members.slice().sort(order);
    memo.groups.set(key, { members, sorted: result });
    return result;
  };
  const emit = (key: string, level: 1 | 2, label: string | null, builtin: GroupRow['builtin'], members: readonly ActionRow[], children: () => void) => {
    let header: GroupRow = { kind: 'group', key, level, label, builtin, count: 0, total: 0, cost: 0, isCollapsed: collapsed.has(key) };
    const at = rows.length;
    rows.push(header);
    const start = rows.length;
    children();
    for (const m of members) {
      header.total++;
      if (!isActive(m.action)) continue;
      header.count++;
      header.cost += m.action.cost;
    }
    if (header.isCollapsed) rows.length = start;
    if (memo) {
      // An unchanged group keeps its row object, so its row does not re-render.
      const previous = memo.headers.get(key);
      if (previous && sameGroupRow(previous, header)) header = previous;
      memo.headers.set(key, header);
      rows[at] = header;
    }
    return header;
  };

  for (const fa of strategy.focusAreas) {
    const initiatives = strategy.initiatives.filter((i) => i.focusAreaId === fa.id);
    const all = byArea.get(fa.id) ?? [];
    if (filtering && all.length === 0) continue;
    emit(`fa:${fa.id}`, 1, fa.name, null, all, () => {
      appendAll(rows, sorted(`area:${fa.id}`, byLine.get(`area:${fa.id}`) ?? []));
      for (const sg of fa.subGoals) {
        const members = byLine.get(`subGoal:${sg.id}`) ?? [];
        if (members.length === 0 && (filtering || initiatives.length > 0)) continue;
        emit(`sg:${sg.id}`, 2, sg.text, null, members, () => appendAll(rows, sorted(`sg:${sg.id}`, members)));
      }
      for (const ini of initiatives) {
        const members = byLine.get(`initiative:${ini.id}`) ?? [];
        if (filtering && members.length === 0) continue;
        emit(`ini:${ini.id}`, 2, ini.name, null, members, () => appendAll(rows, sorted(`ini:${ini.id}`, members)));
      }
    });
  }
  const anyProjectRows = strategy.crossCuttingProjects.some((p) => (byProject.get(p.id) ?? []).length > 0);
  if (anyProjectRows || (!filtering && strategy.crossCuttingProjects.length > 0)) {
    // The group's own sums are the tiltak under only a prosjekt (as the kontroll's group); each prosjekt shows all of its tiltak.
    emit('projects', 1, null, 'projects', projectOnly, () => {
      for (const p of strategy.crossCuttingProjects) {
        const members = byProject.get(p.id) ?? [];
        if (filtering && members.length === 0) continue;
        emit(`prj:${p.id}`, 2, p.name, null, members, () => appendAll(rows, sorted(`prj:${p.id}`, members)));
      }
    });
  }
  if (unlinked.length > 0) {
    emit('unlinked', 1, null, 'unlinked', unlinked, () => appendAll(rows, sorted('unlinked', unlinked)));
  }
  if (memo) memo.last = { actions, options, rows, index: new Map(rows.map((r, i) => [r.key, i])) };
  return rows;
}

/** A tiltak's row (and its second row under its prosjekt when it also hangs under an area), from the cache when it is the same. */
function rowOf(
  memo: RowsMemo | undefined,
  index: StrategyIndex,
  action: Action,
  findingsByAction: FindingCounts | null,
  /** The tiltak's position in the plan's list (a look-up by position where the counts offer one). */
  position = -1,
): { row: ActionRow; alias: ActionRow | null; placement: ActionPlacement } {
  let derived = memo?.derived.get(action);
  if (!derived) {
    derived = { funding: actionFunding(action), placement: placeAction(index, action) };
    memo?.derived.set(action, derived);
  }
  const { funding, placement } = derived;
  const findings =
    findingsByAction === null
      ? null
      : ((findingsByAction.countAt !== undefined && position >= 0 ? findingsByAction.countAt(action, position) : findingsByAction.get(action.id)) ?? 0);
  let row = memo?.rows.get(action);
  if (row?.findings !== findings) {
    row = { kind: 'action', key: action.id, action, funding, findings };
    memo?.rows.set(action, row);
  }
  if (placement.projectId === null || placement.focusAreaId === null) return { row, alias: null, placement };
  const key = `${action.id}${ALIAS_SEPARATOR}prj:${placement.projectId}`;
  const cached = memo?.aliases.get(action);
  const alias = cached?.key === key && cached.findings === findings ? cached : { ...row, key };
  memo?.aliases.set(action, alias);
  return { row, alias, placement };
}

/** The group rows whose count and cost a tiltak with this placement is part of. */
function groupKeysOf(placement: ActionPlacement): string[] {
  const keys: string[] = [];
  if (placement.focusAreaId !== null) {
    keys.push(`fa:${placement.focusAreaId}`);
    const line = placement.lineKey;
    if (line?.startsWith('initiative:')) keys.push(`ini:${line.slice('initiative:'.length)}`);
    else if (line?.startsWith('subGoal:')) keys.push(`sg:${line.slice('subGoal:'.length)}`);
  }
  if (placement.projectId !== null) {
    keys.push(`prj:${placement.projectId}`);
    if (placement.focusAreaId === null) keys.push('projects');
  } else if (placement.focusAreaId === null) keys.push('unlinked');
  return keys;
}

/**
 * The rows after an edit that changed a few tiltak in place — same ids, same placement,
 * same filter result, each still between its neighbours in the sort order — from the last
 * rows: the changed rows are replaced where they stand and their groups' counts and costs
 * adjusted, without looking at the other tiltak. Null when the change is of another kind
 * (then the rows are built in full).
 */
function updateRows(memo: RowsMemo, index: StrategyIndex, actions: readonly Action[], options: BuildRowsOptions): TableRow[] | null {
  const last = memo.last;
  if (!last || last.actions.length !== actions.length) return null;
  const previous = last.options;
  if (previous.filters !== options.filters || !sameSort(previous.sort, options.sort) || previous.collapsed !== options.collapsed) return null;
  const findings = options.findingsByAction;
  if (previous.findingsByAction !== findings && (findings === null || previous.findingsByAction === null || findings.sameCountsAs?.(previous.findingsByAction) !== true)) return null;
  const before = last.actions;
  let start = 0;
  while (start < actions.length && before[start] === actions[start]) start++;
  let end = actions.length;
  while (end > start && before[end - 1] === actions[end - 1]) end--;
  if (end - start > MAX_INSERTED) return null;
  const filtering = isFiltering(options.filters);
  const initiativeFocusArea = filtering ? new Map(memo.strategy?.initiatives.map((i) => [i.id, i.focusAreaId])) : new Map<string, string>();
  const order = options.sort ? compareRows(options.sort) : (x: ActionRow, y: ActionRow) => compareNumbers(x.action.number, y.action.number);
  const out = last.rows.slice();
  const deltas = new Map<string, { count: number; cost: number }>();
  for (let i = start; i < end; i++) {
    const was = before[i] as Action;
    const now = actions[i] as Action;
    const old = memo.rows.get(was);
    const oldDerived = memo.derived.get(was);
    if (was.id !== now.id || !old || !oldDerived) return null;
    const next = rowOf(memo, index, now, findings);
    const a = oldDerived.placement;
    const b = next.placement;
    if (a.focusAreaId !== b.focusAreaId || a.lineKey !== b.lineKey || a.projectId !== b.projectId) return null;
    if (filtering) {
      const shown = matchesFilters(next.row, options.filters, initiativeFocusArea, b);
      if (matchesFilters(old, options.filters, initiativeFocusArea, a) !== shown) return null;
      if (!shown) continue;
    }
    const oldAlias = a.projectId !== null && a.focusAreaId !== null ? (memo.aliases.get(was) ?? null) : null;
    for (const [from, to] of [[old, next.row], [oldAlias, next.alias]] as const) {
      if (!from || !to) continue;
      const at = last.index.get(from.key);
      if (at === undefined) continue; // in a collapsed group
      if (out[at] !== from) return null;
      const prev = out[at - 1];
      const following = out[at + 1];
      if (prev?.kind === 'action' && order(prev, to) >= 0) return null;
      if (following?.kind === 'action' && order(to, following) >= 0) return null;
      out[at] = to;
    }
    const count = (isActive(now) ? 1 : 0) - (isActive(was) ? 1 : 0);
    const cost = (isActive(now) ? now.cost : 0) - (isActive(was) ? was.cost : 0);
    if (count === 0 && cost === 0) continue;
    for (const key of groupKeysOf(b)) {
      const d = deltas.get(key) ?? { count: 0, cost: 0 };
      d.count += count;
      d.cost += cost;
      deltas.set(key, d);
    }
  }
  for (const [key, d] of deltas) {
    const at = last.index.get(key);
    const header = at === undefined ? undefined : out[at];
    if (at === undefined || header?.kind !== 'group') continue;
    const updated: GroupRow = { ...header, count: header.count + d.count, cost: header.cost + d.cost };
    out[at] = updated;
    memo.headers.set(key, updated);
  }
  memo.last = { actions, options, rows: out, index: last.index };
  sameLayoutAs.set(out, last.rows);
  return out;
}

/**
 * Rows made by `updateRows` from earlier rows, with the same keys and kinds at the same
 * places (only the content of rows changed): `rowLayout` keeps its layout without
 * comparing row by row.
 */
const sameLayoutAs = new WeakMap<readonly TableRow[], readonly TableRow[]>();

function sameSort(a: SortState, b: SortState): boolean {
  return a === b || (a !== null && b !== null && a.column === b.column && a.direction === b.direction);
}

function sameGroupRow(a: GroupRow, b: GroupRow): boolean {
  return (
    a.key === b.key &&
    a.level === b.level &&
    a.label === b.label &&
    a.builtin === b.builtin &&
    a.count === b.count &&
    a.total === b.total &&
    a.cost === b.cost &&
    a.isCollapsed === b.isCollapsed
  );
}

/** Most rows a group re-sorts by insertion; beyond that it is sorted afresh. */
const MAX_INSERTED = 64;

/**
 * The group's rows in order after a change: `before`/`sortedBefore` are its rows last
 * time (plan order, sorted), `after` its rows now in plan order. The rows that left the
 * changed stretch are dropped and the new ones inserted by binary search — the same order
 * a stable sort of `after` gives, as long as no new row compares equal to another (then,
 * as for a long stretch, it sorts afresh).
 */
export function resort(before: readonly ActionRow[], sortedBefore: readonly ActionRow[], after: readonly ActionRow[], order: (x: ActionRow, y: ActionRow) => number): readonly ActionRow[] {
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const removedCount = before.length - end - start;
  const added = after.slice(start, after.length - end);
  if (removedCount === 0 && added.length === 0) return sortedBefore;
  if (removedCount + added.length > MAX_INSERTED) return after.slice().sort(order);
  const gone = new Set(before.slice(start, before.length - end));
  const result = gone.size > 0 ? sortedBefore.filter((r) => !gone.has(r)) : sortedBefore.slice();
  for (const row of added) {
    let lo = 0;
    let hi = result.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = order(result[mid] as ActionRow, row);
      if (c === 0) return after.slice().sort(order);
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    result.splice(lo, 0, row);
  }
  return result;
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

/** What `rowLayout` keeps between calls: the last rows and what was derived from them. */
export interface LayoutMemo {
  rows: readonly TableRow[] | null;
  indexByKey: ReadonlyMap<string, number>;
  shapeRows: readonly GridRowShape[];
}

/** An empty cache for `rowLayout`. */
export function createLayoutMemo(): LayoutMemo {
  return { rows: null, indexByKey: new Map(), shapeRows: [] };
}

/**
 * Row index by key and the grid's row shapes (key, kind, collapsed) for `rows` — the same
 * objects as last time when only the content of rows changed (an edit of a figure), so
 * nothing that depends on them is computed again.
 */
export function rowLayout(memo: LayoutMemo, rows: readonly TableRow[]): { indexByKey: ReadonlyMap<string, number>; shapeRows: readonly GridRowShape[] } {
  const before = memo.rows;
  let same = before !== null && before.length === rows.length;
  if (same && before !== null && sameLayoutAs.get(rows) === before) {
    memo.rows = rows;
    return { indexByKey: memo.indexByKey, shapeRows: memo.shapeRows };
  }
  for (let i = 0; same && i < rows.length; i++) {
    const a = before?.[i];
    const b = rows[i];
    if (a === b) continue;
    same = a !== undefined && b !== undefined && a.key === b.key && a.kind === b.kind && (a.kind !== 'group' || (b.kind === 'group' && a.isCollapsed === b.isCollapsed));
  }
  memo.rows = rows;
  if (!same) {
    memo.indexByKey = new Map(rows.map((r, i) => [r.key, i]));
    memo.shapeRows = rows.map((r) => ({ key: r.key, kind: r.kind, isCollapsed: r.kind === 'group' && r.isCollapsed }));
  }
  return { indexByKey: memo.indexByKey, shapeRows: memo.shapeRows };
}

/** The tiltak rows only, in display order. */
export function actionRows(rows: readonly TableRow[]): ActionRow[] {
  return rows.filter((r): r is ActionRow => r.kind === 'action');
}

/** Distinct non-empty owners, sorted, for the owner filter. */
export function distinctOwners(actions: readonly Action[]): string[] {
  return [...new Set(actions.map((a) => a.owner.trim()).filter((o) => o !== ''))].sort(collator.compare);
}

/** What `keptOwners` keeps between calls: the last tiltak and how many have each owner. */
export interface OwnersMemo {
  actions: readonly Action[] | null;
  counts: Map<string, number>;
  owners: string[];
}

/** An empty cache for `keptOwners`. */
export function createOwnersMemo(): OwnersMemo {
  return { actions: null, counts: new Map(), owners: [] };
}

/**
 * `distinctOwners(actions)`, kept up to date from the last call by the tiltak that changed:
 * the same array as long as no owner came or went (then it is listed afresh).
 */
export function keptOwners(memo: OwnersMemo, actions: readonly Action[]): string[] {
  const before = memo.actions;
  memo.actions = actions;
  if (before === actions) return memo.owners;
  const shorter = before === null ? 0 : Math.min(before.length, actions.length);
  let start = 0;
  while (start < shorter && before?.[start] === actions[start]) start++;
  let end = 0;
  while (end < shorter - start && before?.[before.length - 1 - end] === actions[actions.length - 1 - end]) end++;
  let changed = before === null || before.length - end - start + actions.length - end - start > MAX_INSERTED;
  // The same tiltak in place with the same owners (an edit of another field): nothing to recount.
  if (!changed && before !== null && before.length === actions.length && sameOwnersBetween(before, actions, start, actions.length - end)) return memo.owners;
  if (!changed && before !== null) {
    // Whether each touched owner was listed before; an owner that came or went relists.
    const listed = new Map<string, boolean>();
    const bump = (owner: string, by: number) => {
      const o = owner.trim();
      if (o === '') return;
      const count = memo.counts.get(o) ?? 0;
      if (!listed.has(o)) listed.set(o, count > 0);
      memo.counts.set(o, count + by);
    };
    for (let i = start; i < before.length - end; i++) bump((before[i] as Action).owner, -1);
    for (let i = start; i < actions.length - end; i++) bump((actions[i] as Action).owner, 1);
    for (const [o, was] of listed) {
      const count = memo.counts.get(o) ?? 0;
      if (count <= 0) memo.counts.delete(o);
      if (was !== count > 0) changed = true;
      // Owners the collator counts as equal («Sekretariatet», «sekretariatet») keep the plan's
      // order of first appearance, which an edit can change: list afresh.
      else if (memo.owners.some((x) => x !== o && collator.compare(x, o) === 0)) changed = true;
    }
  }
  if (changed) {
    memo.counts = new Map();
    for (const a of actions) {
      const o = a.owner.trim();
      if (o !== '') memo.counts.set(o, (memo.counts.get(o) ?? 0) + 1);
    }
    memo.owners = distinctOwners(actions);
  }
  return memo.owners;
}

/** True when the tiltak at each index in [from, to) of both lists have the same trimmed owner. */
function sameOwnersBetween(before: readonly Action[], after: readonly Action[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((before[i] as Action).owner.trim() !== (after[i] as Action).owner.trim()) return false;
  return true;
}

/** The links a new tiltak gets (kobling): satsing, delmål, innsatsområde or tverrgående prosjekt. */
export interface NewActionLinks {
  initiativeIds: string[];
  subGoalIds: string[];
  focusAreaIds: string[];
  crossCuttingProjectId: string | null;
}

/**
 * Where «Nytt tiltak» goes — only where the planner pointed: the satsing filtered on, else
 * the group row that has focus (satsing `ini:`, delmål `sg:`, innsatsområde `fa:`, prosjekt
 * `prj:`). A tiltak row that happens to be open or active says nothing: the new tiltak
 * then gets no link, and the planner chooses it in the detail panel.
 */
export function newActionLinks(activeKey: string | null, filterInitiativeId: string): NewActionLinks {
  const links: NewActionLinks = { initiativeIds: [], subGoalIds: [], focusAreaIds: [], crossCuttingProjectId: null };
  if (filterInitiativeId) return { ...links, initiativeIds: [filterInitiativeId] };
  const [prefix, id] = activeKey === null ? [] : [activeKey.slice(0, activeKey.indexOf(':') + 1), activeKey.slice(activeKey.indexOf(':') + 1)];
  if (!id) return links;
  switch (prefix) {
    case 'ini:':
      return { ...links, initiativeIds: [id] };
    case 'sg:':
      return { ...links, subGoalIds: [id] };
    case 'fa:':
      return { ...links, focusAreaIds: [id] };
    case 'prj:':
      return { ...links, crossCuttingProjectId: id };
    default:
      return links;
  }
}
