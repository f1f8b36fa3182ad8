/**
 * Flerårsoversikt: the strategy period year by year — per year and per innsatsområde the
 * planned cost, egne midler against that year's ramme, and timeverk against capacity — and
 * the tiltak carried over between years (same `lineageId`), each listed once with its
 * yearly parts. Same definitions as the kontroll: only active tiltak count.
 */
import type { ActionPlan, ActionStatus } from '../domain/entities';
import type { PlanDocument } from '../domain/document';
import { buildKontrollContext } from './context';
import type { GroupKind } from './types';

/** Planned figures of one year for one innsatsområde (or tiltak without one: id null). */
export interface YearAreaFigures {
  /** The kontroll's group key: `area:<id>`, `projects` or `unlinked`. */
  key: string;
  kind: GroupKind;
  focusAreaId: string | null;
  name: string;
  cost: number;
  ownFunds: number;
  hours: number;
  actionCount: number;
}

/** One year of the period (år i perioden). */
export interface OverviewYear {
  year: number;
  /** The year's plan id, or null when the year has no plan yet. */
  planId: string | null;
  cost: number;
  ownFunds: number;
  /** Rammen for egne midler that year (0 = not set or no plan). */
  frameOwnFunds: number;
  /** Ramme − egne midler. */
  margin: number;
  hours: number;
  capacityHours: number;
  /** Capacity − timeverk. */
  capacityMargin: number;
  actionCount: number;
  /** Every focus area in strategy order, then tiltak without an area when there are any. */
  byFocusArea: YearAreaFigures[];
}

/** One year's part of a tiltak (årsdel). */
export interface LineagePart {
  year: number;
  actionId: string;
  number: string;
  cost: number;
  ownFunds: number;
  hours: number;
  status: ActionStatus;
}

/** A tiltak across the years: its history (same `lineageId`), listed once. */
export interface LineageOverview {
  lineageId: string;
  /** Nr and tittel of the latest year's copy. */
  number: string;
  title: string;
  /** Yearly parts, by year; at most one per year. */
  parts: LineagePart[];
  cost: number;
  ownFunds: number;
  hours: number;
}

/** Flerårsoversikt for a plan document. */
export interface MultiYearOverview {
  years: OverviewYear[];
  /** Tiltak active in more than one year, in order of first year and then Nr. */
  carriedOver: LineageOverview[];
  /** Every group of any year (areas in the strategy's order, then prosjekter, then uten kobling) with its sums over all years. */
  areas: YearAreaFigures[];
  /** Sums over all years. */
  cost: number;
  ownFunds: number;
  hours: number;
}

/** The years shown: the strategy period plus any plan year outside it, ascending. */
function overviewYears(document: PlanDocument): number[] {
  const years = new Set<number>();
  for (let y = document.strategy.periodFrom; y <= document.strategy.periodTo; y += 1) years.add(y);
  for (const plan of document.plans) years.add(plan.year);
  return [...years].sort((a, b) => a - b);
}

/**
 * Flerårsoversikt (see the module comment). A tiltak that appears twice in one year's plan
 * with the same lineage counts once that year (its first copy). Per year the areas add up
 * to the year; the years add up to the whole; a carried-over tiltak's parts add up to it.
 */
export function multiYearOverview(document: PlanDocument): MultiYearOverview {
  const { strategy } = document;
  const plansByYear = new Map<number, ActionPlan>();
  for (const plan of document.plans) if (!plansByYear.has(plan.year)) plansByYear.set(plan.year, plan);
  const lineages = new Map<string, LineageOverview>();
  const firstYear = new Map<string, number>();
  const result: MultiYearOverview = { years: [], carriedOver: [], areas: [], cost: 0, ownFunds: 0, hours: 0 };
  const areaTotals = new Map<string, YearAreaFigures>();
  for (const year of overviewYears(document)) {
    const plan = plansByYear.get(year);
    const row: OverviewYear = {
      year,
      planId: plan?.id ?? null,
      cost: 0,
      ownFunds: 0,
      frameOwnFunds: plan?.frame.ownFunds ?? 0,
      margin: 0,
      hours: 0,
      capacityHours: plan?.frame.capacityHours ?? 0,
      capacityMargin: 0,
      actionCount: 0,
      byFocusArea: strategy.focusAreas.map((f) => ({ key: `area:${f.id}`, kind: 'area', focusAreaId: f.id, name: f.name, cost: 0, ownFunds: 0, hours: 0, actionCount: 0 })),
    };
    if (plan) {
      const seen = new Set<string>();
      const actions = document.actions.filter((a) => {
        if (a.planId !== plan.id || seen.has(a.lineageId)) return false;
        seen.add(a.lineageId);
        return true;
      });
      const context = buildKontrollContext({ strategy, plan, actions });
      row.cost = context.totals.cost;
      row.ownFunds = context.totals.ownFunds;
      row.hours = context.totals.hours;
      row.actionCount = context.totals.activeActions;
      row.byFocusArea = context.byFocusArea.map((g) => ({
        key: g.key,
        kind: g.kind,
        focusAreaId: g.focusAreaId,
        name: g.name,
        cost: g.cost,
        ownFunds: g.ownFunds,
        hours: g.hours,
        actionCount: g.actionCount,
      }));
      for (const { action, funding } of context.active) {
        let lineage = lineages.get(action.lineageId);
        if (!lineage) {
          lineage = { lineageId: action.lineageId, number: action.number, title: action.title, parts: [], cost: 0, ownFunds: 0, hours: 0 };
          lineages.set(action.lineageId, lineage);
          firstYear.set(action.lineageId, year);
        }
        lineage.number = action.number;
        lineage.title = action.title;
        lineage.parts.push({ year, actionId: action.id, number: action.number, cost: action.cost, ownFunds: funding.own, hours: action.hours, status: action.status });
        lineage.cost += action.cost;
        lineage.ownFunds += funding.own;
        lineage.hours += action.hours;
      }
    }
    for (const g of row.byFocusArea) {
      const total = areaTotals.get(g.key) ?? { ...g, cost: 0, ownFunds: 0, hours: 0, actionCount: 0 };
      total.cost += g.cost;
      total.ownFunds += g.ownFunds;
      total.hours += g.hours;
      total.actionCount += g.actionCount;
      areaTotals.set(g.key, total);
    }
    row.margin = row.frameOwnFunds - row.ownFunds;
    row.capacityMargin = row.capacityHours - row.hours;
    result.years.push(row);
    result.cost += row.cost;
    result.ownFunds += row.ownFunds;
    result.hours += row.hours;
  }
  const groupOrder = (k: GroupKind) => (k === 'area' ? 0 : k === 'projects' ? 1 : 2);
  result.areas = [...areaTotals.values()].sort((a, b) => groupOrder(a.kind) - groupOrder(b.kind));
  result.carriedOver = [...lineages.values()]
    .filter((l) => l.parts.length > 1)
    .sort(
      (a, b) =>
        (firstYear.get(a.lineageId) ?? 0) - (firstYear.get(b.lineageId) ?? 0) ||
        a.parts[0]!.number.localeCompare(b.parts[0]!.number, 'nb', { numeric: true }),
    );
  return result;
}
