/**
 * The page's side of checking and storing an opened plan file in a worker
 * (plan-file-store.worker.ts, protocol in plan-file-store-protocol.ts). Started when «Åpne
 * fil …» is clicked (the worker loads while the user picks the file), given the picked file
 * (web build) or the file's text as soon as there is one: it checks the file while the page
 * reads its own copy, and says whether the page may take that copy (`check`); `store` then
 * writes the document. Where no worker can start (tests, an old engine) or the worker fails
 * before it answers, the page checks and writes the document itself, so the document is
 * checked completely and stored either way.
 */
import type { PlanDocument } from '@shared/domain';
import type { Message } from '@shared/i18n/message';
import { getStrictDb } from '../db/database';
import { saveDocument } from '../db/repositories';
import { errorFromChain, type PlanFileCheckResponse, type PlanFileStoreRequest, type PlanFileStoreResponse } from './plan-file-store-protocol';

/** Something that behaves like a dedicated Worker (the real one, or a fake in tests). */
export interface PlanFileStoreWorker {
  postMessage(message: PlanFileStoreRequest): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<PlanFileStoreResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * The worker's verdict on the page's text: valid (with whether the document is the file as
 * read — readAcceptedPlanFile — and its number of tiltak), or refused with parsePlanFile's messages.
 */
export type PlanFileVerdict = { ok: true; asRead: boolean; actionCount: number } | { ok: false; errors: Message[] };

/** A plan file on its way into the store. */
export interface PlanFileStore {
  /** The picked file itself (web build): the worker reads and checks it beside the page's own read. */
  readFile(file: Blob): void;
  /**
   * The file's text as the page read it: the worker checks it (unless it reads the file
   * itself). Resolves with its verdict on that very text, or null when no worker checked it
   * — then the page checks the text itself (and `store` writes on the page).
   */
  check(text: string): Promise<PlanFileVerdict | null>;
  /**
   * Writes `doc` (the page's reading of the text the worker found valid: the worker writes
   * its own, equal reading; without a verdict the page writes `doc`) with `stamp`
   * (newWriteStamp) in one transaction; resolves once it is committed, rejects with the storage error.
   */
  store(doc: PlanDocument, stamp: string): Promise<void>;
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

/** Starts the worker that will check and store a plan file (`readFile` and/or `check`, then `store`, or `cancel`). */
export function startPlanFileStore(): PlanFileStore {
  let worker = createWorker();
  let storing = false;
  /** True once the page has taken the worker's verdict on its text: the worker's document is the page's. */
  let agreed = false;
  let sentFile = false;
  let answerCheck: (response: PlanFileCheckResponse | null) => void = () => undefined;
  const checked = new Promise<PlanFileCheckResponse | null>((resolve) => (answerCheck = resolve));
  /** Where the worker's answer to «store» goes (one write per worker). */
  let answerStore: ((response: PlanFileStoreResponse | 'crashed') => void) | null = null;
  const drop = () => {
    if (!worker) return;
    worker.onmessage = null;
    worker.onerror = null;
    worker.terminate();
    worker = null;
  };
  if (worker) {
    worker.onmessage = (event) => {
      const response = event.data;
      if (response.type === 'checked' || response.type === 'unchecked') answerCheck(response);
      else answerStore?.(response);
    };
    // The worker did not load or crashed: its transaction, if any, is undone; the page checks and writes.
    worker.onerror = (event) => {
      event.preventDefault();
      drop();
      answerCheck(null);
      answerStore?.('crashed');
    };
  }
  // The page's own write: no worker, no verdict taken, or the worker failed before answering.
  const writeHere = (doc: PlanDocument, stamp: string) => saveDocument(doc, getStrictDb(), stamp).then(() => undefined);
  const writeThere = (current: PlanFileStoreWorker, doc: PlanDocument, stamp: string) =>
    new Promise<void>((resolve, reject) => {
      answerStore = (response) => {
        answerStore = null;
        if (response === 'crashed') {
          writeHere(doc, stamp).then(resolve, reject);
          return;
        }
        drop();
        if (response.type === 'stored') resolve();
        else if (response.type === 'failed') reject(errorFromChain(response.names, response.message));
      };
      current.postMessage({ type: 'store', stamp, strategyId: doc.strategy.id, actionCount: doc.actions.length });
    });
  return {
    readFile(file) {
      if (!worker || sentFile) return;
      sentFile = true;
      worker.postMessage({ type: 'read-file', file });
    },
    async check(text) {
      if (!worker) return null;
      if (!sentFile) worker.postMessage({ type: 'read', text });
      const response = await checked;
      // No verdict, or one on another text (never expected): the page checks, and writes, itself.
      if (response === null || response.type === 'unchecked' || response.length !== text.length) {
        drop();
        return null;
      }
      agreed = response.ok;
      return response.ok ? { ok: true, asRead: response.asRead, actionCount: response.actionCount } : { ok: false, errors: response.errors };
    },
    store(doc, stamp) {
      storing = true;
      const current = agreed ? worker : null;
      if (!current) drop();
      const run = () => (current ? writeThere(current, doc, stamp) : writeHere(doc, stamp));
      const write = lastWrite.then(run, run);
      lastWrite = write.catch(() => undefined);
      return write;
    },
    cancel() {
      // A write asked for runs to its end (terminating the worker would leave it unanswered).
      if (storing) return;
      drop();
    },
  };
}
