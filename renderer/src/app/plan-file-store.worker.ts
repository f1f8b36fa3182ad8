/**
 * Stores an opened plan file off the page's thread (plan-file-store-protocol.ts): takes the
 * page's strategy and plans, reads the tiltak from the text (one JSON.parse when they stand
 * as parsePlanFile takes them, else parsePlanFile itself, so the same document either way),
 * and writes it to IndexedDB in one transaction — the structured clone of 10 000 tiltak then
 * costs the page nothing. One worker per opened file.
 */
import type { Action } from '@shared/domain';
import { acceptedPlanFileActions, parsePlanFile } from '@shared/domain/plan-file';
import { getStrictDb } from '../db/database';
import { saveDocument } from '../db/repositories';
import { errorNameChain, type PlanFileStoreRequest, type PlanFileStoreResponse } from './plan-file-store-protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<PlanFileStoreRequest>) => void) | null;
  postMessage(message: PlanFileStoreResponse): void;
}

const scope = self as unknown as WorkerScope;
let text: string | null = null;

/** The file's tiltak as parsePlanFile has them in its document (null: the text is not a valid plan file). */
function actionsOf(fileText: string): Action[] | null {
  const quick = acceptedPlanFileActions(fileText);
  if (quick) return quick;
  const read = parsePlanFile(fileText);
  return read.ok ? read.doc.actions : null;
}

async function store(request: Extract<PlanFileStoreRequest, { type: 'store' }>): Promise<PlanFileStoreResponse> {
  const actions = text === null ? null : actionsOf(text);
  // Never expected: the page read the same text. Refuse rather than store another document.
  if (actions === null || actions.length !== request.actionCount) {
    return { type: 'failed', names: ['UnknownError'], message: 'The worker read another document than the page' };
  }
  try {
    await saveDocument({ strategy: request.strategy, plans: request.plans, actions }, getStrictDb(), request.stamp);
    return { type: 'stored' };
  } catch (e) {
    return { type: 'failed', names: errorNameChain(e), message: e instanceof Error ? e.message : String(e) };
  }
}

scope.onmessage = (event) => {
  const request = event.data;
  if (request.type === 'read') text = request.text;
  else void store(request).then((response) => scope.postMessage(response));
};
