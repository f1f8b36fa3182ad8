/**
 * A reload straight onto a plan in the language the user chose (issue 13, reload): the
 * early read asks for that language's catalogue before the workspace and screen code (the
 * first render waits for it), and the screen comes up in that language with every text —
 * no raw catalogue key — and in the other language after a switch and another reload.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** The files early-read.js preloads, in the order it asked for them. */
async function preloaded(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"], link[rel="preload"]')].map((l) => l.href.split('/').pop() ?? ''),
  );
}

/** Visible text that looks like a catalogue key of the app (`plan.table.title`). */
async function rawKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => document.body.innerText.match(/\b(?:common|shell|plan|strategy|economy|editor|fields|finding|storage|sync|followUp|edits)\.[A-Za-z]+(?:\.[A-Za-z_]+)*\b/g) ?? []);
}

test('a reload onto the plan comes up in the chosen language with every text, the catalogue asked for first', async ({ page, openExample }) => {
  await openExample('Handlingsplan', 'Handlingsplan 2025');
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Action plan', exact: true })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Action plan 2025' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('treegrid').getByRole('row').nth(1)).toBeVisible();
  expect(await rawKeys(page)).toEqual([]);
  // The build lists what a reload needs (scripts/reload-code-plugin.ts): the English
  // catalogue first, then the workspace; the bokmål one not at all.
  const files = await preloaded(page);
  const catalogue = files.findIndex((f) => f.startsWith('catalogue-en-'));
  expect(catalogue).toBeGreaterThanOrEqual(0);
  expect(files.findIndex((f) => f.startsWith('StrategyWorkspace-'))).toBeGreaterThan(catalogue);
  expect(files.some((f) => f.startsWith('catalogue-nb-'))).toBe(false);

  await page.getByLabel('Language').selectOption('nb');
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2025' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2025' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('treegrid').getByRole('row').nth(1)).toBeVisible();
  expect(await rawKeys(page)).toEqual([]);
});
