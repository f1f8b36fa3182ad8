/** The presentation shows the follow-up slides (before the findings) only when the plan has follow-up data. */
import { describe, expect, it } from 'vitest';
import { createExampleDocument, EXAMPLE_PLAN_ID } from '@shared/templates';
import { presentationModel } from '../../../../renderer/src/slides/presentation-model';

describe('follow-up slides', () => {
  it('come before the findings for the example plan (follow-up in 2025), from the latest period with updates', () => {
    const model = presentationModel(createExampleDocument(), 2025, 'basis', 'Basis', 'nb');
    const kinds = model?.slides.map((s) => s.kind) ?? [];
    expect(kinds.slice(-3)).toEqual(['followUpProgress', 'followUpAttention', 'findings']);
    expect(model?.followUp?.period.id).toBe('T2');
    expect(model?.followUp?.rollUp.attention.length).toBeGreaterThan(0);
  });

  it('are left out when the plan has no status updates', () => {
    const doc = createExampleDocument();
    const bare = { ...doc, plans: doc.plans.map((p) => (p.id === EXAMPLE_PLAN_ID ? { ...p, followUp: { ...p.followUp, updates: [], closures: [] } } : p)) };
    const model = presentationModel(bare, 2025, 'basis', 'Basis', 'nb');
    expect(model?.followUp).toBeNull();
    expect(model?.slides.some((s) => s.kind === 'followUpProgress' || s.kind === 'followUpAttention')).toBe(false);
  });
});
