/**
 * The board presentation, by keyboard alone: from the Scenarier screen F5 enters full
 * screen with the first slide; arrows, PageDown/PageUp, space and Home/End move; the
 * position is announced politely; the scenario switcher (Tab to it, arrow keys; or the
 * keys 1–9) changes the figures on the slide; Esc leaves full screen and returns. Axe on
 * the slides. The variants are made through the UI first (from the example plan).
 */
import { expect, openExampleIn, test } from './fixtures';
import type { Page } from '@playwright/test';

/** Example plan with «Redusert ramme» (−20 %, fitted) and «Høy ambisjon» (frame 2 600 000, tiltak 7 taken in). */
async function exampleWithVariants(page: Page): Promise<void> {
  await openExampleIn(page, 'Scenarier');
  await page.getByRole('radio', { name: /Redusert ramme/ }).check();
  await page.getByRole('button', { name: 'Lag variant' }).click();
  await page.getByRole('radio', { name: /Lag selv/ }).check();
  await page.getByLabel('Navn', { exact: true }).fill('Høy ambisjon');
  await page.getByRole('button', { name: 'Lag variant' }).click();
  await page.getByLabel('Ramme for egne midler (kr)').fill('2 600 000');
  await page.getByRole('button', { name: 'Lagre rammen' }).click();
  await page.getByRole('checkbox', { name: 'Med i varianten: tiltak 7 «Traineeprogram for regionale bedrifter»' }).check();
  await page.getByRole('link', { name: 'Alle scenarier 2025' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarier 2025' })).toBeVisible();
}

const isFullScreen = (page: Page) => page.evaluate(() => document.fullscreenElement !== null);

test('F5 → arrows → switch scenario → Esc, keyboard only', async ({ page, axe }) => {
  await exampleWithVariants(page);
  const scenariosUrl = page.url();
  // Focus somewhere neutral, then only the keyboard.
  await page.getByRole('heading', { level: 1, name: 'Scenarier 2025' }).click();
  await page.keyboard.press('F5');

  await expect(page).toHaveURL(/#\/strategy\/[^/]+\/presentasjon$/);
  const slide = page.getByRole('region', { name: 'Handlingsplan 2025' });
  await expect(slide).toBeVisible();
  await expect.poll(() => isFullScreen(page)).toBe(true);
  // No editing chrome: no header, no menu, no file toolbar.
  await expect(page.getByRole('navigation', { name: 'Hovedmeny' })).toHaveCount(0);
  await expect(page.getByRole('toolbar', { name: 'Fil' })).toHaveCount(0);
  const position = page.locator('[aria-live="polite"]').filter({ hasText: /Lysbilde/ });
  await expect(position).toHaveText(/Lysbilde 1 av 13: Handlingsplan 2025/);
  await axe();

  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('region', { name: 'Visjon og overordnet mål' })).toBeVisible();
  await expect(position).toHaveText(/Lysbilde 2 av 13: Visjon og overordnet mål/);
  await page.keyboard.press('Space');
  // The strategisk fundament (formål, verdier) follows the visjon.
  await expect(position).toHaveText(/Lysbilde 3 av 13: Strategisk fundament/);
  await page.keyboard.press('Space');
  const business = page.getByRole('region', { name: 'Næringsutvikling' });
  await expect(business).toBeVisible();
  await expect(business.getByRole('table', { name: 'Satsinger og budsjett i Næringsutvikling' }).getByRole('rowheader')).toHaveText([
    'Grønn innovasjon og kraft',
    'Digitalisering og KI i næringslivet',
    'Kompetanse for næringslivet',
  ]);
  await axe();
  await page.keyboard.press('ArrowLeft');
  await expect(position).toHaveText(/Lysbilde 3 av 13/);
  await page.keyboard.press('PageDown');
  await expect(position).toHaveText(/Lysbilde 4 av 13: Næringsutvikling/);

  // End → findings; the ambition slide is two back.
  await page.keyboard.press('End');
  await expect(position).toHaveText(/Lysbilde 13 av 13: Dette bør styret merke seg/);
  await expect(page.getByRole('region', { name: 'Dette bør styret merke seg' })).toContainText('Egne midler i tiltakene (2 150 000 kr) overskrider rammen');
  await axe();
  // The follow-up slides (the example has follow-up for 2025 T2) come before the findings.
  await page.keyboard.press('ArrowLeft');
  await expect(position).toHaveText(/Lysbilde 12 av 13: Trenger oppmerksomhet/);
  await expect(page.getByRole('region', { name: 'Trenger oppmerksomhet – T2 2025' }).getByRole('listitem').first()).toBeVisible();
  await axe();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('region', { name: 'Oppfølging T2 2025' }).getByRole('rowheader', { name: 'Næringsutvikling' })).toBeVisible();
  await axe();
  await page.keyboard.press('ArrowLeft');
  const comparison = page.getByRole('region', { name: 'Scenarier side om side' });
  await expect(comparison.getByRole('table', { name: 'Nøkkeltall per scenario' }).getByRole('columnheader')).toHaveText(['Basis', 'Redusert ramme', 'Høy ambisjon']);
  await axe();
  await page.keyboard.press('PageUp');
  const ambition = page.getByRole('region', { name: 'Ambisjon mot rammen' });
  await expect(ambition).toContainText('Over rammen med 150 000 kr (7,5 %).');
  await axe();

  // Tab to the scenario switcher, choose with the arrow keys: the figures change live.
  const switcher = page.getByRole('combobox', { name: 'Scenario' });
  for (let i = 0; i < 5 && !(await switcher.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(switcher).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(switcher).toHaveValue(/^scn_/);
  await expect(ambition).toContainText('Innenfor rammen: 0 kr (0 %) igjen.');
  // Arrows on the switcher choose a scenario; they do not change the slide.
  await expect(position).toHaveText(/Lysbilde 9 av 13: Ambisjon mot rammen/);
  await page.keyboard.press('ArrowDown');
  await expect(ambition).toContainText('Innenfor rammen: 350 000 kr (13,5 %) igjen.');
  await expect(ambition).toContainText('2 250 000 kr');
  // Keys 1–9 pick a scenario from anywhere; PageDown still moves on from the switcher.
  await page.keyboard.press('1');
  await expect(ambition).toContainText('Over rammen med 150 000 kr (7,5 %).');
  await page.keyboard.press('3');
  await expect(ambition).toContainText('Innenfor rammen: 350 000 kr');
  await page.keyboard.press('PageDown');
  await expect(comparison.locator('th.is-chosen')).toHaveText('Høy ambisjon');
  // Off the switcher (Tab to «Avslutt»), Home goes to the first slide again.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Avslutt (Esc)' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.getByRole('region', { name: 'Handlingsplan 2025' })).toContainText('Scenario: Høy ambisjon');

  // Esc leaves full screen and returns to the Scenarier screen.
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(scenariosUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Scenarier 2025' })).toBeVisible();
  await expect.poll(() => isFullScreen(page)).toBe(false);
});

test('F5 from another screen presents that year and Esc goes back there; a reload on the slides still works', async ({ page }) => {
  await exampleWithVariants(page);
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Økonomi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Økonomi 2025' })).toBeVisible();
  const economyUrl = page.url();
  await page.getByRole('heading', { level: 1, name: 'Økonomi 2025' }).click();
  await page.keyboard.press('F5');
  await expect(page.getByRole('region', { name: 'Handlingsplan 2025' })).toBeVisible();
  // F5 again does not reload the page (nor restart): the slide stays.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('F5');
  await expect(page.getByRole('region', { name: 'Visjon og overordnet mål' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(economyUrl);

  // Directly on the presentation (e.g. after a reload): Esc goes to the year's scenarios.
  await page.goto(economyUrl.replace(/okonomi$/, 'presentasjon/2025'));
  await page.reload();
  await expect(page.getByRole('region', { name: 'Handlingsplan 2025' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/scenarier\/2025$/);
});

test('leaving the presentation (Esc or «Avslutt») puts focus back on the button that opened it', async ({ page, openExample }) => {
  await openExample('Scenarier', 'Scenarier 2025');
  const present = page.getByRole('link', { name: 'Presenter (F5)' });
  for (const how of ['Escape', 'Avslutt'] as const) {
    await present.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Handlingsplan 2025' })).toBeVisible();
    if (how === 'Escape') await page.keyboard.press('Escape');
    else await page.getByRole('button', { name: 'Avslutt (Esc)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Scenarier 2025' })).toBeVisible();
    await expect(present).toBeFocused();
  }
});
