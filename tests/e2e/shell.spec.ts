import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { serializePlanFile } from '@shared/domain/plan-file';
import { createExampleDocument } from '@shared/templates';
import { CONTENT_SECURITY_POLICY_META } from '@shared/security/content-security-policy';

async function openFileWith(page: Page, name: string, text: string): Promise<void> {
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^(Åpne fil …|Open file …)$/ }).first().click();
  const chooser = await chooserPromise;
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

test('language switch to English and back, remembered after reload', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('heading', { name: 'Start fra en mal' })).toBeVisible();
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Start from a template' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Start from a template' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The strategy view follows the language too (headings, not the user's own text).
  await page.getByRole('button', { name: /Start from “Strategisk plattform 2024–27”/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Support areas' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Strategy', exact: true })).toHaveAttribute('aria-current', 'page');

  await page.getByLabel('Language').selectOption('nb');
  await expect(page.getByRole('heading', { level: 2, name: 'Støtteområder' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Støtteområder' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
});

test('a broken plan file gives a clear error with paths and changes nothing', async ({ page }) => {
  await page.goto('/');
  // Something in the store first, to see that it stays as it was.
  await page.getByRole('button', { name: /Start fra «Strategisk plattform 2024–27»/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategisk plattform 2024–27' })).toBeVisible();
  await page.getByRole('link', { name: 'Handlingsrom' }).click();
  const stored = page.getByRole('region', { name: 'Fortsett der du slapp' }).getByRole('listitem');
  await expect(stored).toHaveCount(1);

  const example = JSON.parse(serializePlanFile(createExampleDocument(), '2026-01-01T00:00:00.000Z')) as {
    strategy: { name: string; periodFrom: number };
    actions: { cost: number }[];
  };
  example.strategy.name = 'Ødelagt fil';
  example.actions[2]!.cost = -5;
  example.strategy.periodFrom = 1800;
  await openFileWith(page, 'ødelagt.handlingsrom', JSON.stringify(example));

  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'Filen «ødelagt.handlingsrom» kunne ikke åpnes' })).toBeVisible();
  await expect(alert).toContainText('Ingenting er endret i appen.');
  await expect(alert.getByRole('listitem').filter({ hasText: 'actions[2].cost' })).toHaveCount(1);
  await expect(alert.getByRole('listitem').filter({ hasText: 'strategy.periodFrom' })).toHaveCount(1);
  // Nothing changed: still the one strategy, no «Ødelagt fil», still on the start screen.
  await expect(page).toHaveURL(/#\/$/);
  await expect(stored).toHaveCount(1);
  await expect(page.getByText('Ødelagt fil')).toHaveCount(0);

  // Not JSON at all.
  await openFileWith(page, 'tull.json', 'dette er ikke json {');
  await expect(page.getByRole('alert').getByRole('heading', { name: 'Filen «tull.json» kunne ikke åpnes' })).toBeVisible();
  await page.getByRole('button', { name: 'Lukk meldingen' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(stored).toHaveCount(1);
});

test('a valid plan file opens in the hierarchy view and is listed as recent', async ({ page }) => {
  await page.goto('/');
  await openFileWith(page, 'eksempel.handlingsrom', serializePlanFile(createExampleDocument(), '2026-01-01T00:00:00.000Z'));
  await expect(page).toHaveURL(/#\/strategy\/ex_strategy\/foringer$/);
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toContainText('Eksempel – oppdiktede data');
  await expect(page.getByRole('status').filter({ hasText: 'Åpnet «eksempel.handlingsrom»' })).toBeVisible();
  await page.getByRole('link', { name: 'Handlingsrom' }).click();
  const recent = page.getByRole('region', { name: 'Nylig brukte filer' });
  await expect(recent.getByText('eksempel.handlingsrom')).toBeVisible();
  await expect(recent).toContainText('I nettleseren kan appen ikke åpne en fil ut fra navnet');
});

test('the place survives a reload (hash route) and the example opens from the start screen', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Åpne eksemplet' }).click();
  await expect(page).toHaveURL(/#\/strategy\/ex_strategy\/foringer$/);
  await page.reload();
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toContainText('Eksempel – oppdiktede data');
  await expect(page.getByRole('banner')).toContainText('Eksempel – oppdiktede data');
});

test('the page carries the shared Content-Security-Policy (the one main sends as a header)', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', CONTENT_SECURITY_POLICY_META);
});

test('axe: start screen and hierarchy view have no violations', async ({ page, axe }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Start fra en mal' })).toBeVisible();
  await axe();
  await page.getByRole('button', { name: /Start fra «Strategiske føringer 2025–2028»/ }).click();
  await expect(page.getByRole('region', { name: 'Innsatsområder' })).toBeVisible();
  await axe();
  // With something stored, the start screen lists it; check that state too.
  await page.getByRole('link', { name: 'Handlingsrom' }).click();
  await expect(page.getByRole('region', { name: 'Fortsett der du slapp' }).getByRole('listitem')).toHaveCount(1);
  await axe();
});

test('keyboard only: skip link first, Tab to a template, Enter opens it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Start fra en mal' })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Hopp til hovedinnholdet' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  const target = page.getByRole('button', { name: 'Start fra «Strategisk plattform 2024–27»' });
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toHaveText('Strategisk plattform 2024–27');
  // Focus moved to the new screen's content, not lost on the removed button.
  await expect(page.getByRole('main')).toBeFocused();
  // The menu is reachable backwards from there, and Enter on «Start» goes back.
  const startLink = page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Start' });
  for (let i = 0; i < 20; i++) {
    if (await startLink.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Shift+Tab');
  }
  await expect(startLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Start fra en mal' })).toBeVisible();
  await expect(page.getByRole('main')).toBeFocused();
});
