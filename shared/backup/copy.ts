/**
 * Gjenopprett som kopi: a document with new ids for the strategy, its plans and tiltak
 * (the keys of the working store), every reference to them rewritten, so it can sit next
 * to the original.
 */
import type { PlanDocument } from '../domain/document';
import { planDocumentSchema } from '../domain/document';

function rewrite(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (Array.isArray(value)) return value.map((v) => rewrite(v, ids));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v, ids)]));
  }
  return value;
}

/**
 * Kopi med nye id-er: the strategy, plan and tiltak ids (and their lineage ids) replaced
 * by `makeId(prefix)`, references included; the strategy gets `name`.
 */
export function copyWithNewIds(doc: PlanDocument, name: string, makeId: (prefix: string) => string): PlanDocument {
  const ids = new Map<string, string>();
  ids.set(doc.strategy.id, makeId('strategy'));
  for (const p of doc.plans) ids.set(p.id, makeId('plan'));
  for (const a of doc.actions) {
    ids.set(a.id, makeId('action'));
    if (!ids.has(a.lineageId)) ids.set(a.lineageId, makeId('lineage'));
  }
  const copy = planDocumentSchema.parse(rewrite(doc, ids));
  return { ...copy, strategy: { ...copy.strategy, name } };
}
