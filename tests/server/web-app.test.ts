/**
 * `serve --web DIR`: the team server answers plain HTTP with the built web app (its files
 * only, with the app's Content-Security-Policy as a header) while the same port keeps
 * syncing over WebSocket — so the web app and its sync share one origin.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '@shared/security/content-security-policy';
import { ServeError, type RunningServer } from '../../server/index';
import { addMember } from '../../server/team';
import { connectClient, startTestServer, synced, tempDataDir, type TestClient } from './helpers';

const dirs: string[] = [];
let server: RunningServer | undefined;
let clients: TestClient[] = [];

afterEach(async () => {
  for (const c of clients) c.destroy();
  clients = [];
  await server?.stop();
  server = undefined;
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fake built web app beside a secret file it must never serve. */
function webApp(): { web: string; data: string } {
  const root = mkdtempSync(join(tmpdir(), 'hr-web-'));
  dirs.push(root);
  const web = join(root, 'renderer');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>Handlingsrom</title>');
  writeFileSync(join(web, 'assets', 'index-abc123.js'), 'console.log(1);');
  writeFileSync(join(web, '.env'), 'SECRET=1');
  writeFileSync(join(root, 'secret.txt'), 'not for the web');
  symlinkSync(join(root, 'secret.txt'), join(web, 'link.txt'));
  const data = tempDataDir();
  dirs.push(data);
  return { web, data };
}

/** A raw HTTP request (the path is sent as given, not normalised). */
function get(url: string, path: string, method = 'GET'): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('serve --web', () => {
  it('serves index.html and the assets with the CSP header, and nothing outside the folder', async () => {
    const { web, data } = webApp();
    server = await startTestServer(data, { webDir: web });
    expect(server.webUrl).toBe(`http://127.0.0.1:${server.port}/`);
    const base = server.webUrl ?? '';

    const index = await get(base, '/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Handlingsrom</title>');
    expect(index.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(index.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['cache-control']).toBe('no-cache');

    const asset = await get(base, '/assets/index-abc123.js');
    expect([asset.status, asset.body, asset.headers['content-type']]).toEqual([200, 'console.log(1);', 'text/javascript; charset=utf-8']);
    expect(asset.headers['cache-control']).toContain('immutable');
    const head = await get(base, '/assets/index-abc123.js', 'HEAD');
    expect([head.status, head.body]).toEqual([200, '']);

    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/link.txt', '/.env', '/missing.js', '/assets', '/%zz']) {
      const r = await get(base, path);
      expect([path, r.status]).toEqual([path, 404]);
      expect(r.body).not.toContain('not for the web');
    }
    expect((await get(base, '/', 'POST')).status).toBe(405);
  });

  it('syncs over WebSocket on the same port', async () => {
    const { web, data } = webApp();
    const { token } = await addMember(data, { name: 'Kari', workspace: 'ws' });
    server = await startTestServer(data, { webDir: web });
    const a = connectClient(server.url, 'ws/str_web', token);
    const b = connectClient(server.url, 'ws/str_web', token);
    clients.push(a, b);
    await Promise.all([synced(a), synced(b)]);
    a.map.set('tittel', 'Samme opphav');
    await synced(a);
    await expect.poll(() => b.map.get('tittel')).toBe('Samme opphav');
  });

  it('without --web it serves no files; a folder without index.html is refused', async () => {
    const { web, data } = webApp();
    server = await startTestServer(data);
    expect(server.webUrl).toBeNull();
    const r = await get(server.url.replace('ws:', 'http:'), '/');
    expect(r.body).not.toContain('Handlingsrom');
    await server.stop();
    server = undefined;

    const error = await startTestServer(data, { webDir: join(web, 'assets') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServeError);
    expect(error).toMatchObject({ code: 'webDirUnusable' });
  });
});
