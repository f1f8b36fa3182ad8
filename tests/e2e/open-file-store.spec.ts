/**
 * Opening a plan file shows it while a worker stores it (issue 13, point 3): the worker
 * runs, «Alle endringer er lagret i appen» shows only once the document is stored, and after
 * a reload the strategy is there as the file had it — also when it replaced a stored one.
 */
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { serializePlanFile } from '@shared/domain/plan-file';
import { createExampleDocument } from '@shared/templates';

const SAVED = 'Alle endringer er lagret i appen';

async function openFileWith(page: Page, name: string, text: string): Promise<void> {
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Åpne fil …' }).first().click();
  const chooser = await chooserPromise;
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

test('a plan file is stored by the worker, saved only once stored, and there after a reload', async ({ page }) => {
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  const doc = createExampleDocument();
  doc.strategy.vision = 'Visjonen fra den åpnede filen';
  await openFileWith(page, 'eksempel.handlingsrom', serializePlanFile(doc, '2026-01-01T00:00:00.000Z'));
  await expect(page).toHaveURL(/#\/strategy\/ex_strategy\/foringer$/);
  await expect(page.getByRole('main')).toContainText('Visjonen fra den åpnede filen');
  await expect(page.getByText(SAVED)).toBeVisible();
  expect(workers.some((url) => url.includes('plan-file-store'))).toBe(true);
  await page.reload();
  await expect(page.getByRole('main')).toContainText('Visjonen fra den åpnede filen');
});

test('a plan file that replaces a stored strategy: the file’s content after a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Åpne eksemplet' }).click();
  await expect(page).toHaveURL(/#\/strategy\/ex_strategy\/foringer$/);
  await expect(page.getByText(SAVED)).toBeVisible();
  await page.getByRole('link', { name: 'Handlingsrom' }).click();
  const doc = createExampleDocument();
  doc.strategy.vision = 'Visjonen som erstatter den lagrede';
  await openFileWith(page, 'eksempel.handlingsrom', serializePlanFile(doc, '2026-01-01T00:00:00.000Z'));
  await page.getByRole('dialog', { name: 'Erstatte strategien?' }).getByRole('button', { name: 'Erstatt' }).click();
  await expect(page.getByRole('main')).toContainText('Visjonen som erstatter den lagrede');
  await expect(page.getByText(SAVED)).toBeVisible();
  await page.reload();
  await expect(page.getByRole('main')).toContainText('Visjonen som erstatter den lagrede');
});
