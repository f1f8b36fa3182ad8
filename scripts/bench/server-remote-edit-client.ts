/**
 * One planner of the remote-edit bench (server-remote-edit.mjs), run in a worker thread of
 * its own so five clients' work runs side by side as on five machines: a Y.Doc on
 * @hocuspocus/provider over `ws`, bound to the app's model through the app's own mapping
 * (shared/sync) the way the renderer's bridge does it — a local edit is a pure edit
 * (`updateAction`) written with `applyPlanToYDoc` in one transaction; every remote update
 * is read back into a new PlanDocument by the reader the renderer's bridge uses
 * (`createPlanReader`: only the changed entities), or with `fullRead` by the full
 * `yDocToPlan` of the whole document on every update (the earlier way, for comparison). The first client generates the
 * strategy and uploads it («Del med teamet»); the others download it («Åpne teamstrategi»).
 *
 * Times are `process.hrtime` (one monotonic clock for every thread of the process), so an
 * edit's start in one worker and its arrival in another compare directly.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import type { MessagePort } from 'node:worker_threads';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import type { PlanDocument } from '../../shared/domain/document';
import { updateAction } from '../../shared/edits/actions';
import { applyPlanToYDoc, collectionMap, planToYDoc, SYNC_COLLECTIONS, yDocToPlan } from '../../shared/sync/plan-ydoc';
import { createPlanReader, type PlanReader } from '../../shared/sync/plan-ydoc-incremental';
import { generateLargeDocument } from '../../shared/templates/generate';

// `ws` has no type package here; the provider only needs the constructor.
const WebSocketPolyfill: unknown = createRequire(import.meta.url)('ws');
const LOCAL = 'bench:local';

/** What the orchestrator tells the client at start. */
export interface ClientInit {
  url: string;
  documentName: string;
  token: string;
  name: string;
  /** Generate the strategy with this many tiltak and upload it; otherwise download it. */
  upload: { actions: number; seed: number } | null;
  /** Read every remote update with the full yDocToPlan instead of the incremental reader. */
  fullRead?: boolean;
}

/** Messages from the orchestrator. */
export type ToClient =
  | { type: 'expect'; k: number; id: string; title: string }
  | { type: 'edit'; k: number; id: string; title: string }
  | { type: 'digest' }
  | { type: 'close' };

/** Messages to the orchestrator. */
export type FromClient =
  | { type: 'ready'; joinMs: number; actionIds: string[] }
  | { type: 'expecting'; k: number }
  | { type: 'edited'; k: number; t0: number; localMs: number }
  | { type: 'seen'; k: number; ydocAt: number; planAt: number; read: 'none' | 'incremental' | 'full' }
  | { type: 'digest'; digest: string; actions: number }
  | { type: 'error'; message: string }
  | { type: 'closed' };

function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

function until(condition: () => boolean, what: string, timeoutMs = 600_000): Promise<void> {
  const start = Date.now();
  return new Promise((resolve, reject) => {
    const poll = () => {
      if (condition()) resolve();
      else if (Date.now() - start > timeoutMs) reject(new Error(`timed out waiting for: ${what}`));
      else setTimeout(poll, 5);
    };
    poll();
  });
}

/** Runs one client until told to close. */
export async function runClient(init: ClientInit, port: MessagePort): Promise<void> {
  const send = (message: FromClient) => port.postMessage(message);
  const actionsKey = SYNC_COLLECTIONS.find((c) => c.path[0] === 'actions');
  if (actionsKey === undefined) throw new Error('no actions collection');
  const start = now();

  let current: PlanDocument | null = null;
  let ydoc: Y.Doc;
  if (init.upload !== null) {
    current = generateLargeDocument({ actions: init.upload.actions, years: 1, seed: init.upload.seed });
    ydoc = planToYDoc(current);
  } else {
    ydoc = new Y.Doc();
  }
  const actions = collectionMap(ydoc, actionsKey);
  const expected = new Map<number, { id: string; title: string; ydocAt: number | null }>();
  // Created once `current` is the document the Y.Doc holds (after the upload or the first sync).
  let reader: PlanReader | null = init.upload === null ? null : createPlanReader(ydoc, { full: init.fullRead === true });

  ydoc.on('update', (_update: Uint8Array, origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
    reader?.track(transaction);
    if (origin === LOCAL || current === null || reader === null) return;
    const arrived = now();
    for (const e of expected.values()) {
      if (e.ydocAt === null && actions.get(e.id)?.get('title') === e.title) e.ydocAt = arrived;
    }
    // As the renderer's bridge: every remote change becomes a new PlanDocument.
    const read = reader.read(current);
    if (!read.ok) {
      send({ type: 'error', message: `yDocToPlan: ${JSON.stringify(read.errors.slice(0, 2))}` });
      return;
    }
    current = read.doc;
    const planAt = now();
    for (const [k, e] of expected) {
      if (e.ydocAt !== null && current.actions.find((a) => a.id === e.id)?.title === e.title) {
        expected.delete(k);
        send({ type: 'seen', k, ydocAt: e.ydocAt, planAt, read: reader.lastRead() });
      }
    }
  });

  const socket = new HocuspocusProviderWebsocket({ url: init.url, WebSocketPolyfill });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: init.documentName, document: ydoc, token: init.token });
  provider.attach();
  provider.setAwarenessField('user', { name: init.name });
  await until(() => provider.isSynced && !provider.hasUnsyncedChanges, 'first sync');
  if (current === null) {
    const read = yDocToPlan(ydoc);
    if (!read.ok) throw new Error(`the downloaded strategy is not valid: ${JSON.stringify(read.errors.slice(0, 2))}`);
    current = read.doc;
  }
  reader ??= createPlanReader(ydoc, { full: init.fullRead === true });
  send({ type: 'ready', joinMs: now() - start, actionIds: init.upload === null ? [] : current.actions.map((a) => a.id) });

  port.on('message', (message: ToClient) => {
    switch (message.type) {
      case 'expect':
        expected.set(message.k, { id: message.id, title: message.title, ydocAt: null });
        send({ type: 'expecting', k: message.k });
        break;
      case 'edit': {
        const before = current;
        if (before === null) return;
        const t0 = now();
        // The planner's edit: a pure edit, then the changed fields in one Y.Doc transaction.
        const after = updateAction(before, message.id, { title: message.title });
        applyPlanToYDoc(ydoc, before, after, LOCAL, { name: init.name, at: new Date().toISOString() });
        current = after;
        send({ type: 'edited', k: message.k, t0, localMs: now() - t0 });
        break;
      }
      case 'digest': {
        const titles = (current?.actions ?? []).map((a) => `${a.id}=${a.title}`).join('\n');
        send({ type: 'digest', digest: createHash('sha256').update(titles).digest('hex'), actions: current?.actions.length ?? 0 });
        break;
      }
      case 'close':
        provider.destroy();
        socket.destroy();
        ydoc.destroy();
        send({ type: 'closed' });
        port.close();
        break;
    }
  });
}
