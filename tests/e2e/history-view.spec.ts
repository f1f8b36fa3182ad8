/**
 * Versjonshistorikk: a snapshot opened read-only — a banner says so, its plans and tiltak
 * are listed as they were (an edit made since is not there), nothing in it is editable,
 * axe passes — and from the view «Gjenopprett som kopi» and «Gjenopprett» work.
 */
import { expect, test } from './fixtures';

const TITLE = 'Tiltak lagt til etter sikkerhetskopien';

test('open a snapshot read-only, restore it as a copy and as the current version', async ({ page, openExample, axe }) => {
  await openExample('Innstillinger', 'Innstillinger');
  await page.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sikkerhetskopi tatt' })).toBeVisible();

  // An edit after the snapshot: a new tiltak.
  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  await nav.getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  await page.getByRole('button', { name: 'Nytt tiltak' }).click();
  const titleEditor = page.getByRole('textbox', { name: /^Tittel for tiltak/ });
  await expect(titleEditor).toBeFocused();
  await titleEditor.pressSequentially(TITLE);
  await titleEditor.press('Enter');
  await expect(page.getByText('Alle endringer er lagret i appen')).toBeVisible();

  await nav.getByRole('link', { name: 'Versjonshistorikk', exact: true }).click();
  const rows = page.getByTestId('history-row');
  await expect(rows).toHaveCount(1);
  const actionCount = Number(await rows.first().getByRole('cell').nth(2).textContent());
  await rows.first().getByRole('button', { name: /^Vis versjonen fra .* \(bare lesing\)$/ }).click();

  const view = page.getByTestId('history-view');
  await expect(view.getByRole('heading', { level: 2, name: /^Versjonen fra / })).toBeFocused();
  await expect(view.getByRole('note')).toContainText('Bare lesing');
  // The snapshot's plan as it was: every tiltak of the year in the table, the later one not.
  const table = view.getByRole('table');
  await expect(table).toBeVisible();
  const listed = await table.locator('tbody tr').count();
  expect(listed).toBeGreaterThan(0);
  expect(listed).toBeLessThanOrEqual(actionCount);
  await expect(view.getByText(TITLE)).toHaveCount(0);
  // Read-only: nothing to type into.
  await expect(view.getByRole('textbox')).toHaveCount(0);
  await axe();

  await view.getByRole('button', { name: 'Gjenopprett som kopi' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Kopien «.*» er lagt til på startsiden\.$/ })).toBeVisible();

  await view.getByRole('button', { name: 'Gjenopprett', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Gjenopprette versjonen?' });
  await dialog.getByRole('button', { name: 'Gjenopprett', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'er gjenopprettet' })).toBeVisible();
  await expect(view).toHaveCount(0);

  await nav.getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Handlingsplan/ })).toBeVisible();
  await expect(page.getByText(TITLE)).toHaveCount(0);
});
