/** Ta i bruk import: the pure, all-or-nothing application of a preview to a document. */
import type { PlanDocument } from '../../domain/document';
import { MessageError, msg } from '../../i18n/message';
import { sameValue } from './diff';
import type { ImportPreview } from './types';

/**
 * Ta i bruk import: the document with the preview applied — changed tiltak replaced,
 * removed ones dropped, added ones appended, the frame replaced. Pure; throws a
 * MessageError (`excel.sheets.otherPlan` / `excel.sheets.stale`), changing nothing, when
 * the plan changed after the preview was read.
 */
export function applyImport(doc: PlanDocument, year: number, preview: ImportPreview): PlanDocument {
  const plan = doc.plans.find((p) => p.year === year);
  if (!plan || plan.id !== preview.planId) throw new MessageError(msg('excel.sheets.otherPlan', { year }));
  const current = new Map(doc.actions.filter((a) => a.planId === plan.id).map((a) => [a.id, a]));
  const stale = () => new MessageError(msg('excel.sheets.stale'));
  for (const c of preview.changed) if (!sameValue(current.get(c.before.id), c.before)) throw stale();
  for (const a of preview.removed) if (!sameValue(current.get(a.id), a)) throw stale();
  if (preview.frame && !sameValue(plan.frame, preview.frame.before)) throw stale();
  const allIds = new Set(doc.actions.map((a) => a.id));
  for (const a of preview.added) if (allIds.has(a.id) || a.planId !== plan.id) throw stale();

  const replace = new Map(preview.changed.map((c) => [c.before.id, c.after]));
  const drop = new Set(preview.removed.map((a) => a.id));
  const actions = doc.actions.filter((a) => !drop.has(a.id)).map((a) => replace.get(a.id) ?? a);
  // A loop, not push(...list): a spread of a very long list overflows the call stack.
  for (const added of preview.added) actions.push(added);
  const plans = preview.frame ? doc.plans.map((p) => (p.id === plan.id && preview.frame ? { ...p, frame: preview.frame.after } : p)) : doc.plans;
  return { ...doc, plans, actions };
}
