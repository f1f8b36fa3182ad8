/**
 * «Åpne fil …» stores the document in a worker while the page shows it (issue 13, point 3):
 * the worker gets the text and the write (with the page's stamp) only once the file is found
 * valid and the write is started (`startWrite`, once the plan is painted; by itself after
 * `writeStartLatestMs` otherwise); an invalid file stops the worker and stores nothing; a
 * failed write rejects with the storage error's names kept; where no worker runs, or it
 * fails before answering, the page writes the document itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain';
import { acceptedPlanFileActions, serializePlanFile } from '@shared/domain/plan-file';
import type { DesktopApi } from '@shared/ipc';
import { openPlanFileFlow } from '../../../renderer/src/app/plan-file-actions';
import type { PlanFileStoreRequest, PlanFileStoreResponse } from '../../../renderer/src/app/plan-file-store-protocol';
import type { PlanFileStoreWorker } from '../../../renderer/src/app/plan-file-store';
import { setPlanFileStoreWorkerFactory, startPlanFileStore } from '../../../renderer/src/app/plan-file-store';
import { getStrictDb } from '../../../renderer/src/db/database';
import { getLinkedFile, hasStrategy, loadDocument, saveDocument } from '../../../renderer/src/db/repositories';
import { createWebDesktopApi } from '../../../renderer/src/platform/web-desktop-api';
import { storageErrorMessage } from '../../../renderer/src/state/storage-error';
import { generateLargeDocument } from '../helpers';

function apiWith(text: string): DesktopApi {
  return { ...createWebDesktopApi(), openPlanFile: async () => ({ ok: true, value: { fileId: 'file-1', name: 'plan.handlingsrom', text } }) } satisfies DesktopApi;
}

/** A stand-in worker: records what the page sends; `answer` decides the reply to «store». */
class FakeWorker implements PlanFileStoreWorker {
  received: PlanFileStoreRequest[] = [];
  terminated = false;
  onmessage: ((event: MessageEvent<PlanFileStoreResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor(private readonly answer: (request: Extract<PlanFileStoreRequest, { type: 'store' }>, text: string) => Promise<PlanFileStoreResponse | 'crash'>) {}
  postMessage(message: PlanFileStoreRequest): void {
    this.received.push(message);
    if (message.type !== 'store') return;
    const read = this.received.find((m) => m.type === 'read');
    void this.answer(message, read?.type === 'read' ? read.text : '').then((response) => {
      if (response === 'crash') this.onerror?.(new ErrorEvent('error', { message: 'worker crashed' }));
      else this.onmessage?.(new MessageEvent('message', { data: response }));
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** What the real worker does: the page's strategy and plans, the tiltak from the text, written with the stamp. */
async function storeAsWorker(request: Extract<PlanFileStoreRequest, { type: 'store' }>, text: string): Promise<PlanFileStoreResponse> {
  const actions = acceptedPlanFileActions(text);
  if (!actions) return { type: 'failed', names: ['UnknownError'], message: 'not as they stand' };
  await saveDocument({ strategy: request.strategy, plans: request.plans, actions }, getStrictDb(), request.stamp);
  return { type: 'stored' };
}

let restore: (() => PlanFileStoreWorker | null) | null = null;
afterEach(() => {
  if (restore) setPlanFileStoreWorkerFactory(restore);
  restore = null;
});

function useWorker(worker: PlanFileStoreWorker | null): void {
  restore = setPlanFileStoreWorkerFactory(() => worker);
}

const open = (text: string, writeStartLatestMs?: number) =>
  openPlanFileFlow({ api: apiWith(text), fileId: null, confirmReplace: async () => true, storeInBackground: true, writeStartLatestMs });
/** Opens `text` and starts its write at once, as the workspace does once the plan is painted. */
async function openAndStart(text: string) {
  const outcome = await open(text);
  if (outcome.kind === 'opened') outcome.startWrite?.();
  return outcome;
}
const fileOf = (doc: PlanDocument) => serializePlanFile(doc, '2026-01-01T00:00:00.000Z');
/** A generated document under its own strategy id (generated ones share theirs). */
function generated(actions: number, seed: number): PlanDocument {
  const doc = generateLargeDocument({ actions, years: 1, seed });
  const id = `str_test${seed}`;
  return { ...doc, strategy: { ...doc.strategy, id }, plans: doc.plans.map((p) => ({ ...p, strategyId: id })) };
}

describe('opening a plan file with the write in a worker', () => {
  it('sends the text first, the write with the stamp after the check, and hands over the document as stored', async () => {
    const doc = generateLargeDocument({ actions: 40, years: 2, seed: 11 });
    const worker = new FakeWorker(storeAsWorker);
    useWorker(worker);
    const outcome = await open(fileOf(doc), 60_000);
    if (outcome.kind !== 'opened') throw new Error(outcome.kind);
    expect(outcome.written).toBeDefined();
    // Nothing reaches the worker before the write is started (the plan painted).
    await new Promise((r) => setTimeout(r, 20));
    expect(worker.received).toEqual([]);
    expect(await hasStrategy(doc.strategy.id)).toBe(false);
    outcome.startWrite?.();
    await outcome.written;
    expect(worker.received.map((m) => m.type)).toEqual(['read', 'store']);
    expect(worker.received[1]).toEqual({ type: 'store', stamp: outcome.stored.stamp, strategy: outcome.stored.doc.strategy, plans: outcome.stored.doc.plans, actionCount: 40 });
    expect(worker.terminated).toBe(true);
    // The tables hold it under the stamp handed over: loadDocument takes the hand-over as it is.
    expect(await loadDocument(doc.strategy.id, undefined, outcome.stored)).toBe(outcome.stored.doc);
    expect(outcome.stored.doc).toEqual(doc);
    await expect.poll(() => getLinkedFile(doc.strategy.id)).toEqual({ fileId: 'file-1', name: 'plan.handlingsrom' });
  });

  it('an invalid file stops the worker and stores nothing', async () => {
    const worker = new FakeWorker(storeAsWorker);
    useWorker(worker);
    const outcome = await open('{"format":"handlingsrom-plan"');
    expect(outcome.kind).toBe('invalid');
    expect(worker.received).toEqual([]);
    expect(worker.terminated).toBe(true);
  });

  it('no file picked: the worker started at the click is stopped', async () => {
    const worker = new FakeWorker(storeAsWorker);
    useWorker(worker);
    const api: DesktopApi = { ...createWebDesktopApi(), openPlanFile: async () => ({ ok: false, error: { code: 'cancelled', message: '' } }) };
    const outcome = await openPlanFileFlow({ api, fileId: null, confirmReplace: async () => true, storeInBackground: true });
    expect(outcome.kind).toBe('cancelled');
    expect(worker.received).toEqual([]);
    expect(worker.terminated).toBe(true);
  });

  it('a failed write rejects with the storage error (names kept), and nothing is stored', async () => {
    const doc = generated(10, 12);
    useWorker(new FakeWorker(async () => ({ type: 'failed', names: ['AbortError', 'QuotaExceededError'], message: 'full' })));
    const outcome = await openAndStart(fileOf(doc));
    if (outcome.kind !== 'opened') throw new Error(outcome.kind);
    const error = await outcome.written?.then(
      () => null,
      (e: unknown) => e,
    );
    expect(storageErrorMessage(error).code).toBe('storage.error.quotaExceeded');
    expect(await hasStrategy(doc.strategy.id)).toBe(false);
  });

  it('without a worker, or when it crashes, the page writes the document itself', async () => {
    for (const [seed, worker] of [
      [13, null],
      [14, new FakeWorker(async () => 'crash')],
    ] as const) {
      const doc = generated(10, seed);
      useWorker(worker);
      const outcome = await openAndStart(fileOf(doc));
      if (outcome.kind !== 'opened') throw new Error(outcome.kind);
      await outcome.written;
      expect(await loadDocument(doc.strategy.id, undefined, outcome.stored)).toBe(outcome.stored.doc);
      if (restore) setPlanFileStoreWorkerFactory(restore);
      restore = null;
    }
  });

  it('a write nobody starts starts by itself after writeStartLatestMs', async () => {
    const doc = generated(10, 17);
    const worker = new FakeWorker(storeAsWorker);
    useWorker(worker);
    const outcome = await open(fileOf(doc), 10);
    if (outcome.kind !== 'opened') throw new Error(outcome.kind);
    await outcome.written;
    expect(worker.received.map((m) => m.type)).toEqual(['read', 'store']);
    expect(await loadDocument(doc.strategy.id, undefined, outcome.stored)).toBe(outcome.stored.doc);
  });

  it('a write waiting for its start keeps its place: a later file is written after it', async () => {
    const first = generated(5, 18);
    const second = generated(5, 19);
    const firstWorker = new FakeWorker(storeAsWorker);
    const secondWorker = new FakeWorker(storeAsWorker);
    useWorker(firstWorker);
    const a = await open(fileOf(first), 60_000);
    setPlanFileStoreWorkerFactory(() => secondWorker);
    const b = await open(fileOf(second), 60_000);
    if (a.kind !== 'opened' || b.kind !== 'opened') throw new Error('not opened');
    b.startWrite?.();
    await new Promise((r) => setTimeout(r, 30));
    // The second file's text may go to its worker; its write waits for the first's.
    expect(secondWorker.received.map((m) => m.type)).toEqual(['read']);
    expect(firstWorker.received).toEqual([]);
    a.startWrite?.();
    await a.written;
    await b.written;
    expect(secondWorker.received.map((m) => m.type)).toEqual(['read', 'store']);
    expect(await loadDocument(second.strategy.id, undefined, b.stored)).toBe(b.stored.doc);
  });

  it('two files opened quickly are written in the order opened', async () => {
    const first = generated(5, 15);
    const second = generated(5, 16);
    let releaseFirst: () => void = () => undefined;
    const firstWorker = new FakeWorker(async (request, text) => {
      await new Promise<void>((r) => (releaseFirst = r));
      return storeAsWorker(request, text);
    });
    const secondWorker = new FakeWorker(storeAsWorker);
    useWorker(firstWorker);
    const a = startPlanFileStore();
    setPlanFileStoreWorkerFactory(() => secondWorker);
    const b = startPlanFileStore();
    a.read(fileOf(first));
    b.read(fileOf(second));
    const writtenA = a.store(first, '2026-01-01T00:00:00.001Z');
    const writtenB = b.store(second, '2026-01-01T00:00:00.002Z');
    await new Promise((r) => setTimeout(r, 30));
    expect(secondWorker.received.map((m) => m.type)).toEqual(['read']);
    releaseFirst();
    await writtenA;
    await writtenB;
    expect(secondWorker.received.map((m) => m.type)).toEqual(['read', 'store']);
  });
});
