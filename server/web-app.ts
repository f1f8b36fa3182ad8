/**
 * `handlingsrom serve --web DIR`: the team server also serves the built web app
 * (`dist/renderer` after `npm run build:renderer`) at its own origin. The web build's
 * Content-Security-Policy is a static `connect-src 'self'`; served from the team server,
 * the app's WebSocket to that same server (ws(s)://the same host and port) is 'self'
 * under CSP Level 3, so the browser allows sync with exactly this server and nothing else
 * — one origin for the app and its sync, no widened policy. The files go out with the same
 * policy as a header (which adds `frame-ancestors 'none'`, ignored in a `<meta>`), and
 * nothing outside DIR is ever read.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import type { Extension, onRequestPayload } from '@hocuspocus/server';
import { CONTENT_SECURITY_POLICY } from '@shared/security/content-security-policy';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers on every answer of the web app. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Whether the folder looks like a built web app (has index.html). */
export async function isWebAppDir(dir: string): Promise<boolean> {
  try {
    return (await stat(join(dir, 'index.html'))).isFile();
  } catch {
    return false;
  }
}

/** The file under `root` a request path names, or null (outside root, hidden, not a file). */
async function fileFor(root: string, urlPath: string): Promise<string | null> {
  let path: string;
  try {
    path = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (path.includes('\0') || path.split('/').some((part) => part.startsWith('.') && part !== '')) return null;
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  if (!file.startsWith(root + sep)) return null;
  try {
    // A symbolic link may not lead out of the folder either.
    const real = await realpath(file);
    if (!real.startsWith(root + sep)) return null;
    return (await stat(real)).isFile() ? real : null;
  } catch {
    return null;
  }
}

function answer(response: ServerResponse, status: number, headers: Record<string, string>, body?: Buffer | string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, ...headers });
  response.end(body);
}

/** Answers one HTTP request from the web app folder `root` (a real path). */
export async function serveWebApp(root: string, request: IncomingMessage, response: ServerResponse): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    answer(response, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method Not Allowed');
    return;
  }
  const urlPath = new URL(request.url ?? '/', 'http://localhost').pathname;
  const file = await fileFor(root, urlPath);
  if (file === null) {
    answer(response, 404, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Not Found');
    return;
  }
  const body = await readFile(file);
  // Vite's hashed files under assets/ never change; index.html and the rest are checked each time.
  const immutable = urlPath.startsWith('/assets/');
  answer(
    response,
    200,
    {
      'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': String(body.length),
      'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
    request.method === 'HEAD' ? undefined : body,
  );
}

/**
 * The Hocuspocus extension that answers plain HTTP requests with the web app. WebSocket
 * upgrades never reach onRequest, so sync on the same port is untouched.
 */
export async function webAppExtension(dir: string): Promise<Extension> {
  const root = await realpath(dir);
  return {
    extensionName: 'handlingsrom-web-app',
    onRequest({ request, response }: onRequestPayload): Promise<void> {
      return serveWebApp(root, request, response)
        .catch(() => {
          if (!response.headersSent) answer(response, 500, { 'Content-Type': 'text/plain; charset=utf-8' }, 'Internal Server Error');
          else response.end();
        })
        // Hocuspocus's documented way to say «answered, skip the default response»: reject without an error.
        .then(() => Promise.reject());
    },
  };
}
