/**
 * Checks and stores an opened plan file off the page's thread (plan-file-store-protocol.ts):
 * reads the file (or takes the page's text), checks it completely with checkPlanFile — the
 * same checks, the same messages as parsePlanFile — and answers with the verdict while the
 * page reads its own copy; asked to, writes its document to IndexedDB in one transaction,
 * so the structured clone of 10 000 tiltak costs the page nothing. One worker per opened file.
 */
import type { PlanDocument } from '@shared/domain';
import { checkPlanFile } from '@shared/domain/plan-file';
import { getStrictDb } from '../db/database';
import { saveDocument } from '../db/repositories';
import { errorNameChain, type PlanFileCheckResponse, type PlanFileStoreRequest, type PlanFileStoreResponse } from './plan-file-store-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<PlanFileStoreRequest>) => void) | null;
  postMessage(message: PlanFileStoreResponse): void;
}

const scope = self as unknown as WorkerScope;
/** The document found valid (null: none, or refused). */
let checked: PlanDocument | null = null;
/** The check under way or done (once: the file, or the page's text). */
let checking: Promise<void> | null = null;

function check(text: string): PlanFileCheckResponse {
  const { result, asRead } = checkPlanFile(text);
  checked = result.ok ? result.doc : null;
  return result.ok
    ? { type: 'checked', length: text.length, ok: true, asRead, actionCount: result.doc.actions.length }
    : { type: 'checked', length: text.length, ok: false, errors: result.errors };
}

async function store(request: Extract<PlanFileStoreRequest, { type: 'store' }>): Promise<PlanFileStoreResponse> {
  await checking;
  const doc = checked;
  // Never expected: the page took the verdict on the same text. Refuse rather than store another document.
  if (doc === null || doc.strategy.id !== request.strategyId || doc.actions.length !== request.actionCount) {
    return { type: 'failed', names: ['UnknownError'], message: 'The worker read another document than the page' };
  }
  try {
    await saveDocument(doc, getStrictDb(), request.stamp);
    return { type: 'stored' };
  } catch (e) {
    return { type: 'failed', names: errorNameChain(e), message: e instanceof Error ? e.message : String(e) };
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'read-file') {
    checking ??= request.file.text().then(
      (text) => scope.postMessage(check(text)),
      () => scope.postMessage({ type: 'unchecked' }),
    );
  } else if (request.type === 'read') {
    if (checking === null) {
      const response = check(request.text);
      checking = Promise.resolve();
      scope.postMessage(response);
    }
  } else void store(request).then((response) => scope.postMessage(response));
};
