/** The plan file's suggested name: organisation, strategy and plan years, safe on every file system. */
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain';
import { createExampleDocument, createFromTemplate } from '@shared/templates';
import { suggestedFileName } from '../../../renderer/src/app/plan-file-actions';

function withStrategy(doc: PlanDocument, patch: Partial<PlanDocument['strategy']>): PlanDocument {
  return { ...doc, strategy: { ...doc.strategy, ...patch } };
}

function withPlanYears(doc: PlanDocument, years: readonly number[]): PlanDocument {
  const first = doc.plans[0];
  if (!first) throw new Error('the fixture has a plan');
  return { ...doc, plans: years.map((year, i) => ({ ...first, id: `p${i}`, year })) };
}

const UNSAFE = /[\\/:*?"<>|\p{Cc}]/u;

describe('suggestedFileName', () => {
  it('carries organisation, strategy and the plan year', () => {
    const doc = withPlanYears(createExampleDocument(), [2025]);
    expect(suggestedFileName(withStrategy(doc, { organisation: 'Østfold', name: 'Strategisk plattform 2024–27' }))).toBe(
      'Østfold – Strategisk plattform 2024–27 – 2025.handlingsrom',
    );
  });

  it('names the span of years when the file holds several plans, and none without plans', () => {
    const doc = withStrategy(createExampleDocument(), { organisation: 'Org', name: 'Føringer' });
    expect(suggestedFileName(withPlanYears(doc, [2027, 2025, 2026]))).toBe('Org – Føringer – 2025–2027.handlingsrom');
    expect(suggestedFileName({ ...doc, plans: [] })).toBe('Org – Føringer.handlingsrom');
  });

  it('leaves the organisation out when the strategy name already says it', () => {
    const doc = withStrategy(withPlanYears(createExampleDocument(), [2026]), { organisation: 'Osloregionen', name: 'Osloregionen – føringer 2025–2028' });
    expect(suggestedFileName(doc)).toBe('Osloregionen – føringer 2025–2028 – 2026.handlingsrom');
  });

  it('the Østfold template: a long organisation name stays whole below the limit', () => {
    const doc = createFromTemplate('ostfold-2024-2027');
    const name = suggestedFileName(doc);
    expect(name.startsWith('Partnerskap for næringsutvikling i Østfold – Strategisk plattform 2024–27')).toBe(true);
    expect(name.endsWith('.handlingsrom')).toBe(true);
  });

  it('replaces every character a file system refuses and cuts long parts at a word', () => {
    const doc = withStrategy(withPlanYears(createExampleDocument(), [2025]), {
      organisation: 'A/B\\C:D*E?F"G<H>I|J\tK\nL',
      name: `${'Ord '.repeat(60)}slutt`,
    });
    const name = suggestedFileName(doc);
    expect(name).not.toMatch(UNSAFE);
    expect(name.startsWith('A B C D E F G H I J K L – Ord Ord')).toBe(true);
    expect(name).toMatch(/Ord… – 2025\.handlingsrom$/);
    expect(name.length).toBeLessThan(160);
  });

  it('never ends the name in a dot or space, and never gives a reserved or empty name', () => {
    const base = { ...createExampleDocument(), plans: [] };
    expect(suggestedFileName(withStrategy(base, { organisation: '', name: 'Plan 2025.' }))).toBe('Plan 2025.handlingsrom');
    expect(suggestedFileName(withStrategy(base, { organisation: '', name: 'CON' }))).toBe('plan.handlingsrom');
    expect(suggestedFileName(withStrategy(base, { organisation: '', name: '???' }))).toBe('plan.handlingsrom');
  });
});
