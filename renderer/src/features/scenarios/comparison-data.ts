/**
 * The comparison's numbers as rows for tables and charts: key figures per scenario, cost
 * and own funds per innsatsområde (union over the compared scenarios, strategy order),
 * and colours for up to four scenarios.
 */
import type { Strategy } from '@shared/domain';
import type { ScenarioSummary } from '@shared/scenarios';

/** Colours of the compared scenarios, in column order (3:1 against light and dark surfaces). */
export const SCENARIO_COLORS: readonly string[] = ['#2f6db5', '#b26a00', '#3f8a4a', '#7a5fb3'];

/** One innsatsområde (or «Tverrgående prosjekter» / «Uten kobling») across the compared scenarios. */
export interface FocusAreaComparisonRow {
  /** The kontroll's group key (`area:<id>`, `projects`, `unlinked`). */
  key: string;
  focusAreaId: string | null;
  name: string;
  /** Kostnad per scenario, in column order. */
  cost: number[];
  /** Egne midler per scenario, in column order. */
  ownFunds: number[];
}

/**
 * Cost and own funds per group of the kontroll for each compared scenario: every
 * innsatsområde, then «Tverrgående prosjekter» and «Uten kobling» when some scenario has cost there.
 */
export function focusAreaComparison(
  strategy: Strategy,
  summaries: readonly ScenarioSummary[],
  names: { projects: string; unlinked: string },
): FocusAreaComparisonRow[] {
  const order: [string, string | null][] = [...strategy.focusAreas.map((f): [string, string] => [`area:${f.id}`, f.id]), ['projects', null], ['unlinked', null]];
  const rows: FocusAreaComparisonRow[] = [];
  for (const [key, id] of order) {
    const groups = summaries.map((s) => s.byFocusArea.find((g) => g.key === key));
    if (groups.every((g) => g === undefined)) continue;
    const name = id === null ? (key === 'projects' ? names.projects : names.unlinked) : (strategy.focusAreas.find((f) => f.id === id)?.name ?? '');
    const cost = groups.map((g) => g?.cost ?? 0);
    const ownFunds = groups.map((g) => g?.ownFunds ?? 0);
    if (id === null && cost.every((c) => c === 0)) continue;
    rows.push({ key, focusAreaId: id, name, cost, ownFunds });
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
