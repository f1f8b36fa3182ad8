import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '@shared/security/content-security-policy';
import {
  APP_ENTRY_URL,
  contentTypeFor,
  entryUrl,
  isAllowedRequestUrl,
  isAppUrl,
  isTrustedPageUrl,
  resolveAppFilePath,
  resolveDevUrl,
} from '../../electron/main/origin';

const dev = new URL('http://127.0.0.1:5173/');

describe('resolveDevUrl', () => {
  it('accepts a loopback http URL in an unpackaged app', () => {
    expect(resolveDevUrl('http://127.0.0.1:5173', false)?.href).toBe('http://127.0.0.1:5173/');
    expect(resolveDevUrl('http://localhost:5173/', false)?.host).toBe('localhost:5173');
  });
  it('is ignored in a packaged app: the origin never changes for users', () => {
    expect(resolveDevUrl('http://127.0.0.1:5173', true)).toBeNull();
    expect(entryUrl(resolveDevUrl('http://127.0.0.1:5173', true))).toBe('app://handlingsrom/index.html');
  });
  it.each(['', 'not a url', 'https://127.0.0.1:5173', 'http://example.com:5173', 'http://10.0.0.5:5173', 'file:///tmp/index.html'])(
    'refuses %j',
    (raw) => {
      expect(resolveDevUrl(raw, false)).toBeNull();
    },
  );
  it('gives the entry URL', () => {
    expect(entryUrl(null)).toBe(APP_ENTRY_URL);
    expect(entryUrl(dev)).toBe('http://127.0.0.1:5173/');
  });
});

describe('isAppUrl / isTrustedPageUrl', () => {
  it.each([
    ['app://handlingsrom/index.html', true],
    ['app://handlingsrom/', true],
    ['app://handlingsrom/assets/x.js?v=1#a', true],
    ['app://other/index.html', false],
    ['app://handlingsrom.evil.com/index.html', false],
    ['app://user:pw@handlingsrom/index.html', false],
    ['app://handlingsrom:8080/index.html', false],
    ['https://handlingsrom/index.html', false],
    ['file:///app/index.html', false],
    ['about:blank', false],
    ['', false],
    ['javascript:alert(1)', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
    expect(isTrustedPageUrl(url, null)).toBe(expected);
  });
  it('trusts the dev origin only in dev', () => {
    expect(isTrustedPageUrl('http://127.0.0.1:5173/src/main.tsx', dev)).toBe(true);
    expect(isTrustedPageUrl('http://127.0.0.1:5173/src/main.tsx', null)).toBe(false);
    expect(isTrustedPageUrl('http://127.0.0.1:5174/', dev)).toBe(false);
    expect(isTrustedPageUrl('http://localhost:5173/', dev)).toBe(false);
  });
});

describe('isAllowedRequestUrl (no network)', () => {
  it.each([
    ['app://handlingsrom/assets/index.js', null, true],
    ['data:image/png;base64,AAAA', null, true],
    ['blob:app://handlingsrom/8d7c-11', null, true],
    ['blob:https://example.com/8d7c', null, false],
    ['https://example.com/', null, false],
    ['http://127.0.0.1:5173/', null, false],
    ['ws://127.0.0.1:5173/', null, false],
    ['file:///etc/passwd', null, false],
    ['devtools://devtools/bundled/inspector.html', null, false],
    ['ftp://example.com/', null, false],
    ['app://other/x', null, false],
    ['http://127.0.0.1:5173/@vite/client', dev, true],
    ['ws://127.0.0.1:5173/', dev, true],
    ['devtools://devtools/bundled/inspector.html', dev, true],
    ['https://fonts.googleapis.com/css', dev, false],
    ['http://127.0.0.1:8080/', dev, false],
  ])('%s (dev=%s) → %s', (url, devUrl, expected) => {
    expect(isAllowedRequestUrl(url, devUrl)).toBe(expected);
  });

  // A configured team server: exactly its origin, over ws/wss, and nothing else.
  it.each([
    ['wss://team.example.no/sync', true],
    ['wss://team.example.no:443/', true],
    ['wss://team.example.no:8443/', false],
    ['https://team.example.no/', false],
    ['wss://other.example.no/', false],
    ['wss://user:pw@team.example.no/', false],
    ['ws://127.0.0.1:4428/', true],
    ['ws://127.0.0.1:4429/', false],
    ['http://127.0.0.1:4428/', false],
  ])('with team servers: %s → %s', (url, expected) => {
    expect(isAllowedRequestUrl(url, null, ['wss://team.example.no', 'ws://127.0.0.1:4428'])).toBe(expected);
  });
});

describe('resolveAppFilePath (path traversal guard)', () => {
  const root = '/opt/app/dist/renderer';
  it('maps app URLs to files under the root', () => {
    expect(resolveAppFilePath(root, 'app://handlingsrom/index.html')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFilePath(root, 'app://handlingsrom/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFilePath(root, 'app://handlingsrom/assets/index-abc.js?x=1#y')).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFilePath(root, 'app://handlingsrom/fonts/Inter%20Regular.woff2')).toBe(path.join(root, 'fonts', 'Inter Regular.woff2'));
    // The URL parser itself removes plain dot segments: this stays inside.
    expect(resolveAppFilePath(root, 'app://handlingsrom/assets/../index.html')).toBe(path.join(root, 'index.html'));
  });
  it.each(['app://handlingsrom/../../etc/passwd', 'app://handlingsrom/%2e%2e/%2e%2e/etc/passwd'])(
    'keeps %s inside the root (the URL parser clamps dot segments at /)',
    (url) => {
      expect(resolveAppFilePath(root, url)).toBe(path.join(root, 'etc', 'passwd'));
    },
  );
  it.each([
    'app://handlingsrom/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fsecret',
    'app://handlingsrom/..%2f..%2fsecret',
    'app://handlingsrom/%2fetc%2fpasswd/..%2f..%2f..',
    'app://handlingsrom/index.html%00.png',
    'app://handlingsrom/%E0%A4%A',
    'app://other/index.html',
    'https://handlingsrom/index.html',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFilePath(root, url)).toBeNull();
  });
  it('applies the Windows rules too (backslashes, drive letters)', () => {
    const winRoot = 'C:\\Program Files\\Handlingsrom\\resources\\app.asar\\dist\\renderer';
    expect(resolveAppFilePath(winRoot, 'app://handlingsrom/assets/a.js', path.win32)).toBe(`${winRoot}\\assets\\a.js`);
    expect(resolveAppFilePath(winRoot, 'app://handlingsrom/..%5C..%5C..%5Csecret.txt', path.win32)).toBeNull();
    expect(resolveAppFilePath(winRoot, 'app://handlingsrom/%5C..%5C..%5Cwindows', path.win32)).toBeNull();
    const drive = resolveAppFilePath(winRoot, 'app://handlingsrom/C:%5CWindows%5Cwin.ini', path.win32);
    expect(drive === null || drive.startsWith(`${winRoot}\\`)).toBe(true);
  });
});

describe('content types and CSP', () => {
  it('knows the renderer assets', () => {
    expect(contentTypeFor('/x/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('/x/a.css')).toBe('text/css; charset=utf-8');
    expect(contentTypeFor('/x/a.woff2')).toBe('font/woff2');
    expect(contentTypeFor('/x/a.unknown')).toBe('application/octet-stream');
  });
  it('is strict', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...values] = d.trim().split(/\s+/);
      return [name, values.join(' ')] as const;
    }));
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('connect-src')).toBe("'self'");
    expect(directives.get('base-uri')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(directives.get('default-src')).toBe("'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});
