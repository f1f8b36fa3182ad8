/**
 * The sync watchdog (renderer/src/platform/sync-watchdog.ts) against the real server: a
 * confirmation lost on the way leaves @hocuspocus/provider's count of unconfirmed updates
 * above zero for good (the header would say «Synkroniserer …» forever); the watchdog's full
 * sync exchange brings it back to zero, and only once the server holds this copy's edits.
 * A wait whose state keeps moving is never cut short.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { rmSync } from 'node:fs';
import type { RunningServer } from '../../server/index';
import { addMember } from '../../server/team';
import { watchStuckSync, type WatchedProvider } from '../../renderer/src/platform/sync-watchdog';
import { connectClient, contents, sleep, startTestServer, synced, tempDataDir, until, type TestClient } from './helpers';

const DOC = 'sekretariat/str_0123456789abcdefghij';
let dir = '';
let server: RunningServer | undefined;
const clients: TestClient[] = [];
const stops: (() => void)[] = [];

afterEach(async () => {
  for (const stop of stops.splice(0)) stop();
  for (const c of clients.splice(0)) c.destroy();
  await server?.stop();
  server = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
  vi.useRealTimers();
});

describe('sync watchdog', () => {
  it('a lost confirmation no longer leaves the count stuck: the full exchange brings it to zero with the edit on the server', async () => {
    dir = tempDataDir();
    const token = (await addMember(dir, { name: 'Kari', workspace: 'sekretariat' })).token;
    server = await startTestServer(dir);
    const kari = connectClient(server.url, DOC, token);
    clients.push(kari);
    await synced(kari);

    // An edit whose confirmation is lost: the count goes up by one that no answer will take down.
    kari.provider.incrementUnsyncedChanges();
    kari.map.set('ansvarlig', 'Kari');
    await sleep(500);
    expect(kari.provider.unsyncedChanges).toBe(1);

    const forceSync = vi.spyOn(kari.provider, 'forceSync');
    stops.push(watchStuckSync(kari.provider, () => kari.socket.status === 'connected', 300, 50));
    await until(() => kari.provider.unsyncedChanges === 0 && kari.provider.isSynced, 'count back to zero', 10_000);
    expect(forceSync).toHaveBeenCalled();

    // What the count now says is true: a second client gets the edit from the server.
    const ola = connectClient(server.url, DOC, token);
    clients.push(ola);
    await synced(ola);
    await until(() => contents(ola).ansvarlig === 'Kari', 'the edit on the server');
  });

  it('never forces while the state moves, nor when nothing waits or the socket is closed', () => {
    vi.useFakeTimers();
    const provider = { isAuthenticated: true, synced: true, unsyncedChanges: 0, forceSync: vi.fn() } satisfies WatchedProvider;
    let connected = true;
    stops.push(watchStuckSync(provider, () => connected, 1000, 100));
    vi.advanceTimersByTime(5000);
    expect(provider.forceSync).not.toHaveBeenCalled();

    // A slow server: the count keeps changing, so nothing is stuck.
    for (let i = 1; i <= 20; i++) {
      provider.unsyncedChanges = i % 2 === 0 ? 3 : 4;
      vi.advanceTimersByTime(500);
    }
    expect(provider.forceSync).not.toHaveBeenCalled();

    // Offline: changes wait for the connection, not for a lost answer.
    connected = false;
    vi.advanceTimersByTime(5000);
    expect(provider.forceSync).not.toHaveBeenCalled();

    // Connected and unchanged for the whole period: one exchange, then the next period.
    connected = true;
    vi.advanceTimersByTime(1200);
    expect(provider.forceSync).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(provider.forceSync).toHaveBeenCalledTimes(2);
  });
});
