/**
 * The workbook's formulas, recalculated independently by LibreOffice (cached results are
 * ignored), give the app's totals to the krone: computeTotals, totalsByFocusArea and each
 * tiltak's actionFunding.
 */
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '@shared/domain/document';
import { exportWorkbook, summaryRows } from '@shared/excel/export';
import { ACTION_COLUMNS, fundingCol, SCENARIO_ROWS, SHEET, SUMMARY_COLUMNS, SUMMARY_FIGURES } from '@shared/excel/layout';
import { applyImport, readWorkbook, hasChanges } from '@shared/excel/import';
import { compareScenarios } from '@shared/scenarios';
import { planContext } from '@shared/excel/plan-context';
import { actionFunding, computeTotals, isActive, totalsByFocusArea } from '@shared/rules';
import { createExampleDocument, generateLargeDocument } from '@shared/templates';
import type { MessageLanguage } from '@shared/i18n/message';
import { workbookWords } from '@shared/excel/words';
import { editWorkbook, libreOfficeMissing, recalculate } from './helpers';

const missing = libreOfficeMissing();
if (missing) console.warn(`HOPPER OVER LibreOffice-testene: ${missing}`);

function num(s: string | undefined): number {
  if (s === undefined || s === '') return NaN;
  return Number(s);
}

/** `bytes`: the workbook to recalculate (default: the export of `doc` in `language`), e.g. one edited as a user would. */
async function checkAgainstApp(doc: PlanDocument, year: number, language: MessageLanguage = 'nb', bytes?: Uint8Array): Promise<void> {
  const w = workbookWords(language);
  const found = planContext(doc, year, language);
  if (!found.ok) throw new Error(found.error.code);
  const ctx = found.context;
  const input = { strategy: ctx.strategy, plan: ctx.plan, actions: ctx.actions };
  const totals = computeTotals(input);
  const byArea = totalsByFocusArea(input);
  const csv = recalculate(bytes ?? (await exportWorkbook(doc, year, { language })), [w.sheets.summary, w.sheets.actions]);
  const summary = csv[w.sheets.summary] ?? [];
  const tiltak = csv[w.sheets.actions] ?? [];
  for (const row of [...summary, ...tiltak]) for (const cell of row) expect(cell, 'LibreOffice-feil i en celle').not.toMatch(/^(Err:|#)/);

  const layout = summaryRows(ctx);
  const col = (key: (typeof SUMMARY_COLUMNS)[number]['key']) => SUMMARY_COLUMNS.findIndex((c) => c.key === key);
  const at = (row: number, key: (typeof SUMMARY_COLUMNS)[number]['key']) => num(summary[row - 1]?.[col(key)]);

  // Sum row = computeTotals.
  const s = layout.sumRow;
  expect({
    cost: at(s, 'cost'),
    ownFunds: at(s, 'ownFunds'),
    partnerFunds: at(s, 'partnerFunds'),
    externalFunds: at(s, 'externalFunds'),
    uncovered: at(s, 'uncovered'),
    hours: at(s, 'hours'),
    activeActions: at(s, 'actionCount'),
  }).toEqual({
    cost: totals.cost,
    ownFunds: totals.ownFunds,
    partnerFunds: totals.partnerFunds,
    externalFunds: totals.externalFunds,
    uncovered: totals.uncovered,
    hours: totals.hours,
    activeActions: totals.activeActions,
  });

  // Each group row = totalsByFocusArea by group key (a group the app leaves out must be all zero);
  // the groups partition the active tiltak, so the rows add up to Sum.
  expect(layout.areaRows.map((a) => a.key).slice(-2)).toEqual(['projects', 'unlinked']);
  expect(summary[layout.noteRow - 1]?.[0]).toBe(w.text.summaryNote);
  for (const key of ['cost', 'ownFunds', 'hours', 'actionCount'] as const) {
    expect(layout.areaRows.reduce((n, a) => n + at(a.row, key), 0), `rows add up to Sum (${key})`).toBe(at(s, key));
  }
  for (const a of layout.areaRows) {
    const t = byArea.find((b) => b.key === a.key);
    expect(summary[a.row - 1]?.[0]).toBe(a.label);
    const got = {
      cost: at(a.row, 'cost'),
      ownFunds: at(a.row, 'ownFunds'),
      partnerFunds: at(a.row, 'partnerFunds'),
      externalFunds: at(a.row, 'externalFunds'),
      uncovered: at(a.row, 'uncovered'),
      hours: at(a.row, 'hours'),
      actionCount: at(a.row, 'actionCount'),
    };
    expect(got, `Sammendrag rad ${a.row} (${a.label})`).toEqual({
      cost: t?.cost ?? 0,
      ownFunds: t?.ownFunds ?? 0,
      partnerFunds: t?.partnerFunds ?? 0,
      externalFunds: t?.externalFunds ?? 0,
      uncovered: t?.uncovered ?? 0,
      hours: t?.hours ?? 0,
      actionCount: t?.actionCount ?? 0,
    });
    if (t?.share !== null && t?.share !== undefined) expect(at(a.row, 'share')).toBeCloseTo(t.share, 6);
  }

  // Key figures = computeTotals.
  const figure = (key: (typeof SUMMARY_FIGURES)[number]['key']) => {
    const row = summary[layout.figureRow[key] - 1];
    expect(row?.[0]).toBe(SUMMARY_FIGURES.find((f) => f.key === key) ? w.figures[key] : undefined);
    return num(row?.[1]);
  };
  expect({
    frameOwnFunds: figure('frameOwnFunds'),
    ownFunds: figure('ownFunds'),
    margin: figure('margin'),
    capacityHours: figure('capacityHours'),
    hours: figure('hours'),
    capacityMargin: figure('capacityMargin'),
    confirmedFunds: figure('confirmedFunds'),
    appliedFunds: figure('appliedFunds'),
    plannedFunds: figure('plannedFunds'),
    activeActions: figure('activeActions'),
  }).toEqual({
    frameOwnFunds: totals.frameOwnFunds,
    ownFunds: totals.ownFunds,
    margin: totals.margin,
    capacityHours: totals.capacityHours,
    hours: totals.hours,
    capacityMargin: totals.capacityMargin,
    confirmedFunds: totals.confirmedFunds,
    appliedFunds: totals.appliedFunds,
    plannedFunds: totals.plannedFunds,
    activeActions: totals.activeActions,
  });
  if (totals.marginPercent !== null) expect(figure('marginPercent')).toBeCloseTo(totals.marginPercent, 6);

  // Every tiltak row = actionFunding, and Aktiv follows the status.
  const tcol = (key: (typeof ACTION_COLUMNS)[number]['key']) => ACTION_COLUMNS.findIndex((c) => c.key === key);
  expect(tiltak.length - 1).toBe(ctx.actions.length);
  ctx.actions.forEach((action, i) => {
    const row = tiltak[i + 1] ?? [];
    const f = actionFunding(action);
    expect(row[tcol('number')]).toBe(action.number);
    const got = {
      own: num(row[tcol('ownFunds')]),
      partner: num(row[tcol('partnerFunds')]),
      external: num(row[tcol('externalFunds')]),
      uncovered: num(row[tcol('uncovered')]),
      confirmed: num(row[tcol('confirmedFunds')]),
      applied: num(row[tcol('appliedFunds')]),
      planned: num(row[tcol('plannedFunds')]),
      active: row[tcol('active')],
    };
    expect(got, `Tiltak ${action.number}`).toEqual({
      own: f.own,
      partner: f.partner,
      external: f.external,
      uncovered: f.uncovered,
      confirmed: f.confirmed,
      applied: f.applied,
      planned: f.planned,
      active: isActive(action) ? w.active.yes : w.active.no,
    });
  });
}

describe.skipIf(missing !== null)('LibreOffice recalculates the workbook to the app totals', () => {
  it('example plan', async () => {
    await checkAgainstApp(createExampleDocument(), 2025);
  });

  it('example plan with awkward Nr and names (wildcards, operators, numbers that look like dates)', async () => {
    const doc = createExampleDocument();
    const awkward = ['1.2', '1*', '?', '<5', '=3', '~1', '010', '1.10', '2025-01-01', '1,5'];
    doc.actions = doc.actions.map((a, i) => (i < awkward.length ? { ...a, number: awkward[i] ?? a.number } : a));
    expect(new Set(doc.actions.map((a) => a.number)).size).toBe(doc.actions.length);
    const first = doc.strategy.focusAreas[0];
    if (first) doc.strategy.focusAreas[0] = { ...first, name: `${first.name} * (?)` };
    await checkAgainstApp(doc, 2025);
  });

  it('example plan with scenarios: the Scenarier sheet shows compareScenarios side by side, margins recalculated', async () => {
    const doc = createExampleDocument();
    const plan = doc.plans[0];
    const [a1, a2, a3] = doc.actions;
    if (!plan || !a1 || !a2 || !a3) throw new Error('eksempelet mangler data');
    plan.scenarios = [
      { id: 'sc_cut', name: 'Redusert ramme', description: '', frame: { ...plan.frame, ownFunds: 1_500_000 }, changes: [{ actionId: a1.id, excluded: true }], addedActions: [], createdAt: '2025-01-01T00:00:00Z' },
      { id: 'sc_more', name: 'Høy ambisjon', description: '', frame: null, changes: [{ actionId: a2.id, cost: a2.cost + 300_000 }, { actionId: a3.id, postponed: true }], addedActions: [], createdAt: '2025-01-01T00:00:00Z' },
    ];
    await checkAgainstApp(doc, 2025);
    const bytes = await exportWorkbook(doc, 2025);
    const csv = recalculate(bytes, [SHEET.scenarios])[SHEET.scenarios] ?? [];
    const comparison = compareScenarios({ strategy: doc.strategy, plan, actions: doc.actions }, plan.scenarios);
    const columns = [comparison.basis, ...comparison.scenarios];
    expect(csv[0]).toEqual(['Nøkkeltall', ...columns.map((c) => c.name)]);
    SCENARIO_ROWS.forEach((spec, i) => {
      const row = csv[i + 1] ?? [];
      expect(row[0]).toBe(spec.label);
      columns.forEach((c, j) => {
        const expected = spec.key === 'errors' ? c.findingCounts.error : spec.key === 'warnings' ? c.findingCounts.warning : c.totals[spec.key];
        expect(num(row[j + 1]), `${spec.label} / ${c.name}`).toBe(expected);
      });
    });
    // The Scenarier sheet is output only: the import ignores it.
    const result = await readWorkbook(bytes, doc, 2025);
    expect(result.ok && !hasChanges(result.preview)).toBe(true);
  });

  it('example plan in English: English sheet names and words inside the formulas, same totals; the Scenarios sheet too', async () => {
    const doc = createExampleDocument();
    const plan = doc.plans[0];
    const [a1, a2] = doc.actions;
    if (!plan || !a1 || !a2) throw new Error('eksempelet mangler data');
    // A postponed and a cancelled tiltak: «Aktiv» must compare with the English status words.
    doc.actions = doc.actions.map((a) => (a.id === a1.id ? { ...a, status: 'postponed' } : a.id === a2.id ? { ...a, status: 'cancelled' } : a));
    plan.scenarios = [
      { id: 'sc_cut', name: 'Lower frame', description: '', frame: { ...plan.frame, ownFunds: 1_500_000 }, changes: [], addedActions: [], createdAt: '2025-01-01T00:00:00Z' },
    ];
    await checkAgainstApp(doc, 2025, 'en');
    const en = workbookWords('en');
    const csv = recalculate(await exportWorkbook(doc, 2025, { language: 'en' }), [en.sheets.scenarios])[en.sheets.scenarios] ?? [];
    const comparison = compareScenarios({ strategy: doc.strategy, plan, actions: doc.actions }, plan.scenarios);
    expect(csv[0]).toEqual([en.scenarioLabels.header, comparison.basis.name, 'Lower frame']);
    SCENARIO_ROWS.forEach((spec, i) => {
      const row = csv[i + 1] ?? [];
      expect(row[0]).toBe(en.scenarioRows[spec.key]);
      if (spec.key !== 'errors' && spec.key !== 'warnings') expect(num(row[1]), spec.key).toBe(comparison.basis.totals[spec.key]);
    });
  });

  it('«Tverrgående prosjekter» has its own row: a tiltak under a satsing and a prosjekt counts once, under its area', async () => {
    const doc = createExampleDocument();
    const plan = doc.plans[0];
    const project = doc.strategy.crossCuttingProjects[0];
    const inPlan = doc.actions.filter((a) => a.planId === plan?.id && a.status !== 'postponed' && a.status !== 'cancelled');
    const [both, only, none] = inPlan;
    if (!plan || !project || !both || !only || !none) throw new Error('eksempelet mangler data');
    expect(both.initiativeIds.length).toBeGreaterThan(0);
    const unlink = { initiativeIds: [], subGoalIds: [], focusAreaIds: [] };
    doc.actions = doc.actions.map((a) =>
      a.id === both.id
        ? { ...a, crossCuttingProjectId: project.id }
        : a.id === only.id
          ? { ...a, ...unlink, crossCuttingProjectId: project.id }
          : a.id === none.id
            ? { ...a, ...unlink, crossCuttingProjectId: null }
            : a,
    );
    const input = { strategy: doc.strategy, plan, actions: doc.actions.filter((a) => a.planId === plan.id) };
    const groups = totalsByFocusArea(input);
    expect(groups.find((g) => g.key === 'projects')?.actionCount).toBeGreaterThan(0);
    expect(groups.find((g) => g.key === 'unlinked')?.actionCount).toBeGreaterThan(0);
    await checkAgainstApp(doc, 2025);
    const found = planContext(doc, 2025);
    if (!found.ok) throw new Error(found.error.code);
    const layout = summaryRows(found.context);
    const csv = recalculate(await exportWorkbook(doc, 2025), [SHEET.summary])[SHEET.summary] ?? [];
    const labels = layout.areaRows.map((a) => csv[a.row - 1]?.[0]);
    expect(labels.slice(-2)).toEqual(['Tverrgående prosjekter', 'Uten kobling']);
  });

  it('funding lines in no order in the plan, a tiltak without lines and one with many: each tiltak sums its own block', async () => {
    const doc = createExampleDocument();
    const inPlan = doc.actions.filter((a) => a.planId === doc.plans[0]?.id);
    const [none, many] = inPlan.filter((a) => a.funding.length > 0);
    if (!none || !many) throw new Error('eksempelet mangler finansiering');
    const sources = ['own', 'partner', 'external'] as const;
    const statuses = ['confirmed', 'applied', 'planned'] as const;
    doc.actions = doc.actions
      .map((a) => {
        if (a.id === none.id) return { ...a, funding: [] };
        if (a.id === many.id) {
          const funding = Array.from({ length: 40 }, (_, i) => ({
            id: `fund_many_${i}`,
            source: sources[i % 3] ?? 'own',
            actorId: null,
            amount: 1000 * (i + 1) + 7,
            status: statuses[(i * 2) % 3] ?? 'planned',
          }));
          return { ...a, cost: 2_000_000, funding };
        }
        return { ...a, funding: [...a.funding].reverse() };
      })
      .reverse();
    await checkAgainstApp(doc, 2025);
  });

  it('a funding line typed under the last line, for the last tiltak, counts in the recalculated workbook as in the import', async () => {
    const doc = createExampleDocument();
    const found = planContext(doc, 2025);
    const target = found.ok ? found.context.actions.at(-1) : undefined;
    if (!target) throw new Error('eksempelet mangler tiltak');
    const row = doc.actions.reduce((n, a) => n + a.funding.length, 0) + 2;
    const edited = await editWorkbook(await exportWorkbook(doc, 2025), (wb) => {
      const f = wb.getWorksheet(SHEET.funding);
      if (!f) throw new Error('mangler Finansiering');
      f.getCell(`${fundingCol('actionNumber')}${row}`).value = target.number;
      f.getCell(`${fundingCol('source')}${row}`).value = 'Eksterne midler';
      f.getCell(`${fundingCol('amount')}${row}`).value = 123_457;
      f.getCell(`${fundingCol('status')}${row}`).value = 'Søkt';
    });
    const result = await readWorkbook(edited, doc, 2025);
    if (!result.ok) throw new Error(result.errors.map((e) => e.code).join('\n'));
    const after = applyImport(doc, 2025, result.preview);
    expect(after.actions.find((a) => a.id === target.id)?.funding.at(-1)).toMatchObject({ amount: 123_457, source: 'external', status: 'applied' });
    await checkAgainstApp(after, 2025, 'nb', edited);
  });

  it('generated plan of 2 000 tiltak', async () => {
    await checkAgainstApp(generateLargeDocument({ actions: 2000, years: 1, seed: 2025 }), 2025);
  }, 300_000);
});
