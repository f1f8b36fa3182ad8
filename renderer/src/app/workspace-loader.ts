/**
 * The open-strategy workspace (plan table, kontroll, edits, team sync …) is code the start
 * screen never runs: it loads on the way into a strategy, not with the first load
 * (issue 13). A reload onto a strategy starts fetching it at boot, beside the settings and
 * the catalogue, so it is not one round trip later; once loaded it renders without
 * suspending (preloadable-lazy.tsx).
 */
import type { ComponentType } from 'react';
import { preloadableLazy } from './preloadable-lazy';
import type { StrategyWorkspaceProps } from './StrategyWorkspace';

const workspace = preloadableLazy<StrategyWorkspaceProps>(() => import('./StrategyWorkspace').then((m) => m.StrategyWorkspace));

/** Starts loading the workspace code (once); the same promise on every call. */
export function loadStrategyWorkspace(): Promise<ComponentType<StrategyWorkspaceProps>> {
  return workspace.preload();
}

/**
 * Starts loading the workspace and the code of the screen `section` of it (null: the
 * default screen), e.g. while the user picks a plan file to open: the strategy then shows
 * without waiting for either.
 */
export function preloadWorkspaceScreen(section: string | null): Promise<void> {
  return Promise.all([loadStrategyWorkspace(), import('./routes').then((m) => m.preloadRoute(section))]).then(() => undefined);
}

/** StrategyWorkspace, loaded when first shown (wrap in <Suspense>). */
export const LazyStrategyWorkspace = workspace.Component;
