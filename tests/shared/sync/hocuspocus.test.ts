// The mapping over a real Hocuspocus connection (server and providers in this process,
// on a free 127.0.0.1 port): two planners edit while disconnected, reconnect, and both
// see both edits; the same field gives one winner on both and the conflict on both.
import { HocuspocusProvider } from '@hocuspocus/provider';
import { Server } from '@hocuspocus/server';
import { createRequire } from 'node:module';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Action, PlanDocument } from '@shared/domain';
import { createExampleDocument } from '@shared/templates';
import { readConflicts, watchConflicts } from '@shared/sync';
import { edit, planToYDoc, read } from './helpers';

// Node 20 has no WebSocket global; the provider uses the global one (ws, the server's own).
const ws: unknown = createRequire(import.meta.url)('ws');
Reflect.set(globalThis, 'WebSocket', ws);

const example = createExampleDocument();
const actionId = example.actions[0]?.id ?? '';
let server: Server;
let url = '';

beforeAll(async () => {
  server = new Server({
    address: '127.0.0.1',
    port: 0,
    quiet: true,
    stopOnSignals: false,
    onAuthenticate: ({ token }) => (token === 'ok' ? Promise.resolve() : Promise.reject(new Error('denied'))),
  });
  await server.listen(0);
  url = `ws://127.0.0.1:${server.address.port}`;
});
afterAll(async () => {
  await server.destroy();
});

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function connect(ydoc: Y.Doc, name: string, token = 'ok') {
  const state = { synced: false, denied: false, status: 'connecting' };
  const provider = new HocuspocusProvider({
    url,
    name,
    document: ydoc,
    token,
    onSynced: ({ state: s }) => (state.synced = s),
    onStatus: ({ status }) => (state.status = status),
    onAuthenticationFailed: () => (state.denied = true),
  });
  return { provider, state };
}

function setAction(doc: PlanDocument, patch: Partial<Action>): PlanDocument {
  return { ...doc, actions: doc.actions.map((a) => (a.id === actionId ? { ...a, ...patch } : a)) };
}

const first = (ydoc: Y.Doc) => read(ydoc).actions.find((a) => a.id === actionId);

describe('sync through a Hocuspocus server', () => {
  it('offline edits of different fields merge on reconnect; the same field gives one winner and the conflict on both', async () => {
    const a = planToYDoc(example);
    const b = new Y.Doc();
    watchConflicts(a);
    watchConflicts(b);
    const ca = connect(a, 'team/ex_strategy');
    await until(() => ca.state.synced);
    const cb = connect(b, 'team/ex_strategy');
    await until(() => cb.state.synced && b.getMap('strategy').size > 0);
    expect(read(b)).toEqual(read(a));

    ca.provider.disconnect();
    cb.provider.disconnect();
    // The socket closes asynchronously; only then is the planner really offline.
    await until(() => ca.state.status === 'disconnected' && cb.state.status === 'disconnected');
    edit(a, (d) => setAction(d, { title: 'Tittel skrevet på toget' }), { name: 'Kari', at: '2026-03-01T08:00:00Z' });
    edit(b, (d) => setAction(d, { cost: 4321 }), { name: 'Ola', at: '2026-03-01T08:01:00Z' });
    edit(a, (d) => setAction(d, { owner: 'Kari' }), { name: 'Kari', at: '2026-03-01T08:02:00Z' });
    edit(b, (d) => setAction(d, { owner: 'Ola' }), { name: 'Ola', at: '2026-03-01T08:03:00Z' });
    await ca.provider.connect();
    await cb.provider.connect();
    await until(() => first(a)?.cost === 4321 && first(b)?.title === 'Tittel skrevet på toget');
    await until(() => readConflicts(a).length === 1 && readConflicts(b).length === 1);
    expect(read(a)).toEqual(read(b));
    const owner = first(a)?.owner;
    expect(readConflicts(a)[0]).toMatchObject({ field: 'owner', lostValue: owner === 'Kari' ? 'Ola' : 'Kari' });
    expect(readConflicts(b)).toEqual(readConflicts(a));
    ca.provider.destroy();
    cb.provider.destroy();
  });

  it('a wrong token is refused and learns nothing', async () => {
    const intruder = new Y.Doc();
    const c = connect(intruder, 'team/ex_strategy', 'wrong');
    await until(() => c.state.denied);
    expect(intruder.getMap('strategy').size).toBe(0);
    c.provider.destroy();
  });
});
