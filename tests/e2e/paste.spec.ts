/**
 * Pasting a block of cells copied from Excel into the tiltak table (issue 9): a preview
 * lists what changes and what is refused, «Avbryt» changes nothing, «Lim inn» applies every
 * change as one undo step, and a title never receives tabs or line breaks.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** Pastes `text` (as Excel puts it on the clipboard) on the focused element. */
async function pasteText(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

// Two rows × three columns from the title: one quoted title with a line break and a tab, one bad amount.
const BLOCK = '"Kurs i\tdigitalisering\nfor SMB"\tKari Nordmann\t250 000\r\nNettverk for grønn industri – fase 2\tOla\t12x\r\n';

test('a block of Excel cells pastes through a preview as one undo step', async ({ page, openExample, axe }) => {
  await openExample('Handlingsplan', 'Handlingsplan 2025');
  const grid = page.getByRole('treegrid');
  await grid.focus();
  const active = page.locator('[role="gridcell"][tabindex="0"]');
  await expect(active).toHaveAttribute('aria-colindex', '2');
  const firstRow = grid.getByRole('row').filter({ has: active });
  const before = await grid.innerText();

  // Cancel: nothing changes, focus is back on the cell.
  await pasteText(page, BLOCK);
  const dialog = page.getByRole('dialog', { name: 'Lim inn 6 celler' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Endres: 5 · uendret: 0 · avvist: 1');
  await expect(dialog.getByRole('table', { name: 'Endringer' }).getByRole('row')).toHaveCount(6);
  await expect(dialog.getByRole('table', { name: 'Endringer' })).toContainText('Kurs i digitalisering for SMB');
  await expect(dialog.getByRole('table', { name: 'Avviste celler (limes ikke inn)' })).toContainText('«12x» er ikke et beløp');
  await axe();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(active).toBeFocused();
  expect(await grid.innerText()).toBe(before);

  // Confirm: the five accepted cells change, the title on one line.
  await pasteText(page, BLOCK);
  await page.getByRole('dialog', { name: 'Lim inn 6 celler' }).getByRole('button', { name: 'Lim inn 5 endringer' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(firstRow.locator('[aria-colindex="2"]')).toHaveText('Kurs i digitalisering for SMB');
  await expect(firstRow.locator('[aria-colindex="3"]')).toHaveText('Kari Nordmann');
  await expect(firstRow.locator('[aria-colindex="4"]')).toContainText('250 000');
  await expect(grid).toContainText('Nettverk for grønn industri – fase 2');
  const undo = page.getByRole('toolbar', { name: 'Fil' }).getByRole('button', { name: 'Angre', exact: true });
  await expect(undo).toHaveAttribute('title', 'Angre «Lim inn 5 celler» (Ctrl+Z)');

  // One undo step takes all of it back.
  await undo.click();
  await expect.poll(() => grid.innerText()).toBe(before);
});

test('one cell pastes at once, and a refused one says why', async ({ page, openExample }) => {
  await openExample('Handlingsplan', 'Handlingsplan 2025');
  const grid = page.getByRole('treegrid');
  await grid.focus();
  const active = page.locator('[role="gridcell"][tabindex="0"]');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(active).toHaveAttribute('aria-colindex', '4');
  await pasteText(page, '1 500 000\r\n');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(active).toContainText('1 500 000');
  await pasteText(page, 'mye\r\n');
  await expect(page.getByRole('alert').filter({ hasText: '«mye» er ikke et beløp' })).toBeVisible();
  await expect(active).toContainText('1 500 000');
});
