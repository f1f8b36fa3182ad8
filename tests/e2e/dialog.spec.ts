/**
 * The app's one Dialog (renderer/src/ui/Dialog.tsx, native <dialog> + showModal()) in
 * Chromium: what jsdom cannot show. Deleting a stored strategy asks through it (the
 * browser's window.confirm is gone): focus starts inside, Tab and Shift+Tab never reach the
 * page behind, which is inert; axe is clean, Esc closes and focus returns to the opener, and the
 * confirming button does the deed.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { serializePlanFile } from '@shared/domain/plan-file';
import { createExampleDocument } from '@shared/templates';

async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

test('the confirmation dialog is a real modal: focus inside, Tab never reaches the inert page, Esc back to the opener', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Start fra «Strategisk plattform 2024–27»/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategisk plattform 2024–27' })).toBeVisible();
  await page.getByRole('link', { name: 'Handlingsrom' }).click();
  const stored = page.getByRole('region', { name: 'Fortsett der du slapp' }).getByRole('listitem');
  await expect(stored).toHaveCount(1);

  const opener = page.getByRole('button', { name: 'Slett «Strategisk plattform 2024–27»' });
  await opener.focus();
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Slette strategien?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Planfiler du har lagret, berøres ikke.');
  expect(await dialog.evaluate((d) => d.tagName === 'DIALOG' && d.matches(':modal'))).toBe(true);
  // Focus starts on the first control: Avbryt, the safe choice.
  await expect(dialog.getByRole('button', { name: 'Avbryt' })).toBeFocused();
  await expectNoAxeViolations(page);

  // Tab and Shift+Tab go round the dialog's controls and never reach the page behind.
  // (Past the last control the browser may hand focus to its own UI — the document then
  // has no focus — as the HTML spec allows for a modal dialog; the next Tab comes back in.)
  const visited = new Set<string>();
  for (const key of ['Tab', 'Tab', 'Tab', 'Tab', 'Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab', 'Shift+Tab']) {
    await page.keyboard.press(key);
    const where = await dialog.evaluate((d) =>
      !document.hasFocus() ? 'outside the page' : d.contains(document.activeElement) ? `dialog: ${document.activeElement?.textContent ?? ''}` : 'page behind',
    );
    expect(where).not.toBe('page behind');
    visited.add(where);
  }
  expect([...visited].sort()).toEqual(['dialog: Avbryt', 'dialog: Slett', 'outside the page']);

  // The page behind is inert: it cannot take focus, and a click on it does nothing.
  expect(
    await page.evaluate(() => {
      const link = document.querySelector<HTMLElement>('.row-link');
      link?.focus();
      return document.activeElement === link;
    }),
  ).toBe(false);
  await page.getByRole('link', { name: 'Handlingsrom' }).click({ force: true });
  await expect(dialog).toBeVisible();

  // Esc closes without deleting; focus is back on the button that opened the dialog.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(opener).toBeFocused();
  await expect(stored).toHaveCount(1);

  // Avbryt does the same; the confirming button deletes.
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Avbryt' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(stored).toHaveCount(1);
  await opener.focus();
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Slett', exact: true }).click();
  await expect(dialog).toHaveCount(0);
  await expect(stored).toHaveCount(0);
});

test('opening a plan file for a strategy already in the app asks in the app\'s dialog, not with window.confirm', async ({ page }) => {
  const nativeDialogs: string[] = [];
  page.on('dialog', (d) => {
    nativeDialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Åpne eksemplet' }).click();
  await expect(page).toHaveURL(/#\/strategy\/ex_strategy\/foringer$/);
  await page.getByRole('link', { name: 'Handlingsrom' }).click();

  const doc = createExampleDocument();
  doc.strategy.vision = 'Visjonen fra filen';
  const open = async () => {
    const chooserPromise = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Åpne fil …' }).first().click();
    const chooser = await chooserPromise;
    await chooser.setFiles({ name: 'eksempel.handlingsrom', mimeType: 'application/json', buffer: Buffer.from(serializePlanFile(doc, '2026-01-01T00:00:00.000Z'), 'utf8') });
  };

  await open();
  const dialog = page.getByRole('dialog', { name: 'Erstatte strategien?' });
  await expect(dialog).toContainText('Vil du erstatte den med innholdet i filen «eksempel.handlingsrom»?');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/#\/$/);

  await open();
  await dialog.getByRole('button', { name: 'Erstatt' }).click();
  await expect(page).toHaveURL(/#\/strategy\/ex_strategy\/foringer$/);
  await expect(page.getByRole('main')).toContainText('Visjonen fra filen');
  expect(nativeDialogs).toEqual([]);
});

