/**
 * A lazily loaded component that can be fetched ahead (e.g. when «Åpne fil …» is clicked)
 * and then renders without suspending. React.lazy suspends on its first render even when
 * the module is already here, and React holds back a Suspense boundary's content until
 * 300 ms after its fallback showed: every lazy screen on the way from a chosen file to the
 * table cost up to 300 ms of an idle window (issue 13). A component whose code is loaded
 * when it mounts renders at once; otherwise it suspends as React.lazy does.
 */
import { lazy, useState } from 'react';
import type { ComponentType } from 'react';

/** A lazy component with its loader. */
export interface PreloadableLazy<P extends object> {
  /** Renders the component; suspends (React.lazy) only when its code is not loaded yet. */
  Component: ComponentType<P>;
  /** Starts loading the code (once; again after a failed load); resolves to the component. */
  preload(): Promise<ComponentType<P>>;
}

/** Wraps `load` (a dynamic import picking the component) as a preloadable lazy component. */
export function preloadableLazy<P extends object>(load: () => Promise<ComponentType<P>>): PreloadableLazy<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = (): Promise<ComponentType<P>> => {
    pending ??= load().then(
      (component) => {
        loaded = component;
        return component;
      },
      (e: unknown) => {
        // A failed fetch (e.g. an update replaced the files) may be retried by the next call.
        pending = null;
        throw e;
      },
    );
    return pending;
  };
  const Lazy = lazy(() => preload().then((component) => ({ default: component })));
  function Component(props: P) {
    // Decided once per mount: switching between the two later would remount the screen.
    const [Loaded] = useState(() => loaded);
    return Loaded ? <Loaded {...props} /> : <Lazy {...props} />;
  }
  return { Component, preload };
}
