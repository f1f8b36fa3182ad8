/**
 * Where each screen's code comes from (every screen loads when first opened: issue 13, the
 * first load carries the start screen only). Kept apart from routes.tsx, which is in the
 * workspace's code, so that boot can start fetching the screen a reload lands on beside
 * the workspace code and the stored document, instead of after them.
 */
import { codeLoader, preload } from './code-loader';
import type { TrackedPromise } from './code-loader';
import { bootMark } from './boot-marks';
import {
  DEFAULT_SECTION,
  ECONOMY_SECTION,
  EDITOR_SECTION,
  FIVE_FACTOR_SECTION,
  FOLLOW_UP_SECTION,
  HISTORY_SECTION,
  MULTI_YEAR_SECTION,
  PLAN_SECTION,
  PRESENTATION_SECTION,
  PRINT_SECTION,
  SCENARIOS_SECTION,
  SETTINGS_SECTION,
  STRATEGY_SECTION,
} from './sections';

export const loadStrategyView = codeLoader(() => import('../features/strategy/StrategyView').then((m) => m.StrategyView));
export const loadPlanScreen = codeLoader(() =>
  import('../features/plan/PlanScreen').then((m) => {
    bootMark('plan-code');
    return m.PlanScreen;
  }),
);
export const loadEconomyScreen = codeLoader(() => import('../features/economy/EconomyScreen').then((m) => m.EconomyScreen));
export const loadStrategyEditorScreen = codeLoader(() => import('../features/strategy-editor/StrategyEditorScreen').then((m) => m.StrategyEditorScreen));
export const loadScenariosScreen = codeLoader(() => import('../features/scenarios/ScenariosScreen').then((m) => m.ScenariosScreen));
export const loadPresentationScreen = codeLoader(() => import('../features/presentation/PresentationScreen').then((m) => m.PresentationScreen));
export const loadPrintScreen = codeLoader(() => import('../features/print/PrintScreen').then((m) => m.PrintScreen));
export const loadSettingsScreen = codeLoader(() => import('../features/settings/SettingsScreen').then((m) => m.SettingsScreen));
export const loadHistoryScreen = codeLoader(() => import('../features/history/HistoryScreen').then((m) => m.HistoryScreen));
export const loadFiveFactorScreen = codeLoader(() => import('../features/five-factor/FiveFactorScreen').then((m) => m.FiveFactorScreen));
export const loadFollowUpScreen = codeLoader(() => import('../features/follow-up/FollowUpScreen').then((m) => m.FollowUpScreen));
export const loadMultiYearScreen = codeLoader(() => import('../features/multi-year/MultiYearScreen').then((m) => m.MultiYearScreen));

const BY_SECTION: Readonly<Record<string, () => TrackedPromise<unknown>>> = {
  [STRATEGY_SECTION]: loadStrategyView,
  [EDITOR_SECTION]: loadStrategyEditorScreen,
  [PLAN_SECTION]: loadPlanScreen,
  [ECONOMY_SECTION]: loadEconomyScreen,
  [FOLLOW_UP_SECTION]: loadFollowUpScreen,
  [SCENARIOS_SECTION]: loadScenariosScreen,
  [MULTI_YEAR_SECTION]: loadMultiYearScreen,
  [FIVE_FACTOR_SECTION]: loadFiveFactorScreen,
  [PRESENTATION_SECTION]: loadPresentationScreen,
  [PRINT_SECTION]: loadPrintScreen,
  [HISTORY_SECTION]: loadHistoryScreen,
  [SETTINGS_SECTION]: loadSettingsScreen,
};

/**
 * Longest wait for a screen's code before the workspace first shows: React 19 holds a screen
 * revealed after its Suspense fallback back until 300 ms after the fallback showed, so
 * waiting up to as long for code that is on its way is never slower than the fallback.
 */
export const SCREEN_CODE_WAIT_MS = 300;

/**
 * Settles when `code` has arrived or failed (the screen then shows that failure as
 * before), or after `maxMs` at most, whichever comes first; never rejects.
 */
export function waitForCode(code: TrackedPromise<unknown>, maxMs: number): Promise<void> {
  if (code.status === 'fulfilled' || code.status === 'rejected') return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, maxMs);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    code.then(done, done);
  });
}

/**
 * Waits (at most `maxMs`) for the code of the screen under `section`, started at boot: on a
 * reload the stored document can be ready a moment before the screen's code, and showing
 * the workspace then would show the screen's Suspense fallback and hold the screen back
 * 300 ms after it (issue 13: a reload onto the plan painted its table ~300 ms late in about
 * one run in five). Resolves at once for a section without screen code or code already here.
 */
export function screenCodeReady(section: string | null, maxMs = SCREEN_CODE_WAIT_MS): Promise<void> {
  const load = BY_SECTION[section ?? DEFAULT_SECTION];
  return load ? waitForCode(load(), maxMs) : Promise.resolve();
}

/** Starts loading the code of the screen shown under `section` (the default screen for null). */
export function preloadScreen(section: string | null): void {
  const load = BY_SECTION[section ?? DEFAULT_SECTION];
  if (load) preload(load);
}
