/**
 * Oppfølging by keyboard on the example plan's adopted 2025 plan: update ten tiltak for T2
 * in one sitting (Enter opens the form, Ctrl+Enter saves and moves on), close the period,
 * read «Trenger oppmerksomhet» and follow a link to the tiltak. Axe on the screen and on
 * every dialog; the adopted content (tiltak table, frame) is the same before and after;
 * the section reflows at 320 CSS px.
 */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

function grid(page: Page): Locator {
  return page.getByRole('treegrid');
}

async function press(target: Locator, key = 'Enter'): Promise<void> {
  await target.focus();
  await target.press(key);
}

async function adoptedContent(page: Page): Promise<{ table: string[]; frame: string }> {
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  await page.getByRole('navigation', { name: 'År i perioden' }).getByRole('link', { name: /2025/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Handlingsplan 2025' })).toBeVisible();
  // The tiltak rows the virtual grid has rendered (how many depends on the window): one line each.
  const table = (await grid(page).locator('[role="row"].pl-row-action').allInnerTexts()).map((row) => row.replace(/\s+/g, ' ').trim());
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Økonomi', exact: true }).click();
  await page.getByRole('navigation', { name: 'År i perioden' }).getByRole('link', { name: /2025/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Økonomi 2025' })).toBeVisible();
  const frame = await page.locator('.ec-top').innerText();
  return { table, frame };
}

test('follow-up by keyboard: ten updates for T2, close the period, attention list, link to the tiltak', async ({ page, axe, openExample }) => {
  // A long journey (ten updates, axe on each screen, two downloads): ~56 s alone on a loaded 2-core machine.
  test.setTimeout(180_000);
  await openExample('Handlingsplan', 'Handlingsplan 2025');
  if ((await page.getByLabel('Planstatus').inputValue()) !== 'adopted') {
    await page.getByLabel('Planstatus').selectOption('adopted');
    const date = page.getByLabel('Vedtatt dato');
    await date.focus();
    await date.press('Control+a');
    await date.pressSequentially('20.01.2025');
    await date.press('Tab');
    await press(page.getByRole('button', { name: 'Marker som vedtatt' }));
    await expect(page.getByText(/ble vedtatt 20\.01\.2025/)).toBeVisible();
  }
  const before = await adoptedContent(page);

  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Oppfølging', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oppfølging 2025' })).toBeVisible();
  await page.getByLabel('Rapporteringsperiode').selectOption('T2');
  await expect(page).toHaveURL(/oppfolging\/2025\/T2$/);
  await axe();

  const table = page.getByRole('region', { name: 'Tiltak og status' });
  const rows = table.getByRole('button');
  const titles = (await rows.allInnerTexts()).slice(0, 10);
  expect(titles).toHaveLength(10);
  await rows.first().focus();
  await page.keyboard.press('Enter');
  for (const [i, title] of titles.entries()) {
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { level: 2 })).toContainText(title);
    if (i === 0) {
      await axe({ label: 'update dialog' });
      await dialog.getByLabel('Forfatter').fill('E2E-planlegger');
    }
    await dialog.getByLabel('Status').focus();
    await dialog.getByLabel('Status').selectOption(i % 3 === 0 ? 'done' : 'onTrack');
    await dialog.getByLabel('Kommentar').focus();
    await page.keyboard.type(`Oppdatert i e2e ${i + 1}`);
    await page.keyboard.press('Control+Enter');
    await expect(page.getByRole('status').filter({ hasText: 'er lagret' })).toBeVisible();
  }
  // The eleventh tiltak's form is open now: Esc closes it and focus returns to the table.
  await expect(page.getByRole('dialog').getByLabel('Forfatter')).toHaveValue('E2E-planlegger');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(rows.nth(10)).toBeFocused();
  await expect(table.getByRole('row').filter({ hasText: titles[0] })).toContainText('Fullført');

  // History: the first tiltak shows this update and the earlier ones.
  await press(rows.first());
  await expect(page.getByRole('dialog').getByRole('region', { name: 'Historikk' })).toContainText('Oppdatert i e2e 1');
  await page.keyboard.press('Escape');

  // Close T2 (confirm dialog); then the period shows its snapshot and refuses updates.
  await press(page.getByRole('button', { name: 'Lukk perioden' }));
  const confirm = page.getByRole('dialog', { name: /Lukke/ });
  await expect(confirm).toBeVisible();
  await axe({ label: 'close dialog' });
  await press(confirm.getByRole('button', { name: 'Lukk perioden' }));
  await expect(page.getByText(/er lukket/).first()).toBeVisible();
  await press(rows.first());
  await page.keyboard.press('Control+Enter');
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('er lukket');
  await page.keyboard.press('Escape');
  await press(page.getByRole('button', { name: 'Gjenåpne perioden' }));
  await expect(page.getByRole('dialog', { name: /Gjenåpne/ })).toBeVisible();
  await axe({ label: 'reopen dialog' });
  await page.keyboard.press('Escape');
  await axe({ label: 'closed period' });

  // «Trenger oppmerksomhet»: read it, follow a link to the tiltak.
  const attention = page.getByRole('region', { name: 'Trenger oppmerksomhet' });
  const links = attention.getByRole('link');
  expect(await links.count()).toBeGreaterThan(0);
  const first = links.first();
  const text = await first.innerText();
  const number = /Tiltak (\S+)/.exec(text)?.[1];
  expect(number).toBeTruthy();
  await press(first);
  await expect(page).toHaveURL(/oppfolging\/2025\/T2\/[^/]+$/);
  const focused = page.locator('button[data-action-id]:focus');
  await expect(focused).toHaveCount(1);
  await expect(page.getByRole('row').filter({ has: focused }).getByRole('cell').first()).toHaveText(number ?? '');

  // Reflow: the section works 320 CSS px wide — no sideways scrolling; tables scroll in their own region.
  // While the app shell keeps its side menu at this width (layout11 changes the shell), the
  // viewport is widened so that the section itself gets 320 px.
  const viewport = page.viewportSize();
  await page.setViewportSize({ width: 320, height: 800 });
  const mainWidth = await page.locator('main').evaluate((el) => el.clientWidth);
  if (mainWidth < 320) await page.setViewportSize({ width: 320 + (320 - mainWidth), height: 800 });
  await expect(page.getByRole('heading', { level: 1, name: 'Oppfølging 2025' })).toBeVisible();
  const wide = await page.locator('.fu-screen').evaluate((el) => {
    const right = el.getBoundingClientRect().right + 1;
    return Array.from(el.querySelectorAll('*'))
      .filter((e) => e.closest('.fu-scroll') === null && e.getBoundingClientRect().right > right)
      .map((e) => `${e.tagName}.${e.className}`)
      .slice(0, 5);
  });
  expect(wide).toEqual([]);
  expect(await page.locator('.fu-screen').evaluate((el) => el.scrollWidth - el.clientWidth)).toBeLessThanOrEqual(1);
  // Back to the size the tiltak table was first read at (it renders the rows in view).
  if (viewport) await page.setViewportSize(viewport);

  // The period's report (.docx) and status workbook (.xlsx) from the screen's toolbar.
  const reportDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Lag rapport (.docx) …' }).click();
  const report = await reportDownload;
  expect(report.suggestedFilename()).toMatch(/\.docx$/);
  expect((await readFile((await report.path()) ?? '')).subarray(0, 2).toString()).toBe('PK');
  const workbookDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Eksporter statusark…' }).click();
  const workbook = await workbookDownload;
  expect(workbook.suggestedFilename()).toMatch(/\.xlsx$/);
  expect((await readFile((await workbook.path()) ?? '')).subarray(0, 2).toString()).toBe('PK');

  // The adopted content is unchanged.
  const after = await adoptedContent(page);
  expect(after.frame).toEqual(before.frame);
  // Every tiltak row seen both times reads the same (the grid renders only the rows in view).
  const common = after.table.filter((row) => before.table.some((b) => b.split(' ')[0] === row.split(' ')[0]));
  expect(common.length).toBeGreaterThanOrEqual(10);
  for (const row of common) expect(before.table).toContain(row);
});
