/**
 * The route registry of an open strategy: one entry per part of the plan, in menu order
 * (Føringer, Handlingsplan, Økonomi, Scenarier, Presentasjon). A feature adds its screen
 * by adding an entry here; the navigation shows exactly the registered routes.
 * URLs: `#/strategy/<strategyId>/<path>/<params…>`; the paths come from ./sections.
 */
import { lazy, Suspense } from 'react';
import { lazyComponent } from './code-loader';
import {
  loadEconomyScreen,
  loadFiveFactorScreen,
  loadFollowUpScreen,
  loadHistoryScreen,
  loadMultiYearScreen,
  loadPlanScreen,
  loadPresentationScreen,
  loadPrintScreen,
  loadScenariosScreen,
  loadSettingsScreen,
  loadStrategyEditorScreen,
  loadStrategyView,
} from './screen-code';
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

// Every screen loads when first opened (issue 13: the first load carries the start screen
// only); where from is in ./screen-code, and once loaded a screen renders without a fallback.
const StrategyView = lazyComponent(loadStrategyView);
const PlanScreen = lazyComponent(loadPlanScreen);
const EconomyScreen = lazyComponent(loadEconomyScreen);
const StrategyEditorScreen = lazyComponent(loadStrategyEditorScreen);
const ScenariosScreen = lazyComponent(loadScenariosScreen);
const PresentationScreen = lazyComponent(loadPresentationScreen);
const PrintScreen = lazyComponent(loadPrintScreen);
const ExcelTransferButtons = lazy(() => import('../features/excel/ExcelTransferButtons').then((m) => ({ default: m.ExcelTransferButtons })));
const SettingsScreen = lazyComponent(loadSettingsScreen);
const HistoryScreen = lazyComponent(loadHistoryScreen);
const FiveFactorScreen = lazyComponent(loadFiveFactorScreen);
const ReportButton = lazy(() => import('../features/reports/ReportButton').then((m) => ({ default: m.ReportButton })));
const StatusWorkbookButtons = lazy(() => import('../features/status-workbook/StatusWorkbookButtons').then((m) => ({ default: m.StatusWorkbookButtons })));
const FollowUpScreen = lazyComponent(loadFollowUpScreen);
const MultiYearScreen = lazyComponent(loadMultiYearScreen);

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
}

/** The registered routes, in menu order; each screen inside its own error boundary. */
export const WORKSPACE_ROUTES: readonly WorkspaceRoute[] = guardRoutes([
  { path: STRATEGY_SECTION, labelKey: 'shell.nav.foringer', render: () => <StrategyView /> },
  { path: EDITOR_SECTION, labelKey: 'editor.nav', render: (p) => <StrategyEditorScreen strategyId={p.strategyId} params={p.params} /> },
  { path: PLAN_SECTION, labelKey: 'shell.nav.handlingsplan', render: (p) => <PlanScreen strategyId={p.strategyId} params={p.params} /> },
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
