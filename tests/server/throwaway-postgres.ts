/**
 * A throwaway PostgreSQL for the team-server tests: a cluster made with initdb in a
 * temporary folder and started with pg_ctl on a free 127.0.0.1 port (as the `postgres`
 * user when the tests run as root, since PostgreSQL refuses to run as root), stopped and
 * deleted afterwards. Where no PostgreSQL is installed (Debian: `apt-get install
 * postgresql`) `findPostgres` gives the reason, and the tests report themselves skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The folder with initdb and pg_ctl, or the reason there is none. */
export function findPostgres(): { bin: string } | { reason: string } {
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

/** A free TCP port on 127.0.0.1 (free when asked; the caller binds it right away). */
export function freePort(): Promise<number> {
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

/** A running throwaway cluster. */
export interface ThrowawayPostgres {
  /** Connection string of its `postgres` database (trust authentication on 127.0.0.1). */
  url: string;
  /** Stops the cluster and deletes its folder. */
  stop(): void;
}

/** Creates and starts a cluster with the tools in `bin`. */
export async function startThrowawayPostgres(bin: string): Promise<ThrowawayPostgres> {
  const cluster = mkdtempSync(join(tmpdir(), 'hr-pg-'));
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(cluster, uid, gid);
  }
  const port = await freePort();
  try {
    pgTool(bin, 'initdb', ['-D', join(cluster, 'data'), '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
    pgTool(bin, 'pg_ctl', [
      '-D', join(cluster, 'data'), '-l', join(cluster, 'log'), '-w', '-t', '60',
      '-o', `-p ${port} -k ${cluster} -c listen_addresses=127.0.0.1 -c fsync=off`, 'start',
    ]);
  } catch (err) {
    rmSync(cluster, { recursive: true, force: true });
    throw err;
  }
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        pgTool(bin, 'pg_ctl', ['-D', join(cluster, 'data'), '-m', 'immediate', 'stop']);
      } finally {
        rmSync(cluster, { recursive: true, force: true });
      }
    },
  };
}
