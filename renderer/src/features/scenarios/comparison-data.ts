/**
 * The comparison's numbers as rows for tables and charts: key figures per scenario, cost
 * and own funds per innsatsområde (union over the compared scenarios, strategy order),
 * and colours for up to four scenarios.
 */
import type { Strategy } from '@shared/domain';
import type { ScenarioSummary } from '@shared/scenarios';

/** Colours of the compared scenarios, in column order (3:1 against light and dark surfaces). */
export const SCENARIO_COLORS: readonly string[] = ['#2f6db5', '#b26a00', '#3f8a4a', '#7a5fb3'];

/** One innsatsområde across the compared scenarios. */
export interface FocusAreaComparisonRow {
  focusAreaId: string | null;
  name: string;
  /** Kostnad per scenario, in column order. */
  cost: number[];
  /** Egne midler per scenario, in column order. */
  ownFunds: number[];
}

/** Cost and own funds per innsatsområde for each compared scenario; `null` is the group of tverrgående prosjekter. */
export function focusAreaComparison(strategy: Strategy, summaries: readonly ScenarioSummary[], unlinkedName: string): FocusAreaComparisonRow[] {
  const order = [...strategy.focusAreas.map((f) => f.id), null];
  const rows: FocusAreaComparisonRow[] = [];
  for (const id of order) {
    const groups = summaries.map((s) => s.byFocusArea.find((g) => g.focusAreaId === id));
    if (groups.every((g) => g === undefined)) continue;
    const name = id === null ? unlinkedName : (strategy.focusAreas.find((f) => f.id === id)?.name ?? '');
    const cost = groups.map((g) => g?.cost ?? 0);
    const ownFunds = groups.map((g) => g?.ownFunds ?? 0);
    if (id === null && cost.every((c) => c === 0)) continue;
    rows.push({ focusAreaId: id, name, cost, ownFunds });
  }
  return rows;
}

/** Data for a grouped bar chart: one datum per category, one key per scenario (`s0`, `s1`, …). */
export function perScenarioData(rows: readonly { name: string; values: readonly number[] }[]): Record<string, string | number>[] {
  return rows.map((r) => {
    const datum: Record<string, string | number> = { label: r.name };
    r.values.forEach((v, i) => {
      datum[`s${i}`] = v;
    });
    return datum;
  });
}
