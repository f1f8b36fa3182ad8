// Two or more Y.Docs exchanging updates in memory, the way a server relays them.
import * as Y from 'yjs';
import type { PlanDocument } from '@shared/domain';
import { applyPlanToYDoc, planToYDoc, yDocToPlan } from '@shared/sync';

/** Origin of this test's local edits. */
export const LOCAL = 'local';

/** Sends everything `from` has that `to` lacks. */
export function deliver(from: Y.Doc, to: Y.Doc): void {
  Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)), 'remote');
}

/** Full exchange among all docs. */
export function syncAll(docs: readonly Y.Doc[]): void {
  for (const a of docs) for (const b of docs) if (a !== b) deliver(a, b);
}

/** A copy of `source` as a second client (its own client id). */
export function cloneDoc(source: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(source), 'remote');
  return copy;
}

/** Reads the document, failing the test when it is invalid. */
export function read(ydoc: Y.Doc, previous?: PlanDocument): PlanDocument {
  const result = yDocToPlan(ydoc, previous);
  if (!result.ok) throw new Error(`invalid: ${JSON.stringify(result.errors)}`);
  return result.doc;
}

/** Applies a pure edit as a local change of `ydoc`; returns the new document. */
export function edit(ydoc: Y.Doc, fn: (doc: PlanDocument) => PlanDocument, author = { name: 'Test', at: '2026-01-01T00:00:00Z' }): PlanDocument {
  const before = read(ydoc);
  const after = fn(before);
  applyPlanToYDoc(ydoc, before, after, LOCAL, author);
  return after;
}

export { planToYDoc };
