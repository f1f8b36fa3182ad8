import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { parsePlanFile } from '@shared/domain/plan-file';

test('Ctrl+S and «Lagre som …» download a plan file that opens again', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Start fra «Strategisk plattform 2024–27»/ }).click();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Strategisk plattform 2024–27');
  // A plan for 2024, so the file name carries its year.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  await page.getByRole('navigation', { name: 'År i perioden' }).getByRole('link', { name: /2024/ }).click();
  await page.getByRole('button', { name: 'Opprett tom plan for 2024' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2024' })).toBeVisible();

  const fileName = 'Partnerskap for næringsutvikling i Østfold – Strategisk plattform 2024–27 – 2024.handlingsrom';
  const downloadPromise = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe(fileName);
  const text = await readFile(await download.path(), 'utf8');
  const parsed = parsePlanFile(text);
  expect(parsed.ok).toBe(true);
  if (parsed.ok) {
    expect(parsed.doc.strategy.vision).toBe('Sammen får vi ting til å skje!');
    expect(parsed.doc.strategy.partnerRegions.map((r) => r.name)).toEqual(['Follo', 'Värmland', 'Västra Götaland']);
  }
  await expect(page.getByText(`Lagret til «${fileName}»`)).toBeVisible();

  const second = page.waitForEvent('download');
  await page.getByRole('toolbar', { name: 'Fil' }).getByRole('button', { name: 'Lagre som …' }).click();
  expect((await second).suggestedFilename()).toMatch(/\.handlingsrom$/);

  await page.getByRole('link', { name: 'Handlingsrom' }).click();
  await expect(page.getByRole('region', { name: 'Nylig brukte filer' }).getByText(fileName)).toBeVisible();
});
