/**
 * A plain Hocuspocus server for the team-sync journey, started by the test itself on a
 * free 127.0.0.1 port: tokens are checked in onAuthenticate, documents live in memory.
 * (The project's own `handlingsrom serve` was not on main when this journey was written;
 * the journey only needs a server that speaks the same protocol and checks tokens.)
 */
import { Server } from '@hocuspocus/server';

/** A running test server. */
export interface TestTeamServer {
  url: string;
  stop(): Promise<void>;
}

/** Starts a server that accepts exactly `tokens`. */
export async function startTeamServer(tokens: readonly string[]): Promise<TestTeamServer> {
  const allowed = new Set(tokens);
  const server = new Server({
    address: '127.0.0.1',
    port: 0,
    quiet: true,
    stopOnSignals: false,
    onAuthenticate({ token }) {
      if (!allowed.has(token)) throw new Error('denied');
      return Promise.resolve();
    },
  });
  await server.listen(0);
  return { url: `ws://127.0.0.1:${server.address.port}`, stop: () => server.destroy() };
}
