/**
 * The scenario list and the print screen (issue 9): every row's actions are reached without
 * sideways scrolling at 1280 and at 320 CSS px; the print screen's back link goes back where
 * the user came from, with focus on the link that opened it.
 */
import type { Page } from '@playwright/test';
import { expect, openExampleIn, test } from './fixtures';

async function withReducedVariant(page: Page): Promise<void> {
  await openExampleIn(page, 'Scenarier', 'Scenarier 2025');
  await page.getByRole('radio', { name: /Redusert ramme/ }).check();
  await page.getByRole('button', { name: 'Lag variant' }).click();
  await expect(page.getByRole('link', { name: 'Rediger «Redusert ramme»' })).toBeVisible();
}

for (const width of [1280, 320]) {
  test(`the scenario list's actions need no sideways scrolling at ${width} px`, async ({ page }) => {
    // Made at laptop width (the menu is a drawer at 320 px), then looked at in the window size.
    await page.setViewportSize({ width: 1280, height: 900 });
    await withReducedVariant(page);
    await page.setViewportSize({ width, height: 900 });
    const right = width;
    const list = page.getByRole('region', { name: 'Basis og varianter for 2025' });
    for (const name of ['Rediger «Redusert ramme»', 'Ta i bruk «Redusert ramme» som plan …', 'Slett «Redusert ramme» …']) {
      const control = list.getByRole(name.startsWith('Rediger') ? 'link' : 'button', { name });
      // Scrolled into view up and down only: sideways it must already be in reach.
      await control.evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }));
      await expect(control).toBeInViewport({ ratio: 0.99 });
      const box = await control.boundingBox();
      expect(box, name).not.toBeNull();
      if (box) expect(box.x + box.width, name).toBeLessThanOrEqual(right);
    }
    // Nothing was scrolled sideways to get there.
    expect(await list.evaluate((el) => el.scrollLeft)).toBe(0);
    expect(await page.evaluate(() => window.scrollX)).toBe(0);
    // The description says from which frame and when the variant was made.
    await expect(list).toContainText(/Egne midler kuttet 20\s%\sfra\s2\s000\s000\skr \(rammen per \d\d\.\d\d\.\d{4}\) til 1\s600\s000\skr\./);
  });
}

test('the print screen goes back where it was opened from, with focus on the opener', async ({ page, openExample }) => {
  await openExample('Scenarier', 'Scenarier 2025');
  const printPlan = page.getByRole('link', { name: 'Skriv ut planen / PDF' });
  await printPlan.focus();
  await page.keyboard.press('Enter');
  const back = page.getByRole('link', { name: 'Tilbake til scenarier' });
  await expect(back).toBeVisible();
  await back.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarier 2025' })).toBeVisible();
  await expect(printPlan).toBeFocused();
  // Back went back in history: Forward is the print screen again.
  await page.goForward();
  await expect(back).toBeVisible();

  // After switching to the slides, the link still leads to the scenarios.
  await page.getByRole('navigation', { name: 'Dokument' }).getByRole('link', { name: 'Lysbildene' }).click();
  await expect(page).toHaveURL(/lysbilder$/);
  await back.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarier 2025' })).toBeVisible();

  // Opened directly (a reload): to the year's scenarios.
  await page.goto(page.url().replace(/#.*$/, '#/strategy/ex_strategy/utskrift/2025'));
  await page.reload();
  await page.getByRole('link', { name: 'Tilbake til scenarier 2025' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarier 2025' })).toBeVisible();
});
