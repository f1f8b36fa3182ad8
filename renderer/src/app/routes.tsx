/**
 * The route registry of an open strategy: one entry per part of the plan, in menu order
 * (Føringer, Handlingsplan, Økonomi, Scenarier, Presentasjon). A feature adds its screen
 * by adding an entry here; the navigation shows exactly the registered routes.
 * URLs: `#/strategy/<strategyId>/<path>/<params…>`; the paths come from ./sections.
 */
import { lazy, Suspense } from 'react';
import { rememberedAuthor } from '../ui/remembered-author';
import type { ReactNode } from 'react';
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
import { guardRoutes } from './guard-routes';
import { preloadableLazy } from './preloadable-lazy';

// Every screen loads when first opened (issue 13: the first load carries the start screen only).
// Føringer and Handlingsplan, the screens an opened plan file shows first, can be fetched
// ahead (preloadRoute) and then render without suspending.
const strategyView = preloadableLazy(() => import('../features/strategy/StrategyView').then((m) => m.StrategyView));
const planScreen = preloadableLazy(() => import('../features/plan/PlanScreen').then((m) => m.PlanScreen));
const StrategyView = strategyView.Component;
const PlanScreen = planScreen.Component;
const EconomyScreen = lazy(() => import('../features/economy/EconomyScreen').then((m) => ({ default: m.EconomyScreen })));
const StrategyEditorScreen = lazy(() => import('../features/strategy-editor/StrategyEditorScreen').then((m) => ({ default: m.StrategyEditorScreen })));
const ScenariosScreen = lazy(() => import('../features/scenarios/ScenariosScreen').then((m) => ({ default: m.ScenariosScreen })));
const PresentationScreen = lazy(() => import('../features/presentation/PresentationScreen').then((m) => ({ default: m.PresentationScreen })));
const PrintScreen = lazy(() => import('../features/print/PrintScreen').then((m) => ({ default: m.PrintScreen })));
const ExcelTransferButtons = lazy(() => import('../features/excel/ExcelTransferButtons').then((m) => ({ default: m.ExcelTransferButtons })));
const SettingsScreen = lazy(() => import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const HistoryScreen = lazy(() => import('../features/history/HistoryScreen').then((m) => ({ default: m.HistoryScreen })));
const FiveFactorScreen = lazy(() => import('../features/five-factor/FiveFactorScreen').then((m) => ({ default: m.FiveFactorScreen })));
const ReportButton = lazy(() => import('../features/reports/ReportButton').then((m) => ({ default: m.ReportButton })));
const StatusWorkbookButtons = lazy(() => import('../features/status-workbook/StatusWorkbookButtons').then((m) => ({ default: m.StatusWorkbookButtons })));
const FollowUpScreen = lazy(() => import('../features/follow-up/FollowUpScreen').then((m) => ({ default: m.FollowUpScreen })));
const MultiYearScreen = lazy(() => import('../features/multi-year/MultiYearScreen').then((m) => ({ default: m.MultiYearScreen })));

/** What a route's screen gets. The document itself comes from `useDocumentStore()`. */
export interface WorkspaceRouteProps {
  strategyId: string;
  /** Extra URL segments after the route's path (e.g. a plan year). */
  params: string[];
}

/** One part of an open strategy. */
export interface WorkspaceRoute {
  /** URL segment, e.g. `foringer`. */
  path: string;
  /** i18n key of the menu label, e.g. `shell.nav.foringer`. */
  labelKey: string;
  /** `fullscreen` renders without header and menu (board presentation). */
  layout?: 'workspace' | 'fullscreen';
  /** Renders the screen (inside the DocumentProvider). */
  render(props: WorkspaceRouteProps): ReactNode;
  /** Fetches the screen's code ahead, when it can (see preloadRoute). */
  preload?: () => Promise<unknown>;
}

/** The registered routes, in menu order; each screen inside its own error boundary. */
export const WORKSPACE_ROUTES: readonly WorkspaceRoute[] = guardRoutes([
  { path: STRATEGY_SECTION, labelKey: 'shell.nav.foringer', render: () => <StrategyView />, preload: strategyView.preload },
  { path: EDITOR_SECTION, labelKey: 'editor.nav', render: (p) => <StrategyEditorScreen strategyId={p.strategyId} params={p.params} /> },
  { path: PLAN_SECTION, labelKey: 'shell.nav.handlingsplan', render: (p) => <PlanScreen strategyId={p.strategyId} params={p.params} />, preload: planScreen.preload },
  {
    path: ECONOMY_SECTION,
    labelKey: 'shell.nav.okonomi',
    render: (p) => <EconomyScreen strategyId={p.strategyId} params={p.params} renderTransfer={(year) => <ExcelTransferButtons year={year} />} />,
  },
  {
    path: FOLLOW_UP_SECTION,
    labelKey: 'followUpScreen.nav',
    render: (p) => (
      <FollowUpScreen
        strategyId={p.strategyId}
        params={p.params}
        renderReports={(year, periodId) => (
          <Suspense fallback={null}>
            <ReportButton year={year} periodId={periodId} />
            <StatusWorkbookButtons year={year} periodId={periodId} author={rememberedAuthor()} />
          </Suspense>
        )}
      />
    ),
  },
  { path: SCENARIOS_SECTION, labelKey: 'shell.nav.scenarier', render: (p) => <ScenariosScreen strategyId={p.strategyId} params={p.params} /> },
  { path: MULTI_YEAR_SECTION, labelKey: 'board.nav.multiYear', render: () => <MultiYearScreen /> },
  { path: FIVE_FACTOR_SECTION, labelKey: 'board.nav.fiveFactor', render: (p) => <FiveFactorScreen strategyId={p.strategyId} params={p.params} /> },
  { path: PRESENTATION_SECTION, labelKey: 'shell.nav.presentasjon', layout: 'fullscreen', render: (p) => <PresentationScreen strategyId={p.strategyId} params={p.params} /> },
  { path: PRINT_SECTION, labelKey: 'print.nav', layout: 'fullscreen', render: (p) => <PrintScreen strategyId={p.strategyId} params={p.params} /> },
  { path: HISTORY_SECTION, labelKey: 'backup.nav.history', render: (p) => <HistoryScreen strategyId={p.strategyId} /> },
  { path: SETTINGS_SECTION, labelKey: 'backup.nav.settings', render: () => <SettingsScreen /> },
]);

/** The route registered under `path`, if any. */
export function findRoute(path: string | null): WorkspaceRoute | undefined {
  return WORKSPACE_ROUTES.find((r) => r.path === (path ?? DEFAULT_SECTION));
}

/**
 * Starts loading the code of the screen under `path` (null: the default screen) when it can
 * be fetched ahead; resolves when it is loaded (at once for the others).
 */
export async function preloadRoute(path: string | null): Promise<void> {
  await findRoute(path)?.preload?.();
}
