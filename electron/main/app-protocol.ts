/**
 * The app:// scheme: registered as privileged (standard, secure, fetch) before the app is
 * ready, and served from dist/renderer with a strict Content-Security-Policy on every
 * response. The request handler is a plain function of (rendererRoot, readFile) so it is
 * tested without Electron.
 */
import type { CustomScheme, Protocol } from 'electron';
import { contentSecurityPolicyWith } from '@shared/security/content-security-policy';
import { APP_SCHEME, contentTypeFor, resolveAppFilePath } from './origin';

/** The one custom scheme, as given to `protocol.registerSchemesAsPrivileged`. */
export function appSchemes(): CustomScheme[] {
  return [
    {
      scheme: APP_SCHEME,
      // standard + secure: a real origin for IndexedDB and a secure context;
      // supportFetchAPI: the renderer may fetch its own assets; codeCache: faster starts.
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ];
}

/** Reads a file as bytes (fs.promises.readFile in the app). */
export type ReadFile = (filePath: string) => Promise<Uint8Array>;

/** Origins of the configured team servers (the settings' `teamServers`). */
export type TeamOrigins = () => readonly string[];

/** Headers sent with every app:// response, including errors; the CSP names only the configured team servers. */
export function appResponseHeaders(contentType: string, teamOrigins: readonly string[] = []): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicyWith(teamOrigins),
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-cache',
  };
}

function errorResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** Builds the handler that answers app:// requests from files under `rendererRoot`. */
export function createAppRequestHandler(rendererRoot: string, readFile: ReadFile, teamOrigins: TeamOrigins = () => []): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405, 'Method Not Allowed');
    const filePath = resolveAppFilePath(rendererRoot, request.url);
    if (filePath === null) return errorResponse(404, 'Not Found');
    let body: Uint8Array;
    try {
      body = await readFile(filePath);
    } catch (error) {
      const code = errorCode(error);
      return code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR'
        ? errorResponse(404, 'Not Found')
        : errorResponse(500, 'Internal Error');
    }
    const headers = appResponseHeaders(contentTypeFor(filePath), teamOrigins());
    if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
    // Copy into a plain ArrayBuffer-backed view: Response wants BodyInit, not a Buffer slice.
    return new Response(new Uint8Array(body), { status: 200, headers });
  };
}

/** Serves app:// from `rendererRoot` on the default session's protocol. */
export function serveAppScheme(protocol: Pick<Protocol, 'handle'>, rendererRoot: string, readFile: ReadFile, teamOrigins?: TeamOrigins): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererRoot, readFile, teamOrigins));
}
