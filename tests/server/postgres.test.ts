/**
 * The PostgreSQL storage against a real, throwaway PostgreSQL: a cluster made with initdb
 * in a temporary folder and started with pg_ctl on a free 127.0.0.1 port (as the
 * `postgres` user when the tests run as root), stopped and deleted afterwards. Where no
 * PostgreSQL is installed (Debian: `apt-get install postgresql`) the test reports itself
 * skipped with the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { POSTGRES_TABLE } from '../../server/postgres-storage';
import type { RunningServer } from '../../server/index';
import { addMember } from '../../server/team';
import { connectClient, startTestServer, synced, tempDataDir, type TestClient } from './helpers';

/** The folder with initdb and pg_ctl, or the reason there is none. */
function findPostgres(): { bin: string } | { reason: string } {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'pg_ctl'))) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0];
  let bin: string | undefined = newest === undefined ? undefined : join(root, newest, 'bin');
  if (bin === undefined) {
    const which = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' });
    if (which.status === 0 && which.stdout.trim() !== '') bin = join(which.stdout.trim(), '..');
  }
  if (bin === undefined) return { reason: 'PostgreSQL is not installed (no pg_ctl; Debian: apt-get install postgresql)' };
  if (process.getuid?.() === 0) {
    if (spawnSync('id', ['-u', 'postgres']).status !== 0) return { reason: 'running as root and there is no postgres user to run the cluster as' };
    if (spawnSync('sh', ['-c', 'command -v runuser']).status !== 0) return { reason: 'running as root without runuser' };
  }
  return { bin };
}

const found = findPostgres();
const skipReason = 'reason' in found ? found.reason : undefined;
// Said out loud as well: the default reporter does not list the names of skipped tests.
if (skipReason !== undefined) console.warn(`PostgreSQL storage test skipped: ${skipReason}`);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Runs a PostgreSQL tool, as the postgres user when we are root. */
function pgTool(bin: string, tool: string, args: string[]): void {
  const command = join(bin, tool);
  if (process.getuid?.() === 0) execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' });
  else execFileSync(command, args, { stdio: 'pipe' });
}

describe('PostgreSQL storage', () => {
  let cluster: string | undefined;
  let url = '';
  let server: RunningServer | undefined;
  let clients: TestClient[] = [];
  const dataDirs: string[] = [];

  beforeAll(async () => {
    if (!('bin' in found)) return;
    cluster = mkdtempSync(join(tmpdir(), 'hr-pg-'));
    if (process.getuid?.() === 0) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
      chownSync(cluster, uid, gid);
    }
    const port = await freePort();
    pgTool(found.bin, 'initdb', ['-D', join(cluster, 'data'), '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
    pgTool(found.bin, 'pg_ctl', [
      '-D', join(cluster, 'data'), '-l', join(cluster, 'log'), '-w', '-t', '60',
      '-o', `-p ${port} -k ${cluster} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start',
    ]);
    url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  }, 120_000);

  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server?.stop();
    if (cluster !== undefined && 'bin' in found) {
      try {
        pgTool(found.bin, 'pg_ctl', ['-D', join(cluster, 'data'), '-m', 'immediate', 'stop']);
      } finally {
        rmSync(cluster, { recursive: true, force: true });
      }
    }
    for (const d of dataDirs) rmSync(d, { recursive: true, force: true });
  });

  it.skipIf(skipReason !== undefined)(
    `creates its table, stores the document and serves it again after a restart${skipReason === undefined ? '' : ` — skipped: ${skipReason}`}`,
    async () => {
      const dir = tempDataDir();
      dataDirs.push(dir);
      const { token } = await addMember(dir, { name: 'Kari', workspace: 'it' });
      server = await startTestServer(dir, { postgresUrl: url });
      expect(server.storage).toBe('postgres');
      const a = connectClient(server.url, 'it/str_pg', token);
      clients.push(a);
      await synced(a);
      a.map.set('tittel', 'I databasen');
      a.map.set('kostnad', 125_000);
      await synced(a);
      a.destroy();
      clients = [];
      await server.stop();

      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        const rows = await db.query<{ name: string }>(`SELECT name FROM ${POSTGRES_TABLE}`);
        expect(rows.rows.map((r) => r.name)).toEqual(['it/str_pg']);
      } finally {
        await db.end();
      }
      // Nothing went to files.
      expect(existsSync(join(dir, 'documents'))).toBe(false);

      server = await startTestServer(dir, { postgresUrl: url });
      const b = connectClient(server.url, 'it/str_pg', token);
      clients.push(b);
      await synced(b);
      expect(b.map.toJSON()).toEqual({ tittel: 'I databasen', kostnad: 125_000 });
    },
  );

  it.skipIf(skipReason !== undefined)(`refuses to start with a database it cannot reach${skipReason === undefined ? '' : ` — skipped: ${skipReason}`}`, async () => {
    const dir = tempDataDir();
    dataDirs.push(dir);
    const closed = await freePort();
    await expect(startTestServer(dir, { postgresUrl: `postgres://postgres@127.0.0.1:${closed}/postgres` })).rejects.toThrow();
  });
});
