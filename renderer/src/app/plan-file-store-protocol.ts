/**
 * Messages between «Åpne fil …» and the worker that checks and stores an opened plan file
 * (plan-file-store.worker.ts). The worker gets the file as soon as it is picked (the web
 * build: the file itself, which it reads on its own thread) or its text as soon as the page
 * has read it, and checks it completely (checkPlanFile) while the page reads its own copy of
 * the document: the verdict tells the page whether it may take that copy (issue 13,
 * point 3). Once the user has agreed (a stored strategy replaced), the page asks the worker
 * to write the document it read, with the stamp of that write: the page never spends its
 * own time on the write, and shows the plan while the worker stores it.
 */
import type { Message } from '@shared/i18n/message';

/** From the page to the worker. */
export type PlanFileStoreRequest =
  /** The picked file (web build): the worker reads its text itself. */
  | { type: 'read-file'; file: Blob }
  /** The file's text as the page read it (when the worker has no file to read). */
  | { type: 'read'; text: string }
  /**
   * Write the document the worker read and found valid, with this stamp (only when it is
   * the strategy and has as many tiltak as the page's document; otherwise nothing is written).
   */
  | { type: 'store'; stamp: string; strategyId: string; actionCount: number };

/** The worker's verdict on the text it read (`length`: its length, so the page can tell it read the same). */
export type PlanFileCheckResponse =
  | { type: 'checked'; length: number; ok: true; asRead: boolean; actionCount: number }
  | { type: 'checked'; length: number; ok: false; errors: Message[] }
  /** The worker could not read the file: the page checks it itself. */
  | { type: 'unchecked' };

/** From the worker to the page: its verdict, then whether the write committed, or why not (the error's names, outermost first, and message). */
export type PlanFileStoreResponse = PlanFileCheckResponse | { type: 'stored' } | { type: 'failed'; names: string[]; message: string };

/** The names of an error and of the errors it wraps (Dexie's `inner`, `cause`), outermost first. */
export function errorNameChain(e: unknown): string[] {
  const names: string[] = [];
  let current: unknown = e;
  for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
    const name: unknown = 'name' in current ? current.name : undefined;
    if (typeof name === 'string') names.push(name);
    current = 'inner' in current && current.inner ? current.inner : 'cause' in current ? current.cause : undefined;
  }
  return names;
}

/** An Error standing for a failure the worker reported: the same chain of names (for storageErrorMessage). */
export function errorFromChain(names: readonly string[], message: string): Error {
  let inner: Error | undefined;
  for (let i = names.length - 1; i >= 0; i--) {
    const error: Error = new Error(message, inner ? { cause: inner } : undefined);
    error.name = names[i]!;
    inner = error;
  }
  return inner ?? new Error(message);
}
