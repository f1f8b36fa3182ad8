/**
 * Hash routing: `#/` is the start screen, `#/strategy/<id>/<section>/<more…>` a part of
 * an open strategy. The hash survives a reload, so the user comes back to the same place.
 */
import { useSyncExternalStore } from 'react';

/** Where the app is. */
export type AppRoute =
  | { kind: 'start' }
  | { kind: 'strategy'; strategyId: string; section: string | null; params: string[] };

/** Parses a location hash. */
export function parseHash(hash: string): AppRoute {
  const parts = hash
    .replace(/^#\/?/, '')
    .split('/')
    .filter((p) => p.length > 0)
    .map((p) => {
      try {
        return decodeURIComponent(p);
      } catch {
        return p;
      }
    });
  if (parts[0] === 'strategy' && parts[1]) {
    return { kind: 'strategy', strategyId: parts[1], section: parts[2] ?? null, params: parts.slice(3) };
  }
  return { kind: 'start' };
}

/** The hash for a route. */
export function hashFor(route: AppRoute): string {
  if (route.kind === 'start') return '#/';
  const parts = ['strategy', route.strategyId, ...(route.section ? [route.section, ...route.params] : [])];
  return `#/${parts.map(encodeURIComponent).join('/')}`;
}

/** The hash for a section of a strategy, e.g. `strategyHref('s1', 'foringer')`. */
export function strategyHref(strategyId: string, section: string, ...params: string[]): string {
  return hashFor({ kind: 'strategy', strategyId, section, params });
}

/** Goes to a route (adds a history entry, so Back works). */
export function navigate(route: AppRoute | string): void {
  const hash = typeof route === 'string' ? route : hashFor(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}

let hasNavigated = false;
if (typeof window !== 'undefined') {
  window.addEventListener('hashchange', () => {
    hasNavigated = true;
  });
}

/** True once the user has moved within the app (not on the first page load). */
export function hasNavigatedInApp(): boolean {
  return hasNavigated;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

/** The current route, updated on every hash change. */
export function useHashRoute(): AppRoute {
  const hash = useSyncExternalStore(subscribe, getHash, getHash);
  return parseHash(hash);
}
