/**
 * Code that loads when first used (the workspace, each screen), rendered without a
 * Suspense fallback once it is here. React.lazy suspends on its first render even when
 * the module arrived long before, and React 19 then holds the content back until 300 ms
 * after the fallback showed (its Suspense throttling): on a reload onto a plan that was
 * 300 ms for the workspace and as much again for the plan's screen (issue 13). `use()` of
 * a promise that carries its result (`status: 'fulfilled'`, as React marks the promises it
 * tracks) renders at once; a promise still pending suspends as React.lazy did.
 */
import type { ComponentType } from 'react';
import { createElement, use } from 'react';

/** A promise that carries its outcome, as React's `use()` reads it. */
export interface TrackedPromise<T> extends Promise<T> {
  status?: 'pending' | 'fulfilled' | 'rejected';
  value?: T;
  reason?: unknown;
}

/**
 * Wraps an `import()`: the returned function starts it once and returns the same tracked
 * promise on every call; after a failure (e.g. an update replaced the files) the next call
 * tries again.
 */
export function codeLoader<T>(load: () => Promise<T>): () => TrackedPromise<T> {
  let pending: TrackedPromise<T> | null = null;
  return () => {
    if (pending) return pending;
    const tracked: TrackedPromise<T> = load().then(
      (value) => {
        tracked.status = 'fulfilled';
        tracked.value = value;
        return value;
      },
      (reason: unknown) => {
        tracked.status = 'rejected';
        tracked.reason = reason;
        pending = null;
        throw reason;
      },
    );
    tracked.status = 'pending';
    pending = tracked;
    return tracked;
  };
}

/** Starts loading without waiting; a failure shows where the code is rendered. */
export function preload(load: () => Promise<unknown>): void {
  load().catch(() => undefined);
}

/**
 * A component whose code comes from `load` (a `codeLoader`): wrap it in <Suspense> like a
 * React.lazy component; once the code is here it renders in the same pass.
 */
export function lazyComponent<P extends object>(load: () => TrackedPromise<ComponentType<P>>): ComponentType<P> {
  const Loaded = (props: P) => {
    // React reads the outcome the loader wrote on the promise (its own tracking fields).
    const code: PromiseLike<ComponentType<P>> = load();
    return createElement(use(code), props);
  };
  return Loaded;
}
