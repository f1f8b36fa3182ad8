/**
 * Fault injection (issue 10, point 3 and «done when»): a hard kill of the page right after
 * an edit is acknowledged loses nothing, and when every write to IndexedDB fails (storage
 * full, injected by an init script) the user gets the reason in words with «Lagre til fil»,
 * leaving the page asks first, and the next start finds the unsaved edit.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PLAN_URL = '/#/strategy/ex_strategy/handlingsplan';
const SAVED = 'Alle endringer er lagret i appen';

async function openTiltak1(page: Page) {
  await page.goto(PLAN_URL);
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2025' })).toBeVisible();
  await page.getByRole('button', { name: 'Åpne tiltak 1', exact: true }).click();
  const owner = page.getByRole('complementary').getByLabel('Ansvarlig');
  await expect(owner).toBeVisible();
  return owner;
}

/** Kills the renderer process of the page (no pagehide, no beforeunload), then drops it. */
async function hardKill(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  // Page.crash never answers: the renderer is gone.
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
  await page.close({ runBeforeUnload: false }).catch(() => undefined);
}

test('edits acknowledged before a hard kill are there after reopening', async ({ page, context, openExample }) => {
  await openExample();
  let current = page;
  for (let round = 1; round <= 5; round++) {
    const owner = await openTiltak1(current);
    await owner.fill(`Eier etter krasj ${round}`);
    await owner.press('Enter');
    await expect(current.getByRole('toolbar', { name: 'Fil' }).getByText(SAVED)).toBeVisible();
    await hardKill(context, current);
    current = await context.newPage();
    await expect(await openTiltak1(current)).toHaveValue(`Eier etter krasj ${round}`);
  }
});

// Every IndexedDB write throws QuotaExceededError while window.__failWrites is set.
const FAIL_WRITES = `(() => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  for (const method of ['put', 'add', 'delete', 'clear']) {
    const original = IDBObjectStore.prototype[method];
    IDBObjectStore.prototype[method] = function (...args) {
      if (window.__failWrites) throw quota();
      return original.apply(this, args);
    };
  }
})();`;

test('storage full: the reason in words, «Lagre til fil», a warning before leaving, and the edit kept for the next start', async ({ page, context, openExample }) => {
  await context.addInitScript(FAIL_WRITES);
  await openExample();
  const owner = await openTiltak1(page);
  await page.evaluate(() => {
    (window as unknown as { __failWrites: boolean }).__failWrites = true;
  });

  await owner.fill('Skrevet mens lagringen er full');
  await owner.press('Enter');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Lagringsplassen på maskinen er full');
  await expect(alert).toContainText('tatt vare på i nettleseren');
  await expect(alert.getByRole('button', { name: 'Lagre til fil …' })).toBeVisible();
  const toolbar = page.getByRole('toolbar', { name: 'Fil' });
  await expect(toolbar.getByText('Endringer er ikke lagret i appen')).toBeVisible();
  await expect(toolbar.getByText(SAVED)).toHaveCount(0);
  const text = await page.locator('body').innerText();
  for (const raw of ['QuotaExceededError', 'undefined', '[object Object]', 'DOMException']) expect(text).not.toContain(raw);

  // Leaving asks first (the browser's own dialog).
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.type());
    void dialog.accept();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => dialogs).toEqual(['beforeunload']);
  await expect.poll(() => page.isClosed()).toBe(true);

  // The next start (writes work again) finds the edit.
  const next = await context.newPage();
  await expect(await openTiltak1(next)).toHaveValue('Skrevet mens lagringen er full');
  await expect(next.getByRole('toolbar', { name: 'Fil' }).getByText(SAVED)).toBeVisible();
  await expect(next.getByRole('alert')).toHaveCount(0);
});

test('saving works again: the error notice goes and «Alle endringer er lagret» comes back', async ({ page, context, openExample }) => {
  await context.addInitScript(FAIL_WRITES);
  await openExample();
  const owner = await openTiltak1(page);
  const setFail = (on: boolean) =>
    page.evaluate((value) => {
      (window as unknown as { __failWrites: boolean }).__failWrites = value;
    }, on);
  await setFail(true);
  await owner.fill('Første forsøk');
  await owner.press('Enter');
  await expect(page.getByRole('alert')).toContainText('Lagringsplassen på maskinen er full');
  await setFail(false);
  await owner.fill('Andre forsøk');
  await owner.press('Enter');
  const toolbar = page.getByRole('toolbar', { name: 'Fil' });
  await expect(toolbar.getByText(SAVED)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await page.reload();
  await page.getByRole('button', { name: 'Åpne tiltak 1', exact: true }).click();
  await expect(page.getByRole('complementary').getByLabel('Ansvarlig')).toHaveValue('Andre forsøk');
});
