/**
 * What export and import both need from a plan document for one year: the plan, its tiltak,
 * and the names the workbook uses for innsatsområder, satsinger, strategier and aktører
 * (made unique, so a name in a cell points at exactly one thing).
 */
import type { Action, ActionPlan, Strategy } from '../domain/entities';
import type { PlanDocument } from '../domain/document';
import { msg, type Message, type MessageLanguage } from '../i18n/message';
import { allWorkbookWords, workbookWords, type WorkbookWords } from './words';

/** One year's plan inside a document, with the workbook's name tables. */
export interface PlanContext {
  strategy: Strategy;
  plan: ActionPlan;
  /** The plan's tiltak in document order. */
  actions: Action[];
  /** Workbook label per focus area id (unique: duplicates get « (2)», « (3)»). */
  focusAreaLabel: Map<string, string>;
  /** The words an export writes (sheet names, headers, labels) in the chosen language. */
  words: WorkbookWords;
}

/** Result of looking up a year's plan: the context, or why there is none (`excel.context.*`). */
export type PlanContextResult = { ok: true; context: PlanContext } | { ok: false; error: Message };

/**
 * Makes labels unique in order: the second «X» becomes «X (2)». The group names for tiltak
 * without a focus area («Uten kobling», «Tverrgående prosjekter») are taken in every language, so labels are the same whatever
 * language a workbook is written in.
 */
export function uniqueLabels<T>(items: readonly T[], id: (t: T) => string, label: (t: T) => string): Map<string, string> {
  const used = new Set<string>(allWorkbookWords().flatMap((w) => [w.noFocusArea, w.projectsGroup].map((n) => n.toLocaleLowerCase('nb'))));
  const out = new Map<string, string>();
  for (const item of items) {
    const base = label(item).trim();
    let candidate = base;
    for (let n = 2; used.has(candidate.toLocaleLowerCase('nb')); n++) candidate = `${base} (${n})`;
    used.add(candidate.toLocaleLowerCase('nb'));
    out.set(id(item), candidate);
  }
  return out;
}

/**
 * Finds the handlingsplan for `year` and its tiltak, with the workbook's words in
 * `language`; a message (`excel.context.noPlan` / `noPlans`) when there is none.
 */
export function planContext(doc: PlanDocument, year: number, language: MessageLanguage = 'nb'): PlanContextResult {
  const plan = doc.plans.find((p) => p.year === year);
  if (!plan) {
    const years = doc.plans.map((p) => p.year).sort((a, b) => a - b);
    const error = years.length ? msg('excel.context.noPlan', { year, years: years.join(', ') }) : msg('excel.context.noPlans', { year });
    return { ok: false, error };
  }
  return {
    ok: true,
    context: {
      strategy: doc.strategy,
      plan,
      actions: doc.actions.filter((a) => a.planId === plan.id),
      focusAreaLabel: uniqueLabels(doc.strategy.focusAreas, (f) => f.id, (f) => f.name),
      words: workbookWords(language),
    },
  };
}

/** Normalises a name for matching: trimmed, inner whitespace collapsed, case-insensitive. */
export function nameKey(name: string): string {
  // toLowerCase, not toLocaleLowerCase: the same for æ, ø, å and much faster per cell.
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A name index: key → ids with that name (more than one = ambiguous). */
export function nameIndex<T>(items: readonly T[], id: (t: T) => string, name: (t: T) => string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const item of items) {
    const k = nameKey(name(item));
    const list = out.get(k);
    if (list) list.push(id(item));
    else out.set(k, [id(item)]);
  }
  return out;
}
