/**
 * The team server with real clients: a real `startServer` on a free 127.0.0.1 port and
 * @hocuspocus/provider clients on Y.Docs with one map. Offline edits merge on reconnect,
 * one key edited twice has one winner everywhere, a wrong or revoked token gets nothing,
 * documents survive a restart, many clients converge, and a «leser» cannot write.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as Y from 'yjs';
import { lockFile } from '../../server/data-lock';
import { ServeError, startServer, type RunningServer } from '../../server/index';
import { addMember, revokeMember } from '../../server/team';
import { connectClient, contents, sleep, startTestServer, synced, tempDataDir, until, type TestClient } from './helpers';

const DOC = 'sekretariat/str_0123456789abcdefghij';
let dir: string;
let server: RunningServer | undefined;
let clients: TestClient[] = [];

function client(documentName: string, token: string): TestClient {
  const c = connectClient(server?.url ?? '', documentName, token);
  clients.push(c);
  return c;
}

async function setUp(): Promise<{ kari: string; ola: string; leser: string }> {
  dir = tempDataDir();
  const kari = (await addMember(dir, { name: 'Kari', workspace: 'sekretariat' })).token;
  const ola = (await addMember(dir, { name: 'Ola', workspace: 'sekretariat' })).token;
  const leser = (await addMember(dir, { name: 'Lise', role: 'leser', workspace: 'sekretariat' })).token;
  server = await startTestServer(dir);
  return { kari, ola, leser };
}

afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  await server?.stop();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe('team server sync', () => {
  it('two clients edit different keys while offline; after reconnecting both see both', async () => {
    const { kari, ola } = await setUp();
    const a = client(DOC, kari);
    const b = client(DOC, ola);
    await Promise.all([synced(a), synced(b)]);
    await Promise.all([a.goOffline(), b.goOffline()]);
    a.map.set('tittel', 'Kompetanseløft');
    b.map.set('frist', '2026-06-30');
    await sleep(50);
    expect(b.map.get('tittel')).toBeUndefined();
    await Promise.all([a.goOnline(), b.goOnline()]);
    await until(() => a.map.get('frist') === '2026-06-30' && b.map.get('tittel') === 'Kompetanseløft', 'both edits on both');
    expect(contents(a)).toEqual({ frist: '2026-06-30', tittel: 'Kompetanseløft' });
    expect(contents(b)).toEqual(contents(a));
  });

  it('the same key edited offline by both: one deterministic winner on both', async () => {
    const { kari, ola } = await setUp();
    const a = client(DOC, kari);
    const b = client(DOC, ola);
    await Promise.all([synced(a), synced(b)]);
    await Promise.all([a.goOffline(), b.goOffline()]);
    a.map.set('ansvarlig', 'Kari');
    b.map.set('ansvarlig', 'Ola');
    await Promise.all([a.goOnline(), b.goOnline()]);
    await until(() => a.map.get('ansvarlig') === b.map.get('ansvarlig'), 'one value on both');
    // Yjs orders concurrent writes to one key by client id: the same winner whatever the order of arrival.
    const winner = a.doc.clientID > b.doc.clientID ? 'Kari' : 'Ola';
    expect(a.map.get('ansvarlig')).toBe(winner);
    expect(b.map.get('ansvarlig')).toBe(winner);
  });

  it('a wrong token, a revoked token and a token of another workspace are refused and receive nothing', async () => {
    const { kari, ola } = await setUp();
    const other = (await addMember(dir, { name: 'Per', workspace: 'annet-team' })).token;
    const a = client(DOC, kari);
    await synced(a);
    a.map.set('hemmelig', 'budsjett 2027');
    a.provider.setAwarenessField('user', { name: 'Kari' });
    await synced(a);
    await revokeMember(dir, 'Ola');
    const intruders = [client(DOC, 'hr_gjettet-token'), client(DOC, ola), client(DOC, other), client(DOC, '')];
    await until(() => intruders.every((c) => c.refusals.length > 0), 'every intruder refused');
    await sleep(200);
    for (const c of intruders) {
      expect(c.refusals).toEqual(['permission-denied']);
      // On the wire: only the authentication answer, no sync step, no awareness.
      expect(new Set(c.received)).toEqual(new Set([2]));
      expect(c.isAuthenticated()).toBe(false);
      expect(c.map.size).toBe(0);
      expect(Y.encodeStateVector(c.doc)).toEqual(Y.encodeStateVector(new Y.Doc()));
      // Not even presence: only the intruder's own awareness state.
      expect([...(c.provider.awareness?.getStates().keys() ?? [])]).toEqual([c.doc.clientID]);
    }
    // Their edits never reach the document either.
    intruders[0]?.map.set('hemmelig', 'overskrevet');
    await sleep(200);
    expect(a.map.get('hemmelig')).toBe('budsjett 2027');
  });

  it('a document name outside the pattern is refused even with a valid token', async () => {
    const { kari } = await setUp();
    const bad = [client('sekretariat/../team', kari), client('sekretariat', kari), client('sekretariat/a/b', kari)];
    await until(() => bad.every((c) => c.refusals.length > 0), 'every bad name refused');
    for (const c of bad) expect(c.isAuthenticated()).toBe(false);
  });

  it('revoking a member closes the member’s open connection and nothing more arrives', async () => {
    const { kari, ola } = await setUp();
    const a = client(DOC, kari);
    const b = client(DOC, ola);
    await Promise.all([synced(a), synced(b)]);
    await revokeMember(dir, 'Ola');
    await until(() => b.refusals.length > 0, 'Ola refused after the revocation');
    const heard = b.received.length;
    a.map.set('etter', 'tilbakekalling');
    await synced(a);
    await sleep(200);
    expect(b.map.get('etter')).toBeUndefined();
    expect(b.received.slice(heard).every((type) => type === 2)).toBe(true);
  });

  it('the document comes back from the file storage after a restart', async () => {
    const { kari } = await setUp();
    const a = client(DOC, kari);
    await synced(a);
    for (let i = 0; i < 30; i += 1) a.map.set(`tiltak-${i}`, { tittel: `Tiltak ${i}`, kostnad: i * 1000 });
    a.map.delete('tiltak-3');
    await synced(a);
    a.destroy();
    clients = [];
    await server?.stop();
    server = await startTestServer(dir);
    const again = client(DOC, kari);
    await synced(again);
    expect(again.map.size).toBe(29);
    expect(again.map.get('tiltak-29')).toEqual({ tittel: 'Tiltak 29', kostnad: 29_000 });
    expect(again.map.has('tiltak-3')).toBe(false);
  });

  it('5 clients × 200 edits, some made offline, converge to identical documents', async () => {
    const { kari, ola } = await setUp();
    const five = [0, 1, 2, 3, 4].map((i) => client(DOC, i % 2 === 0 ? kari : ola));
    await Promise.all(five.map((c) => synced(c)));
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (let round = 0; round < 20; round += 1) {
      for (const [i, c] of five.entries()) {
        // Each client spends seven rounds offline, at staggered times.
        if (round === 5 + i) await c.goOffline();
        if (round === 12 + i) void c.goOnline();
        for (let e = 0; e < 10; e += 1) {
          const key = `k${random(40)}`;
          if (random(6) === 0) c.map.delete(key);
          else c.map.set(key, `${i}:${round}:${e}`);
        }
      }
      await sleep(5);
    }
    await Promise.all(five.map((c) => synced(c, 'all five synced')));
    // Equal contents can come before every copy has seen every (overwritten) item, and equal
    // state vectors before the last deletions arrived: wait until both agree.
    const vector = (c: TestClient) => Array.from(Y.encodeStateVector(c.doc)).join(',');
    const same = (c: TestClient) => vector(c) === vector(five[0] as TestClient) && JSON.stringify(contents(c)) === JSON.stringify(contents(five[0] as TestClient));
    await until(() => five.every(same), 'five identical documents (state vectors and contents)');
    expect(new Set(five.map(vector)).size).toBe(1);
    expect(new Set(five.map((c) => JSON.stringify(contents(c)))).size).toBe(1);
    expect(five[0]?.map.size).toBeGreaterThan(0);
  });

  it('a «leser» reads but cannot write', async () => {
    const { kari, leser } = await setUp();
    const a = client(DOC, kari);
    const reader = client(DOC, leser);
    await Promise.all([synced(a), until(() => reader.provider.isSynced, 'reader synced')]);
    expect(reader.provider.authorizedScope).toBe('readonly');
    a.map.set('tittel', 'Fra redaktøren');
    await until(() => reader.map.get('tittel') === 'Fra redaktøren', 'the reader reads');
    reader.map.set('tittel', 'Fra leseren');
    reader.map.set('ny', 'verdi');
    await sleep(300);
    expect(a.map.get('tittel')).toBe('Fra redaktøren');
    expect(a.map.has('ny')).toBe(false);
    expect(reader.provider.hasUnsyncedChanges).toBe(true);
    // Not stored either: a fresh client after a restart sees the editor's text only.
    for (const c of clients) c.destroy();
    clients = [];
    await server?.stop();
    server = await startTestServer(dir);
    const fresh = client(DOC, kari);
    await synced(fresh);
    expect(contents(fresh)).toEqual({ tittel: 'Fra redaktøren' });
  });
});

describe('listening', () => {
  it('refuses a non-loopback host over plain HTTP unless allowInsecure', async () => {
    dir = tempDataDir();
    await expect(startServer({ dataDir: dir, port: 0, host: '0.0.0.0' })).rejects.toBeInstanceOf(ServeError);
    await expect(startServer({ dataDir: dir, port: 0, host: '192.168.1.20' })).rejects.toMatchObject({ code: 'insecureHost' });
    server = await startServer({ dataDir: dir, port: 0, host: '0.0.0.0', allowInsecure: true });
    expect(server.port).toBeGreaterThan(0);
  });
});

describe('one server per data folder', () => {
  it('refuses a second server on the same folder, frees it on stop, and takes over a stale lock', async () => {
    dir = tempDataDir();
    server = await startTestServer(dir);
    await expect(startTestServer(dir)).rejects.toMatchObject({ code: 'dataDirLocked', detail: String(process.pid) });
    await server.stop();
    expect(existsSync(lockFile(dir))).toBe(false);
    // A lock left by a process that is gone.
    writeFileSync(lockFile(dir), '2147483646\n');
    server = await startTestServer(dir);
    expect(readFileSync(lockFile(dir), 'utf8').trim()).toBe(String(process.pid));
    await server.stop();
    // A lock with our own pid that this process does not hold: a container restarted as pid 1.
    writeFileSync(lockFile(dir), `${process.pid}\n`);
    server = await startTestServer(dir);
    await expect(startTestServer(dir)).rejects.toMatchObject({ code: 'dataDirLocked' });
  });

  it('rejects (and frees the folder) when the port is taken', async () => {
    dir = tempDataDir();
    server = await startTestServer(dir);
    const other = tempDataDir();
    try {
      await expect(startServer({ dataDir: other, port: server.port })).rejects.toMatchObject({ code: 'EADDRINUSE' });
      expect(existsSync(lockFile(other))).toBe(false);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
