/**
 * What the window shows while the workspace code loads: the same header and «Åpner
 * strategien …» status as while the strategy itself loads, so the two steps look like one
 * (menu commands given meanwhile are held and run once the strategy is open).
 */
import { AppHeader } from './AppHeader';
import { MAIN_CONTENT_ID } from './SkipLink';
import { StrategyLoadingStatus } from './StrategyLoadingStatus';

/** Props of WorkspaceCodeLoading. */
export interface WorkspaceCodeLoadingProps {
  strategyId: string;
}

/** Placeholder for StrategyWorkspace until its code is here. */
export function WorkspaceCodeLoading({ strategyId }: WorkspaceCodeLoadingProps) {
  return (
    <>
      <AppHeader />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="app-main app-main-single">
        <StrategyLoadingStatus strategyId={strategyId} />
      </main>
    </>
  );
}
