/**
 * Messages between «Åpne fil …» and the worker that stores an opened plan file
 * (plan-file-store.worker.ts): once the page has found the file valid (and the user agreed
 * to replace a stored strategy) it sends the file's text and asks the worker to write it,
 * with the stamp of that write and its own reading of the strategy and plans (small); the
 * worker takes the tiltak, the bulk, from its own reading of the text. So the page never
 * spends its own time on the write, and shows the plan while the worker stores it (issue 13,
 * point 3).
 */
import type { ActionPlan, Strategy } from '@shared/domain';

/** From the page to the worker. */
export type PlanFileStoreRequest =
  | { type: 'read'; text: string }
  /**
   * Write the document read, with this stamp: the page's strategy and plans, and the tiltak as
   * the worker reads them (as many as the page found, or nothing is written).
   */
  | { type: 'store'; stamp: string; strategy: Strategy; plans: ActionPlan[]; actionCount: number };

/** From the worker to the page: the write committed, or why not (the error's names, outermost first, and message). */
export type PlanFileStoreResponse = { type: 'stored' } | { type: 'failed'; names: string[]; message: string };

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
