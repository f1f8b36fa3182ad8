/**
 * Stores an opened plan file off the page's thread (plan-file-store-protocol.ts): reads
 * and checks the text as the page does (the same parsePlanFile, so the same document), and
 * writes it to IndexedDB in one transaction when the page asks — the structured clone of
 * 10 000 tiltak then costs the page nothing. One worker per opened file.
 */
import { parsePlanFile } from '@shared/domain/plan-file';
import type { ParsePlanFileResult } from '@shared/domain/plan-file';
import { getStrictDb } from '../db/database';
import { saveDocument } from '../db/repositories';
import { errorNameChain, type PlanFileStoreRequest, type PlanFileStoreResponse } from './plan-file-store-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<PlanFileStoreRequest>) => void) | null;
  postMessage(message: PlanFileStoreResponse): void;
}

const scope = self as unknown as WorkerScope;
let read: ParsePlanFileResult | null = null;

async function store(request: Extract<PlanFileStoreRequest, { type: 'store' }>): Promise<PlanFileStoreResponse> {
  // Never expected: the page read the same text. Refuse rather than store another document.
  if (!read?.ok || read.doc.strategy.id !== request.strategyId || read.doc.actions.length !== request.actionCount) {
    return { type: 'failed', names: ['UnknownError'], message: 'The worker read another document than the page' };
  }
  try {
    await saveDocument(read.doc, getStrictDb(), request.stamp);
    return { type: 'stored' };
  } catch (e) {
    return { type: 'failed', names: errorNameChain(e), message: e instanceof Error ? e.message : String(e) };
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'read') read = parsePlanFile(request.text);
  else void store(request).then((response) => scope.postMessage(response));
};
