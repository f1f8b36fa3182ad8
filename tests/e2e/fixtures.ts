/**
 * Playwright fixtures shared by the browser end-to-end specs (`test.extend`), instead of
 * a copy of the same helpers in each spec:
 * - `axe(options?)` runs axe-core on the page (or a part of it) and expects no violations;
 * - `openExample(link?, heading?)` opens the example plan from the start screen, then
 *   optionally a screen of the main menu, waiting for its level-1 heading.
 * - `page` listens for file choosers from the start, so a later `waitForEvent('filechooser')`
 *   never races Chromium's interception being switched on (puppeteer/puppeteer#6040).
 * Specs import `test` and `expect` from here.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test as base } from '@playwright/test';
import type { Page } from '@playwright/test';

export { expect };

/** Options of the axe fixture. */
export interface AxeOptions {
  /** Only this part of the page (a CSS selector). */
  include?: string;
  /** Names the check in a failure message (e.g. which of several tooltips). */
  label?: string;
}

/** Runs axe-core and expects no violations; a failure lists each rule with its elements. */
export async function expectNoAxeViolations(page: Page, options: AxeOptions = {}): Promise<void> {
  const builder = new AxeBuilder({ page });
  if (options.include !== undefined) builder.include(options.include);
  const results = await builder.analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, options.label).toEqual([]);
}

/** Opens the example plan from the start screen; then the main-menu link, and waits for the heading. */
export async function openExampleIn(page: Page, link?: string, heading?: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Åpne eksemplet' }).click();
  await expect(page).toHaveURL(/#\/strategy\/ex_strategy\/foringer$/);
  if (link === undefined) return;
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: link, exact: true }).click();
  if (heading !== undefined) await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** The fixtures every spec gets. */
export interface AppFixtures {
  axe: (options?: AxeOptions) => Promise<void>;
  openExample: (link?: string, heading?: string) => Promise<void>;
}

/** Playwright's test with the app's fixtures. */
export const test = base.extend<AppFixtures>({
  // Playwright turns on the file-chooser interception when the first listener is added and
  // does not wait for it; a key pressed right after could open an unseen chooser.
  page: async ({ page }, use) => {
    const keepInterceptionOn = () => undefined;
    page.on('filechooser', keepInterceptionOn);
    await use(page);
    page.off('filechooser', keepInterceptionOn);
  },
  axe: async ({ page }, use) => {
    await use((options) => expectNoAxeViolations(page, options));
  },
  openExample: async ({ page }, use) => {
    await use((link, heading) => openExampleIn(page, link, heading));
  },
});
