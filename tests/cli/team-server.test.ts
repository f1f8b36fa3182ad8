/**
 * `handlingsrom team …` and `handlingsrom serve`: tokens printed once on stdout, refusals
 * with their exit codes, the loopback rule, and the built command line running the real
 * server as a child process — a client edits, the server stops on SIGTERM (storing the
 * document) and a restarted server serves it back from the data folder.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { msg, renderMessage } from '@shared/i18n/message';
import { runCli } from '../../cli/handlingsrom';
import { hashToken, teamFile } from '../../server/team';
import { connectClient, synced, until } from '../server/helpers';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'handlingsrom.cjs');
let dir: string;

const text = (key: string, params = {}) => renderMessage(msg(`cli.${key}`, params), 'nb');

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { out: (s) => (stdout += s), err: (s) => (stderr += `${s}\n`), showProgress: false });
  return { code, stdout, stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hr-team-'));
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build-cli failed: ${r.stderr}`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('handlingsrom team', () => {
  it('add-member prints the token once on stdout and stores only its hash', async () => {
    const data = join(dir, 'a');
    const r = await run('team', 'add-member', 'Kari Nordmann', '--data', data, '--workspace', 'sekretariat');
    expect(r.code).toBe(0);
    const token = r.stdout.trim();
    expect(token).toMatch(/^hr_[A-Za-z0-9_-]{43}$/);
    expect(r.stderr).not.toContain(token);
    expect(r.stderr.trim()).toBe(text('team.memberAdded', { name: 'Kari Nordmann', role: 'redaktør', workspace: 'sekretariat' }));
    const file = readFileSync(teamFile(data), 'utf8');
    expect(file).not.toContain(token);
    expect(file).toContain(hashToken(token));

    const leser = await run('team', 'add-member', 'Lise', '--data', data, '--role', 'leser');
    expect(leser.code).toBe(0);
    const list = await run('team', 'list', '--data', data, '--json');
    expect(JSON.parse(list.stdout)).toMatchObject([
      { name: 'Kari Nordmann', role: 'redaktør', workspace: 'sekretariat', revokedAt: null },
      { name: 'Lise', role: 'leser', workspace: 'standard', revokedAt: null },
    ]);
    expect(list.stdout).not.toContain('tokenHash');

    expect((await run('team', 'revoke', 'Lise', '--data', data)).code).toBe(0);
    const after = await run('team', 'list', '--data', data, '--json');
    expect(JSON.parse(after.stdout)[1].revokedAt).toEqual(expect.any(String));
    const text2 = await run('team', 'list', '--data', data);
    expect(text2.stdout).toContain(text('team.listHeader', { count: 2 }));
  });

  it('refuses with exit codes: an active duplicate (1), an unknown member (1), a bad role or workspace (2), no --data (2)', async () => {
    const data = join(dir, 'b');
    await run('team', 'add-member', 'Ola', '--data', data);
    const dup = await run('team', 'add-member', 'Ola', '--data', data);
    expect([dup.code, dup.stdout]).toEqual([1, '']);
    expect(dup.stderr.trim()).toBe(text('team.memberExists', { name: 'Ola' }));
    expect((await run('team', 'revoke', 'Per', '--data', data)).code).toBe(1);
    expect((await run('team', 'add-member', 'Per', '--data', data, '--role', 'sjef')).code).toBe(2);
    expect((await run('team', 'add-member', 'Per', '--data', data, '--workspace', 'a/b')).code).toBe(2);
    expect((await run('team', 'add-member', 'Per')).code).toBe(2);
    expect((await run('team', 'fjern', 'Per', '--data', data)).code).toBe(2);
  });
});

describe('handlingsrom serve', () => {
  it('refuses bad usage and a non-loopback host without --allow-insecure', async () => {
    const data = join(dir, 'c');
    expect((await run('serve', '--port', '0')).code).toBe(2);
    expect((await run('serve', '--data', data)).code).toBe(2);
    expect((await run('serve', '--data', data, '--port', '70000')).code).toBe(2);
    const insecure = await run('serve', '--data', data, '--port', '0', '--host', '0.0.0.0');
    expect(insecure.code).toBe(1);
    expect(insecure.stderr.trim()).toBe(text('serve.insecureHost', { host: '0.0.0.0' }));
    const noWebApp = await run('serve', '--data', data, '--port', '0', '--web', join(dir, 'no-such-build'));
    expect(noWebApp.code).toBe(1);
    expect(noWebApp.stderr.trim()).toBe(text('serve.webDirUnusable', { path: join(dir, 'no-such-build') }));
  });

  it('runs as a child process, stores on SIGTERM and serves the document again after a restart', async () => {
    const data = join(dir, 'd');
    const token = (await run('team', 'add-member', 'Kari', '--data', data, '--workspace', 'ws')).stdout.trim();

    const start = async (): Promise<{ child: ChildProcess; url: string; exited: Promise<number | null> }> => {
      const child = spawn(process.execPath, [BIN, 'serve', '--data', data, '--port', '0', '--lang', 'en'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await until(() => /ws:\/\/127\.0\.0\.1:\d+/.test(stderr), 'the server says where it listens', 60_000);
      return { child, url: /ws:\/\/127\.0\.0\.1:\d+/.exec(stderr)?.[0] ?? '', exited };
    };

    const first = await start();
    const a = connectClient(first.url, 'ws/str_cli', token);
    await synced(a);
    a.map.set('tittel', 'Lagret ved stopp');
    await synced(a);
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    a.destroy();

    const second = await start();
    const b = connectClient(second.url, 'ws/str_cli', token);
    try {
      await synced(b);
      expect(b.map.get('tittel')).toBe('Lagret ved stopp');
    } finally {
      b.destroy();
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    }
  });
});
