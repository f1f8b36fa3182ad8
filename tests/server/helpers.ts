/**
 * Test helpers for the team server: a real server on a free 127.0.0.1 port (in-process),
 * real @hocuspocus/provider clients on Y.Docs over the `ws` WebSocket (Node 20 has no
 * global WebSocket), and waiting for a condition with a deadline.
 */
import { createRequire } from 'node:module';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { startServer, type RunningServer, type ServeOptions } from '../../server/index';

// `ws` has no type package here; the provider only needs the constructor.
const WebSocketPolyfill: unknown = createRequire(import.meta.url)('ws');

/** A fresh data folder. */
export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'handlingsrom-serve-'));
}

/** The server on a free port with short store delays. */
export function startTestServer(dataDir: string, options: Partial<ServeOptions> = {}): Promise<RunningServer> {
  return startServer({ dataDir, port: 0, debounce: 20, maxDebounce: 100, revocationCheckMs: 100, ...options });
}

/** A client: one Y.Doc connected to one document with one token. */
export interface TestClient {
  doc: Y.Doc;
  map: Y.Map<unknown>;
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  /** Reasons of every refusal the server sent. */
  refusals: string[];
  /** The Hocuspocus message type of every message received (0 sync, 1 awareness, 2 auth, …). */
  received: number[];
  /** Whether the server confirmed the authentication. */
  isAuthenticated: () => boolean;
  /**
   * Goes offline (the Y.Doc keeps taking edits) and waits for the socket to be closed: the
   * provider's close handler of the old socket would otherwise close a new one opened at once.
   */
  goOffline: () => Promise<void>;
  /** Comes back and syncs. */
  goOnline: () => Promise<unknown>;
  destroy: () => void;
}

/** Connects a client to `documentName` on the server with `token`. */
export function connectClient(url: string, documentName: string, token: string, doc = new Y.Doc()): TestClient {
  const refusals: string[] = [];
  const received: number[] = [];
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill, delay: 50, minDelay: 20, maxDelay: 200, factor: 1.5 });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: documentName,
    document: doc,
    token,
    onAuthenticationFailed: ({ reason }) => refusals.push(reason),
    onMessage: ({ message }) => {
      // A fresh copy of the message: document name first, then the type.
      message.readVarString();
      received.push(message.readVarUint());
    },
  });
  provider.attach();
  return {
    doc,
    map: doc.getMap('tiltak'),
    provider,
    socket,
    refusals,
    received,
    isAuthenticated: () => provider.isAuthenticated,
    goOffline: async () => {
      socket.disconnect();
      await until(() => socket.status === 'disconnected', 'socket closed');
    },
    goOnline: () => socket.connect(),
    destroy: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Waits until `condition` holds, polling; fails with `what` after `timeoutMs`. */
export async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits until a client is synced and has nothing unsent. */
export function synced(client: TestClient, what = 'client synced'): Promise<void> {
  return until(() => client.provider.isSynced && !client.provider.hasUnsyncedChanges, what);
}

/** The map's content as a plain object, keys sorted. */
export function contents(client: TestClient): Record<string, unknown> {
  return Object.fromEntries([...client.map.entries()].sort(([a], [b]) => a.localeCompare(b)));
}

/** Sleeps. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
