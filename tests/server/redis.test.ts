/**
 * Several server instances behind one load balancer (`--redis`): a throwaway redis-server
 * (own temporary folder, no persistence, a free 127.0.0.1 port) and a throwaway PostgreSQL
 * as the shared storage — the setup the Hocuspocus Redis extension supports: Redis only
 * passes updates and presence between instances, the database extension stores, and a
 * Redis lock lets one instance at a time store a document. Two `handlingsrom serve`
 * processes (the built command line, with `--redis URL` and HANDLINGSROM_POSTGRES_URL)
 * share one data folder for team.json; a client on each sees the other's edits and
 * presence, and the stored document has both. Reports itself skipped, with the reason,
 * where redis-server or PostgreSQL is not installed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import * as Y from 'yjs';
import { POSTGRES_TABLE } from '../../server/postgres-storage';
import { addMember } from '../../server/team';
import { connectClient, synced, tempDataDir, until, type TestClient } from './helpers';
import { findPostgres, freePort, startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
// A bundle of its own: tests/cli builds dist/cli/handlingsrom.cjs at the same time.
const BUNDLE = join(ROOT, 'dist', 'cli', `handlingsrom-redis-test-${process.pid}.cjs`);
const DOC = 'sekretariat/str_redis0123456789abc';

/** redis-server's path, or the reason there is none. */
function findRedis(): { bin: string } | { reason: string } {
  const which = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const bin = which.status === 0 ? which.stdout.trim() : '';
  return bin === '' ? { reason: 'redis-server is not installed (Debian: apt-get install redis-server)' } : { bin };
}

const redisFound = findRedis();
const postgresFound = findPostgres();
const skipReason =
  'reason' in redisFound
    ? redisFound.reason
    : 'reason' in postgresFound
      ? `several instances need a shared storage, and ${postgresFound.reason}`
      : undefined;
// Said out loud as well: the default reporter does not list the names of skipped tests.
if (skipReason !== undefined) console.warn(`Redis (several server instances) test skipped: ${skipReason}`);

/** Collects a child's stderr and resolves when `pattern` appears in it. */
function waitFor(child: ChildProcess, pattern: RegExp, what: string, timeoutMs = 60_000): Promise<RegExpExecArray> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const match = pattern.exec(output);
      if (match !== null) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${what}: the process exited (${String(code)}):\n${output}`));
    });
  });
}

/** A child process's exit code once it stopped on SIGTERM. */
function stopChild(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return exited;
}

describe('several server instances sharing Redis and PostgreSQL', () => {
  let redis: ChildProcess | undefined;
  let redisDir: string | undefined;
  let redisUrl = '';
  let postgres: ThrowawayPostgres | undefined;
  const servers: ChildProcess[] = [];
  const clients: TestClient[] = [];
  let dataDir: string | undefined;

  beforeAll(async () => {
    if (!('bin' in redisFound) || !('bin' in postgresFound)) return;
    const built = spawnSync(process.execPath, ['--input-type=module', '-e', `const { buildCli } = await import(${JSON.stringify(join(ROOT, 'scripts', 'build-cli.mjs'))}); await buildCli({ outfile: ${JSON.stringify(BUNDLE)} });`], {
      encoding: 'utf8',
    });
    if (built.status !== 0) throw new Error(`build-cli failed: ${built.stderr}`);

    redisDir = mkdtempSync(join(tmpdir(), 'hr-redis-'));
    const port = await freePort();
    redis = spawn(redisFound.bin, ['--port', String(port), '--bind', '127.0.0.1', '--dir', redisDir, '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await waitFor(redis, /Ready to accept connections/, 'redis-server');
    redisUrl = `redis://127.0.0.1:${port}`;
    postgres = await startThrowawayPostgres(postgresFound.bin);
  }, 180_000);

  afterAll(async () => {
    for (const c of clients) c.destroy();
    for (const s of servers) await stopChild(s);
    if (redis !== undefined) await stopChild(redis);
    postgres?.stop();
    for (const d of [redisDir, dataDir]) if (d !== undefined) rmSync(d, { recursive: true, force: true });
    rmSync(BUNDLE, { force: true });
  });

  async function serve(): Promise<{ child: ChildProcess; url: string }> {
    const child = spawn(process.execPath, [BUNDLE, 'serve', '--data', dataDir ?? '', '--port', '0', '--redis', redisUrl, '--lang', 'en'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, HANDLINGSROM_POSTGRES_URL: postgres?.url ?? '' },
    });
    servers.push(child);
    const listening = await waitFor(child, /(ws:\/\/127\.0\.0\.1:\d+).*\n/, 'handlingsrom serve');
    expect(listening[0]).toContain('Redis');
    return { child, url: listening[1] ?? '' };
  }

  it.skipIf(skipReason !== undefined)(
    `a client on each instance sees the other's edits and presence; the stored document has both${skipReason === undefined ? '' : ` — skipped: ${skipReason}`}`,
    async () => {
      dataDir = tempDataDir();
      const kari = (await addMember(dataDir, { name: 'Kari', workspace: 'sekretariat' })).token;
      const ola = (await addMember(dataDir, { name: 'Ola', workspace: 'sekretariat' })).token;
      const [first, second] = [await serve(), await serve()];
      expect(first.url).not.toBe(second.url);

      const a = connectClient(first.url, DOC, kari);
      const b = connectClient(second.url, DOC, ola);
      clients.push(a, b);
      await Promise.all([synced(a), synced(b)]);

      a.map.set('tittel', 'Fra instans 1');
      await until(() => b.map.get('tittel') === 'Fra instans 1', 'the edit on instance 1 reaches the client on instance 2');
      b.map.set('frist', '2026-06-30');
      await until(() => a.map.get('frist') === '2026-06-30', 'the edit on instance 2 reaches the client on instance 1');

      // Presence crosses instances too.
      a.provider.setAwarenessField('user', { name: 'Kari' });
      b.provider.setAwarenessField('user', { name: 'Ola' });
      const names = (c: TestClient) => [...c.provider.awareness?.getStates().values() ?? []].map((s: Record<string, { name?: string } | undefined>) => s.user?.name);
      await until(() => names(b).includes('Kari') && names(a).includes('Ola'), 'each client sees the other in its awareness');

      await Promise.all([synced(a), synced(b)]);
      for (const c of clients.splice(0)) c.destroy();
      // Stopping stores every open document (one instance at a time holds the Redis lock).
      expect(await stopChild(first.child)).toBe(0);
      expect(await stopChild(second.child)).toBe(0);

      const db = new pg.Client({ connectionString: postgres?.url });
      await db.connect();
      try {
        const rows = await db.query<{ name: string; state: Buffer }>(`SELECT name, state FROM ${POSTGRES_TABLE}`);
        expect(rows.rows.map((r) => r.name)).toEqual([DOC]);
        const stored = new Y.Doc();
        Y.applyUpdate(stored, new Uint8Array(rows.rows[0]?.state ?? []));
        expect(stored.getMap('tiltak').toJSON()).toEqual({ tittel: 'Fra instans 1', frist: '2026-06-30' });
      } finally {
        await db.end();
      }
      // Nothing went to files: the data folder holds only team.json.
      expect(existsSync(join(dataDir, 'documents'))).toBe(false);
    },
    180_000,
  );
});
