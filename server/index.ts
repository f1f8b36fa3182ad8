/**
 * The team server (`handlingsrom serve`): Hocuspocus with one Y.Doc per strategy, named
 * `<workspace>/<strategyId>`. Every connection authenticates with a member's personal
 * token (see team.ts) for a document in that member's workspace; «leser» connects
 * read-only. A refused connection gets «permission-denied» and nothing of the document:
 * Hocuspocus loads a document only after onAuthenticate passed. team.json is re-read on
 * every authentication and checked every few seconds, so a revoked member's open
 * connections are closed too.
 *
 * Storage: files under the data folder (file-storage.ts) or PostgreSQL (`postgresUrl`);
 * Redis (`redisUrl`) to run several instances behind one load balancer. With `webDir` the
 * same port also serves the built web app over HTTP (web-app.ts).
 */
import { mkdir, stat } from 'node:fs/promises';
import { Database } from '@hocuspocus/extension-database';
import { Server } from '@hocuspocus/server';
import type { Extension, Hocuspocus, onAuthenticatePayload } from '@hocuspocus/server';
import { lockDataDir } from './data-lock';
import { FileStorage, type CompactionLimits, type DocumentStorage } from './file-storage';
import { isLoopbackHost } from './host';
import { PostgresStorage } from './postgres-storage';
import { redisExtension } from './redis';
import { isWebAppDir, webAppExtension } from './web-app';
import { authorize, isActive, readTeam, teamFile, type Team } from './team';

/** How the server is started. */
export interface ServeOptions {
  /** The data folder: team.json and, without PostgreSQL, the documents. */
  dataDir: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** PostgreSQL connection string: documents in the database instead of files. */
  postgresUrl?: string;
  /** Redis URL: share updates with other instances. */
  redisUrl?: string;
  /**
   * The built web app (dist/renderer) to serve over HTTP at the server's own origin, so the
   * web build's `connect-src 'self'` covers its WebSocket to this server (see web-app.ts).
   */
  webDir?: string;
  /** Listen on a non-loopback host without TLS (TLS is done by a reverse proxy in front). */
  allowInsecure?: boolean;
  /** Milliseconds a change waits before it is stored (default 2000; stored at once when the last client leaves). */
  debounce?: number;
  /** Longest wait before a change is stored while edits keep coming (default 10 000). */
  maxDebounce?: number;
  /** When the file logs are compacted. */
  compaction?: Partial<CompactionLimits>;
  /** How often team.json is checked for revoked members (ms, default 2000). */
  revocationCheckMs?: number;
  /** What happened, for the log (refusals, revoked connections closed). */
  onEvent?: (event: ServerEvent) => void;
}

/** Something worth a log line. */
export type ServerEvent =
  | { kind: 'refused'; documentName: string; address: string }
  | { kind: 'revokedClosed'; member: string; documentName: string };

/** Why the server would not start. */
export class ServeError extends Error {
  constructor(readonly code: 'insecureHost' | 'dataDirUnusable' | 'dataDirLocked' | 'webDirUnusable', readonly detail = '') {
    super(code);
  }
}

/** A running server. */
export interface RunningServer {
  host: string;
  port: number;
  /** The WebSocket URL clients connect to, e.g. ws://127.0.0.1:1234. */
  url: string;
  storage: 'files' | 'postgres';
  hasRedis: boolean;
  /** Where the web app is served (http://host:port/), when started with `webDir`. */
  webUrl: string | null;
  /** The Hocuspocus instance (documents in memory; direct connections for tools and the bench). */
  instance: Hocuspocus;
  /** Closes every connection, stores every open document, and stops. */
  stop(): Promise<void>;
}

/** Context Hocuspocus keeps on an authenticated connection. */
interface MemberContext {
  member: string;
  tokenHash: string;
}

/** The refusal Hocuspocus sends as «permission-denied»; an empty message keeps it out of its console log. */
class Refused extends Error {
  readonly reason = 'permission-denied';
  constructor() {
    super('');
  }
}

/** The team file, re-read when it changed on disk. */
function teamReader(dataDir: string): () => Promise<Team> {
  let cached: { key: string; team: Team } | undefined;
  return async () => {
    let key = 'missing';
    try {
      const s = await stat(teamFile(dataDir));
      key = `${s.mtimeMs}:${s.size}:${s.ino}`;
    } catch {
      // No team yet: nobody gets in.
    }
    if (cached?.key !== key) cached = { key, team: await readTeam(dataDir) };
    return cached.team;
  };
}

function isMemberContext(value: unknown): value is MemberContext {
  return typeof value === 'object' && value !== null && typeof (value as Partial<MemberContext>).tokenHash === 'string';
}

/** Starts the team server. Refuses a non-loopback host without `allowInsecure`. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(host) && options.allowInsecure !== true) throw new ServeError('insecureHost', host);
  try {
    await mkdir(options.dataDir, { recursive: true });
  } catch (err) {
    throw new ServeError('dataDirUnusable', err instanceof Error ? err.message : String(err));
  }
  // Checked before anything is locked or opened: a wrong folder is a usage mistake.
  if (options.webDir !== undefined && !(await isWebAppDir(options.webDir))) throw new ServeError('webDirUnusable', options.webDir);
  const team = teamReader(options.dataDir);
  const onEvent = options.onEvent ?? (() => undefined);

  let storage: DocumentStorage;
  let unlock = async (): Promise<void> => undefined;
  if (options.postgresUrl !== undefined) {
    const postgres = new PostgresStorage(options.postgresUrl);
    await postgres.init();
    storage = postgres;
  } else {
    // The file logs belong to one process at a time.
    const lock = await lockDataDir(options.dataDir);
    if ('heldBy' in lock) throw new ServeError('dataDirLocked', String(lock.heldBy));
    unlock = lock.release;
    storage = new FileStorage(options.dataDir, options.compaction);
  }

  const auth: Extension = {
    extensionName: 'handlingsrom-auth',
    async onAuthenticate(data: onAuthenticatePayload): Promise<MemberContext> {
      let access = null;
      try {
        access = authorize(await team(), data.token, data.documentName);
      } catch {
        // An unreadable team file lets nobody in.
      }
      if (access === null) {
        onEvent({ kind: 'refused', documentName: data.documentName, address: data.request.socket.remoteAddress ?? '' });
        throw new Refused();
      }
      data.connectionConfig.readOnly = access.readOnly;
      return { member: access.member.name, tokenHash: access.member.tokenHash };
    },
  };
  const database = new Database({
    fetch: ({ documentName }) => storage.fetch(documentName),
    store: ({ documentName, document }) => storage.store(documentName, document),
  });
  const forget: Extension = {
    extensionName: 'handlingsrom-storage-cache',
    async afterUnloadDocument({ documentName }) {
      storage.forget?.(documentName);
    },
  };
  const extensions: Extension[] = [auth, database, forget];
  if (options.redisUrl !== undefined) extensions.push(redisExtension(options.redisUrl));
  if (options.webDir !== undefined) extensions.push(await webAppExtension(options.webDir));

  const server = new Server({
    name: 'handlingsrom',
    port: options.port,
    address: host,
    quiet: true,
    stopOnSignals: false,
    debounce: options.debounce ?? 2000,
    maxDebounce: options.maxDebounce ?? 10_000,
    extensions,
  });
  try {
    // listen() resolves on success only; a port in use arrives as an 'error' event.
    await new Promise<void>((resolve, reject) => {
      server.httpServer.once('error', reject);
      server.listen().then(() => {
        server.httpServer.off('error', reject);
        resolve();
      }, reject);
    });
  } catch (err) {
    await unlock();
    await storage.close?.();
    throw err;
  }

  // Revoked members lose their open connections, not only their next one.
  const check = setInterval(() => {
    void closeRevoked();
  }, options.revocationCheckMs ?? 2000);
  check.unref();
  async function closeRevoked(): Promise<void> {
    let current: Team;
    try {
      current = await team();
    } catch {
      return;
    }
    const active = new Set(current.members.filter(isActive).map((m) => m.tokenHash));
    for (const document of server.hocuspocus.documents.values()) {
      for (const connection of document.getConnections()) {
        const context: unknown = connection.context;
        if (isMemberContext(context) && !active.has(context.tokenHash)) {
          onEvent({ kind: 'revokedClosed', member: context.member, documentName: document.name });
          connection.close({ code: 4403, reason: 'Forbidden' });
          // Closing the socket makes the client reconnect and authenticate again, so it hears
          // «permission-denied» (access revoked) instead of waiting on a silent document.
          connection.webSocket.close(4403, 'Forbidden');
        }
      }
    }
  }

  const port = server.address.port;
  const urlHost = host.includes(':') ? `[${host}]` : host;
  let stopping: Promise<void> | undefined;
  return {
    host,
    port,
    url: `ws://${urlHost}:${port}`,
    storage: options.postgresUrl !== undefined ? 'postgres' : 'files',
    hasRedis: options.redisUrl !== undefined,
    webUrl: options.webDir === undefined ? null : `http://${urlHost}:${port}/`,
    instance: server.hocuspocus,
    stop() {
      stopping ??= (async () => {
        clearInterval(check);
        await server.destroy();
        // destroy() ends the documents' connections but leaves the sockets open (clients would
        // hold the process until their own timeout): close them, and the HTTP server with them.
        for (const socket of server.webSocketServer.clients) socket.terminate();
        server.httpServer.closeAllConnections();
        await storage.close?.();
        await unlock();
      })();
      return stopping;
    },
  };
}
