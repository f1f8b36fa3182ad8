/**
 * Inkrementell kontroll: the kontroll's result kept up to date edit by edit. The edits in
 * shared/edits share structure — an edit gives new objects only to the tiltak it changed
 * — so `updateKontroll` finds the changed stretch of the tiltak list by identity,
 * recomputes the findings of those tiltak only (cached per tiltak object, so an undo finds
 * its old tiltak again), and adjusts the sums (totals, groups, lines, funding by source,
 * what the coverage rules see served) by subtracting the old tiltak and adding the new.
 * The findings of the whole plan are put together from the cached ones in one pass,
 * without building a single message, when the result's `findings` is first read (an edit
 * in the table reads only the counts per tiltak and the sums). A change of strategy, plan year or plan starts
 * afresh; a change of frame only re-derives the result from the same sums.
 *
 * `runKontroll` stays the oracle: tests/shared/rules/incremental-kontroll.test.ts checks
 * that the result equals the full run after any sequence of edits. A rule this module
 * does not know (added to `KONTROLL_RULES` later) is run over the whole plan on every
 * update, so the result stays right, only slower.
 */
import type { Action, ActionPlan, Finding, Severity, Strategy } from '../domain/entities';
import { percentOf } from '../money/kroner';
import { PROJECTS_GROUP_KEY, UNLINKED_GROUP_KEY, indexStrategy, placeAction } from './context';
import type { ActiveAction, KontrollContext, StrategyIndex } from './context';
import {
  deadlineOutsideYearFindings,
  missingDeadlineFindings,
  missingFundingFindings,
  missingKpiFindings,
  missingLinkFindings,
  missingOwnerFindings,
  partnerFundingFindings,
  startAfterDeadlineFindings,
  startOutsideYearFindings,
} from './completeness';
import {
  focusAreaUncoveredFindings,
  focusAreaUncoveredFrom,
  initiativeUncoveredFindings,
  initiativeUncoveredFrom,
  shareOffTargetFindings,
  strategyUncoveredFindings,
  strategyUncoveredFrom,
} from './coverage';
import type { CoveredIds } from './coverage';
import { fundingExceedsCostFindings, fundingRiskFindings, uncoveredFindings } from './financing';
import { capacityFindings, frameFindings } from './frame';
import { actionFunding, isActive } from './funding';
import { KONTROLL_RULES } from './kontroll';
import type { KontrollRule } from './kontroll';
import { projectsGroupName, unlinkedGroupName } from './messages';
import type { FocusAreaTotals, KontrollInput, KontrollResult, LineTotals, PlanTotals, SourceFundingTotals } from './types';

/**
 * Rules that look at one tiltak at a time and read nothing of the plan but its year (and
 * the strategy): their findings are those of the tiltak object, cached per tiltak here and
 * taken over by `summarizeKontroll` for a variant's unchanged tiltak.
 */
export const PER_ACTION_RULES: ReadonlySet<KontrollRule> = new Set<KontrollRule>([
  uncoveredFindings,
  fundingExceedsCostFindings,
  fundingRiskFindings,
  missingLinkFindings,
  missingOwnerFindings,
  missingDeadlineFindings,
  missingFundingFindings,
  missingKpiFindings,
  deadlineOutsideYearFindings,
  startOutsideYearFindings,
  startAfterDeadlineFindings,
  partnerFundingFindings,
]);

/** Rules that read only the totals and groups: run on the adjusted sums. */
const TOTALS_RULES: ReadonlySet<KontrollRule> = new Set<KontrollRule>([frameFindings, capacityFindings, shareOffTargetFindings]);

/** Funn fra én regel for ett tiltak: the rule's index in `KONTROLL_RULES` and the finding. */
interface RuleFinding {
  rule: number;
  finding: Finding;
}

/** What one tiltak brings to the kontroll (cached per tiltak object). */
interface ActionRecord extends ActiveAction {
  isActive: boolean;
  /** Its findings from the per-tiltak rules, in rule order. */
  findings: RuleFinding[];
}

interface GroupSums {
  cost: number;
  ownFunds: number;
  partnerFunds: number;
  externalFunds: number;
  uncovered: number;
  hours: number;
  actionCount: number;
}

interface LineSums {
  actionCount: number;
  cost: number;
  ownFunds: number;
}

/** The sums over the active tiltak, independent of the frame. */
interface Sums {
  totals: GroupSums & { confirmed: number; applied: number; planned: number };
  /** Per innsatsområde id. */
  groups: Map<string, GroupSums>;
  /** «Tverrgående prosjekter» and «Uten kobling». */
  projects: GroupSums;
  unlinked: GroupSums;
  lines: Map<string, LineSums>;
  sourceStatus: number[];
  initiatives: Map<string, number>;
  areas: Map<string, number>;
  strategies: Map<string, number>;
}

/** Funn per tiltak-id: the number of findings about a tiltak of the plan. */
export interface FindingCounts {
  get(actionId: string): number | undefined;
  /**
   * True when every tiltak object that both `previous` and this counted has the same count
   * in both (so a cache keyed by tiltak object may keep its counts). Optional: without it,
   * nothing is assumed.
   */
  sameCountsAs?(previous: FindingCounts): boolean;
  /**
   * The count for `action` when it is the tiltak at `position` of the list the counts were
   * made for — a look-up by position, not a hash of its id over the whole plan (issue 13);
   * for any other tiltak or position the same as `get(action.id)`. Optional.
   */
  countAt?(action: Action, position: number): number | undefined;
}

/**
 * Tilstanden til den inkrementelle kontrollen: the result, and what the next update
 * builds on. Treat it as opaque and immutable; pass it back to `updateKontroll`.
 */
export interface KontrollState {
  /** The kontroll's result, equal to `runKontroll` on the same input. */
  readonly result: KontrollResult;
  /** Number of findings about each tiltak (entity kind `action`), by tiltak id. */
  readonly findingCounts: FindingCounts;
  readonly strategy: Strategy;
  readonly plan: ActionPlan;
  readonly actions: readonly Action[];
  /** @internal One record per tiltak, aligned with `actions`. */
  readonly records: readonly ActionRecord[];
  /** @internal */
  readonly sums: Sums;
  /** @internal Records by tiltak object, for this strategy and plan year. */
  readonly cache: WeakMap<Action, ActionRecord>;
  /** @internal */
  readonly index: StrategyIndex;
  /** @internal Findings of rules run over the whole plan (rules this module does not know), by tiltak id. */
  readonly extraCounts: ReadonlyMap<string, number>;
  /** @internal Findings of the rules that are not per tiltak, per index in KONTROLL_RULES (empty for the per-tiltak rules). */
  readonly ruleFindings: readonly (readonly Finding[])[];
  /** @internal True when no two tiltak share an id (then a tiltak's findings are those of its record). */
  readonly uniqueIds: boolean;
}

const SOURCES = ['own', 'partner', 'external'] as const;
const STATUSES = ['confirmed', 'applied', 'planned'] as const;
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

function emptyGroupSums(): GroupSums {
  return { cost: 0, ownFunds: 0, partnerFunds: 0, externalFunds: 0, uncovered: 0, hours: 0, actionCount: 0 };
}

function emptySums(): Sums {
  return {
    totals: { ...emptyGroupSums(), confirmed: 0, applied: 0, planned: 0 },
    groups: new Map(),
    projects: emptyGroupSums(),
    unlinked: emptyGroupSums(),
    lines: new Map(),
    sourceStatus: [0, 0, 0, 0, 0, 0, 0, 0, 0],
    initiatives: new Map(),
    areas: new Map(),
    strategies: new Map(),
  };
}

/** A copy whose maps and objects can be changed without touching `sums`. */
function copySums(sums: Sums): Sums {
  const groups = new Map<string, GroupSums>();
  for (const [key, value] of sums.groups) groups.set(key, { ...value });
  const lines = new Map<string, LineSums>();
  for (const [key, value] of sums.lines) lines.set(key, { ...value });
  return {
    totals: { ...sums.totals },
    groups,
    projects: { ...sums.projects },
    unlinked: { ...sums.unlinked },
    lines,
    sourceStatus: sums.sourceStatus.slice(),
    initiatives: new Map(sums.initiatives),
    areas: new Map(sums.areas),
    strategies: new Map(sums.strategies),
  };
}

function addTo(group: GroupSums, record: ActionRecord, sign: number): void {
  const { action, funding } = record;
  group.cost += sign * action.cost;
  group.ownFunds += sign * funding.own;
  group.partnerFunds += sign * funding.partner;
  group.externalFunds += sign * funding.external;
  group.uncovered += sign * funding.uncovered;
  group.hours += sign * action.hours;
  group.actionCount += sign;
}

function addToLine(sums: Sums, key: string, record: ActionRecord, sign: number): void {
  let line = sums.lines.get(key);
  if (!line) {
    line = { actionCount: 0, cost: 0, ownFunds: 0 };
    sums.lines.set(key, line);
  }
  line.actionCount += sign;
  line.cost += sign * record.action.cost;
  line.ownFunds += sign * record.funding.own;
}

function bump(map: Map<string, number>, id: string, sign: number): void {
  const next = (map.get(id) ?? 0) + sign;
  if (next === 0) map.delete(id);
  else map.set(id, next);
}

/** Adds (sign 1) or subtracts (sign −1) an active tiltak's share of the sums. */
function apply(sums: Sums, index: StrategyIndex, record: ActionRecord, sign: 1 | -1): void {
  if (!record.isActive) return;
  const { action, funding, placement } = record;
  const t = sums.totals;
  addTo(t, record, sign);
  t.confirmed += sign * funding.confirmed;
  t.applied += sign * funding.applied;
  t.planned += sign * funding.planned;
  let group = placement.focusAreaId === null ? undefined : sums.groups.get(placement.focusAreaId);
  if (!group && placement.focusAreaId !== null) {
    group = emptyGroupSums();
    sums.groups.set(placement.focusAreaId, group);
  }
  addTo(group ?? (placement.projectId !== null ? sums.projects : sums.unlinked), record, sign);
  if (placement.lineKey !== null) addToLine(sums, placement.lineKey, record, sign);
  if (placement.projectId !== null) addToLine(sums, `project:${placement.projectId}`, record, sign);
  for (const line of action.funding) {
    const at = SOURCES.indexOf(line.source) * 3 + STATUSES.indexOf(line.status);
    sums.sourceStatus[at] = (sums.sourceStatus[at] ?? 0) + sign * line.amount;
  }
  // What the coverage rules see served (as in coverage.ts).
  for (const id of action.guidingStrategyIds) bump(sums.strategies, id, sign);
  for (const id of action.initiativeIds) {
    bump(sums.initiatives, id, sign);
    const initiative = index.initiatives.get(id);
    if (!initiative) continue;
    bump(sums.areas, initiative.focusAreaId, sign);
    for (const s of initiative.guidingStrategyIds) bump(sums.strategies, s, sign);
  }
  for (const id of action.subGoalIds) {
    const hit = index.subGoals.get(id);
    if (hit) bump(sums.areas, hit.focusAreaId, sign);
  }
  for (const id of action.focusAreaIds) bump(sums.areas, id, sign);
  if (action.crossCuttingProjectId !== null) {
    for (const id of index.crossCuttingProjects.get(action.crossCuttingProjectId)?.focusAreaIds ?? []) bump(sums.areas, id, sign);
  }
}

/** Everything the per-tiltak part needs for one strategy and plan year. */
interface Groundwork {
  input: KontrollInput;
  index: StrategyIndex;
  /** Index in KONTROLL_RULES of every per-tiltak rule. */
  actionRules: readonly number[];
  /** A context whose `active` is set to one tiltak at a time. */
  scratch: KontrollContext;
}

function groundwork(input: KontrollInput, index: StrategyIndex): Groundwork {
  const actionRules: number[] = [];
  KONTROLL_RULES.forEach((rule, i) => {
    if (PER_ACTION_RULES.has(rule)) actionRules.push(i);
  });
  const scratch: KontrollContext = { input, index, active: [], totals: planTotals(emptySums(), input.plan), byFocusArea: [], fundingBySource: [], byLine: [] };
  return { input, index, actionRules, scratch };
}

const NO_FINDINGS: RuleFinding[] = [];

function makeRecord(work: Groundwork, action: Action, withFindings = true): ActionRecord {
  const placement = placeAction(work.index, action);
  const active = isActive(action);
  const record: ActionRecord = { action, funding: actionFunding(action), focusAreaId: placement.focusAreaId, placement, isActive: active, findings: NO_FINDINGS };
  if (active && withFindings) {
    const findings: RuleFinding[] = [];
    work.scratch.active = [record];
    for (const rule of work.actionRules) {
      const run = KONTROLL_RULES[rule];
      if (run) for (const finding of run(work.input, work.scratch)) findings.push({ rule, finding });
    }
    if (findings.length > 0) record.findings = findings;
  }
  return record;
}

function recordFor(work: Groundwork, cache: WeakMap<Action, ActionRecord>, action: Action): ActionRecord {
  const hit = cache.get(action);
  if (hit) return hit;
  const record = makeRecord(work, action);
  cache.set(action, record);
  return record;
}

function planTotals(sums: Sums, plan: ActionPlan): PlanTotals {
  const t = sums.totals;
  const frame = plan.frame;
  const margin = frame.ownFunds - t.ownFunds;
  return {
    cost: t.cost,
    ownFunds: t.ownFunds,
    partnerFunds: t.partnerFunds,
    externalFunds: t.externalFunds,
    uncovered: t.uncovered,
    frameOwnFunds: frame.ownFunds,
    margin,
    marginPercent: percentOf(margin, frame.ownFunds),
    hours: t.hours,
    capacityHours: frame.capacityHours,
    capacityMargin: frame.capacityHours - t.hours,
    confirmedFunds: t.confirmed,
    appliedFunds: t.applied,
    plannedFunds: t.planned,
    activeActions: t.actionCount,
  };
}

function groupTotals(s: GroupSums, base: Omit<FocusAreaTotals, keyof GroupSums | 'share'>, totalCost: number): FocusAreaTotals {
  return { ...base, ...s, share: percentOf(s.cost, totalCost), targetShare: base.targetShare };
}

/** Derives the result's sums from the raw sums, the strategy's order and the frame. */
function deriveSums(sums: Sums, strategy: Strategy, plan: ActionPlan): Omit<KontrollResult, 'findings' | 'year'> {
  const totals = planTotals(sums, plan);
  const areas = new Map<string, { name: string; targetShare: number | null }>();
  for (const area of strategy.focusAreas) areas.set(area.id, { name: area.name, targetShare: plan.frame.targetShares[area.id] ?? null });
  const byFocusArea: FocusAreaTotals[] = [];
  for (const [id, meta] of areas) {
    byFocusArea.push(groupTotals(sums.groups.get(id) ?? emptyGroupSums(), { key: `area:${id}`, kind: 'area', focusAreaId: id, name: meta.name, targetShare: meta.targetShare }, totals.cost));
  }
  for (const [group, key, kind, name] of [
    [sums.projects, PROJECTS_GROUP_KEY, 'projects', projectsGroupName()],
    [sums.unlinked, UNLINKED_GROUP_KEY, 'unlinked', unlinkedGroupName()],
  ] as const) {
    if (group.actionCount > 0) byFocusArea.push(groupTotals(group, { key, kind, focusAreaId: null, name, targetShare: null }, totals.cost));
  }
  const fundingBySource: SourceFundingTotals[] = SOURCES.map((source, i) => {
    const at = (j: number) => sums.sourceStatus[i * 3 + j] ?? 0;
    return { source, confirmed: at(0), applied: at(1), planned: at(2), total: at(0) + at(1) + at(2) };
  });
  const lineMeta = new Map<string, Omit<LineTotals, keyof LineSums>>();
  for (const f of strategy.focusAreas) for (const g of f.subGoals) lineMeta.set(`subGoal:${g.id}`, { kind: 'subGoal', id: g.id, name: g.text, focusAreaId: f.id });
  for (const i of strategy.initiatives) lineMeta.set(`initiative:${i.id}`, { kind: 'initiative', id: i.id, name: i.name, focusAreaId: i.focusAreaId });
  for (const p of strategy.crossCuttingProjects) lineMeta.set(`project:${p.id}`, { kind: 'project', id: p.id, name: p.name, focusAreaId: null });
  const byLine: LineTotals[] = [];
  for (const [key, meta] of lineMeta) {
    const s = sums.lines.get(key);
    byLine.push({ ...meta, actionCount: s?.actionCount ?? 0, cost: s?.cost ?? 0, ownFunds: s?.ownFunds ?? 0 });
  }
  return { totals, byFocusArea, fundingBySource, byLine };
}

function coveredBy(map: ReadonlyMap<string, number>): CoveredIds {
  return { has: (id) => (map.get(id) ?? 0) > 0 };
}

/** Builds the result from the records and sums: the plan-level rules run, the cached findings collected. */
function assemble(
  input: KontrollInput,
  index: StrategyIndex,
  records: readonly ActionRecord[],
  sums: Sums,
): { result: KontrollResult; extraCounts: Map<string, number>; ruleFindings: Finding[][] } {
  const derived = deriveSums(sums, input.strategy, input.plan);
  const context: KontrollContext = { input, index, active: [], ...derived };
  const buckets: Finding[][] = KONTROLL_RULES.map(() => []);
  const extraCounts = new Map<string, number>();
  KONTROLL_RULES.forEach((rule, i) => {
    if (PER_ACTION_RULES.has(rule)) return;
    let found: Finding[];
    if (TOTALS_RULES.has(rule)) found = rule(input, context);
    else if (rule === initiativeUncoveredFindings) found = initiativeUncoveredFrom(input, index, coveredBy(sums.initiatives));
    else if (rule === focusAreaUncoveredFindings) found = focusAreaUncoveredFrom(input, coveredBy(sums.areas));
    else if (rule === strategyUncoveredFindings) found = strategyUncoveredFrom(input, coveredBy(sums.strategies));
    else {
      // A rule this module does not know: over the whole plan.
      const active = records.filter((r) => r.isActive);
      found = rule(input, { ...context, active });
      for (const f of found) if (f.entity.kind === 'action') extraCounts.set(f.entity.id, (extraCounts.get(f.entity.id) ?? 0) + 1);
    }
    buckets[i] = found;
  });
  // The list of all findings is put together when it is first read: an edit in the table
  // needs only the counts per tiltak and the sums, so it does not pay for the whole list.
  let findings: Finding[] | null = null;
  const collect = (): Finding[] => {
    const perRule = buckets.map((bucket) => bucket.slice());
    for (const record of records) {
      for (const { rule, finding } of record.findings) perRule[rule]?.push(finding);
    }
    const all: Finding[] = [];
    for (const severity of SEVERITIES) {
      for (const bucket of perRule) for (const f of bucket) if (f.severity === severity) all.push(f);
    }
    return all;
  };
  const result: KontrollResult = {
    year: input.plan.year,
    ...derived,
    get findings(): Finding[] {
      findings ??= collect();
      return findings;
    },
  };
  return { result, extraCounts, ruleFindings: buckets };
}

/** Tiltak id → record, for `findingCounts` (a Map built once per plan, with a small overlay per edit). */
class RecordIndex implements FindingCounts {
  private constructor(
    /** The record cache of the states this index belongs to (one strategy, plan and year). */
    private readonly lineage: object,
    private readonly base: ReadonlyMap<string, ActionRecord>,
    private readonly overlay: ReadonlyMap<string, ActionRecord | null>,
    private readonly extra: ReadonlyMap<string, number>,
    /** The state's records, aligned with its tiltak (for `countAt`). */
    private readonly records: readonly ActionRecord[],
  ) {}

  static of(lineage: object, records: readonly ActionRecord[], extra: ReadonlyMap<string, number>): RecordIndex {
    const base = new Map<string, ActionRecord>();
    for (const r of records) base.set(r.action.id, r);
    return new RecordIndex(lineage, base, new Map(), extra, records);
  }

  sameCountsAs(previous: FindingCounts): boolean {
    // A record's findings depend on its tiltak object alone within one lineage; counts from
    // rules over the whole plan (extra) could change for any tiltak.
    return previous instanceof RecordIndex && previous.lineage === this.lineage && previous.extra.size === 0 && this.extra.size === 0;
  }

  /** This index with `removed` gone and `added` in; flattens once the overlay grows. */
  with(removed: readonly ActionRecord[], added: readonly ActionRecord[], all: readonly ActionRecord[], extra: ReadonlyMap<string, number>): RecordIndex {
    if (this.overlay.size + removed.length + added.length > 256) return RecordIndex.of(this.lineage, all, extra);
    const overlay = new Map(this.overlay);
    for (const r of removed) overlay.set(r.action.id, null);
    for (const r of added) overlay.set(r.action.id, r);
    return new RecordIndex(this.lineage, this.base, overlay, extra, all);
  }

  /** The record of tiltak `actionId`, if the plan has it. */
  record(actionId: string): ActionRecord | undefined {
    return (this.overlay.size > 0 && this.overlay.has(actionId) ? this.overlay.get(actionId) : this.base.get(actionId)) ?? undefined;
  }

  get(actionId: string): number | undefined {
    return this.countOf(this.record(actionId), actionId);
  }

  countAt(action: Action, position: number): number | undefined {
    const record = this.records[position];
    // The record made for this very tiltak object is its record in this state.
    return record !== undefined && record.action === action ? this.countOf(record, action.id) : this.get(action.id);
  }

  private countOf(record: ActionRecord | undefined, actionId: string): number | undefined {
    const extra = this.extra.size > 0 ? this.extra.get(actionId) : undefined;
    if (!record) return extra;
    const own = record.findings.length;
    return extra === undefined ? own : own + extra;
  }
}

function fresh(input: KontrollInput): KontrollState {
  const index = indexStrategy(input.strategy);
  const work = groundwork(input, index);
  const cache = new WeakMap<Action, ActionRecord>();
  const sums = emptySums();
  const records: ActionRecord[] = [];
  const byId = new Map<string, ActionRecord>();
  for (const action of input.actions) {
    const record = makeRecord(work, action, false);
    records.push(record);
    byId.set(action.id, record);
    apply(sums, index, record, 1);
  }
  // Each per-tiltak rule once over the whole plan (as fast as the full run); every finding
  // is about one tiltak, so it is handed to that tiltak's record.
  let handedOut = byId.size === records.length;
  if (handedOut) {
    const active = records.filter((r) => r.isActive);
    const context: KontrollContext = { ...work.scratch, active };
    for (const rule of work.actionRules) {
      for (const finding of KONTROLL_RULES[rule]?.(input, context) ?? []) {
        const owner = finding.entity.kind === 'action' ? byId.get(finding.entity.id) : undefined;
        if (!owner) handedOut = false;
        else {
          if (owner.findings === NO_FINDINGS) owner.findings = [];
          owner.findings.push({ rule, finding });
        }
      }
    }
  }
  if (!handedOut) {
    // Two tiltak with one id (not a valid plan), or a finding about no tiltak: findings per tiltak, one at a time.
    for (let i = 0; i < records.length; i++) records[i] = makeRecord(work, input.actions[i] as Action);
  }
  for (const record of records) cache.set(record.action, record);
  const { result, extraCounts, ruleFindings } = assemble(input, index, records, sums);
  return {
    result,
    findingCounts: RecordIndex.of(cache, records, extraCounts),
    strategy: input.strategy,
    plan: input.plan,
    actions: input.actions,
    records,
    sums,
    cache,
    index,
    extraCounts,
    ruleFindings,
    uniqueIds: byId.size === records.length,
  };
}

/**
 * Oppdater kontrollen: the kontroll of `input`, computed from `previous` (the state of an
 * earlier input of the same plan) by what changed, or afresh when there is no previous
 * state or the strategy, the plan year or the plan is another. Pure: `previous` is not
 * changed and stays valid. `result` equals `runKontroll(input)`.
 */
export function updateKontroll(previous: KontrollState | null, input: KontrollInput): KontrollState {
  if (
    previous === null ||
    previous.strategy !== input.strategy ||
    previous.plan.id !== input.plan.id ||
    previous.plan.year !== input.plan.year
  ) {
    return fresh(input);
  }
  const before = previous.actions;
  const after = input.actions;
  const sameFrame = previous.plan.frame === input.plan.frame;
  if (before === after && sameFrame) return previous.plan === input.plan ? previous : { ...previous, plan: input.plan };
  // The changed stretch: everything between the common start and the common end.
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before[start] === after[start]) start++;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  const removed = previous.records.slice(start, before.length - end);
  if (removed.length === 0 && start + end === after.length && sameFrame) {
    return { ...previous, plan: input.plan, actions: after };
  }
  const work = groundwork(input, previous.index);
  const added: ActionRecord[] = [];
  for (let i = start; i < after.length - end; i++) added.push(recordFor(work, previous.cache, after[i] as Action));
  const sums = copySums(previous.sums);
  for (const r of removed) apply(sums, previous.index, r, -1);
  for (const r of added) apply(sums, previous.index, r, 1);
  const records = previous.records.slice(0, start).concat(added, previous.records.slice(before.length - end));
  const { result, extraCounts, ruleFindings } = assemble(input, previous.index, records, sums);
  const index = previous.findingCounts instanceof RecordIndex ? previous.findingCounts : RecordIndex.of(previous.cache, previous.records, previous.extraCounts);
  return {
    ...previous,
    result,
    findingCounts: index.with(removed, added, records, extraCounts),
    plan: input.plan,
    actions: after,
    records,
    sums,
    extraCounts,
    ruleFindings,
    uniqueIds: previous.uniqueIds && keepsIdsUnique(index, removed, added),
  };
}

/** False when an added tiltak takes an id the plan still has (one that was not removed with it). */
function keepsIdsUnique(index: RecordIndex, removed: readonly ActionRecord[], added: readonly ActionRecord[]): boolean {
  const freed = new Set(removed.map((r) => r.action.id));
  const seen = new Set<string>();
  for (const r of added) {
    const id = r.action.id;
    if (seen.has(id) || (index.record(id) !== undefined && !freed.has(id))) return false;
    seen.add(id);
  }
  return true;
}

/**
 * Funn om ett tiltak: the findings about tiltak `actionId` — what
 * `state.result.findings.filter((f) => f.entity.kind === 'action' && f.entity.id === actionId)`
 * gives, in the same order — from its own record, without putting the plan's whole list
 * of findings together (the detail panel reads it after every edit).
 */
export function actionFindings(state: KontrollState, actionId: string): Finding[] {
  const counts = state.findingCounts;
  if (!state.uniqueIds || !(counts instanceof RecordIndex)) {
    return state.result.findings.filter((f) => f.entity.kind === 'action' && f.entity.id === actionId);
  }
  const record = counts.record(actionId);
  const out: Finding[] = [];
  for (const severity of SEVERITIES) {
    state.ruleFindings.forEach((bucket, rule) => {
      for (const f of bucket) if (f.severity === severity && f.entity.kind === 'action' && f.entity.id === actionId) out.push(f);
      if (!record) return;
      for (const { rule: from, finding: f } of record.findings) {
        if (from === rule && f.severity === severity && f.entity.kind === 'action' && f.entity.id === actionId) out.push(f);
      }
    });
  }
  return out;
}
