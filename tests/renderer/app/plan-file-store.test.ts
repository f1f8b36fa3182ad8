/**
 * «Åpne fil …» has a worker check the file while the page reads its own copy, and store it
 * while the page shows it (issue 13, point 3): the worker gets the picked file (web build) or
 * the text as soon as it is read, and the write (with the page's stamp) only once the page
 * has taken its verdict; an invalid file gives the worker's messages — parsePlanFile's —
 * stops the worker and stores nothing; a file valid but not as read (an older version) is
 * read by the page with parsePlanFile; a failed write rejects with the storage error's
 * names kept; where no worker runs, it fails before answering, or its verdict is on another
 * text, the page checks and writes the document itself.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain';
import { checkPlanFile, parsePlanFile, serializePlanFile } from '@shared/domain/plan-file';
import type { DesktopApi } from '@shared/ipc';
import { openPlanFileFlow } from '../../../renderer/src/app/plan-file-actions';
import type { OpenOptions } from '../../../renderer/src/app/plan-file-actions';
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

/** A Blob's text (jsdom's Blob has no text()). */
function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read'));
    reader.readAsText(blob);
  });
}

type StoreRequest = Extract<PlanFileStoreRequest, { type: 'store' }>;

/**
 * A stand-in worker that does what the real one does with the text it gets (checkPlanFile,
 * answered on a later task); `answer` decides the reply to «store», `check` may replace the verdict.
 */
class FakeWorker implements PlanFileStoreWorker {
  received: PlanFileStoreRequest[] = [];
  terminated = false;
  doc: PlanDocument | null = null;
  onmessage: ((event: MessageEvent<PlanFileStoreResponse>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  constructor(
    private readonly answer: (request: StoreRequest, doc: PlanDocument | null) => Promise<PlanFileStoreResponse | 'crash'>,
    private readonly check: (text: string) => PlanFileStoreResponse | 'crash' = (text) => this.checkAsWorker(text),
  ) {}
  private checkAsWorker(text: string): PlanFileStoreResponse {
    const { result, asRead } = checkPlanFile(text);
    this.doc = result.ok ? result.doc : null;
    return result.ok ? { type: 'checked', length: text.length, ok: true, asRead, actionCount: result.doc.actions.length } : { type: 'checked', length: text.length, ok: false, errors: result.errors };
  }
  private reply(response: PlanFileStoreResponse | 'crash'): void {
    if (this.terminated) return;
    if (response === 'crash') this.onerror?.(new ErrorEvent('error', { message: 'worker crashed' }));
    else this.onmessage?.(new MessageEvent('message', { data: response }));
  }
  postMessage(message: PlanFileStoreRequest): void {
    this.received.push(message);
    if (message.type === 'read') setTimeout(() => this.reply(this.check(message.text)), 0);
    else if (message.type === 'read-file') void blobText(message.file).then((text) => this.reply(this.check(text)));
    else void this.answer(message, this.doc).then((response) => this.reply(response));
  }
  terminate(): void {
    this.terminated = true;
  }
}

/** What the real worker does: its own reading of the file, written with the stamp. */
async function storeAsWorker(request: StoreRequest, doc: PlanDocument | null): Promise<PlanFileStoreResponse> {
  if (!doc || doc.strategy.id !== request.strategyId || doc.actions.length !== request.actionCount) return { type: 'failed', names: ['UnknownError'], message: 'another document' };
  await saveDocument(doc, getStrictDb(), request.stamp);
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

const open = (text: string, options: Partial<OpenOptions> = {}) =>
  openPlanFileFlow({ api: apiWith(text), fileId: null, confirmReplace: async () => true, storeInBackground: true, ...options });
const fileOf = (doc: PlanDocument) => serializePlanFile(doc, '2026-01-01T00:00:00.000Z');
/** A generated document under its own strategy id (generated ones share theirs). */
function generated(actions: number, seed: number): PlanDocument {
  const doc = generateLargeDocument({ actions, years: 1, seed });
  const id = `str_test${seed}`;
  return { ...doc, strategy: { ...doc.strategy, id }, plans: doc.plans.map((p) => ({ ...p, strategyId: id })) };
}

describe('opening a plan file with the write in a worker', () => {
  it('sends the text first, the write with the stamp after the verdict, and hands over the page’s own reading as stored', async () => {
    const doc = generateLargeDocument({ actions: 40, years: 2, seed: 11 });
    const worker = new FakeWorker(storeAsWorker);
    useWorker(worker);
    const prepared: PlanDocument[] = [];
    const outcome = await open(fileOf(doc), { prepare: (read) => void prepared.push(read) });
    if (outcome.kind !== 'opened') throw new Error(outcome.kind);
    expect(outcome.written).toBeDefined();
    await outcome.written;
    expect(worker.received.map((m) => m.type)).toEqual(['read', 'store']);
    expect(worker.received[1]).toEqual({ type: 'store', stamp: outcome.stored.stamp, strategyId: doc.strategy.id, actionCount: 40 });
    // The page took the reading it prepared while the worker checked (the file is as read).
    expect(prepared).toHaveLength(1);
    expect(outcome.stored.doc).toBe(prepared[0]);
    expect(worker.terminated).toBe(true);
    // The tables hold it under the stamp handed over: loadDocument takes the hand-over as it is.
    expect(await loadDocument(doc.strategy.id, undefined, outcome.stored)).toBe(outcome.stored.doc);
    expect(outcome.stored.doc).toEqual(doc);
    await expect.poll(() => getLinkedFile(doc.strategy.id)).toEqual({ fileId: 'file-1', name: 'plan.handlingsrom' });
  });

  it('an invalid file: the worker’s messages (parsePlanFile’s), the worker stopped, nothing stored', async () => {
    const doc = generated(12, 17);
    const broken = fileOf(doc).replace(/"cost": \d+/, '"cost": -5');
    for (const text of ['{"format":"handlingsrom-plan"', broken]) {
      const worker = new FakeWorker(storeAsWorker);
      useWorker(worker);
      const outcome = await open(text);
      const expected = parsePlanFile(text);
      expect(expected.ok).toBe(false);
      expect(outcome).toEqual({ kind: 'invalid', fileName: 'plan.handlingsrom', problems: expected.ok ? [] : expected.errors });
      expect(worker.received.map((m) => m.type)).toEqual(['read']);
      expect(worker.terminated).toBe(true);
    }
    expect(await hasStrategy(doc.strategy.id)).toBe(false);
  });

  it('the picked file goes to the worker, which reads it itself: the page sends no text', async () => {
    const doc = generated(15, 18);
    const text = fileOf(doc);
    const worker = new FakeWorker(storeAsWorker);
    useWorker(worker);
    const outcome = await open(text, { watchPickedFile: (listener) => (listener(new Blob([text])), () => undefined) });
    if (outcome.kind !== 'opened') throw new Error(outcome.kind);
    await outcome.written;
    expect(worker.received.map((m) => m.type)).toEqual(['read-file', 'store']);
    expect(await loadDocument(doc.strategy.id, undefined, outcome.stored)).toBe(outcome.stored.doc);
  });

  it('a file valid but not as read (an older version): the page reads it with parsePlanFile, the worker writes it', async () => {
    const doc = generated(8, 19);
    const older = JSON.parse(fileOf(doc)) as { version: number };
    older.version = 2;
    const text = JSON.stringify(older, null, 2);
    const worker = new FakeWorker(storeAsWorker);
    useWorker(worker);
    const outcome = await open(text);
    if (outcome.kind !== 'opened') throw new Error(outcome.kind);
    await outcome.written;
    const expected = parsePlanFile(text);
    expect(expected.ok && expected.migratedFrom).toBe(2);
    expect(outcome.stored.doc).toEqual(expected.ok ? expected.doc : null);
    expect(worker.received.map((m) => m.type)).toEqual(['read', 'store']);
    expect(await loadDocument(doc.strategy.id, undefined, outcome.stored)).toBe(outcome.stored.doc);
  });

  it('a verdict on another text, or a crash before the verdict: the page checks and writes itself', async () => {
    for (const [seed, check] of [
      [20, () => ({ type: 'checked', length: 3, ok: true, asRead: true, actionCount: 1 }) satisfies PlanFileStoreResponse],
      [21, () => 'crash' as const],
    ] as const) {
      const doc = generated(6, seed);
      const worker = new FakeWorker(storeAsWorker, check);
      useWorker(worker);
      const outcome = await open(fileOf(doc));
      if (outcome.kind !== 'opened') throw new Error(outcome.kind);
      await outcome.written;
      expect(outcome.stored.doc).toEqual(doc);
      expect(worker.received.map((m) => m.type)).toEqual(['read']);
      expect(worker.terminated).toBe(true);
      expect(await loadDocument(doc.strategy.id, undefined, outcome.stored)).toBe(outcome.stored.doc);
    }
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
    const outcome = await open(fileOf(doc));
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
      const outcome = await open(fileOf(doc));
      if (outcome.kind !== 'opened') throw new Error(outcome.kind);
      await outcome.written;
      expect(await loadDocument(doc.strategy.id, undefined, outcome.stored)).toBe(outcome.stored.doc);
      if (restore) setPlanFileStoreWorkerFactory(restore);
      restore = null;
    }
  });

  it('two files opened quickly are written in the order opened', async () => {
    const first = generated(5, 15);
    const second = generated(5, 16);
    const firstText = fileOf(first);
    const secondText = fileOf(second);
    let releaseFirst: () => void = () => undefined;
    const firstWorker = new FakeWorker(async (request, doc) => {
      await new Promise<void>((r) => (releaseFirst = r));
      return storeAsWorker(request, doc);
    });
    const secondWorker = new FakeWorker(storeAsWorker);
    useWorker(firstWorker);
    const a = startPlanFileStore();
    setPlanFileStoreWorkerFactory(() => secondWorker);
    const b = startPlanFileStore();
    expect(await a.check(firstText)).toMatchObject({ ok: true, asRead: true });
    expect(await b.check(secondText)).toMatchObject({ ok: true, asRead: true });
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
