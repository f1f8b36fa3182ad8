/**
 * The import's last guard, the domain schema, checks what the reader produced: a field that
 * changed in the workbook (here 101 KPI lines, over the schema's 100) is refused at its cell,
 * for a tiltak that exists and for a new one; fields that keep the plan's values pass.
 */
import { describe, expect, it } from 'vitest';
import type ExcelJS from 'exceljs';
import { exportWorkbook } from '@shared/excel/export';
import { CELL_ERROR, hasChanges, readWorkbook } from '@shared/excel/import';
import { actionCol, SHEET } from '@shared/excel/layout';
import { createExampleDocument } from '@shared/templates';
import { editWorkbook } from './helpers';

const YEAR = 2025;
const tooManyKpis = Array.from({ length: 101 }, (_, i) => `Indikator ${i + 1}: ${i + 1} stk`).join('\n');

function tiltak(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(SHEET.actions);
  if (!ws) throw new Error(`mangler ${SHEET.actions}`);
  return ws;
}

describe('the schema guard of the import', () => {
  const doc = createExampleDocument();

  it('an unchanged workbook passes it and changes nothing', async () => {
    const result = await readWorkbook(await exportWorkbook(doc, YEAR), doc, YEAR);
    expect(result.ok && !hasChanges(result.preview)).toBe(true);
  });

  it('refuses a changed field the schema refuses, at its cell, for an existing tiltak and a new one', async () => {
    let newRow = 0;
    const bytes = await editWorkbook(await exportWorkbook(doc, YEAR), (wb) => {
      const ws = tiltak(wb);
      ws.getCell(`${actionCol('kpis')}2`).value = tooManyKpis;
      newRow = ws.rowCount + 1;
      ws.getCell(`${actionCol('number')}${newRow}`).value = 'NY-1';
      ws.getCell(`${actionCol('title')}${newRow}`).value = 'Nytt tiltak';
      ws.getCell(`${actionCol('priority')}${newRow}`).value = 2;
      ws.getCell(`${actionCol('status')}${newRow}`).value = 'Planlagt';
      ws.getCell(`${actionCol('kpis')}${newRow}`).value = tooManyKpis;
    });
    const result = await readWorkbook(bytes, doc, YEAR);
    if (result.ok) throw new Error('importen skulle avvise 101 KPI-er');
    const kpiErrors = result.errors.filter((e) => e.where?.field === 'excel.workbook.columns.kpis');
    expect(kpiErrors.map((e) => e.where?.row)).toEqual([2, newRow]);
    for (const e of kpiErrors) {
      expect(e.code).toBe(CELL_ERROR);
      expect(e.where).toMatchObject({ sheet: SHEET.actions, column: actionCol('kpis') });
      expect(e.params?.expected).toMatchObject({ code: 'excel.expected.valid' });
    }
  });
});
