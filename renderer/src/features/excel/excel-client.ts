/**
 * Excel export and import off the UI thread. The API for the UI:
 *
 *   exportInWorker(doc, year, language, onProgress?, options?) → Promise<Uint8Array>
 *       The .xlsx bytes of the budget workbook for `year` (hand them to
 *       DesktopApi's save dialog), sheets and headers in `language`. Rejects with a
 *       MessageError (render it with useRenderMessage).
 *   importInWorker(bytes, doc, year, onProgress?, options?) → Promise<ReadWorkbookResult>
 *       `{ ok: true, preview }` (added / changed / removed tiltak, frame change) or
 *       `{ ok: false, errors }` (each a Message: code, params, where = sheet, row, column, field).
 *       Never rejects for a bad file; a time-out also comes back as an error value.
 *   Then apply with `applyImport(doc, year, preview)` from shared/excel/import (pure and
 *   fast, on the UI thread, as one undoable edit).
 *
 * `onProgress` gets `{ done, total }`. `options.signal` cancels (the worker is terminated
 * and the promise rejects with an AbortError); `options.timeoutMs` is a hard limit after
 * which the worker is terminated, whatever exceljs is doing. See use-excel-transfer.ts for
 * the React hook around these.
 */
import type { PlanDocument } from '@shared/domain/document';
import type { ExcelProgress } from '@shared/excel/export';
import type { ReadWorkbookResult } from '@shared/excel/import';
import { DEFAULT_LIMITS, limitError } from '@shared/excel/limit-values';
import { MessageError, msg, type MessageLanguage } from '@shared/i18n/message';
import type { ExcelWorkerRequest, ExcelWorkerResponse } from './excel-protocol';

/** Options for a worker job. */
export interface WorkerJobOptions {
  /** Cancels the job: the worker is terminated. */
  signal?: AbortSignal;
  /** Hard limit in ms (default: the import time limit plus 5 s). */
  timeoutMs?: number;
}

/** Something that behaves like a dedicated Worker (the real one, or a fake in tests). */
export interface WorkerLike {
  postMessage(message: ExcelWorkerRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<ExcelWorkerResponse>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/** Starts the Excel worker (bundled by Vite as a module worker). */
export function startExcelWorker(): WorkerLike {
  return new Worker(new URL('./excel.worker.ts', import.meta.url), { type: 'module', name: 'excel' });
}

let createWorker: () => WorkerLike = startExcelWorker;

/** Replaces how workers are started (tests); returns the previous factory. */
export function setExcelWorkerFactory(factory: () => WorkerLike): () => WorkerLike {
  const previous = createWorker;
  createWorker = factory;
  return previous;
}

/** Default hard limit: the importer's own time limit, plus a margin for start-up. */
export const DEFAULT_WORKER_TIMEOUT_MS = DEFAULT_LIMITS.timeLimitMs + 5_000;

class TimedOut extends Error {}

function abortError(): Error {
  return new DOMException('Cancelled', 'AbortError');
}

function runJob<T>(
  request: ExcelWorkerRequest,
  transfer: Transferable[],
  pick: (response: ExcelWorkerResponse) => T | undefined,
  onProgress: ((p: ExcelProgress) => void) | undefined,
  options: WorkerJobOptions,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (options.signal?.aborted) {
      reject(abortError());
      return;
    }
    const worker = createWorker();
    const finish = () => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
      finish();
      reject(new TimedOut());
    }, options.timeoutMs ?? DEFAULT_WORKER_TIMEOUT_MS);
    worker.onmessage = (event) => {
      const response = event.data;
      if (response.type === 'progress') {
        onProgress?.({ done: response.done, total: response.total });
        return;
      }
      finish();
      if (response.type === 'failed') {
        reject(new MessageError(response.error));
        return;
      }
      const value = pick(response);
      if (value === undefined) reject(new MessageError(msg('common.unexpectedError')));
      else resolve(value);
    };
    worker.onerror = () => {
      finish();
      reject(new MessageError(msg('common.unexpectedError')));
    };
    worker.postMessage(request, transfer);
  });
}

/** Eksporter budsjettarbeidsbok in a worker: the .xlsx bytes for `year`. */
export async function exportInWorker(
  doc: PlanDocument,
  year: number,
  language: MessageLanguage,
  onProgress?: (p: ExcelProgress) => void,
  options: WorkerJobOptions = {},
): Promise<Uint8Array> {
  try {
    return await runJob({ type: 'export', doc, year, language }, [], (r) => (r.type === 'exported' ? r.bytes : undefined), onProgress, options);
  } catch (err) {
    if (err instanceof TimedOut) {
      const seconds = Math.round((options.timeoutMs ?? DEFAULT_WORKER_TIMEOUT_MS) / 1000);
      throw new MessageError(msg('excel.export.timeout', { seconds }));
    }
    throw err;
  }
}

/** Les budsjettarbeidsbok in a worker: a preview or the errors; `bytes` is copied, not moved. */
export async function importInWorker(
  bytes: Uint8Array,
  doc: PlanDocument,
  year: number,
  onProgress?: (p: ExcelProgress) => void,
  options: WorkerJobOptions = {},
): Promise<ReadWorkbookResult> {
  try {
    // A copy whose buffer moves to the worker, so the caller keeps its bytes.
    const copy = bytes.slice();
    return await runJob({ type: 'import', bytes: copy, doc, year }, [copy.buffer], (r) => (r.type === 'imported' ? r.result : undefined), onProgress, options);
  } catch (err) {
    if (err instanceof TimedOut) {
      return { ok: false, errors: [limitError('timeout', { seconds: Math.round((options.timeoutMs ?? DEFAULT_WORKER_TIMEOUT_MS) / 1000) })] };
    }
    throw err;
  }
}
