/**
 * The project's own team server for the team-sync journey: `handlingsrom serve` started
 * by the test as a child process on a free 127.0.0.1 port with a fresh data folder, and
 * members added with `handlingsrom team add-member` (their tokens read from stdout).
 * Stopped (SIGTERM) and its folder deleted afterwards.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/handlingsrom.cjs', import.meta.url));

/** A running test server. */
export interface TestTeamServer {
  url: string;
  /** Token per member name. */
  tokens: Record<string, string>;
  stop(): Promise<void>;
}

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

function waitForListening(child: ChildProcess, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`handlingsrom serve did not start:\n${output}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes(`127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`handlingsrom serve exited (${String(code)}):\n${output}`));
    });
  });
}

/** Starts `handlingsrom serve` with the given members in `workspace`. */
export async function startTeamServer(workspace: string, members: readonly string[]): Promise<TestTeamServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'handlingsrom-e2e-team-'));
  const tokens: Record<string, string> = {};
  for (const name of members) {
    const added = spawnSync(process.execPath, [BIN, 'team', 'add-member', name, '--data', dataDir, '--workspace', workspace], { encoding: 'utf8', timeout: 120_000 });
    if (added.status !== 0) throw new Error(`team add-member failed: ${added.stderr}`);
    tokens[name] = added.stdout.trim();
  }
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--data', dataDir, '--port', String(port)], { stdio: ['ignore', 'ignore', 'pipe'] });
  await waitForListening(child, port);
  return {
    url: `ws://127.0.0.1:${port}`,
    tokens,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
