/**
 * Helpers shared by the edit modules: copy-on-write array updates (structural sharing —
 * untouched elements keep their identity, which the autosave diffs by) and common guards.
 */
import type { z } from 'zod';
import type { Action, ActionPlan } from '../domain/entities';
import type { PlanDocument } from '../domain/document';
import { msg, type Message, type MessageParams } from '../i18n/message';
import { zodIssueToMessage } from '../domain/validation-messages';
import { EditError, editError } from './errors';

/** Replaces the element with `id` by `fn(element)`; returns the same array when nothing changed. */
export function replaceById<T extends { id: string }>(list: readonly T[], id: string, fn: (item: T) => T): T[] {
  const index = list.findIndex((x) => x.id === id);
  if (index < 0) return list as T[];
  const next = fn(list[index] as T);
  if (next === list[index]) return list as T[];
  const copy = list.slice();
  copy[index] = next;
  return copy;
}

/** Maps every element; returns the same array when `fn` returned every element unchanged. */
export function mapShared<T>(list: readonly T[], fn: (item: T) => T): T[] {
  let copy: T[] | null = null;
  for (let i = 0; i < list.length; i++) {
    const item = list[i] as T;
    const next = fn(item);
    if (next !== item) {
      copy ??= list.slice();
      copy[i] = next;
    }
  }
  return copy ?? (list as T[]);
}

/** Moves the element with `id` to sit before/after its nearest peer (`delta` −1 or +1). */
export function moveAmongPeers<T extends { id: string }>(
  list: readonly T[],
  id: string,
  delta: -1 | 1,
  isPeer: (a: T, b: T) => boolean = () => true,
): T[] {
  const from = list.findIndex((x) => x.id === id);
  if (from < 0) return list as T[];
  const item = list[from] as T;
  let to = from + delta;
  while (to >= 0 && to < list.length && !isPeer(item, list[to] as T)) to += delta;
  if (to < 0 || to >= list.length) return list as T[];
  const copy = list.slice();
  copy[from] = list[to] as T;
  copy[to] = item;
  return copy;
}

/** A thing named at the start of a refusal, e.g. «Tiltak 3 «Tittel»» (`edits.subject.*`). */
export function subject(code: string, params?: MessageParams): Message {
  return msg(`edits.subject.${code}`, params);
}

/**
 * Parses `value` with `schema`; a failure becomes an `EditError` that names the subject,
 * the field (from the catalogue, never the internal key) and what is wrong with it.
 */
export function validate<S extends z.ZodType>(schema: S, value: unknown, what: Message): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const problem = issue ? zodIssueToMessage(issue) : msg('validation.invalid');
  const field = problem.where?.field;
  if (field === undefined) throw new EditError(msg('edits.invalidValue', { subject: what, problem }));
  throw new EditError(msg('edits.invalidField', { subject: what, field: msg(field), problem }, { field }));
}

/** Finds a plan by id or throws. */
export function getPlan(doc: PlanDocument, planId: string): ActionPlan {
  const plan = doc.plans.find((p) => p.id === planId);
  if (!plan) throw editError('notFound.plan');
  return plan;
}

/** Finds a tiltak by id or throws. */
export function getAction(doc: PlanDocument, actionId: string): Action {
  const action = doc.actions.find((a) => a.id === actionId);
  if (!action) throw editError('notFound.action');
  return action;
}

/** Throws when the plan is adopted (vedtatt): its tiltak and frame are read-only until reopened. */
export function assertEditable(plan: ActionPlan): void {
  if (plan.status === 'adopted') throw editError('planAdopted', { year: plan.year });
}

/** A tiltak as the subject of a message: «Tiltak 3 «Tittel»». */
export function actionLabel(a: Action): Message {
  return subject('action', { number: a.number, title: a.title });
}
