// A minimal static file server for the built renderer (dist/renderer) on 127.0.0.1, so the
// browser benchmark needs no dev server.
import http from 'node:http';
import http2 from 'node:http2';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/** A throwaway self-signed certificate for 127.0.0.1 (openssl), for the HTTP/2 server. */
function localCertificate() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'handlingsrom-cert-'));
  try {
    const key = path.join(dir, 'key.pem');
    const cert = path.join(dir, 'cert.pem');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', key, '-out', cert], { stdio: 'ignore' });
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Serves `root`; resolves to { url, close, protocol }. HTTP/1.1 by default. `{ http2: true }`:
 * HTTP/2 over TLS with a throwaway self-signed certificate (the browser context must ignore
 * HTTPS errors) — every file on one connection, as the desktop app's app:// scheme serves
 * them (a scheme handler, no network, so none of the browser's six connections per host
 * that queue a reload's ~50 files over HTTP/1.1). Both send every file in full on every
 * request, as app:// does (Cache-Control: no-cache, no validators).
 */
export function serveStatic(root, { http2: useHttp2 = false } = {}) {
  const handler = async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = path.join(root, urlPath === '/' ? 'index.html' : urlPath);
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  };
  const server = useHttp2 ? http2.createSecureServer({ ...localCertificate(), allowHTTP1: true }, handler) : http.createServer(handler);
  const sessions = new Set();
  if (useHttp2) {
    server.on('session', (session) => {
      sessions.add(session);
      session.on('close', () => sessions.delete(session));
    });
  }
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      const close = () =>
        new Promise((r) => {
          for (const s of sessions) s.destroy();
          server.close(r);
        });
      resolve({ url: `${useHttp2 ? 'https' : 'http'}://127.0.0.1:${port}/`, close, protocol: useHttp2 ? 'HTTP/2' : 'HTTP/1.1' });
    });
  });
}
