/**
 * The Tiltak sheet's Innsatsområde and Delmål columns on import (kobling): an export comes
 * back with the same links (area, delmål, satsing, prosjekt, none), in bokmål and English;
 * editing the columns sets a direct area link or delmål on an existing row and on a new row;
 * an unknown name, or an area that contradicts the tiltak's satsing, is a clear error on its cell.
 */
import { describe, expect, it } from 'vitest';
import { emptyFollowUp } from '@shared/domain/follow-up';
import type { Action, PlanDocument } from '@shared/domain';
import { blankAction } from '@shared/domain/factories';
import { exportWorkbook } from '@shared/excel/export';
import { applyImport, hasChanges, readWorkbook } from '@shared/excel/import';
import { actionCol } from '@shared/excel/layout';
import { workbookWords } from '@shared/excel/words';
import { renderMessage, type MessageLanguage } from '@shared/i18n/message';
import { createExampleDocument, createFromTemplate, OST_FOCUS_AREA_IDS } from '@shared/templates';
import { editWorkbook } from './helpers';

const YEAR = 2024;
const FA = OST_FOCUS_AREA_IDS;

function action(n: number, links: Partial<Pick<Action, 'initiativeIds' | 'subGoalIds' | 'focusAreaIds' | 'crossCuttingProjectId'>>): Action {
  return { ...blankAction(`t_${n}`, 'plan_2024', String(n)), title: `Tiltak ${n}`, cost: 100_000 * n, lineageId: `lin_${n}`, ...links };
}

/** Østfold with a delmål under Bioøkonomi, a satsing under Digital omstilling, a prosjekt, and tiltak on every level. */
function ostfold(): PlanDocument {
  const doc = createFromTemplate('ostfold-2024-2027');
  const strategy = {
    ...doc.strategy,
    focusAreas: doc.strategy.focusAreas.map((f) => (f.id === FA.bioeconomy ? { ...f, subGoals: [{ id: 'sg_bio', text: 'Mer verdiskaping fra skog og hav' }] } : f)),
    initiatives: [{ id: 'ini_dig', focusAreaId: FA.digital, name: 'Digitale tvillinger', description: '', guidingStrategyIds: [] }],
    crossCuttingProjects: [{ id: 'prj_1', name: 'Grønn kraft', description: '', focusAreaIds: [] }],
  };
  const plan = { id: 'plan_2024', strategyId: strategy.id, year: YEAR, status: 'draft' as const, adoptedDate: null, frame: { ownFunds: 2_000_000, capacityHours: 1000, targetShares: {} }, scenarios: [], followUp: emptyFollowUp() };
  return {
    strategy,
    plans: [plan],
    actions: [
      action(1, { focusAreaIds: [FA.greenIndustry] }),
      action(2, { subGoalIds: ['sg_bio'] }),
      action(3, { initiativeIds: ['ini_dig'], crossCuttingProjectId: 'prj_1' }),
      action(4, { crossCuttingProjectId: 'prj_1' }),
      action(5, {}),
      action(6, { focusAreaIds: [FA.competence] }),
    ],
  };
}

async function read(doc: PlanDocument, bytes: Uint8Array) {
  return readWorkbook(bytes, doc, YEAR);
}

function links(a: Action | undefined) {
  return a && { initiativeIds: a.initiativeIds, subGoalIds: a.subGoalIds, focusAreaIds: a.focusAreaIds, crossCuttingProjectId: a.crossCuttingProjectId };
}

describe('Excel import: Innsatsområde and Delmål columns', () => {
  for (const language of ['nb', 'en'] as const satisfies readonly MessageLanguage[]) {
    it(`export → import gives the same links on every level (${language})`, async () => {
      const doc = ostfold();
      const result = await read(doc, await exportWorkbook(doc, YEAR, { language }));
      if (!result.ok) throw new Error(result.errors.map((e) => renderMessage(e, 'nb', true)).join('\n'));
      expect(hasChanges(result.preview)).toBe(false);
      expect(applyImport(doc, YEAR, result.preview)).toEqual(doc);
    });
  }

  it('writes the group and the delmål per tiltak', async () => {
    const doc = ostfold();
    const bytes = await exportWorkbook(doc, YEAR);
    const seen: string[][] = [];
    await editWorkbook(bytes, (wb) => {
      const t = wb.getWorksheet('Tiltak');
      for (let r = 2; r <= 7; r++) seen.push([String(t?.getCell(`${actionCol('focusArea')}${r}`).value ?? ''), String(t?.getCell(`${actionCol('subGoals')}${r}`).value ?? '')]);
    });
    const name = (id: string) => doc.strategy.focusAreas.find((f) => f.id === id)?.name;
    expect(seen).toEqual([
      [name(FA.greenIndustry), ''],
      [name(FA.bioeconomy), 'Mer verdiskaping fra skog og hav'],
      [name(FA.digital), ''],
      ['Tverrgående prosjekter', ''],
      ['Uten kobling', ''],
      [name(FA.competence), ''],
    ]);
  });

  it('edited cells set the links of existing and new rows (English headers too)', async () => {
    for (const language of ['nb', 'en'] as const) {
      const w = workbookWords(language);
      const doc = ostfold();
      const name = (id: string) => doc.strategy.focusAreas.find((f) => f.id === id)?.name ?? id;
      const edited = await editWorkbook(await exportWorkbook(doc, YEAR, { language }), (wb) => {
        const t = wb.getWorksheet(w.sheets.actions);
        if (!t) throw new Error('no Tiltak sheet');
        t.getCell(`${actionCol('focusArea')}2`).value = name(FA.bioeconomy); // 1: Grønt industriløft → Bioøkonomi
        t.getCell(`${actionCol('subGoals')}6`).value = 'Mer verdiskaping fra skog og hav'; // 5: none → delmål (area follows)
        t.getCell(`${actionCol('focusArea')}7`).value = ''; // 6: Kompetanse → none
        t.getCell(`${actionCol('focusArea')}5`).value = ` ${name(FA.digital).toUpperCase()} `; // 4: project only → also under an area
        t.getCell(`${actionCol('number')}8`).value = '7';
        t.getCell(`${actionCol('title')}8`).value = 'Nytt under Kapital';
        t.getCell(`${actionCol('focusArea')}8`).value = name(FA.capital);
        t.getCell(`${actionCol('number')}9`).value = '8';
        t.getCell(`${actionCol('title')}9`).value = 'Nytt under delmålet';
        t.getCell(`${actionCol('subGoals')}9`).value = 'Mer verdiskaping fra skog og hav';
        t.getCell(`${actionCol('focusArea')}9`).value = name(FA.bioeconomy);
        for (const r of [8, 9]) {
          t.getCell(`${actionCol('priority')}${r}`).value = 2;
          t.getCell(`${actionCol('status')}${r}`).value = w.status.planned;
        }
      });
      const result = await read(doc, edited);
      if (!result.ok) throw new Error(result.errors.map((e) => renderMessage(e, 'nb', true)).join('\n'));
      const after = applyImport(doc, YEAR, result.preview);
      const byNr = (n: string) => links(after.actions.find((a) => a.number === n));
      const none = { initiativeIds: [], subGoalIds: [], focusAreaIds: [], crossCuttingProjectId: null };
      expect(byNr('1'), language).toEqual({ ...none, focusAreaIds: [FA.bioeconomy] });
      expect(byNr('5'), language).toEqual({ ...none, subGoalIds: ['sg_bio'] });
      expect(byNr('6'), language).toEqual(none);
      expect(byNr('4'), language).toEqual({ ...none, focusAreaIds: [FA.digital], crossCuttingProjectId: 'prj_1' });
      expect(byNr('7'), language).toEqual({ ...none, focusAreaIds: [FA.capital] });
      expect(byNr('8'), language).toEqual({ ...none, subGoalIds: ['sg_bio'] });
      expect(result.preview.changed.map((c) => c.after.number).sort()).toEqual(['1', '4', '5', '6']);
      // And back again: the new workbook round-trips unchanged.
      const again = await read(after, await exportWorkbook(after, YEAR, { language }));
      expect(again.ok && !hasChanges(again.preview)).toBe(true);
    }
  });

  it('an unknown area or delmål, and an area that is not the satsing’s, are errors on their cells', async () => {
    const doc = ostfold();
    const edited = await editWorkbook(await exportWorkbook(doc, YEAR), (wb) => {
      const t = wb.getWorksheet('Tiltak');
      if (!t) throw new Error('no Tiltak sheet');
      t.getCell(`${actionCol('focusArea')}2`).value = 'Havbruk';
      t.getCell(`${actionCol('subGoals')}3`).value = 'Et delmål som ikke finnes';
      t.getCell(`${actionCol('focusArea')}4`).value = doc.strategy.focusAreas.find((f) => f.id === FA.capital)?.name; // 3 hangs under a satsing in Digital omstilling
    });
    const result = await read(doc, edited);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const brief = result.errors.map((e) => ({ where: `${e.where?.sheet}!${e.where?.column}${e.where?.row}`, field: e.where?.field, expected: e.params?.expected, found: e.params?.found }));
    expect(brief).toEqual(
      expect.arrayContaining([
        {
          where: `Tiltak!${actionCol('focusArea')}2`,
          field: 'excel.workbook.columns.focusArea',
          expected: { code: 'excel.expected.focusAreaOrNone' },
          found: { code: 'excel.found.unknown', params: { value: 'Havbruk' } },
        },
        {
          where: `Tiltak!${actionCol('subGoals')}3`,
          field: 'excel.workbook.columns.subGoals',
          expected: { code: 'excel.expected.subGoal' },
          found: { code: 'excel.found.unknown', params: { value: 'Et delmål som ikke finnes' } },
        },
        expect.objectContaining({
          where: `Tiltak!${actionCol('focusArea')}4`,
          field: 'excel.workbook.columns.focusArea',
          expected: { code: 'excel.expected.focusAreaOfLink', params: { name: 'Digital omstilling' } },
        }),
      ]),
    );
    expect(renderMessage(result.errors.find((e) => e.where?.row === 4) ?? result.errors[0]!, 'nb', true)).toContain('Digital omstilling');
  });

  it('a changed satsing with the old area left in the column is accepted (the area follows the satsing)', async () => {
    const doc = createExampleDocument();
    const first = doc.actions.find((a) => a.number === '1');
    if (!first) throw new Error('eksempelet mangler tiltak 1');
    const edited = await editWorkbook(await exportWorkbook(doc, 2025), (wb) => {
      const t = wb.getWorksheet('Tiltak');
      if (!t) throw new Error('no Tiltak sheet');
      expect(String(t.getCell(`${actionCol('number')}2`).value)).toBe('1');
      t.getCell(`${actionCol('initiatives')}2`).value = 'Klimatilpasning';
    });
    const result = await readWorkbook(edited, doc, 2025);
    if (!result.ok) throw new Error(result.errors.map((e) => renderMessage(e, 'nb', true)).join('\n'));
    expect(result.preview.changed.map((c) => links(c.after))).toEqual([{ initiativeIds: ['ex_sat_klimatilpasning'], subGoalIds: [], focusAreaIds: [], crossCuttingProjectId: null }]);
  });
});
