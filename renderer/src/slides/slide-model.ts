/**
 * The board presentation as data: which slides a plan gives (title, visjon and mål, one
 * per innsatsområde, ambition against the frame, scenario comparison, findings for the
 * board), the budget per satsing of an innsatsområde, the findings worth the board's
 * attention, and what a key press does. Pure, so the slides and the printed slides agree.
 */
import type { Finding, Strategy } from '@shared/domain';
import type { FocusAreaTotals } from '@shared/rules';

/** One slide. A focus-area slide shows one group of the kontroll (`groupKey`: `area:<id>`, `projects` or `unlinked`; `focusAreaId` null for the last two). */
export type SlideSpec =
  | { kind: 'title'; key: 'title' }
  | { kind: 'vision'; key: 'vision' }
  | { kind: 'fundament'; key: 'fundament' }
  | { kind: 'focusArea'; key: string; focusAreaId: string | null; groupKey: string }
  | { kind: 'ambition'; key: 'ambition' }
  | { kind: 'comparison'; key: 'comparison' }
  | { kind: 'findings'; key: 'findings' }
  | { kind: 'followUpProgress'; key: 'followUpProgress' }
  | { kind: 'followUpAttention'; key: 'followUpAttention' };

/** The strategy has a strategisk fundament to show (formål, oppdrag, roller or verdier). */
export function hasFundament(strategy: Strategy): boolean {
  return strategy.purpose.trim() !== '' || strategy.mission.trim() !== '' || strategy.roles.length > 0 || strategy.values.length > 0;
}

/** The strategy has a visjon, overordnet mål or overordnede strategier to show. */
export function hasVision(strategy: Strategy): boolean {
  return strategy.vision.trim() !== '' || strategy.overallGoal.trim() !== '' || strategy.guidingStrategies.length > 0;
}

/**
 * The slides of a plan: title, visjon (when the strategy has one), the strategisk
 * fundament (when it has one), every innsatsområde / støtteområde of the strategy
 * (and «Tverrgående prosjekter» and «Uten kobling» when they have active tiltak), ambition,
 * the comparison when the plan has variants, and the findings.
 */
export function buildSlides(strategy: Strategy, groups: readonly FocusAreaTotals[], hasVariants: boolean): SlideSpec[] {
  const slides: SlideSpec[] = [{ kind: 'title', key: 'title' }];
  if (hasVision(strategy)) slides.push({ kind: 'vision', key: 'vision' });
  if (hasFundament(strategy)) slides.push({ kind: 'fundament', key: 'fundament' });
  for (const area of strategy.focusAreas) slides.push({ kind: 'focusArea', key: `fa-${area.id}`, focusAreaId: area.id, groupKey: `area:${area.id}` });
  for (const group of groups) {
    if (group.focusAreaId === null && group.actionCount > 0) slides.push({ kind: 'focusArea', key: `fa-${group.key}`, focusAreaId: null, groupKey: group.key });
  }
  slides.push({ kind: 'ambition', key: 'ambition' });
  if (hasVariants) slides.push({ kind: 'comparison', key: 'comparison' });
  slides.push({ kind: 'findings', key: 'findings' });
  return slides;
}

/**
 * Funn for styret: every error, then the warnings with the largest amounts first (the
 * ones without an amount last, in the kontroll's order), at most `limit`; `rest` says how
 * many more there are.
 */
export function boardFindings(findings: readonly Finding[], limit: number): { shown: Finding[]; rest: number } {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings
    .map((f, i) => ({ f, i }))
    .filter(({ f }) => f.severity === 'warning')
    .sort((a, b) => (b.f.amount ?? -1) - (a.f.amount ?? -1) || a.i - b.i)
    .map(({ f }) => f);
  const all = [...errors, ...warnings];
  return { shown: all.slice(0, limit), rest: Math.max(0, all.length - limit) };
}

/** What a key does in the presentation. */
export type SlideKeyAction = 'next' | 'previous' | 'first' | 'last' | 'leave';

/** Where focus is when a key is pressed: a control keeps the keys it needs itself. */
export type KeyTarget = 'slide' | 'select' | 'button';

/**
 * Arrow keys, PageUp/PageDown, space and Home/End navigate; Esc leaves. On the scenario
 * select only PageUp/PageDown and Esc navigate (arrows, Home/End choose a scenario); on a
 * button space and Enter press it.
 */
export function slideKeyAction(key: string, target: KeyTarget = 'slide'): SlideKeyAction | null {
  if (key === 'Escape') return 'leave';
  if (key === 'PageDown') return 'next';
  if (key === 'PageUp') return 'previous';
  if (target === 'select') return null;
  if (key === 'ArrowRight' || key === 'ArrowDown') return 'next';
  if (key === 'ArrowLeft' || key === 'ArrowUp') return 'previous';
  if (key === 'Home') return 'first';
  if (key === 'End') return 'last';
  if (target === 'button') return null;
  if (key === ' ' || key === 'Spacebar') return 'next';
  return null;
}

/** The slide index after `action` (clamped to the slides). */
export function moveSlide(index: number, count: number, action: Exclude<SlideKeyAction, 'leave'>): number {
  if (count <= 0) return 0;
  if (action === 'first') return 0;
  if (action === 'last') return count - 1;
  const next = index + (action === 'next' ? 1 : -1);
  return Math.min(count - 1, Math.max(0, next));
}
