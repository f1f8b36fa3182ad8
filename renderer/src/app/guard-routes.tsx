/**
 * Puts each registered screen inside its own ErrorBoundary, keyed by the route, so a crash
 * on one screen leaves the menu working and the other screens reachable. Screens load when
 * first opened, so each also waits in its own Suspense (a failed load lands in the boundary).
 */
import { Suspense } from 'react';
import { ErrorBoundary } from '../ui/ErrorBoundary';
import { ScreenLoading } from './ScreenLoading';
import type { WorkspaceRoute } from './routes';

/** The routes with every screen wrapped in an ErrorBoundary (feilgrense). */
export function guardRoutes(routes: readonly WorkspaceRoute[]): WorkspaceRoute[] {
  return routes.map((route) => ({
    ...route,
    render: (props) => (
      <ErrorBoundary key={route.path} screenLabelKey={route.labelKey} resetKey={`${props.strategyId}/${props.params.join('/')}`}>
        <Suspense fallback={<ScreenLoading />}>{route.render(props)}</Suspense>
      </ErrorBoundary>
    ),
  }));
}
