/**
 * The Excel import dialog with Testing Library in jsdom: the preview (added, changed field
 * by field, removed), the errors (cell table, refused file, adopted plan), all-or-nothing
 * apply as exactly one store edit, cancel / Esc changing nothing, and the modal <dialog>.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as rtl from '@testing-library/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import type { Action, PlanDocument } from '@shared/domain';
import { applyImport, readWorkbook } from '@shared/excel/import';
import type { ImportError, ImportPreview, ReadWorkbookResult } from '@shared/excel/import';
import { msg, type Message } from '@shared/i18n/message';
import { createExampleDocument, EXAMPLE_PLAN_ID } from '@shared/templates';
import { ExcelImportDialog } from '../../../../renderer/src/features/excel/ExcelImportDialog';
import { createI18n } from '../../../../renderer/src/i18n';
import { DocumentContext } from '../../../../renderer/src/state/document-context';
import type { DocumentEdit } from '../../../../renderer/src/state/document-context';
import { fakeDocumentStore } from '../../helpers/document-store';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
});
afterEach(() => rtl.cleanup());

/** «123 456 kr» with whatever space nb-NO formatting uses. */
const kr = (text: string) => new RegExp(`^${text.replace(/ /g, '\\s')}$`);

function actionAt(doc: PlanDocument, index: number): Action {
  const a = doc.actions[index];
  if (!a) throw new Error(`no action ${index}`);
  return a;
}

/** A preview as readWorkbook makes it: tiltak 3 renamed and dearer, tiltak 5 removed, one new tiltak. */
function examplePreview(doc: PlanDocument): ImportPreview {
  const before = actionAt(doc, 2);
  const after: Action = { ...before, title: 'Pilot: overskuddsvarme (utvidet)', cost: before.cost + 125_000 };
  const removed = actionAt(doc, 4);
  const added: Action = {
    ...actionAt(doc, 0),
    id: 'act_new_1',
    lineageId: 'act_new_1',
    number: '26',
    title: 'Nytt tiltak fra Excel',
    cost: 42_000,
    funding: [],
    kpis: [],
  };
  return {
    kind: 'workbook',
    year: 2025,
    planId: EXAMPLE_PLAN_ID,
    added: [added],
    changed: [{ before, after, fields: ['title', 'cost'] }],
    removed: [removed],
    frame: null,
  };
}

interface Setup {
  ui: ReturnType<typeof rtl.render>;
  apply: ReturnType<typeof vi.fn<(label: string, edit: DocumentEdit) => void>>;
  onApplied: ReturnType<typeof vi.fn<(p: ImportPreview) => void>>;
  onClose: ReturnType<typeof vi.fn<() => void>>;
}

function setup(doc: PlanDocument, result: ReadWorkbookResult, extra?: ReactNode): Setup {
  const apply = vi.fn<(label: string, edit: DocumentEdit) => void>();
  const onApplied = vi.fn<(p: ImportPreview) => void>();
  const onClose = vi.fn<() => void>();
  const store = fakeDocumentStore(doc, { apply });
  const ui = rtl.render(
    <I18nextProvider i18n={i18n}>
      <DocumentContext.Provider value={store}>
        {extra}
        <ExcelImportDialog fileName="Handlingsplan 2025.xlsx" year={2025} result={result} onApplied={onApplied} onClose={onClose} />
      </DocumentContext.Provider>
    </I18nextProvider>,
  );
  return { ui, apply, onApplied, onClose };
}

describe('ExcelImportDialog: preview', () => {
  it('shows the added, changed (field by field, before → after) and removed tiltak in a labelled modal', () => {
    const doc = createExampleDocument();
    const preview = examplePreview(doc);
    const { ui } = setup(doc, { ok: true, preview });
    const dialog = ui.getByRole('dialog', { name: 'Dette endres av importen' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.textContent).toContain('1 nye, 1 endrede og 1 fjernede tiltak.');

    const added = rtl.within(ui.getByRole('region', { name: 'Nye tiltak (1)' }));
    const addedRow = added.getByRole('row', { name: /Nytt tiltak fra Excel/ });
    expect(rtl.within(addedRow).getAllByRole('cell').map((c) => c.textContent)).toEqual(['26', 'Nytt tiltak fra Excel', expect.stringMatching(kr('42 000 kr'))]);

    const changed = rtl.within(ui.getByRole('region', { name: 'Endrede tiltak (1)' }));
    const table = changed.getByRole('table', { name: `Tiltak 3 – ${actionAt(doc, 2).title}` });
    const rows = rtl.within(table).getAllByRole('row').slice(1);
    // Exactly the two changed fields, in column order, each with before and after.
    expect(rows.map((r) => rtl.within(r).getByRole('rowheader').textContent)).toEqual(['Tittel', 'Kostnad']);
    const cells = (i: number) => rtl.within(rows[i] as HTMLElement).getAllByRole('cell').map((c) => c.textContent ?? '');
    expect(cells(0)).toEqual([actionAt(doc, 2).title, 'Pilot: overskuddsvarme (utvidet)']);
    const cost = actionAt(doc, 2).cost;
    const nb = (n: number) => new Intl.NumberFormat('nb-NO').format(n);
    expect(cells(1)).toEqual([`${nb(cost)} kr`, `${nb(cost + 125_000)} kr`]);

    const removed = rtl.within(ui.getByRole('region', { name: 'Tiltak som fjernes (1)' }));
    expect(removed.getByRole('row', { name: new RegExp(actionAt(doc, 4).title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toBeTruthy();
    expect(ui.getByRole('button', { name: 'Bruk endringene' })).toBeTruthy();
  });

  it('«Bruk endringene» calls apply exactly once, with an edit that is the whole import', () => {
    const doc = createExampleDocument();
    const preview = examplePreview(doc);
    const { ui, apply, onApplied, onClose } = setup(doc, { ok: true, preview });
    rtl.fireEvent.click(ui.getByRole('button', { name: 'Bruk endringene' }));
    expect(apply).toHaveBeenCalledTimes(1);
    const [label, edit] = apply.mock.calls[0] ?? [];
    expect(label).toBe('Import fra Excel (Handlingsplan 2025.xlsx)');
    const next = edit?.(doc);
    expect(next).toEqual(applyImport(doc, 2025, preview));
    const ids = new Set(next?.actions.map((a) => a.id));
    expect(ids.has('act_new_1')).toBe(true);
    expect(ids.has(actionAt(doc, 4).id)).toBe(false);
    expect(next?.actions.find((a) => a.id === actionAt(doc, 2).id)?.cost).toBe(actionAt(doc, 2).cost + 125_000);
    // A document that no longer fits the preview is left exactly as it is (never half-applied).
    const moved: PlanDocument = { ...doc, actions: doc.actions.filter((a) => a.id !== actionAt(doc, 2).id) };
    expect(edit?.(moved)).toBe(moved);
    expect(onApplied).toHaveBeenCalledWith(preview);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('«Avbryt» and Esc close without applying anything', () => {
    const doc = createExampleDocument();
    const { ui, apply, onClose } = setup(doc, { ok: true, preview: examplePreview(doc) });
    rtl.fireEvent.click(ui.getByRole('button', { name: 'Avbryt' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    rtl.fireEvent.keyDown(ui.getByRole('dialog'), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(2);
    expect(apply).not.toHaveBeenCalled();
  });

  it('a preview that no longer fits the plan says so and applies nothing', () => {
    const doc = createExampleDocument();
    const preview = examplePreview(doc);
    // The plan changed after the workbook was read: tiltak 3 got another cost.
    const changedSince: PlanDocument = { ...doc, actions: doc.actions.map((a, i) => (i === 2 ? { ...a, cost: a.cost + 1 } : a)) };
    const { ui, apply, onApplied } = setup(changedSince, { ok: true, preview });
    rtl.fireEvent.click(ui.getByRole('button', { name: 'Bruk endringene' }));
    expect(apply).not.toHaveBeenCalled();
    expect(onApplied).not.toHaveBeenCalled();
    expect(ui.getByRole('alert').textContent).toMatch(/^Importen kunne ikke tas i bruk: Planen er endret etter at arbeidsboken ble lest\..*Ingenting er endret\.$/);
  });

  it('a workbook equal to the plan has nothing to apply, only «Lukk»', () => {
    const doc = createExampleDocument();
    const preview: ImportPreview = { ...examplePreview(doc), added: [], changed: [], removed: [] };
    const { ui, apply, onClose } = setup(doc, { ok: true, preview });
    ui.getByRole('dialog', { name: 'Ingen endringer å importere' });
    expect(ui.queryByRole('button', { name: 'Bruk endringene' })).toBeNull();
    rtl.fireEvent.click(ui.getByRole('button', { name: 'Lukk' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(apply).not.toHaveBeenCalled();
  });

  it('is a modal <dialog> that starts with the focus on itself (the trap itself is the browser\'s: tests/e2e/dialog.spec.ts)', () => {
    const doc = createExampleDocument();
    const { ui } = setup(doc, { ok: true, preview: examplePreview(doc) }, <button type="button">utenfor</button>);
    const dialog = ui.getByRole('dialog');
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(document.activeElement).toBe(dialog);
  });
});

describe('ExcelImportDialog: errors', () => {
  const cellError = (row: number, column: string, field: string, expected: Message, found: Message): ImportError =>
    msg('excel.cell', { expected, found }, { sheet: 'Tiltak', row, column, field: `excel.workbook.columns.${field}` });
  const errors = [
    cellError(4, 'I', 'cost', msg('excel.expected.amount'), msg('excel.found.unknown', { value: 'mye' })),
    cellError(7, 'S', 'deadline', msg('excel.expected.date'), msg('excel.found.unknown', { value: '31.02.2025' })),
  ];

  it('lists cell errors with sheet, row, column letter, field, expected and found; nothing to apply', () => {
    const doc = createExampleDocument();
    const { ui, apply, onClose } = setup(doc, { ok: false, errors });
    const dialog = ui.getByRole('dialog', { name: 'Arbeidsboken kan ikke importeres' });
    expect(dialog.textContent).toContain('Arbeidsboken har 2 feil. Ingenting er endret');
    const table = ui.getByRole('table', { name: 'Feil i cellene' });
    expect(rtl.within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Ark', 'Rad', 'Kolonne', 'Felt', 'Forventet', 'Funnet']);
    const rows = rtl.within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => rtl.within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['Tiltak', '4', 'I', 'Kostnad', 'et beløp i hele kroner (0 eller mer)', '«mye»'],
      ['Tiltak', '7', 'S', 'Frist', 'en dato (dd.mm.åååå)', '«31.02.2025»'],
    ]);
    expect(ui.queryByRole('button', { name: 'Bruk endringene' })).toBeNull();
    rtl.fireEvent.click(ui.getByRole('button', { name: 'Lukk' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(apply).not.toHaveBeenCalled();
  });

  it('a file that is not a workbook shows the importer’s own refusal', async () => {
    const doc = createExampleDocument();
    const result = await readWorkbook(new TextEncoder().encode('Nr;Tittel\n1;Ikke en arbeidsbok\n'), doc, 2025);
    expect(result.ok).toBe(false);
    const { ui, apply } = setup(doc, result);
    const dialog = ui.getByRole('dialog', { name: 'Arbeidsboken kan ikke importeres' });
    expect(ui.getByRole('region', { name: 'Feil i filen eller arkene' }).textContent).toBe('Filen er ikke en Excel-arbeidsbok (.xlsx).');
    // One reason, not a count of errors to fix.
    expect(dialog.textContent).toContain('Ingenting er endret.');
    expect(dialog.textContent).not.toContain('1 feil');
    expect(ui.queryByRole('table')).toBeNull();
    expect(apply).not.toHaveBeenCalled();
  });

  it('an adopted plan: explains that it must be reopened and links to the plan', () => {
    const doc = createExampleDocument();
    const { ui, onClose } = setup(doc, { ok: false, errors: [msg('excel.sheets.adopted', { year: 2025 })] });
    const dialog = rtl.within(ui.getByRole('dialog'));
    expect(dialog.getByText(/Gjenåpne den under Handlingsplan/)).toBeTruthy();
    const link = dialog.getByRole('link', { name: 'Gå til handlingsplan 2025' });
    expect(link.getAttribute('href')).toBe(`#/strategy/${doc.strategy.id}/handlingsplan/2025`);
    rtl.fireEvent.click(link);
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});

describe('ExcelImportDialog: in English', () => {
  let en: I18n;
  beforeAll(async () => {
    en = await createI18n('en');
  });

  function renderIn(i: I18n, doc: PlanDocument, result: ReadWorkbookResult) {
    const store = fakeDocumentStore(doc);
    return rtl.render(
      <I18nextProvider i18n={i}>
        <DocumentContext.Provider value={store}>
          <ExcelImportDialog fileName="plan.xlsx" year={2025} result={result} onApplied={() => undefined} onClose={() => undefined} />
        </DocumentContext.Provider>
      </I18nextProvider>,
    );
  }

  it('a refused workbook shows English text only: cell errors, a missing sheet and a refused file', async () => {
    const doc = createExampleDocument();
    const refusedFile = await readWorkbook(new TextEncoder().encode('Nr;Tittel\n1;Not a workbook\n'), doc, 2025);
    if (refusedFile.ok) throw new Error('expected a refusal');
    const cells: ImportError[] = [
      msg('excel.cell', { expected: msg('excel.expected.amount'), found: msg('excel.found.unknown', { value: 'lots' }) }, { sheet: 'Actions', row: 4, column: 'I', field: 'excel.workbook.columns.cost' }),
      msg('excel.cell', { expected: msg('excel.expected.status', { choices: 'Planned, Ongoing, Done, Postponed, Cancelled' }), found: msg('excel.found.empty') }, { sheet: 'Actions', row: 5, column: 'U', field: 'excel.workbook.columns.status' }),
    ];
    const ui = renderIn(en, doc, { ok: false, errors: [...refusedFile.errors, ...cells] });
    const dialog = ui.getByRole('dialog', { name: 'The workbook cannot be imported' });
    const table = ui.getByRole('table', { name: 'Errors in the cells' });
    expect(rtl.within(table).getAllByRole('row').slice(1).map((r) => rtl.within(r).getAllByRole('cell').map((c) => c.textContent))).toEqual([
      ['Actions', '4', 'I', 'Cost', 'an amount in whole kroner (0 or more)', '«lots»'],
      ['Actions', '5', 'U', 'Status', 'one of Planned, Ongoing, Done, Postponed, Cancelled', 'an empty cell'],
    ]);
    expect(ui.getByRole('region', { name: 'Errors in the file or its sheets' }).textContent).toBe('The file is not an Excel workbook (.xlsx).');
    const text = dialog.textContent ?? '';
    for (const norwegian of ['Arbeidsboken', 'Filen', 'forventet', 'Kostnad', 'Ingenting', 'Lukk', 'rad ']) expect(text).not.toContain(norwegian);
  });
});
