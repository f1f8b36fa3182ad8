/**
 * Where focus goes (issue 9): «Importer fra Excel…» opens with Enter like every button;
 * «Gå til tiltak N» scrolls the row into view and focuses it; a finding about an
 * innsatsområde with no tiltak leads to the plan, at that area, where «Nytt tiltak» lands.
 */
import type { FileChooser, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const findingsOf = (page: Page) => page.getByRole('region', { name: /^Funn/ });

test('«Importer fra Excel…» opens the file chooser with Enter and with Space', async ({ page, openExample }) => {
  // The listener is registered before the page opens and stays for the whole test: Playwright
  // turns on Chromium's file-chooser interception when the first listener is added, without
  // waiting for it, so a key pressed right after `waitForEvent` could reach Chromium before
  // the interception (puppeteer/puppeteer#6040) and the chooser went unseen on a loaded runner.
  const choosers: FileChooser[] = [];
  page.on('filechooser', (chooser) => choosers.push(chooser));
  await openExample('Økonomi', 'Økonomi 2025');
  const importControl = page.getByLabel('Importer fra Excel…');
  for (const [i, key] of ['Enter', 'Space'].entries()) {
    await importControl.focus();
    await expect(importControl).toBeFocused();
    await page.keyboard.press(key);
    await expect.poll(() => choosers.length, { message: `${key} opens the chooser` }).toBe(i + 1);
    expect(choosers[i]!.isMultiple()).toBe(false);
  }
});

test('«Gå til tiltak N» scrolls the tiltak into view and focuses its row', async ({ page, openExample }) => {
  await openExample('Økonomi', 'Økonomi 2025');
  const links = findingsOf(page).getByRole('link', { name: /^Gå til tiltak \d+$/ });
  await expect(links.first()).toBeVisible();
  const names = await links.allInnerTexts();
  const numbers = names.map((n) => Number(n.replace(/\D+/g, '')));
  const last = Math.max(...numbers);
  await links.nth(numbers.indexOf(last)).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2025' })).toBeVisible();
  const row = page.getByRole('treegrid').getByRole('row', { selected: true });
  await expect(row).toContainText(String(last));
  const active = page.locator('[role="gridcell"][tabindex="0"]');
  await expect(active).toBeFocused();
  await expect(row).toContainText(await active.innerText());
  await expect(active).toBeInViewport();
});

test('a finding about an innsatsområde with no tiltak leads to the plan at that area', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Start fra «Strategisk plattform 2024–27»/ }).click();
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  await page.getByRole('navigation', { name: 'År i perioden' }).getByRole('link', { name: /2024/ }).click();
  await page.getByRole('button', { name: 'Opprett tom plan for 2024' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2024' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Økonomi', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Økonomi 2024' })).toBeVisible();

  const finding = findingsOf(page).getByRole('listitem').filter({ hasText: '«Bioøkonomi» har ingen aktive tiltak' });
  const link = finding.getByRole('link', { name: 'Legg til tiltak i planen' });
  await expect(link).toHaveAttribute('href', /handlingsplan\/2024\//);
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2024' })).toBeVisible();
  const group = page.getByRole('treegrid').getByRole('row').filter({ hasText: 'Bioøkonomi' });
  await expect(group.getByRole('gridcell')).toBeFocused();
  await expect(page.getByRole('treegrid').getByRole('row', { selected: true })).toHaveCount(0);

  // «Nytt tiltak» from there hangs the tiltak under Bioøkonomi.
  await page.getByRole('button', { name: 'Nytt tiltak' }).click();
  await expect(group).toContainText('1 tiltak');
});
