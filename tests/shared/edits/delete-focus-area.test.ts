/**
 * Deleting an innsatsområde never leaves a satsing pointing to it: its satsinger go with it,
 * or move to another innsatsområde the planner chose, and the document still saves to a
 * plan file that opens again (the plan file refuses a satsing under a missing innsatsområde).
 */
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain';
import { parsePlanFile, serializePlanFile } from '@shared/domain/plan-file';
import { deleteStrategyItem, type DeleteItemOptions } from '@shared/edits';
import { createExampleDocument } from '@shared/templates';
import { fixture } from './fixture';

function dangling(doc: PlanDocument): string[] {
  const areas = new Set(doc.strategy.focusAreas.map((f) => f.id));
  return doc.strategy.initiatives.filter((i) => !areas.has(i.focusAreaId)).map((i) => i.id);
}

function opensAgain(doc: PlanDocument): boolean {
  return parsePlanFile(serializePlanFile(doc, '2026-01-01T00:00:00.000Z')).ok;
}

describe('deleting an innsatsområde with satsinger', () => {
  const example = createExampleDocument();
  // Every draft-plan innsatsområde of the example, each with its satsinger deleted or moved.
  const drafts = new Set(example.plans.filter((p) => p.status !== 'adopted').map((p) => p.id));
  const deletable = example.strategy.focusAreas.filter((f) => {
    const initiatives = new Set(example.strategy.initiatives.filter((i) => i.focusAreaId === f.id).map((i) => i.id));
    const subGoals = new Set(f.subGoals.map((g) => g.id));
    const linked = example.actions.filter((a) => a.initiativeIds.some((x) => initiatives.has(x)) || a.focusAreaIds.includes(f.id) || a.subGoalIds.some((x) => subGoals.has(x)));
    return initiatives.size > 0 && linked.every((a) => drafts.has(a.planId));
  });

  it('the example has such an innsatsområde to delete', () => {
    expect(deletable.length).toBeGreaterThan(0);
  });

  it.each(deletable.map((f) => [f.name, f.id]))('«%s»: deleted or moved, no satsing is left dangling and the plan file opens again', (_name, id) => {
    const other = example.strategy.focusAreas.find((f) => f.id !== id);
    if (!other) throw new Error('the example needs two innsatsområder');
    const moveTo = { kind: 'focusArea', id: other.id } as const;
    const variants: DeleteItemOptions[] = [{ moveTo }, { moveTo, moveInitiativesTo: other.id }];
    const under = example.strategy.initiatives.filter((i) => i.focusAreaId === id).map((i) => i.id);
    for (const options of variants) {
      const after = deleteStrategyItem(example, 'focusAreas', id, options);
      expect(dangling(after)).toEqual([]);
      expect(opensAgain(after)).toBe(true);
      const kept = after.strategy.initiatives.filter((i) => under.includes(i.id));
      if (options.moveInitiativesTo) expect(kept.map((i) => i.focusAreaId)).toEqual(under.map(() => other.id));
      else expect(kept).toEqual([]);
    }
  });

  it('the fixture: moving keeps each satsing’s tiltak linked to it', () => {
    const before = fixture();
    const after = deleteStrategyItem(before, 'focusAreas', 'fa_a', { moveInitiativesTo: 'fa_b' });
    expect(dangling(after)).toEqual([]);
    expect(after.actions).toBe(before.actions);
  });
});
