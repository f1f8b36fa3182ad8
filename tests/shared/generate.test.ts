// The large-plan generator: deterministic, valid, spread over everything, fast.
import { describe, expect, it } from 'vitest';
import { planDocumentSchema } from '@shared/domain';
import { generateLargeDocument, GENERATED_FIRST_YEAR, mulberry32 } from '@shared/templates';

describe('mulberry32', () => {
  it('is seeded: same seed, same sequence; values in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(Array.from({ length: 1000 }, () => c())).not.toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});

describe('generateLargeDocument', () => {
  const doc = generateLargeDocument({ actions: 2_000, years: 4, seed: 7 });

  it('is deterministic: same options, same document; another seed, another document', () => {
    expect(generateLargeDocument({ actions: 2_000, years: 4, seed: 7 })).toEqual(doc);
    expect(generateLargeDocument({ actions: 2_000, years: 4, seed: 8 })).not.toEqual(doc);
  });

  it('is valid against planDocumentSchema', () => {
    const result = planDocumentSchema.safeParse(doc);
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });

  it('spreads `actions` tiltak over `years` plans from the strategy’s first year', () => {
    expect(doc.strategy.periodFrom).toBe(GENERATED_FIRST_YEAR);
    expect(doc.strategy.periodTo).toBe(GENERATED_FIRST_YEAR + 3);
    expect(doc.plans.map((p) => p.year)).toEqual([2025, 2026, 2027, 2028]);
    expect(doc.actions).toHaveLength(2_000);
    const odd = generateLargeDocument({ actions: 10, years: 3, seed: 1 });
    expect(odd.plans.map((p) => odd.actions.filter((a) => a.planId === p.id).length)).toEqual([4, 3, 3]);
    for (const plan of doc.plans) {
      const mine = doc.actions.filter((a) => a.planId === plan.id);
      expect(mine).toHaveLength(500);
      expect(new Set(mine.map((a) => a.number)).size).toBe(500);
      for (const a of mine) {
        for (const d of [a.start, a.deadline]) if (d !== null) expect(Number(d.slice(0, 4))).toBe(plan.year);
        if (a.start !== null && a.deadline !== null) expect(a.start < a.deadline).toBe(true);
      }
    }
    expect(new Set(doc.actions.map((a) => a.id)).size).toBe(2_000);
  });

  it('reaches every focus area and satsing in every plan, and every status and funding kind', () => {
    const areaOf = new Map(doc.strategy.initiatives.map((i) => [i.id, i.focusAreaId]));
    for (const plan of doc.plans) {
      const mine = doc.actions.filter((a) => a.planId === plan.id);
      const initiatives = new Set(mine.flatMap((a) => a.initiativeIds));
      expect(initiatives).toEqual(new Set(doc.strategy.initiatives.map((i) => i.id)));
      const areas = new Set([...initiatives].map((id) => areaOf.get(id)));
      expect(areas).toEqual(new Set(doc.strategy.focusAreas.map((f) => f.id)));
    }
    expect(new Set(doc.actions.map((a) => a.status))).toEqual(new Set(['planned', 'ongoing', 'done', 'postponed', 'cancelled']));
    expect(new Set(doc.actions.map((a) => a.priority))).toEqual(new Set([1, 2, 3]));
    const lines = doc.actions.flatMap((a) => a.funding);
    expect(new Set(lines.map((l) => l.source))).toEqual(new Set(['own', 'partner', 'external']));
    expect(new Set(lines.map((l) => l.status))).toEqual(new Set(['confirmed', 'applied', 'planned']));
    // Realistic, not uniform: most tiltak fully financed, some gaps the kontroll can find.
    const uncovered = doc.actions.filter((a) => a.cost > a.funding.reduce((s, l) => s + l.amount, 0)).length;
    expect(uncovered).toBeGreaterThan(20);
    expect(uncovered).toBeLessThan(400);
    expect(doc.actions.some((a) => a.owner === '')).toBe(true);
    expect(doc.actions.some((a) => a.crossCuttingProjectId !== null)).toBe(true);
    expect(doc.actions.some((a) => a.initiativeIds.length === 0 && a.crossCuttingProjectId !== null)).toBe(true);
  });

  it('carries some tiltak into the next year, keeping their history', () => {
    const byId = new Map(doc.actions.map((a) => [a.id, a]));
    const planYear = new Map(doc.plans.map((p) => [p.id, p.year]));
    const carried = doc.actions.filter((a) => a.carriedFromId !== null);
    expect(carried.length).toBeGreaterThan(100);
    for (const a of carried) {
      const from = byId.get(a.carriedFromId ?? '');
      expect(from).toBeDefined();
      expect(from?.lineageId).toBe(a.lineageId);
      expect(planYear.get(from?.planId ?? '')).toBe((planYear.get(a.planId) ?? 0) - 1);
    }
  });

  it('sets frames near each plan’s own funds, so some years fit and some do not', () => {
    for (const plan of doc.plans) {
      const own = doc.actions
        .filter((a) => a.planId === plan.id && a.status !== 'postponed' && a.status !== 'cancelled')
        .flatMap((a) => a.funding)
        .filter((l) => l.source === 'own')
        .reduce((s, l) => s + l.amount, 0);
      expect(Math.abs(plan.frame.ownFunds - own) / own).toBeLessThan(0.07);
      expect(plan.frame.capacityHours).toBeGreaterThan(0);
    }
  });

  // Its speed is a budget in npm run bench (scripts/bench-budgets.mjs), not asserted here.
  it('generates 10 000 tiltak', () => {
    const big = generateLargeDocument({ actions: 10_000, years: 4, seed: 123 });
    expect(big.actions).toHaveLength(10_000);
  });

  it('handles the edges and refuses nonsense', () => {
    const empty = generateLargeDocument({ actions: 0, years: 1, seed: 0 });
    expect(planDocumentSchema.safeParse(empty).success).toBe(true);
    expect(empty.plans).toHaveLength(1);
    expect(() => generateLargeDocument({ actions: -1, years: 1, seed: 0 })).toThrow(RangeError);
    expect(() => generateLargeDocument({ actions: 1.5, years: 1, seed: 0 })).toThrow(RangeError);
    expect(() => generateLargeDocument({ actions: 10, years: 0, seed: 0 })).toThrow(RangeError);
    expect(() => generateLargeDocument({ actions: 10, years: 77, seed: 0 })).toThrow(RangeError);
  });
});
