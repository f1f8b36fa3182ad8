/**
 * The data behind the board presentation and the printed documents: which slides a plan
 * gives, the budget per satsing, the findings for the board, what each key does, the
 * scenario the slides show, and the plan document's groups and sums.
 */
import { describe, expect, it } from 'vitest';
import type { Finding } from '@shared/domain';
import { createFrameCutScenario, createScenario, planKontrollInput } from '@shared/edits';
import { lineBudgets, runKontroll } from '@shared/rules';
import { createExampleDocument, createFromTemplate, EXAMPLE_PLAN_ID } from '@shared/templates';
import { BASIS_CHOICE, presentationModel, variantsOnSlide } from '../../../../renderer/src/slides/presentation-model';
import { boardFindings, buildSlides, moveSlide, slideKeyAction } from '../../../../renderer/src/slides/slide-model';
import { cssString, planFooterCss, printGroups } from '../../../../renderer/src/features/print/print-model';

const AT = '2025-03-01T00:00:00.000Z';

describe('slides', () => {
  it('title, vision, one per innsatsområde, projects, ambition, comparison (with variants), findings', () => {
    const doc = createExampleDocument();
    const input = planKontrollInput(doc, EXAMPLE_PLAN_ID);
    const groups = runKontroll(input).byFocusArea;
    expect(buildSlides(doc.strategy, groups, false).map((s) => s.key)).toEqual([
      'title',
      'vision',
      'fundament',
      ...doc.strategy.focusAreas.map((f) => `fa-${f.id}`),
      'fa-projects',
      'ambition',
      'findings',
    ]);
    expect(buildSlides(doc.strategy, groups, true).map((s) => s.kind)).toContain('comparison');
    // A plan without tiltak on tverrgående prosjekter has no slide for them.
    const ostfold = createFromTemplate('ostfold-2024-2027');
    expect(buildSlides(ostfold.strategy, [], false).some((s) => s.key === 'fa-projects')).toBe(false);
    // Østfold has a strategisk fundament (oppdrag, roller, verdier, formål): its own slide.
    expect(buildSlides(ostfold.strategy, [], false).slice(0, 3).map((s) => s.kind)).toEqual(['title', 'vision', 'fundament']);
    // A strategy without visjon, mål, strategier or fundament gets neither slide.
    const bare = { ...ostfold.strategy, vision: '', purpose: '', mission: '', roles: [], values: [] };
    expect(buildSlides(bare, [], false).map((s) => s.kind)).toEqual(['title', ...bare.focusAreas.map(() => 'focusArea'), 'ambition', 'findings']);
  });

  it('budget per satsing counts active tiltak under their first satsing and adds up to the area', () => {
    const doc = createExampleDocument();
    const input = planKontrollInput(doc, EXAMPLE_PLAN_ID);
    const kontroll = runKontroll(input);
    for (const area of doc.strategy.focusAreas.map((f) => f.id)) {
      const lines = lineBudgets(kontroll.byLine, area);
      const group = kontroll.byFocusArea.find((g) => g.focusAreaId === area);
      const cost = lines.reduce((s, l) => s + l.cost, 0);
      const own = lines.reduce((s, l) => s + l.ownFunds, 0);
      expect({ area, cost, own }).toEqual({ area, cost: group?.cost ?? 0, own: group?.ownFunds ?? 0 });
    }
    // Each prosjekt's line has every active tiltak under it, also those counted under an area.
    const project = doc.strategy.crossCuttingProjects[0];
    const under = input.actions.filter((a) => a.crossCuttingProjectId === project?.id && ['planned', 'ongoing', 'done'].includes(a.status));
    expect(lineBudgets(kontroll.byLine, null).find((l) => l.id === project?.id)?.cost).toBe(under.reduce((s, a) => s + a.cost, 0));
    const climate = lineBudgets(kontroll.byLine, doc.strategy.focusAreas[2]?.id ?? '');
    expect(climate.find((l) => l.name === 'Natur og arealbruk')).toMatchObject({ actionCount: 0, cost: 0 });
  });

  it('findings for the board: errors first, then the largest warnings, with the rest counted', () => {
    const f = (severity: Finding['severity'], code: string, amount?: number): Finding => ({
      severity,
      code,
      message: code,
      entity: { kind: 'plan', id: 'p' },
      params: {},
      ...(amount === undefined ? {} : { amount }),
    });
    const list = [f('warning', 'w-small', 10), f('info', 'i'), f('warning', 'w-none'), f('error', 'e'), f('warning', 'w-big', 500)];
    expect(boardFindings(list, 3).shown.map((x) => x.code)).toEqual(['e', 'w-big', 'w-small']);
    expect(boardFindings(list, 3).rest).toBe(1);
    expect(boardFindings(list, 10).shown.map((x) => x.code)).toEqual(['e', 'w-big', 'w-small', 'w-none']);
  });

  it('keys: arrows, PageUp/PageDown, space, Home/End move; Esc leaves; controls keep their keys', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((k) => slideKeyAction(k))).toEqual(['next', 'next', 'next', 'next']);
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => slideKeyAction(k))).toEqual(['previous', 'previous', 'previous']);
    expect([slideKeyAction('Home'), slideKeyAction('End'), slideKeyAction('Escape'), slideKeyAction('a')]).toEqual(['first', 'last', 'leave', null]);
    expect([slideKeyAction('ArrowDown', 'select'), slideKeyAction('Home', 'select'), slideKeyAction('PageDown', 'select'), slideKeyAction('Escape', 'select')]).toEqual([null, null, 'next', 'leave']);
    expect([slideKeyAction(' ', 'button'), slideKeyAction('ArrowRight', 'button')]).toEqual([null, 'next']);
    expect([moveSlide(0, 5, 'previous'), moveSlide(4, 5, 'next'), moveSlide(2, 5, 'next'), moveSlide(3, 5, 'first'), moveSlide(0, 5, 'last')]).toEqual([0, 4, 3, 0, 4]);
  });
});

describe('presentation model', () => {
  it('shows the chosen scenario’s figures and keeps the slides of the basis', () => {
    let doc = createFrameCutScenario(createExampleDocument(), EXAMPLE_PLAN_ID, 20, 'Redusert ramme', { createdAt: AT, fit: true, newId: () => 'scn_cut' });
    doc = createScenario(doc, EXAMPLE_PLAN_ID, 'Tom', '', { createdAt: AT, newId: () => 'scn_empty' });
    const basis = presentationModel(doc, 2025, BASIS_CHOICE, 'Basis', 'nb');
    const cut = presentationModel(doc, 2025, 'scn_cut', 'Basis', 'nb');
    expect(basis?.kontroll.totals.ownFunds).toBe(2_150_000);
    expect(cut?.kontroll.totals).toMatchObject({ ownFunds: 1_600_000, frameOwnFunds: 1_600_000 });
    expect(cut?.scenarioName).toBe('Redusert ramme');
    expect(cut?.slides).toEqual(basis?.slides);
    expect(basis?.choices.map((c) => c.name)).toEqual(['Basis', 'Redusert ramme', 'Tom']);
    expect(presentationModel(doc, 2025, 'unknown', 'Basis', 'nb')?.scenarioKey).toBe(BASIS_CHOICE);
    expect(presentationModel(doc, 2026, BASIS_CHOICE, 'Basis', 'nb')).toBeNull();
    expect(basis?.comparison?.scenarios.map((s) => s.name)).toEqual(['Redusert ramme', 'Tom']);
  });

  it('the comparison slide holds at most three variants and always the chosen one', () => {
    const s = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }) as Parameters<typeof variantsOnSlide>[0][number]);
    expect(variantsOnSlide(s, null).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(variantsOnSlide(s, 'b').map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(variantsOnSlide(s, 'e').map((x) => x.id)).toEqual(['a', 'b', 'e']);
  });
});

describe('printed plan', () => {
  it('groups every tiltak under its innsatsområde, sorted by Nr, sums over the active ones equal the totals', () => {
    const doc = createExampleDocument();
    const input = planKontrollInput(doc, EXAMPLE_PLAN_ID);
    const kontroll = runKontroll(input);
    const groups = printGroups(doc.strategy, input.actions, kontroll.byFocusArea, { projects: 'Tverrgående prosjekter', unlinked: 'Uten kobling' });
    expect(groups.map((g) => g.name)).toEqual(['Næringsutvikling', 'By- og regionalutvikling', 'Klima, miljø og natur', 'Samferdsel', 'Tverrgående prosjekter']);
    expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBe(input.actions.length);
    const first = groups[0]?.rows.map((r) => Number(r.action.number)) ?? [];
    expect(first).toEqual([...first].sort((a, b) => a - b));
    // Each group's sum is what its active rows add up to, and the groups add up to the plan.
    for (const g of groups) {
      const active = g.rows.filter((r) => r.isActive);
      const own = active.reduce((n, r) => n + r.amounts.own, 0);
      const cost = active.reduce((n, r) => n + r.amounts.cost, 0);
      expect({ cost: g.sum.cost, own: g.sum.own }).toEqual({ cost, own });
    }
    const totals = kontroll.totals;
    expect(groups.reduce((n, g) => n + g.sum.cost, 0)).toBe(totals.cost);
    expect(groups.reduce((n, g) => n + g.sum.own, 0)).toBe(totals.ownFunds);
    expect(groups.reduce((n, g) => n + g.sum.uncovered, 0)).toBe(totals.uncovered);
    const cancelled = groups.flatMap((g) => g.rows).find((r) => r.action.status === 'cancelled');
    expect(cancelled?.isActive).toBe(false);
    const pilot = groups.flatMap((g) => g.rows).find((r) => r.action.title.startsWith('Pilot: overskuddsvarme'));
    expect(pilot?.lines).toEqual(['Grønn innovasjon og kraft', 'Regional energiomstilling (oppdiktet)']);
  });
});

describe('running footer of the printed plan', () => {
  it('quotes the plan name as one CSS string, whatever it contains', () => {
    expect(cssString('Plan 2025 – «Øst»')).toBe('"Plan 2025 – «Øst»"');
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(cssString('x\ny')).toBe('"x\\a y"');
    const css = planFooterCss('Handlingsplan 2025 – "x" } @page { – 24.11.2026');
    expect(css.startsWith('@page plan-document { @bottom-left { content: "Handlingsplan 2025 – \\"x\\" } @page { – 24.11.2026";')).toBe(true);
  });
});
