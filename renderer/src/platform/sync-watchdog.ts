/**
 * Keeps «Synkroniserer …» honest: @hocuspocus/provider counts the updates it sent that the
 * server has not confirmed, and a confirmation lost on a busy or flaky connection leaves
 * that count above zero for good (ueberdosis/hocuspocus#825) — the header would say
 * «Synkroniserer …» forever although nothing is waiting. When the count (or the «not yet
 * synced» state) has not moved for `stuckMs` while connected, the watchdog asks for a full
 * sync exchange (`forceSync`: the server sends what this copy lacks and asks for what it
 * lacks), whose confirmation brings the count back to zero only once the server holds
 * everything this copy has.
 */

/** What the watchdog reads of the provider (HocuspocusProvider has these). */
export interface WatchedProvider {
  readonly isAuthenticated: boolean;
  readonly synced: boolean;
  readonly unsyncedChanges: number;
  forceSync(): void;
}

/**
 * Starts watching `provider` (`isConnected`: its socket is open); returns the stop function.
 * A real wait (a slow server) is never cut short: only a state unchanged for `stuckMs`.
 */
export function watchStuckSync(
  provider: WatchedProvider,
  isConnected: () => boolean,
  stuckMs = 10_000,
  checkMs = Math.max(250, Math.floor(stuckMs / 4)),
): () => void {
  let lastKey = '';
  let since = Date.now();
  const timer = setInterval(() => {
    const waiting = isConnected() && provider.isAuthenticated && (!provider.synced || provider.unsyncedChanges > 0);
    const key = `${String(waiting)}:${String(provider.synced)}:${String(provider.unsyncedChanges)}`;
    const now = Date.now();
    if (key !== lastKey) {
      lastKey = key;
      since = now;
      return;
    }
    if (waiting && now - since >= stuckMs) {
      since = now;
      provider.forceSync();
    }
  }, checkMs);
  return () => clearInterval(timer);
}
