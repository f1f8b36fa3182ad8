/**
 * The status round trip in the browser (issue 12, point 7 and «Tests»): download the
 * example's T2 status workbook from the Oppfølging screen, fill it in with exceljs as a
 * partner would (status from the drop-down list's own values, a comment, forbruk, a KPI
 * actual), import it through the screen's file control by keyboard, read the preview, apply
 * it, and see the values in the Oppfølging table and the tiltak's history. A second
 * workbook with one bad cell shows that cell's error and changes nothing. Axe on the import
 * dialog in its preview and its error state.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Locator, Page } from '@playwright/test';
import { kpiCol, statusCol } from '@shared/excel/status';
import { expect, test } from './fixtures';

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function press(target: Locator, key = 'Enter'): Promise<void> {
  await target.focus();
  await target.press(key);
}

/** Downloads the status workbook with the keyboard and loads it with exceljs. */
async function downloadWorkbook(page: Page): Promise<ExcelJS.Workbook> {
  const download = page.waitForEvent('download');
  await press(page.getByRole('button', { name: 'Eksporter statusark…' }));
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(await readFile((await file.path()) ?? '')).buffer);
  return wb;
}

/** Chooses a file in «Importer statusark…» with the keyboard (the file input is in the tab order). */
async function importFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await press(page.getByLabel('Importer statusark…'), ' ');
  await (await chooser).setFiles({ name, mimeType: XLSX_MIME, buffer });
}

function sheetRow(ws: ExcelJS.Worksheet, column: number, value: string): ExcelJS.Row {
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    if (String(row.getCell(column).value ?? '') === value) return row;
  }
  throw new Error(`no row with ${value}`);
}

/** The status words the workbook's drop-down list offers (its data validation). */
function dropDownChoices(ws: ExcelJS.Worksheet): string[] {
  const validation = ws.getRow(2).getCell(statusCol('status')).dataValidation;
  expect(validation.type).toBe('list');
  const formula = validation.formulae?.[0];
  expect(typeof formula).toBe('string');
  return String(formula).replace(/^"|"$/g, '').split(',');
}

test('status workbook by keyboard: download, fill with exceljs, import with preview, apply; a bad cell changes nothing', async ({ page, axe, openExample }) => {
  await openExample('Oppfølging', 'Oppfølging 2025');
  await page.getByLabel('Rapporteringsperiode').selectOption('T2');
  await expect(page).toHaveURL(/oppfolging\/2025\/T2$/);
  const table = page.getByRole('region', { name: 'Tiltak og status' });
  const rowOf = (title: string) => table.getByRole('row').filter({ has: page.getByRole('button', { name: title, exact: true }) });

  // Download and fill in: tiltak 1 and 2 get a status from the list, a comment and forbruk; tiltak 1 a KPI actual.
  const wb = await downloadWorkbook(page);
  const status = wb.getWorksheet('Status');
  const kpis = wb.getWorksheet('KPI');
  if (!status || !kpis) throw new Error('the status workbook has the sheets «Status» and «KPI»');
  const choices = dropDownChoices(status);
  expect(choices).toEqual(['Ikke startet', 'På sporet', 'Forsinket', 'Stoppet', 'Fullført']);
  const one = sheetRow(status, statusCol('number'), '1');
  const two = sheetRow(status, statusCol('number'), '2');
  const titleOne = String(one.getCell(statusCol('title')).value);
  const titleTwo = String(two.getCell(statusCol('title')).value);
  one.getCell(statusCol('status')).value = choices[3] ?? '';
  one.getCell(statusCol('comment')).value = 'Venter på vedtak i fylkestinget';
  one.getCell(statusCol('spentOwn')).value = 150_000;
  one.getCell(statusCol('spentPartner')).value = 50_000;
  one.getCell(statusCol('spentExternal')).value = 0;
  two.getCell(statusCol('status')).value = choices[4] ?? '';
  two.getCell(statusCol('comment')).value = 'Levert i juni';
  two.getCell(statusCol('spentOwn')).value = 20_000;
  two.getCell(statusCol('spentPartner')).value = 0;
  two.getCell(statusCol('spentExternal')).value = 0;
  sheetRow(kpis, kpiCol('number'), '1').getCell(kpiCol('actual')).value = 42;
  const filled = Buffer.from(await wb.xlsx.writeBuffer());

  // Import: the preview lists exactly those two tiltak; nothing has changed yet.
  const before = await table.innerText();
  await importFile(page, 'Statusark T2 utfylt.xlsx', filled);
  const preview = page.getByRole('dialog', { name: 'Statusoppdateringer fra statusarket' });
  await expect(preview).toBeVisible();
  await expect(preview).toBeFocused();
  const previewTable = preview.getByRole('table', { name: 'Tiltak som får ny status' });
  await expect(previewTable.locator('tbody tr')).toHaveCount(2);
  await expect(previewTable.locator('tbody tr').filter({ hasText: titleOne }).locator('td').nth(2)).toHaveText('Stoppet');
  await expect(previewTable.locator('tbody tr').filter({ hasText: titleOne }).locator('td').nth(3)).toHaveText('Venter på vedtak i fylkestinget');
  await expect(previewTable.locator('tbody tr').filter({ hasText: titleTwo }).locator('td').nth(2)).toHaveText('Fullført');
  await axe({ label: 'status import preview' });
  expect(await table.innerText()).toBe(before);

  await press(preview.getByRole('button', { name: 'Legg inn oppdateringene' }));
  await expect(preview).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Statusark T2 utfylt.xlsx' })).toBeVisible();

  // The Oppfølging table shows the imported status, KPI actual and forbruk.
  const kroner = (n: number) => new Intl.NumberFormat('nb-NO').format(n).replace(/\s/g, '\\s');
  await expect(rowOf(titleOne)).toContainText('Stoppet');
  await expect(rowOf(titleOne).getByRole('cell').nth(2)).toContainText(/^42 \//);
  await expect(rowOf(titleOne).getByRole('cell').nth(3)).toHaveText(new RegExp(`^${kroner(200_000)}\\skr /`));
  await expect(rowOf(titleTwo)).toContainText('Fullført');
  await expect(rowOf(titleTwo).getByRole('cell').nth(3)).toHaveText(new RegExp(`^${kroner(20_000)}\\skr /`));
  // The comment is in the tiltak's history.
  await press(rowOf(titleOne).getByRole('button', { name: titleOne, exact: true }));
  await expect(page.getByRole('dialog').getByRole('region', { name: 'Historikk' })).toContainText('Venter på vedtak i fylkestinget');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Second run: a fresh workbook with one status that is not in the list → that cell's error, nothing applied.
  const second = await downloadWorkbook(page);
  const secondStatus = second.getWorksheet('Status');
  if (!secondStatus) throw new Error('the status workbook has the sheet «Status»');
  const bad = sheetRow(secondStatus, statusCol('number'), '2');
  bad.getCell(statusCol('status')).value = 'Halvveis';
  sheetRow(secondStatus, statusCol('number'), '1').getCell(statusCol('status')).value = 'På sporet';
  const afterFirst = await table.innerText();
  await importFile(page, 'Statusark T2 feil.xlsx', Buffer.from(await second.xlsx.writeBuffer()));
  const errors = page.getByRole('dialog', { name: 'Statusarket kan ikke importeres' });
  await expect(errors).toBeVisible();
  const errorTable = errors.getByRole('table', { name: 'Feil per celle' });
  await expect(errorTable.locator('tbody tr')).toHaveCount(1);
  const cells = errorTable.locator('tbody tr').first().getByRole('cell');
  await expect(cells.nth(0)).toHaveText('Status');
  await expect(cells.nth(1)).toHaveText(String(bad.number));
  await expect(cells.nth(2)).toHaveText('M');
  await expect(cells.nth(3)).toHaveText('Ny status');
  await expect(cells.nth(5)).toContainText('Halvveis');
  await expect(errors.getByRole('button', { name: 'Legg inn oppdateringene' })).toHaveCount(0);
  await axe({ label: 'status import errors' });
  await press(errors.getByRole('button', { name: 'Lukk' }));
  await expect(errors).toHaveCount(0);
  expect(await table.innerText()).toBe(afterFirst);
  await expect(rowOf(titleOne)).toContainText('Stoppet');
});
