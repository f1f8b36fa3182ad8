/**
 * The PostgreSQL storage against a real, throwaway PostgreSQL: a cluster made with initdb
 * in a temporary folder and started with pg_ctl on a free 127.0.0.1 port (as the
 * `postgres` user when the tests run as root), stopped and deleted afterwards. Where no
 * PostgreSQL is installed (Debian: `apt-get install postgresql`) the test reports itself
 * skipped with the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { POSTGRES_TABLE } from '../../server/postgres-storage';
import type { RunningServer } from '../../server/index';
import { addMember } from '../../server/team';
import { connectClient, startTestServer, synced, tempDataDir, type TestClient } from './helpers';
import { findPostgres, freePort, startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres';

const found = findPostgres();
const skipReason = 'reason' in found ? found.reason : undefined;
// Said out loud as well: the default reporter does not list the names of skipped tests.
if (skipReason !== undefined) console.warn(`PostgreSQL storage test skipped: ${skipReason}`);

describe('PostgreSQL storage', () => {
  let cluster: ThrowawayPostgres | undefined;
  let url = '';
  let server: RunningServer | undefined;
  let clients: TestClient[] = [];
  const dataDirs: string[] = [];

  beforeAll(async () => {
    if (!('bin' in found)) return;
    cluster = await startThrowawayPostgres(found.bin);
    url = cluster.url;
  }, 120_000);

  afterAll(async () => {
    for (const c of clients) c.destroy();
    await server?.stop();
    cluster?.stop();
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
