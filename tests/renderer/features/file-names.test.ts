/**
 * The suggested names of the exported files come from the catalogue in the UI language,
 * the fallback for a title with nothing usable left included: an English user gets
 * «Action plan 2025 – ….xlsx», «Status workbook.xlsx», «Report.docx»; a Norwegian one
 * «Handlingsplan …», «Statusark», «Rapport».
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import { createExampleDocument } from '@shared/templates';
import { workbookFileName } from '../../../renderer/src/features/excel/excel-files';
import { exportTitle } from '../../../renderer/src/features/excel/use-excel-export';
import { reportFileName } from '../../../renderer/src/features/reports/report-files';
import { statusFileName } from '../../../renderer/src/features/status-workbook/status-workbook-files';
import { createI18n } from '../../../renderer/src/i18n';

let nb: I18n;
let en: I18n;
beforeAll(async () => {
  nb = await createI18n('nb');
  en = await createI18n('en');
});

describe('file names of exports', () => {
  it('the Excel export is named in the UI language', () => {
    const doc = createExampleDocument();
    const organisation = doc.strategy.organisation.trim();
    expect(exportTitle(doc, 2025, en.t)).toBe(`Action plan 2025 – ${organisation}.xlsx`);
    expect(exportTitle(doc, 2025, nb.t)).toBe(`Handlingsplan 2025 – ${organisation}.xlsx`);
  });

  it('a title with nothing usable left falls back to a name in the UI language', () => {
    for (const blank of ['', '  ..  ', '///:*?']) {
      expect(workbookFileName(blank, en.t)).toBe('Action plan.xlsx');
      expect(statusFileName(blank, en.t)).toBe('Status workbook.xlsx');
      expect(reportFileName(blank, en.t)).toBe('Report.docx');
      expect(workbookFileName(blank, nb.t)).toBe('Handlingsplan.xlsx');
      expect(statusFileName(blank, nb.t)).toBe('Statusark.xlsx');
      expect(reportFileName(blank, nb.t)).toBe('Rapport.docx');
    }
  });
});
