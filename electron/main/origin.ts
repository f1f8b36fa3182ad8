/**
 * The renderer's origin and what may be loaded, navigated to or requested from it.
 *
 * The origin is `app://handlingsrom` — chosen once, never to change: IndexedDB (the
 * user's working data) belongs to the origin, and a new origin would lose it. Only an
 * unpackaged build may point the window at the Vite dev server (HANDLINGSROM_DEV_URL).
 */
import path from 'node:path';

/** The custom scheme that serves dist/renderer. */
export const APP_SCHEME = 'app';
/** The one host of the app scheme. */
export const APP_HOST = 'handlingsrom';
/** Where the window starts in a built app. */
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function parseUrl(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/**
 * The Vite dev server URL, or null. Honoured only in an unpackaged app and only on a
 * loopback http address, so a packaged app always uses the app:// origin.
 */
export function resolveDevUrl(raw: string | undefined, isPackaged: boolean): URL | null {
  if (isPackaged || !raw) return null;
  const url = parseUrl(raw);
  if (!url || url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return null;
  return url;
}

/** The URL the main window loads. */
export function entryUrl(devUrl: URL | null): string {
  return devUrl ? devUrl.href : APP_ENTRY_URL;
}

/**
 * True for a URL on the app origin. Compared by protocol and host, because a custom
 * scheme's `URL.origin` is the string "null" outside Chromium.
 */
export function isAppUrl(raw: string): boolean {
  const url = parseUrl(raw);
  return url !== null && url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
}

function isDevOriginUrl(raw: string, devUrl: URL | null): boolean {
  if (!devUrl) return false;
  const url = parseUrl(raw);
  return url !== null && url.protocol === devUrl.protocol && url.host === devUrl.host && url.username === '' && url.password === '';
}

/** True for a ws/wss URL on one of the configured team servers (no user info in it). */
function isTeamUrl(url: URL, teamOrigins: readonly string[]): boolean {
  return url.username === '' && url.password === '' && teamOrigins.includes(`${url.protocol}//${url.host}`);
}

/** True for a page the app may show and trust: the app origin, or the dev server in dev. */
export function isTrustedPageUrl(raw: string, devUrl: URL | null): boolean {
  return isAppUrl(raw) || isDevOriginUrl(raw, devUrl);
}

/**
 * True for a request the session may make. Everything that is not the app itself (or
 * the dev server and its hot-reload socket in dev) is blocked: the app makes no network
 * request at all — except a WebSocket to a team server the planner configured
 * (`teamOrigins`, from the settings; none by default).
 */
export function isAllowedRequestUrl(raw: string, devUrl: URL | null, teamOrigins: readonly string[] = []): boolean {
  const url = parseUrl(raw);
  if (!url) return false;
  switch (url.protocol) {
    case `${APP_SCHEME}:`:
      return isAppUrl(raw);
    case 'data:':
      return true;
    case 'blob:':
      // blob:app://handlingsrom/<uuid> — object URLs the app made itself.
      return isTrustedPageUrl(raw.slice('blob:'.length), devUrl);
    case 'devtools:':
      return devUrl !== null;
    case 'http:':
      return isDevOriginUrl(raw, devUrl);
    case 'ws:':
      return (devUrl !== null && url.host === devUrl.host) || isTeamUrl(url, teamOrigins);
    case 'wss:':
      return isTeamUrl(url, teamOrigins);
    default:
      return false;
  }
}

/**
 * The file under `rendererRoot` that an app:// URL names, or null when the URL is not on
 * the app origin or would leave the folder (`..`, encoded separators, absolute paths,
 * NUL bytes). `pathApi` is injectable so the Windows rules can be tested anywhere.
 */
export function resolveAppFilePath(
  rendererRoot: string,
  requestUrl: string,
  pathApi: path.PlatformPath = path,
): string | null {
  if (!isAppUrl(requestUrl)) return null;
  const url = parseUrl(requestUrl);
  if (!url) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname === '' || pathname === '/') pathname = '/index.html';
  const root = pathApi.resolve(rendererRoot);
  const resolved = pathApi.resolve(root, `.${pathname.startsWith('/') ? '' : '/'}${pathname}`);
  const relative = pathApi.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || pathApi.isAbsolute(relative)) return null;
  return resolved;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The Content-Type for a file served from dist/renderer. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
