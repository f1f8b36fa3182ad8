/**
 * Messages between the UI thread and the Excel worker (excel.worker.ts). One request per
 * worker; the worker answers with any number of `progress` messages and then exactly one
 * `exported`, `imported` or `failed`.
 */
import type { PlanDocument } from '@shared/domain/document';
import type { ExcelProgress } from '@shared/excel/export';
import { readWorkbook, type ReadWorkbookResult } from '@shared/excel/import';
import { isMessageError, msg, type Message, type MessageLanguage } from '@shared/i18n/message';
import { exportWorkbookBlob } from './stream/stream-export';

/** What the UI asks the worker to do. */
export type ExcelWorkerRequest =
  | { type: 'export'; doc: PlanDocument; year: number; language: MessageLanguage }
  | { type: 'import'; bytes: Uint8Array; doc: PlanDocument; year: number };

/** What the worker answers. */
export type ExcelWorkerResponse =
  | ({ type: 'progress' } & ExcelProgress)
  | { type: 'exported'; bytes: Uint8Array }
  | { type: 'imported'; result: ReadWorkbookResult }
  | { type: 'failed'; error: Message };

/** Handles one request: the worker's whole job, kept apart from `self` so it can be tested in Node. */
export async function handleExcelRequest(request: ExcelWorkerRequest, post: (response: ExcelWorkerResponse, transfer?: ArrayBuffer[]) => void): Promise<void> {
  const onProgress = (p: ExcelProgress) => post({ type: 'progress', done: p.done, total: p.total });
  try {
    if (request.type === 'export') {
      // Streaming (bounded memory); the bytes are read out of the Blob once, to move to the UI thread.
      const blob = await exportWorkbookBlob(request.doc, request.year, { onProgress, language: request.language });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      post({ type: 'exported', bytes }, bytes.buffer instanceof ArrayBuffer ? [bytes.buffer] : []);
    } else {
      const result = await readWorkbook(request.bytes, request.doc, request.year, { onProgress });
      post({ type: 'imported', result });
    }
  } catch (err) {
    // A refusal says what it is; anything else is a bug, shown as the generic message.
    post({ type: 'failed', error: isMessageError(err) ? err.detail : msg('common.unexpectedError') });
  }
}
