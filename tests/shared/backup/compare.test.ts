import { describe, expect, it } from 'vitest';
import { compareDocuments, copyWithNewIds } from '@shared/backup';
import { planDocumentSchema } from '@shared/domain';
import { createExampleDocument } from '@shared/templates/example';

describe('compareDocuments', () => {
  it('finds nothing between equal documents, with totals per plan', () => {
    const doc = createExampleDocument();
    const c = compareDocuments(doc, structuredClone(doc));
    expect(c.added).toEqual([]);
    expect(c.removed).toEqual([]);
    expect(c.changed).toEqual([]);
    expect(c.strategyChanged).toBe(false);
    expect(c.plans.map((p) => p.planId).sort()).toEqual(doc.plans.map((p) => p.id).sort());
    for (const p of c.plans) expect(p.before).toEqual(p.after);
  });

  it('lists tiltak added, removed and changed, and the totals move', () => {
    const before = createExampleDocument();
    const after = structuredClone(before);
    const [first, second] = after.actions;
    if (!first || !second) throw new Error('example needs two tiltak');
    const removed = after.actions.splice(1, 1)[0]!;
    first.cost += 1000;
    first.title = `${first.title} (endret)`;
    after.actions.push({ ...first, id: 'newAction1', number: '99', cost: 500 });
    const c = compareDocuments(before, after);
    expect(c.added.map((a) => a.id)).toEqual(['newAction1']);
    expect(c.removed.map((a) => a.id)).toEqual([removed.id]);
    expect(c.changed).toEqual([{ action: expect.objectContaining({ id: first.id }), fields: ['title', 'cost'] }]);
    const plan = c.plans.find((p) => p.planId === first.planId)!;
    expect(plan.before).not.toBeNull();
    expect(plan.after!.cost).not.toBe(plan.before!.cost);
  });

  it('shows a plan that exists only on one side with null totals there', () => {
    const before = createExampleDocument();
    const after = structuredClone(before);
    const plan = after.plans.pop()!;
    after.actions = after.actions.filter((a) => a.planId !== plan.id);
    const c = compareDocuments(before, after);
    const entry = c.plans.find((p) => p.planId === plan.id)!;
    expect(entry.before).not.toBeNull();
    expect(entry.after).toBeNull();
  });

  it('notices a change in the føringer', () => {
    const before = createExampleDocument();
    const after = structuredClone(before);
    after.strategy.name = 'Ny';
    expect(compareDocuments(before, after).strategyChanged).toBe(true);
  });
});

describe('copyWithNewIds', () => {
  it('gives the strategy, plans and tiltak new ids and keeps the references straight', () => {
    const doc = createExampleDocument();
    let n = 0;
    const copy = copyWithNewIds(doc, 'Kopi', (prefix) => `${prefix}_copy${++n}`);
    expect(planDocumentSchema.safeParse(copy).success).toBe(true);
    expect(copy.strategy.name).toBe('Kopi');
    expect(copy.strategy.id).not.toBe(doc.strategy.id);
    const oldIds = new Set([...doc.plans.map((p) => p.id), ...doc.actions.map((a) => a.id)]);
    for (const p of copy.plans) {
      expect(oldIds.has(p.id)).toBe(false);
      expect(p.strategyId).toBe(copy.strategy.id);
    }
    const planIds = new Set(copy.plans.map((p) => p.id));
    for (const a of copy.actions) {
      expect(oldIds.has(a.id)).toBe(false);
      expect(planIds.has(a.planId)).toBe(true);
    }
    expect(copy.actions.map((a) => a.title)).toEqual(doc.actions.map((a) => a.title));
  });
});
