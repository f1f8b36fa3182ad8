/**
 * The document store in the real browser: an edit survives an immediate reload (journal +
 * flush on pagehide), and undo/redo work from the toolbar and the keyboard. The edit used
 * is the plan screen's status control — any edit goes through the same store.
 */
import { expect, test } from './fixtures';

test('an edit survives an immediate reload', async ({ page, openExample }) => {
  await openExample('Handlingsplan', 'Handlingsplan 2025');
  const status = page.getByLabel('Planstatus');
  await expect(status).toHaveValue('draft');
  await status.selectOption('review');
  await expect(status).toHaveValue('review');
  // No waiting for the debounced autosave: reload at once.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2025' })).toBeVisible();
  await expect(page.getByLabel('Planstatus')).toHaveValue('review');
});

test('undo and redo from the toolbar and with Ctrl+Z / Ctrl+Shift+Z', async ({ page, openExample }) => {
  await openExample('Handlingsplan', 'Handlingsplan 2025');
  const status = page.getByLabel('Planstatus');
  const toolbar = page.getByRole('toolbar', { name: 'Fil' });
  await expect(toolbar.getByRole('button', { name: 'Angre' })).toBeDisabled();
  await status.selectOption('review');
  await expect(toolbar.getByRole('button', { name: 'Angre' })).toBeEnabled();
  await toolbar.getByRole('button', { name: 'Angre' }).click();
  await expect(status).toHaveValue('draft');
  await toolbar.getByRole('button', { name: 'Gjør om' }).click();
  await expect(status).toHaveValue('review');

  // Keyboard, with focus outside any text field.
  await page.getByRole('heading', { level: 1, name: 'Handlingsplan 2025' }).click();
  await page.keyboard.press('Control+z');
  await expect(status).toHaveValue('draft');
  await page.keyboard.press('Control+Shift+z');
  await expect(status).toHaveValue('review');
  await page.keyboard.press('Control+z');
  await expect(status).toHaveValue('draft');

  // The undone state is what is stored.
  await expect(page.getByText('Alle endringer er lagret i appen')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Planstatus')).toHaveValue('draft');
});
