/**
 * The route registry of an open strategy: one entry per part of the plan, in menu order
 * (Føringer, Handlingsplan, Økonomi, Scenarier, Presentasjon). A feature adds its screen
 * by adding an entry here; the navigation shows exactly the registered routes.
 * URLs: `#/strategy/<strategyId>/<path>/<params…>`; the paths come from ./sections.
 */
import type { ReactNode } from 'react';
import { StrategyView } from '../features/strategy/StrategyView';
import { PlanScreen } from '../features/plan/PlanScreen';
import { EconomyScreen } from '../features/economy/EconomyScreen';
import { StrategyEditorScreen } from '../features/strategy-editor/StrategyEditorScreen';
import { ScenariosScreen } from '../features/scenarios/ScenariosScreen';
import { PresentationScreen } from '../features/presentation/PresentationScreen';
import { PrintScreen } from '../features/print/PrintScreen';
import { ExcelTransferButtons } from '../features/excel/ExcelTransferButtons';
import {
  DEFAULT_SECTION,
  ECONOMY_SECTION,
  EDITOR_SECTION,
  PLAN_SECTION,
  PRESENTATION_SECTION,
  PRINT_SECTION,
  SCENARIOS_SECTION,
  STRATEGY_SECTION,
} from './sections';
import { guardRoutes } from './guard-routes';

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
  { path: SCENARIOS_SECTION, labelKey: 'shell.nav.scenarier', render: (p) => <ScenariosScreen strategyId={p.strategyId} params={p.params} /> },
  { path: PRESENTATION_SECTION, labelKey: 'shell.nav.presentasjon', layout: 'fullscreen', render: (p) => <PresentationScreen strategyId={p.strategyId} params={p.params} /> },
  { path: PRINT_SECTION, labelKey: 'print.nav', layout: 'fullscreen', render: (p) => <PrintScreen strategyId={p.strategyId} params={p.params} /> },
]);

/** The route registered under `path`, if any. */
export function findRoute(path: string | null): WorkspaceRoute | undefined {
  return WORKSPACE_ROUTES.find((r) => r.path === (path ?? DEFAULT_SECTION));
}
