/**
 * Excel export and import end to end, in Chromium against the built renderer: the example
 * plan's Økonomi view for 2025 → «Eksporter til Excel…» (worker, progress, download) → the
 * downloaded workbook edited with exceljs as a user would in Excel (one tiltak's Tittel and
 * Kostnad changed, a tiltak deleted with its financing rows, a new row added) → «Importer
 * fra Excel…» → the preview shows exactly those changes (axe clean with the dialog open) →
 * «Bruk endringene» → the totals follow → one Ctrl+Z undoes the whole import. Refused
 * files (not a workbook, too large) change nothing. Ctrl+E exports from anywhere in the
 * workspace; on the start screen it says there is no plan.
 */
import { expect, test } from './fixtures';
import type { Download, Locator, Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';

const FILE_NAME = 'Handlingsplan 2025 – Eksempelregionen (oppdiktet).xlsx';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function openEconomy2025(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Økonomi', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Økonomi 2025' })).toBeVisible();
}

/** A figure of the Ambisjonssjekk (e.g. «Kostnad») in whole kroner. */
async function total(page: Page, label: string): Promise<number> {
  const card = page.getByRole('region', { name: 'Ambisjonssjekk' });
  const value = card.locator('dl > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');
  const text = (await value.textContent()) ?? '';
  return Number(text.replace(/\D/g, ''));
}

/** The line under the totals: «23 aktive tiltak · Finansiering som ikke er bekreftet: …». */
async function totalsHint(page: Page): Promise<string> {
  return (await page.getByRole('region', { name: 'Ambisjonssjekk' }).getByText(/aktive tiltak/).textContent()) ?? '';
}

const activeIn = (hint: string) => /(\d+) aktive tiltak/.exec(hint)?.[1];

/** Remembers (in a data attribute) whether a progress bar for `label` ever appeared. */
async function watchProgressBar(page: Page, label: string): Promise<void> {
  await page.evaluate((name) => {
    delete document.body.dataset.sawProgress;
    const check = () => {
      const bar = document.querySelector(`[role="progressbar"][aria-label="${name}"], progress[aria-label="${name}"]`);
      // Set once: the attribute change is itself a mutation the observer sees.
      if (bar && document.body.dataset.sawProgress !== name) document.body.dataset.sawProgress = name;
    };
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, attributes: true });
  }, label);
}

async function workbookOf(download: Download): Promise<ExcelJS.Workbook> {
  const path = await download.path();
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(await readFile(path)).buffer);
  return wb;
}

function importInput(page: Page): Locator {
  return page.getByLabel('Importer fra Excel…');
}

test('export → edit in «Excel» → import preview → apply → totals follow → one Ctrl+Z undoes it all', async ({ page, axe, openExample }) => {
  await openExample();
  await openEconomy2025(page);
  const before = { cost: await total(page, 'Kostnad'), own: await total(page, 'Egne midler'), hint: await totalsHint(page) };
  expect(before.cost).toBeGreaterThan(0);

  // Export: in the worker with a visible progress bar, then a download with the plan's name.
  await watchProgressBar(page, 'Fremdrift for Excel-eksporten');
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksporter til Excel…' }).click();
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(FILE_NAME);
  await expect(page.getByRole('status').filter({ hasText: `Arbeidsboken for 2025 er lagret som «${FILE_NAME}».` })).toBeVisible();
  expect(await page.evaluate(() => document.body.dataset.sawProgress)).toBe('Fremdrift for Excel-eksporten');

  // Edit the workbook the way a user would in Excel.
  const wb = await workbookOf(download);
  const ws = wb.getWorksheet('Tiltak');
  const fs = wb.getWorksheet('Finansiering');
  if (!ws || !fs) throw new Error('the export has no Tiltak or Finansiering sheet');
  const header = (ws.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 1) throw new Error(`no column ${name}`);
    return i;
  };
  const rowOf = (nr: string) => {
    for (let r = 2; r <= ws.rowCount; r++) if (String(ws.getRow(r).getCell(col('Nr')).value) === nr) return r;
    throw new Error(`no tiltak ${nr}`);
  };
  // The worker's streaming writer keeps frozen panes, drop-down lists, number formats and formulas.
  expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 1 });
  expect(ws.getRow(2).getCell(col('Status')).dataValidation?.type).toBe('list');
  expect(ws.getRow(2).getCell(col('Kostnad')).numFmt).toBeTruthy();
  expect(ws.getRow(2).getCell(col('Egne midler')).formula).toBeTruthy();
  const text = (row: number, name: string) => String(ws.getRow(row).getCell(col(name)).value);

  // Tiltak 2: new Tittel, Kostnad + 50 000.
  const changedRow = ws.getRow(rowOf('2'));
  const oldTitle = text(rowOf('2'), 'Tittel');
  const oldCost = Number(changedRow.getCell(col('Kostnad')).value);
  changedRow.getCell(col('Tittel')).value = 'Nettverk for grønn industri og kraft';
  changedRow.getCell(col('Kostnad')).value = oldCost + 50_000;

  // Tiltak 13 deleted (an active one), with its financing rows.
  const deletedRow = rowOf('13');
  const deletedTitle = text(deletedRow, 'Tittel');
  const deletedCost = Number(ws.getRow(deletedRow).getCell(col('Kostnad')).value);
  expect(text(deletedRow, 'Status')).toBe('Planlagt');
  ws.spliceRows(deletedRow, 1);
  let deletedOwn = 0;
  for (let r = fs.rowCount; r >= 2; r--) {
    const row = fs.getRow(r);
    if (String(row.getCell(1).value) !== '13') continue;
    if (row.getCell(2).value === 'Egne midler') deletedOwn += Number(row.getCell(4).value);
    fs.spliceRows(r, 1);
  }
  expect(deletedOwn).toBeGreaterThan(0);

  // A new row typed at the bottom, without the hidden Id: a new tiltak.
  const added = ws.getRow(ws.rowCount + 1);
  const newValues: [string, ExcelJS.CellValue][] = [
    ['Nr', '26'],
    ['Tittel', 'Nytt tiltak fra Excel'],
    ['Satsinger', 'Klimatilpasning'],
    ['Ansvarlig', 'Sekretariatet'],
    ['Kostnad', 75_000],
    ['Prioritet', 2],
    ['Status', 'Planlagt'],
  ];
  for (const [name, value] of newValues) added.getCell(col(name)).value = value;
  const edited = Buffer.from(await wb.xlsx.writeBuffer());

  // Import: progress, then the preview with exactly those changes.
  await watchProgressBar(page, 'Fremdrift for Excel-importen');
  await importInput(page).setInputFiles({ name: 'redigert.xlsx', mimeType: XLSX_MIME, buffer: edited });
  const dialog = page.getByRole('dialog', { name: 'Dette endres av importen' });
  await expect(dialog).toBeVisible();
  expect(await page.evaluate(() => document.body.dataset.sawProgress)).toBe('Fremdrift for Excel-importen');
  await expect(dialog).toContainText('1 nye, 1 endrede og 1 fjernede tiltak.');

  const addedRegion = dialog.getByRole('region', { name: 'Nye tiltak (1)' });
  await expect(addedRegion.getByRole('row')).toHaveCount(2);
  await expect(addedRegion.getByRole('row').nth(1).getByRole('cell')).toHaveText(['26', 'Nytt tiltak fra Excel', /^75\s000\skr$/]);

  const changedTable = dialog.getByRole('region', { name: 'Endrede tiltak (1)' }).getByRole('table');
  await expect(changedTable).toHaveCount(1);
  await expect(changedTable).toHaveAccessibleName(`Tiltak 2 – ${oldTitle}`);
  const diffRows = changedTable.locator('tbody tr');
  await expect(diffRows.getByRole('rowheader')).toHaveText(['Tittel', 'Kostnad']);
  await expect(diffRows.nth(0).getByRole('cell')).toHaveText([oldTitle, 'Nettverk for grønn industri og kraft']);
  const nb = (n: number) => new RegExp(`^${new Intl.NumberFormat('nb-NO').format(n).replace(/\s/g, '\\s')}\\skr$`);
  await expect(diffRows.nth(1).getByRole('cell')).toHaveText([nb(oldCost), nb(oldCost + 50_000)]);

  const removedRegion = dialog.getByRole('region', { name: 'Tiltak som fjernes (1)' });
  await expect(removedRegion.getByRole('row')).toHaveCount(2);
  await expect(removedRegion.getByRole('row').nth(1).getByRole('cell')).toHaveText(['13', deletedTitle, nb(deletedCost)]);
  await expect(dialog.getByRole('region', { name: 'Rammene endres' })).toHaveCount(0);

  // The dialog is a real modal: focused, axe-clean, Tab never reaches the page behind (it
  // stays in the dialog or, past its end, goes to the browser's own UI: tests/e2e/dialog.spec.ts).
  await expect(dialog).toBeFocused();
  await axe();
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => !document.hasFocus() || d.contains(document.activeElement))).toBe(true);
  }

  // Nothing has changed yet.
  expect(await total(page, 'Kostnad')).toBe(before.cost);

  await dialog.getByRole('button', { name: 'Bruk endringene' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Importen fra «redigert.xlsx» er tatt i bruk: 1 nye, 1 endrede og 1 fjernede tiltak.' })).toBeVisible();
  const expectedCost = before.cost + 50_000 - deletedCost + 75_000;
  await expect.poll(() => total(page, 'Kostnad')).toBe(expectedCost);
  expect(await total(page, 'Egne midler')).toBe(before.own - deletedOwn);
  // One active tiltak removed, one added.
  expect(activeIn(await totalsHint(page))).toBe(activeIn(before.hint));
  await expect(page.getByRole('button', { name: 'Angre', exact: true })).toHaveAttribute('title', 'Angre «Import fra Excel (redigert.xlsx)» (Ctrl+Z)');

  // One Ctrl+Z undoes the whole import.
  await page.getByRole('heading', { level: 1, name: 'Økonomi 2025' }).click();
  await page.keyboard.press('Control+z');
  await expect.poll(() => total(page, 'Kostnad')).toBe(before.cost);
  expect(await total(page, 'Egne midler')).toBe(before.own);
  expect(await totalsHint(page)).toBe(before.hint);
  await expect(page.getByRole('button', { name: 'Gjør om', exact: true })).toHaveAttribute('title', /Import fra Excel \(redigert\.xlsx\)/);

  // The plan's table agrees: the old title is back, the new tiltak is gone.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  const grid = page.getByRole('treegrid');
  await expect(page.getByText('25 av 25 tiltak vises')).toBeVisible();
  const search = page.getByRole('searchbox', { name: 'Søk' }).or(page.getByRole('textbox', { name: 'Søk' }));
  for (const [title, count] of [[oldTitle, 1], [deletedTitle, 1], ['Nytt tiltak fra Excel', 0], ['Nettverk for grønn industri og kraft', 0]] as const) {
    await search.fill(title);
    await expect(grid.getByRole('row').filter({ hasText: title })).toHaveCount(count);
  }
});

test('refused files: not a workbook, too large — a clear message and nothing changed', async ({ page, axe, openExample }) => {
  await openExample();
  await openEconomy2025(page);
  const cost = await total(page, 'Kostnad');
  await axe();

  await importInput(page).setInputFiles({ name: 'notater.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from('Dette er bare tekst, ikke en arbeidsbok.\n') });
  const dialog = page.getByRole('dialog', { name: 'Arbeidsboken kan ikke importeres' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Feil i filen eller arkene' })).toHaveText('Filen er ikke en Excel-arbeidsbok (.xlsx).');
  await expect(dialog).toContainText('Ingenting er endret.');
  await expect(dialog).not.toContainText('1 feil');
  await expect(dialog.getByRole('button', { name: 'Bruk endringene' })).toHaveCount(0);
  await axe();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  expect(await total(page, 'Kostnad')).toBe(cost);

  await importInput(page).setInputFiles({ name: 'stor.xlsx', mimeType: XLSX_MIME, buffer: Buffer.alloc(21 * 1024 * 1024, 0x41) });
  await expect(dialog.getByRole('region', { name: 'Feil i filen eller arkene' })).toHaveText('Filen er 21 MB. Høyst 20 MB kan importeres.');
  await dialog.getByRole('button', { name: 'Lukk' }).click();
  await expect(dialog).toHaveCount(0);
  expect(await total(page, 'Kostnad')).toBe(cost);
  await expect(page.getByRole('button', { name: 'Angre', exact: true })).toBeDisabled();
});

test('in English: the workbook has English sheets and headers, and a refused workbook shows English text only', async ({ page, axe }) => {
  await page.goto('/');
  await page.getByLabel('Språk').selectOption('en');
  await page.getByRole('button', { name: 'Open the example' }).click();
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Budget', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Budget 2025' })).toBeVisible();

  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export to Excel…' }).click();
  const wb = await workbookOf(await downloadPromise);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Summary', 'Actions', 'Funding', 'Frame']);
  const actions = wb.getWorksheet('Actions');
  if (!actions) throw new Error('no Actions sheet');
  const header = (actions.getRow(1).values as unknown[]).map((v) => String(v ?? ''));
  expect(header).toContain('Cost');
  const costCol = header.indexOf('Cost');
  actions.getRow(3).getCell(costCol).value = 'lots';
  const edited = Buffer.from(await wb.xlsx.writeBuffer());

  const importInputEn = page.getByLabel('Import from Excel…');
  await importInputEn.setInputFiles({ name: 'edited.xlsx', mimeType: XLSX_MIME, buffer: edited });
  const dialog = page.getByRole('dialog', { name: 'The workbook cannot be imported' });
  await expect(dialog).toBeVisible();
  const table = dialog.getByRole('table', { name: 'Errors in the cells' });
  await expect(table.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    'Actions',
    '3',
    /^[A-Z]+$/,
    'Cost',
    'an amount in whole kroner (0 or more)',
    /^«lots» – “lots” is not an amount\./,
  ]);
  const norwegian = /Arbeidsboken|Filen|forventet|Forventet|Kostnad|Ingenting|Lukk|Tiltak|Ark\b|Rad\b/;
  expect(await dialog.textContent()).not.toMatch(norwegian);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await importInputEn.setInputFiles({ name: 'notes.xlsx', mimeType: XLSX_MIME, buffer: Buffer.from('Just text, not a workbook.\n') });
  await expect(dialog.getByRole('region', { name: 'Errors in the file or its sheets' })).toHaveText('The file is not an Excel workbook (.xlsx).');
  expect(await dialog.textContent()).not.toMatch(norwegian);
  await axe();
});

test('Ctrl+E exports the plan on screen from anywhere in the workspace; on the start screen it says there is no plan', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Start fra en mal' })).toBeVisible();
  await page.keyboard.press('Control+e');
  await expect(page.getByRole('status').filter({ hasText: 'Åpne en plan først' })).toBeVisible();

  await page.getByRole('button', { name: 'Åpne eksemplet' }).click();
  await expect(page).toHaveURL(/#\/strategy\/ex_strategy\/foringer$/);
  // The workspace's code loads lazily: wait until it is drawn (its menu handler with it).
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toBeVisible();
  await page.getByRole('main').click({ position: { x: 5, y: 5 } });
  const downloadPromise = page.waitForEvent('download');
  await page.keyboard.press('Control+e');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(FILE_NAME);
  const wb = await workbookOf(download);
  expect(wb.worksheets.map((s) => s.name).slice(0, 4)).toEqual(['Sammendrag', 'Tiltak', 'Finansiering', 'Rammer']);
  expect(wb.getWorksheet('Tiltak')?.rowCount).toBe(26);

  // A year without a plan: the menu says so instead of exporting.
  await page.goto(page.url().replace(/foringer$/, 'okonomi/2026'));
  await expect(page.getByRole('heading', { level: 1, name: 'Økonomi 2026' })).toBeVisible();
  await page.getByRole('heading', { level: 1, name: 'Økonomi 2026' }).click();
  await page.keyboard.press('Control+e');
  await expect(page.getByRole('alert')).toContainText('Det finnes ingen handlingsplan for 2026 å eksportere til Excel.');
});
