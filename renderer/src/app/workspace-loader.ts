/**
 * The open-strategy workspace (plan table, kontroll, edits, team sync …) is code the start
 * screen never runs: it loads on the way into a strategy, not with the first load
 * (issue 13). A reload onto a strategy starts fetching it at boot, beside the settings and
 * the catalogue, and renders first when it is here, so no fallback is shown in between.
 */
import { bootMark } from './boot-marks';
import { codeLoader, lazyComponent } from './code-loader';

/** Starts loading the workspace code (once); the same promise on every call, a new try after a failure. */
export const loadStrategyWorkspace = codeLoader(() =>
  import('./StrategyWorkspace').then((m) => {
    bootMark('workspace-code');
    return m.StrategyWorkspace;
  }),
);

/** StrategyWorkspace, loaded when first shown (wrap in <Suspense>). */
export const LazyStrategyWorkspace = lazyComponent(loadStrategyWorkspace);
