/**
 * A shortcut pressed while the workspace code is still on its way is not lost: with the
 * StrategyWorkspace chunk held back by the test, Ctrl+S on «Åpner strategien …» is named in
 * the status, and once the code arrives the plan file is saved (downloaded) — once.
 */
import { expect, test } from './fixtures';

test('Ctrl+S pressed while the workspace code loads saves the plan once it is open', async ({ page }) => {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route(/\/assets\/StrategyWorkspace-[^/]+\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  const downloads: string[] = [];
  page.on('download', (download) => downloads.push(download.suggestedFilename()));

  await page.goto('/');
  await page.getByRole('button', { name: 'Åpne eksemplet' }).click();
  const status = page.getByRole('main').getByRole('status');
  await expect(status).toHaveText('Åpner strategien …');
  await page.keyboard.press('Control+s');
  await expect(status).toHaveText('Åpner strategien … Kjøres når den er åpen: Lagre');
  expect(downloads).toEqual([]);

  const download = page.waitForEvent('download');
  release();
  expect((await download).suggestedFilename()).toMatch(/\.handlingsrom$/);
  await expect(page.getByText(/^Lagret til «.+\.handlingsrom»/)).toBeVisible();
  expect(downloads).toHaveLength(1);
});
