/**
 * The open-strategy workspace (plan table, kontroll, edits, team sync …) is code the start
 * screen never runs: it loads on the way into a strategy, not with the first load
 * (issue 13). A reload onto a strategy starts fetching it at boot, beside the settings and
 * the catalogue, so it is not one round trip later.
 */
import { lazy } from 'react';
import type * as Workspace from './StrategyWorkspace';
import { bootMark } from './boot-marks';

let pending: Promise<typeof Workspace> | null = null;

/** Starts loading the workspace code (once); the same promise on every call. */
export function loadStrategyWorkspace(): Promise<typeof Workspace> {
  pending ??= import('./StrategyWorkspace').then((m) => {
    bootMark('workspace-code');
    return m;
  }).catch((e: unknown) => {
    // A failed fetch (e.g. an update replaced the files) may be retried by the next call.
    pending = null;
    throw e;
  });
  return pending;
}

/** StrategyWorkspace, loaded when first shown (wrap in <Suspense>). */
export const LazyStrategyWorkspace = lazy(() => loadStrategyWorkspace().then((m) => ({ default: m.StrategyWorkspace })));
