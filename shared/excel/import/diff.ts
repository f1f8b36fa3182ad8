/**
 * Comparing before and after (sammenligning): deep equality of plain values, the changed
 * fields of a tiltak, and the last check of a preview (an adopted plan cannot change).
 */
import type { Action } from '../../domain/entities';
import { msg } from '../../i18n/message';
import type { PlanContext } from '../plan-context';
import { hasChanges, type ChangedField, type ImportPreview, type ReadWorkbookResult } from './types';

/** Deep equality of plain JSON-like values. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  // Loops, not every() with a closure: the import compares every tiltak's lines.
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  const ra = a as Record<string, unknown>;
  for (const k of ka) if (!Object.hasOwn(rb, k) || !sameValue(ra[k], rb[k])) return false;
  return true;
}

/** The compared tiltak properties and their field keys, in the workbook's column order. */
const ACTION_FIELDS: readonly [keyof Action, ChangedField][] = [
  ['number', 'number'],
  ['title', 'title'],
  ['focusAreaIds', 'focusArea'],
  ['initiativeIds', 'initiatives'],
  ['crossCuttingProjectId', 'crossCuttingProject'],
  ['guidingStrategyIds', 'guidingStrategies'],
  ['owner', 'owner'],
  ['partnerIds', 'partners'],
  ['cost', 'cost'],
  ['funding', 'funding'],
  ['hours', 'hours'],
  ['start', 'start'],
  ['deadline', 'deadline'],
  ['priority', 'priority'],
  ['status', 'status'],
  ['kpis', 'kpis'],
  ['description', 'description'],
  ['notes', 'notes'],
  ['subGoalIds', 'subGoals'],
];

/** The fields (keys; labels `excel.fields.<key>`) that differ between two versions of a tiltak. */
export function changedFields(before: Action, after: Action): ChangedField[] {
  const fields: ChangedField[] = [];
  for (let i = 0; i < ACTION_FIELDS.length; i++) {
    const f = ACTION_FIELDS[i];
    if (f !== undefined && !sameValue(before[f[0]], after[f[0]])) fields.push(f[1]);
  }
  return fields;
}

/** The result for a preview: refused when the plan is adopted and the preview changes it. */
export function finish(ctx: PlanContext, preview: ImportPreview): ReadWorkbookResult {
  if (ctx.plan.status === 'adopted' && hasChanges(preview)) {
    return { ok: false, errors: [msg('excel.sheets.adopted', { year: ctx.plan.year })] };
  }
  return { ok: true, preview };
}
