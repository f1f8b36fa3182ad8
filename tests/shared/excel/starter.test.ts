/**
 * The starter sheet (startark) for planners who began in Excel: one sheet, a header row
 * with Tittel, Innsatsområde/Satsing, Ansvarlig, Kostnad, Egne midler, Frist; every row
 * becomes a new tiltak.
 */
import { describe, expect, it } from 'vitest';
import { renderMessage } from '@shared/i18n/message';
import ExcelJS from 'exceljs';
import { applyImport, readWorkbook } from '@shared/excel/import';
import { createExampleDocument } from '@shared/templates';

const YEAR = 2025;

async function starter(rows: (string | number | Date | null)[][], headers = ['Tittel', 'Innsatsområde', 'Satsing', 'Ansvarlig', 'Kostnad', 'Egne midler', 'Frist']): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Ark1');
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('starter sheet', () => {
  it('turns each row into a new tiltak with the next free numbers, own funds as a planned line, and real dates', async () => {
    const doc = createExampleDocument();
    const existing = doc.actions.length;
    const bytes = await starter([
      ['Felles kompetanseløft', null, 'Kompetanse for næringslivet', 'Sekretariatet', 120_000, 80_000, new Date(Date.UTC(2025, 9, 31))],
      // Innsatsområde with a single matching satsing is enough when Satsing is empty… here Samferdsel has two, so give one.
      ['Godsknutepunkt-studie', 'Samferdsel', 'Godstransport og logistikk', 'Fylkeskommunen', '250 000', '50 000 kr', '15.12.2025'],
      [null, null, null, null, null, null, null],
      ['Uten penger', 'By- og regionalutvikling', 'Flerkjernet utvikling', '', null, null, null],
    ]);
    const result = await readWorkbook(bytes, doc, YEAR);
    if (!result.ok) throw new Error(result.errors.map((e) => renderMessage(e, 'nb', true)).join('\n'));
    const { preview } = result;
    expect(preview.kind).toBe('starter');
    expect(preview.changed).toEqual([]);
    expect(preview.removed).toEqual([]);
    expect(preview.added.map((a) => a.number)).toEqual([String(existing + 1), String(existing + 2), String(existing + 3)]);
    const [a, b, c] = preview.added;
    const initiative = (name: string) => doc.strategy.initiatives.find((i) => i.name === name)?.id;
    expect(a).toMatchObject({ title: 'Felles kompetanseløft', owner: 'Sekretariatet', cost: 120_000, deadline: '2025-10-31', priority: 2, status: 'planned' });
    expect(a?.initiativeIds).toEqual([initiative('Kompetanse for næringslivet')]);
    expect(a?.funding).toEqual([expect.objectContaining({ source: 'own', amount: 80_000, status: 'planned', actorId: null })]);
    expect(b).toMatchObject({ cost: 250_000, deadline: '2025-12-15', initiativeIds: [initiative('Godstransport og logistikk')] });
    expect(b?.funding[0]?.amount).toBe(50_000);
    expect(c).toMatchObject({ title: 'Uten penger', cost: 0, funding: [], deadline: null });

    const applied = applyImport(doc, YEAR, preview);
    expect(applied.actions).toHaveLength(existing + 3);
    expect(applied.actions.slice(0, existing)).toEqual(doc.actions);
  });

  it('gives a per-row error for an unknown satsing and for an innsatsområde with several satsinger', async () => {
    const doc = createExampleDocument();
    const pristine = structuredClone(doc);
    const bytes = await starter([
      ['Ok', null, 'Klimatilpasning', 'A', 1000, 0, null],
      ['Feil satsing', null, 'Månelanding', 'B', 1000, 0, null],
      ['Bare område', 'Klima, miljø og natur', null, 'C', 1000, 0, null],
      ['Feil område', 'Romfart', null, 'D', 1000, 0, null],
    ]);
    const result = await readWorkbook(bytes, doc, YEAR);
    expect(doc).toEqual(pristine);
    if (result.ok) throw new Error('forventet feil');
    expect(result.errors.map((e) => `${e.where?.sheet}!${e.where?.column}${e.where?.row} ${e.where?.field}`)).toEqual([
      'Ark1!C3 excel.workbook.columns.initiatives',
      'Ark1!C4 excel.workbook.columns.initiatives',
      'Ark1!B5 excel.workbook.columns.focusArea',
    ]);
    expect(result.errors[0]?.params).toEqual({ expected: { code: 'excel.expected.initiative' }, found: { code: 'excel.found.unknown', params: { value: 'Månelanding' } } });
    expect(result.errors[1]?.params?.expected).toEqual({
      code: 'excel.expected.initiativeInArea',
      params: { choices: '«Lavutslippssamfunnet mot 2050», «Klimatilpasning», «Natur og arealbruk»' },
    });
    // The wording itself, in both languages, with the location first.
    const first = result.errors[0];
    if (!first) throw new Error('mangler feil');
    expect(renderMessage(first, 'nb', true)).toBe(
      'arket Ark1, rad 3, kolonne C, feltet «Satsinger»: Forventet navn på satsinger i føringene, skilt med semikolon, fant «Månelanding».',
    );
    expect(renderMessage(first, 'en', true)).toBe(
      'sheet Ark1, row 3, column C, field «Initiatives»: Expected names of initiatives in the strategy, separated by semicolons, found «Månelanding».',
    );
  });

  it('a sheet without a Tittel column is not taken for a starter sheet', async () => {
    const doc = createExampleDocument();
    const bytes = await starter([['x', 1]], ['Navnet', 'Beløpet']);
    const result = await readWorkbook(bytes, doc, YEAR);
    if (result.ok) throw new Error('forventet feil');
    expect(result.errors).toEqual([
      { code: 'excel.sheets.missingSheet', params: { nb: 'Tiltak', en: 'Actions', sheets: '«Ark1»' }, where: { sheet: 'Tiltak' } },
    ]);
  });
});
