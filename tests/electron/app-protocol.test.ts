import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appSchemes, createAppRequestHandler } from '../../electron/main/app-protocol';
import { CONTENT_SECURITY_POLICY } from '@shared/security/content-security-policy';

let root: string;
let secretDir: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  const base = await fsp.mkdtemp(path.join(os.tmpdir(), 'hr-protocol-'));
  root = path.join(base, 'renderer');
  secretDir = path.join(base, 'secret');
  await fsp.mkdir(path.join(root, 'assets'), { recursive: true });
  await fsp.mkdir(secretDir);
  await fsp.writeFile(path.join(root, 'index.html'), '<!doctype html><title>Handlingsrom</title>');
  await fsp.writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await fsp.writeFile(path.join(secretDir, 'key.txt'), 'top secret');
  handler = createAppRequestHandler(root, (p) => fsp.readFile(p));
});

afterAll(async () => {
  await fsp.rm(path.dirname(root), { recursive: true, force: true });
});

describe('app:// scheme', () => {
  it('is registered as standard, secure and fetch-capable', () => {
    const [scheme] = appSchemes();
    expect(scheme?.scheme).toBe('app');
    expect(scheme?.privileges).toMatchObject({ standard: true, secure: true, supportFetchAPI: true });
    expect(scheme?.privileges?.bypassCSP).toBeFalsy();
  });

  it('serves index.html with the CSP header and a content type', async () => {
    const response = await handler(new Request('app://handlingsrom/index.html'));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Handlingsrom</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('serves / as index.html and assets by path', async () => {
    expect(await (await handler(new Request('app://handlingsrom/'))).text()).toContain('Handlingsrom');
    const js = await handler(new Request('app://handlingsrom/assets/app.js'));
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body', async () => {
    const response = await handler(new Request('app://handlingsrom/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });

  it.each([
    'app://handlingsrom/..%2fsecret%2fkey.txt',
    'app://handlingsrom/assets/..%2f..%2fsecret%2fkey.txt',
    'app://handlingsrom/missing.js',
    'app://handlingsrom/assets',
    'app://elsewhere/index.html',
  ])('answers 404 with CSP for %s and never leaks the file next door', async (url) => {
    const response = await handler(new Request(url));
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).not.toContain('top secret');
  });

  it('refuses other methods', async () => {
    const response = await handler(new Request('app://handlingsrom/index.html', { method: 'POST', body: 'x' }));
    expect(response.status).toBe(405);
  });

  it('answers 500 when reading fails for another reason', async () => {
    const failing = createAppRequestHandler(root, async () => {
      throw Object.assign(new Error('EIO'), { code: 'EIO' });
    });
    expect((await failing(new Request('app://handlingsrom/index.html'))).status).toBe(500);
  });
});
