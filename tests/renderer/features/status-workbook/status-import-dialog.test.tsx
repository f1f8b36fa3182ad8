/**
 * The status import dialog with Testing Library in jsdom (issue 12, point 7): the preview
 * (which tiltak get which status), «Legg inn oppdateringene» as exactly one store edit that
 * adds every update, the per-cell error table, a refused file, and Avbryt changing nothing.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as rtl from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import ExcelJS from 'exceljs';
import type { PlanDocument } from '@shared/domain';
import { applyStatusImport, exportStatusWorkbook, readStatusWorkbook, statusCol, type ReadStatusResult, type StatusImportPreview } from '@shared/excel/status';
import { createExampleDocument } from '@shared/templates';
import { StatusImportDialog } from '../../../../renderer/src/features/status-workbook/StatusImportDialog';
import { createI18n } from '../../../../renderer/src/i18n';
import { DocumentContext } from '../../../../renderer/src/state/document-context';
import type { DocumentEdit } from '../../../../renderer/src/state/document-context';
import { fakeDocumentStore } from '../../helpers/document-store';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
});
afterEach(() => rtl.cleanup());

/** The example's T2 status workbook with tiltak 1 «Stoppet» and tiltak 2 with an unknown status or «Fullført». */
async function filled(doc: PlanDocument, second: string): Promise<ReadStatusResult> {
  const bytes = await exportStatusWorkbook(doc, 2025, 'T2');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  wb.getWorksheet('Status')?.eachRow((row, r) => {
    if (r === 1) return;
    const nr = row.getCell(statusCol('number')).value;
    if (nr === '1') {
      row.getCell(statusCol('status')).value = 'Stoppet';
      row.getCell(statusCol('comment')).value = 'Venter på vedtak';
    }
    if (nr === '2') row.getCell(statusCol('status')).value = second;
  });
  const out = new Uint8Array(await wb.xlsx.writeBuffer());
  return readStatusWorkbook(out, doc, 2025, 'T2', { date: '2025-08-15', author: 'Kari' });
}

function setup(doc: PlanDocument, result: ReadStatusResult) {
  const apply = vi.fn<(label: string, edit: DocumentEdit) => void>();
  const onApplied = vi.fn<(p: StatusImportPreview) => void>();
  const onClose = vi.fn<() => void>();
  const store = fakeDocumentStore(doc, { apply });
  const ui = rtl.render(
    <I18nextProvider i18n={i18n}>
      <DocumentContext.Provider value={store}>
        <StatusImportDialog fileName="Statusark 2025 T2.xlsx" year={2025} periodName="T2" result={result} onApplied={onApplied} onClose={onClose} />
      </DocumentContext.Provider>
    </I18nextProvider>,
  );
  return { ui, apply, onApplied, onClose };
}

describe('StatusImportDialog', () => {
  it('shows which tiltak get which status, and applies them all as one edit', async () => {
    const doc = createExampleDocument();
    const result = await filled(doc, 'Fullført');
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const { ui, apply, onApplied } = setup(doc, result);
    const dialog = ui.getByRole('dialog', { name: 'Statusoppdateringer fra statusarket' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    const table = ui.getByRole('table', { name: 'Tiltak som får ny status' });
    const one = doc.actions.find((a) => a.number === '1');
    const row = rtl.within(table).getByRole('row', { name: new RegExp(one?.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') ?? 'x') });
    const cells = rtl.within(row).getAllByRole('cell').map((c) => c.textContent);
    expect(cells[0]).toBe('1');
    expect(cells.slice(2)).toEqual(['Stoppet', 'Venter på vedtak']);
    expect(rtl.within(table).getAllByRole('row')).toHaveLength(3);

    rtl.fireEvent.click(ui.getByRole('button', { name: 'Legg inn oppdateringene' }));
    expect(apply).toHaveBeenCalledTimes(1);
    const [label, edit] = apply.mock.calls[0] ?? [];
    expect(label).toBe('Statusimport (Statusark 2025 T2.xlsx)');
    const next = edit?.(doc);
    expect(next).toEqual(applyStatusImport(doc, result.preview));
    expect(next?.plans[0]?.followUp.updates.length).toBe((doc.plans[0]?.followUp.updates.length ?? 0) + 2);
    expect(onApplied).toHaveBeenCalledWith(result.preview);
  });

  it('lists per-cell errors with ark, rad, kolonne, felt, forventet and fant; only «Lukk»', async () => {
    const doc = createExampleDocument();
    const result = await filled(doc, 'Halvveis');
    expect(result.ok).toBe(false);
    const { ui, apply } = setup(doc, result);
    ui.getByRole('dialog', { name: 'Statusarket kan ikke importeres' });
    const table = ui.getByRole('table', { name: 'Feil per celle' });
    const cells = rtl.within(rtl.within(table).getAllByRole('row')[1] as HTMLElement).getAllByRole('cell').map((c) => c.textContent ?? '');
    expect(cells[0]).toBe('Status');
    expect(cells[2]).toBe('M');
    expect(cells[3]).toBe('Ny status');
    expect(cells[4]).toContain('Fullført');
    expect(cells[5]).toContain('Halvveis');
    expect(ui.queryByRole('button', { name: 'Legg inn oppdateringene' })).toBeNull();
    rtl.fireEvent.click(ui.getByRole('button', { name: 'Lukk' }));
    expect(apply).not.toHaveBeenCalled();
  });

  it('a refused file has one reason; Avbryt on a preview changes nothing', async () => {
    const doc = createExampleDocument();
    const refused = await readStatusWorkbook(new TextEncoder().encode('ikke en arbeidsbok'), doc, 2025, 'T2');
    const a = setup(doc, refused);
    expect(a.ui.getByText('Filen kan ikke brukes; ingenting er endret.')).toBeTruthy();
    rtl.cleanup();
    const result = await filled(doc, 'Fullført');
    const b = setup(doc, result);
    rtl.fireEvent.click(b.ui.getByRole('button', { name: 'Avbryt' }));
    expect(b.onClose).toHaveBeenCalledTimes(1);
    expect(b.apply).not.toHaveBeenCalled();
  });
});
