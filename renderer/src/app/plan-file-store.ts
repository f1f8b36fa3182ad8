/**
 * The page's side of storing an opened plan file in a worker (plan-file-store.worker.ts,
 * protocol in plan-file-store-protocol.ts). Started when «Åpne fil …» is clicked (the worker
 * loads while the user picks the file), given the file's text once the page has found it
 * valid; `store` then writes that document — after `startAfter` when given (the opened plan
 * painted first: the worker's parse and IndexedDB write beside the page's first render of
 * the plan slowed that render down on two busy cores). Where no worker can start
 * (tests, an old engine) or the worker fails before it answers, the page writes it itself,
 * so the document is stored either way, once the write has been asked for.
 */
import type { PlanDocument } from '@shared/domain';
import { getStrictDb } from '../db/database';
import { saveDocument } from '../db/repositories';
import { errorFromChain, type PlanFileStoreRequest, type PlanFileStoreResponse } from './plan-file-store-protocol';

/** Something that behaves like a dedicated Worker (the real one, or a fake in tests). */
export interface PlanFileStoreWorker {
  postMessage(message: PlanFileStoreRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<PlanFileStoreResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** A plan file on its way into the store. */
export interface PlanFileStore {
  /** The file's text: the worker reads it at once. */
  read(text: string): void;
  /**
   * Writes `doc` (the page's reading of the same text) with `stamp` (newWriteStamp) in one
   * transaction; resolves once it is committed, rejects with the storage error. With
   * `startAfter` the write (and any later file's, which keeps its place behind this one)
   * waits for it first.
   */
  store(doc: PlanDocument, stamp: string, startAfter?: PromiseLike<unknown>): Promise<void>;
  /** Drops the worker: the file is not opened after all (none picked, invalid, or the user said no). Not after `store`. */
  cancel(): void;
}

function startWorker(): PlanFileStoreWorker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./plan-file-store.worker.ts', import.meta.url), { type: 'module', name: 'plan-file-store' });
  } catch {
    return null;
  }
}

let createWorker: () => PlanFileStoreWorker | null = startWorker;
/** The last write asked for: the next one starts after it, so two files opened quickly are stored in the order opened. */
let lastWrite: Promise<unknown> = Promise.resolve();

/** Replaces how the worker is started (tests; null: none can start); returns the previous factory. */
export function setPlanFileStoreWorkerFactory(factory: () => PlanFileStoreWorker | null): () => PlanFileStoreWorker | null {
  const previous = createWorker;
  createWorker = factory;
  return previous;
}

/** Starts the worker that will store a plan file (call `read` with its text, then `store`, or `cancel`). */
export function startPlanFileStore(): PlanFileStore {
  let worker = createWorker();
  let storing = false;
  // The page's own write: no worker, or it failed before answering.
  const writeHere = (doc: PlanDocument, stamp: string) => saveDocument(doc, getStrictDb(), stamp).then(() => undefined);
  const writeThere = (current: PlanFileStoreWorker, doc: PlanDocument, stamp: string) =>
    new Promise<void>((resolve, reject) => {
      const done = () => {
        current.onmessage = null;
        current.onerror = null;
        current.terminate();
        worker = null;
      };
      current.onmessage = (event) => {
        done();
        if (event.data.type === 'stored') resolve();
        else reject(errorFromChain(event.data.names, event.data.message));
      };
      // The worker did not load or crashed: its transaction, if any, is undone; write here.
      current.onerror = (event) => {
        event.preventDefault();
        done();
        writeHere(doc, stamp).then(resolve, reject);
      };
      current.postMessage({ type: 'store', stamp, strategy: doc.strategy, plans: doc.plans, actionCount: doc.actions.length });
    });
  return {
    read(text) {
      worker?.postMessage({ type: 'read', text });
    },
    store(doc, stamp, startAfter) {
      storing = true;
      const current = worker;
      const write = () => (current ? writeThere(current, doc, stamp) : writeHere(doc, stamp));
      const run = () => (startAfter ? Promise.resolve(startAfter).then(write) : write());
      const written = lastWrite.then(run, run);
      lastWrite = written.catch(() => undefined);
      return written;
    },
    cancel() {
      // A write asked for runs to its end (terminating the worker would leave it unanswered).
      if (storing) return;
      worker?.terminate();
      worker = null;
    },
  };
}
