/**
 * The printable handlingsplan as data: the plan's tiltak grouped by innsatsområde (a
 * tiltak under the area of its first satsing, as in the kontroll; tverrgående prosjekter
 * last), sorted by Nr, with the kontroll's sums over the active tiltak per group.
 */
import type { Action, Strategy } from '@shared/domain';
import { PROJECTS_GROUP_KEY, UNLINKED_GROUP_KEY, actionFunding, groupKeyOf, indexStrategy, isActive, placeAction } from '@shared/rules';
import type { FocusAreaTotals } from '@shared/rules';
import { compareActionNumbers } from '@shared/domain';

/** Amounts of one tiltak (or a sum). */
export interface PrintAmounts {
  cost: number;
  own: number;
  partner: number;
  external: number;
  uncovered: number;
  hours: number;
}

/** One tiltak in the document. */
export interface PrintRow {
  action: Action;
  /** Satsinger or tverrgående prosjekt, by name. */
  lines: string[];
  amounts: PrintAmounts;
  isActive: boolean;
}

/** One innsatsområde (or, with `focusAreaId` null, «Tverrgående prosjekter» or «Uten kobling»). */
export interface PrintGroup {
  /** The kontroll's group key (`area:<id>`, `projects`, `unlinked`). */
  key: string;
  focusAreaId: string | null;
  name: string;
  kind: 'priority' | 'support' | 'projects' | 'unlinked';
  rows: PrintRow[];
  /** Sum over the active tiltak. */
  sum: PrintAmounts;
  /** Number of active tiltak (the kontroll's count). */
  activeCount: number;
}

/** A group's sum as the kontroll computed it (zero for a group without tiltak). */
function groupSum(totals: FocusAreaTotals | undefined): PrintAmounts {
  if (!totals) return { cost: 0, own: 0, partner: 0, external: 0, uncovered: 0, hours: 0 };
  const { cost, ownFunds: own, partnerFunds: partner, externalFunds: external, uncovered, hours } = totals;
  return { cost, own, partner, external, uncovered, hours };
}

const byNumber = (a: Action, b: Action) => compareActionNumbers(a.number, b.number);

/**
 * The groups of the document, as the kontroll groups (`placeAction`): every innsatsområde in
 * strategy order (also empty ones), then «Tverrgående prosjekter» (tiltak under only a
 * prosjekt) and «Uten kobling», each if it has tiltak.
 */
export function printGroups(
  strategy: Strategy,
  actions: readonly Action[],
  byFocusArea: readonly FocusAreaTotals[],
  names: { projects: string; unlinked: string },
): PrintGroup[] {
  const sums = new Map(byFocusArea.map((f) => [f.key, f]));
  const count = (key: string) => sums.get(key)?.actionCount ?? 0;
  const groups: PrintGroup[] = strategy.focusAreas.map((f) => ({ key: `area:${f.id}`, focusAreaId: f.id, name: f.name, kind: f.kind, rows: [], sum: groupSum(sums.get(`area:${f.id}`)), activeCount: count(`area:${f.id}`) }));
  const projects: PrintGroup = { key: PROJECTS_GROUP_KEY, focusAreaId: null, name: names.projects, kind: 'projects', rows: [], sum: groupSum(sums.get(PROJECTS_GROUP_KEY)), activeCount: count(PROJECTS_GROUP_KEY) };
  const unlinked: PrintGroup = { key: UNLINKED_GROUP_KEY, focusAreaId: null, name: names.unlinked, kind: 'unlinked', rows: [], sum: groupSum(sums.get(UNLINKED_GROUP_KEY)), activeCount: count(UNLINKED_GROUP_KEY) };
  const byKey = new Map([...groups, projects, unlinked].map((g) => [g.key, g]));
  const initiativeName = new Map(strategy.initiatives.map((i) => [i.id, i.name]));
  const projectName = new Map(strategy.crossCuttingProjects.map((p) => [p.id, p.name]));
  const index = indexStrategy(strategy);
  for (const action of [...actions].sort(byNumber)) {
    const f = actionFunding(action);
    const amounts: PrintAmounts = { cost: action.cost, own: f.own, partner: f.partner, external: f.external, uncovered: f.uncovered, hours: action.hours };
    const lines = action.initiativeIds.map((id) => initiativeName.get(id)).filter((n) => n !== undefined);
    const project = action.crossCuttingProjectId === null ? undefined : projectName.get(action.crossCuttingProjectId);
    if (project) lines.push(project);
    const row: PrintRow = { action, lines, amounts, isActive: isActive(action) };
    const group = byKey.get(groupKeyOf(placeAction(index, action))) ?? unlinked;
    group.rows.push(row);
  }
  return [...groups, ...[projects, unlinked].filter((g) => g.rows.length > 0)];
}

/**
 * A CSS string literal for `content:` (the running footer in the page margin): quotes and
 * backslashes escaped, control characters as CSS hex escapes, so a plan name can never
 * end the string or the rule.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '"' || ch === '\\') out += `\\${ch}`;
    else if (code < 0x20 || code === 0x7f) out += `\\${code.toString(16)} `;
    else out += ch;
  }
  return `${out}"`;
}

/** The print stylesheet's running footer for the plan document: plan name and date on every page. */
export function planFooterCss(footer: string): string {
  return `@page plan-document { @bottom-left { content: ${cssString(footer)}; font-size: 9pt; color: #333; } }`;
}

/** The print stylesheet's running footer for the tertialrapport / årsrapport: report, plan name and date on every page. */
export function reportFooterCss(footer: string): string {
  return `@page report-document { @bottom-left { content: ${cssString(footer)}; font-size: 9pt; color: #333; width: 160mm; } }`;
}
