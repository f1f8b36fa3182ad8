/**
 * Videreføring with a preview, in Chromium by keyboard: from the example plan's 2025
 * plan, the dialog lists the unfinished tiltak with their dates and remaining cost
 * (kostnad − forbruk from the example's status updates; a tiltak whose last status is
 * fullført stays behind, a stopped one is not ticked);
 * cancelling changes nothing; deselecting one tiltak and keeping the dates carries the
 * rest over unchanged in date; focus lands on the new plan (so a second Enter does not
 * chain another year). «Opprett tom plan» also puts focus on the new plan.
 */
import { expect, test } from './fixtures';
import type { Locator, Page } from '@playwright/test';

/** Focuses a control and activates it with the keyboard. */
async function press(target: Locator, key = 'Enter'): Promise<void> {
  await target.focus();
  await target.press(key);
}

function grid(page: Page): Locator {
  return page.getByRole('treegrid');
}

function yearNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'År i perioden' });
}

function rows(page: Page, title: string): Locator {
  return grid(page).getByRole('row').filter({ hasText: title });
}

test('carry-over shows a preview, changes nothing until confirmed, keeps dates and focuses the new plan', async ({ page, axe, openExample }) => {
  await openExample('Handlingsplan', 'Handlingsplan 2025');
  const open = page.getByRole('button', { name: 'Viderefør uferdige tiltak til 2026 …' });
  const before = await page.evaluate(() => window.location.hash);
  const navBefore = await yearNav(page).innerText();

  // Open and cancel with Esc: nothing changed, focus back on the button.
  await press(open);
  const dialog = page.getByRole('dialog', { name: 'Viderefør tiltak fra 2025 til 2026' });
  // Focus starts on the dialog (read from its title); Tab reaches the first choice.
  await expect(dialog).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('checkbox', { name: 'Ta med tiltak 1 Kartlegging av kraftbehov i regionen' })).toBeFocused();
  await expect(dialog).toContainText('Handlingsplan 2026 finnes ikke ennå');
  await expect(dialog.getByRole('status')).toContainText('21 tiltak videreføres til 2026');
  await axe();
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(open).toBeFocused();
  expect(await page.evaluate(() => window.location.hash)).toBe(before);
  expect(await yearNav(page).innerText()).toBe(navBefore);

  // Open again, cancel with the button: still nothing.
  await press(open);
  await press(dialog.getByRole('button', { name: 'Avbryt' }));
  await expect(dialog).toHaveCount(0);
  expect(await yearNav(page).innerText()).toBe(navBefore);

  // Deselect tiltak 1 with Space; the preview shows dates kept and the remaining cost.
  await press(open);
  const first = dialog.getByRole('checkbox', { name: 'Ta med tiltak 1 Kartlegging av kraftbehov i regionen' });
  await page.keyboard.press('Tab');
  await expect(first).toBeFocused();
  await page.keyboard.press('Space');
  await expect(first).not.toBeChecked();
  await expect(dialog.getByRole('status')).toContainText('20 tiltak videreføres til 2026');
  // Tiltak 4 is fullført by its T2 update; tiltak 11 has used 15 000 of its 40 000 kr.
  await expect(dialog.getByRole('row').filter({ hasText: 'KI-verksted for små bedrifter' })).toHaveCount(0);
  const ki = dialog.getByRole('row').filter({ hasText: 'Innspill til regional planstrategi' });
  await expect(ki).toContainText('01.05.2025');
  await expect(ki).toContainText('30.09.2025');
  await expect(ki).toContainText(/25\s000\skr/);
  await expect(dialog).not.toContainText('gjenstående kostnad er hele kostnaden');
  // Moving dates would show them moved; unticking again keeps them.
  const moveDates = dialog.getByRole('checkbox', { name: 'Flytt start og frist 1 år fram' });
  await press(moveDates, 'Space');
  await expect(ki).toContainText('30.09.2025 → 30.09.2026');
  await press(moveDates, 'Space');
  await expect(ki).not.toContainText('→');
  await press(dialog.getByRole('button', { name: 'Viderefør', exact: true }));

  // The new plan, with focus on its heading — not on the button, which would chain 2027.
  const heading = page.getByRole('heading', { level: 1, name: 'Handlingsplan 2026' });
  await expect(heading).toBeFocused();
  await expect(dialog).toHaveCount(0);
  await expect(rows(page, 'Innspill til regional planstrategi')).toHaveCount(1);
  await expect(rows(page, 'Kartlegging av kraftbehov')).toHaveCount(0);
  await expect(rows(page, 'KI-verksted for små bedrifter')).toHaveCount(0);
  await expect(rows(page, 'Innspill til regional planstrategi')).toContainText('30.09.2025');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(yearNav(page).getByRole('link', { name: /2027/ })).toContainText('ingen plan');
  await axe();
});

test('«Opprett tom plan» puts focus on the new plan', async ({ page, openExample }) => {
  await openExample('Handlingsplan', 'Handlingsplan 2025');
  await yearNav(page).getByRole('link', { name: /2026/ }).click();
  await expect(page.getByRole('heading', { name: 'Ingen handlingsplan for 2026 ennå' })).toBeVisible();
  await press(page.getByRole('button', { name: 'Opprett tom plan for 2026' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2026' })).toBeFocused();

  // The carry-over from the year before goes through the same preview.
  await yearNav(page).getByRole('link', { name: /2027/ }).click();
  await press(page.getByRole('button', { name: 'Viderefør uferdige tiltak fra 2026 …' }));
  const dialog = page.getByRole('dialog', { name: 'Viderefør tiltak fra 2026 til 2027' });
  await expect(dialog).toContainText('ingen uferdige tiltak');
  await press(dialog.getByRole('button', { name: 'Opprett plan uten tiltak' }));
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2027' })).toBeFocused();
});

test('navigation draws no focus frame around the page, and no focus frame is printed', async ({ page, openExample }) => {
  await openExample('Handlingsplan', 'Handlingsplan 2025');
  const main = page.locator('#main-content');
  const outline = (target: Locator) => target.evaluate((el) => getComputedStyle(el).outlineStyle);
  // By keyboard, so :focus-visible applies.
  await press(page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Økonomi', exact: true }));
  await expect(page.getByRole('heading', { level: 1, name: /^Økonomi/ })).toBeVisible();
  await expect(main).toBeFocused();
  expect(await outline(main)).toBe('none');

  // After a carry-over focus is on the new plan's heading; in print no frame is drawn.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  await press(page.getByRole('button', { name: 'Viderefør uferdige tiltak til 2026 …' }));
  await press(page.getByRole('dialog').getByRole('button', { name: 'Viderefør', exact: true }));
  const heading = page.getByRole('heading', { level: 1, name: 'Handlingsplan 2026' });
  await expect(heading).toBeFocused();
  await page.emulateMedia({ media: 'print' });
  expect(await outline(heading)).toBe('none');
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  expect(await outline(focused)).toBe('none');
});
