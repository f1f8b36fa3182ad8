/**
 * Messages from shared/ follow the chosen language: with the UI in English, a refused
 * plan file (bad values, broken JSON) and an edit refused by the rules read in English —
 * only the user's own names stay as they were written.
 */
import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { serializePlanFile } from '@shared/domain/plan-file';
import { createExampleDocument } from '@shared/templates';

async function openFileWith(page: Page, name: string, text: string): Promise<void> {
  const chooserPromise = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: /^(Åpne fil …|Open file …)$/ }).first().click();
  const chooser = await chooserPromise;
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

/** Bokmål words the app's own texts would have. */
const BOKMAL = /[æøåÆØÅ]|Tiltak|Handlingsplan|Beløpet|Filen|finnes|tittel|kostnad|linje/;

test('in English, a refused plan file and a refused edit read in English', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Språk').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Start from a template' })).toBeVisible();

  const example = JSON.parse(serializePlanFile(createExampleDocument(), '2026-01-01T00:00:00.000Z')) as {
    actions: Record<string, unknown>[];
  };
  example.actions[2]!['cost'] = -5;
  example.actions[3]!['title'] = 'x'.repeat(600);
  await openFileWith(page, 'broken.handlingsrom', JSON.stringify(example));
  const alert = page.getByRole('alert');
  const items = alert.getByRole('listitem');
  await expect(items).toHaveText([
    'actions[2].cost: Action no. 3 (action plan 2025), cost: The amount cannot be negative',
    'actions[3].title: Action no. 4 (action plan 2025), title: The text is too long (at most 500 characters)',
  ]);
  await expect(alert).not.toContainText(BOKMAL);
  await page.getByRole('button', { name: 'Close the message' }).click();

  const text = serializePlanFile(createExampleDocument(), '2026-01-01T00:00:00.000Z');
  await openFileWith(page, 'cut.handlingsrom', text.slice(0, 500));
  await expect(page.getByRole('alert').getByRole('listitem')).toHaveText(/^line \d+, character \d+: The file ends too early/);
  await expect(page.getByRole('alert')).not.toContainText(BOKMAL);
  await page.getByRole('button', { name: 'Close the message' }).click();

  // An edit the rules refuse: a Nr another tiltak in the plan already has.
  await page.getByRole('button', { name: 'Open the example' }).click();
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Action plan', exact: true }).click();
  const row = page.getByRole('treegrid').getByRole('row').filter({ hasText: 'Nettverk for grønn industri' });
  await row.getByRole('button', { name: 'Open action 2' }).click();
  const panel = page.getByRole('complementary', { name: /^Action 2 / });
  const number = panel.getByRole('textbox', { name: 'No.' });
  await number.fill('1');
  await number.press('Tab');
  await expect(panel.getByRole('alert')).toHaveText(/^No\. 1 is already used by action 1 «Kartlegging av kraftbehov i regionen» in the same plan\.$/);
});
