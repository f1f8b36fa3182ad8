/**
 * Backups in the browser build: «Ta sikkerhetskopi nå» → the version history lists it
 * with its counts → after an edit, comparing shows the change → restoring brings the old
 * version back, and the replaced version is itself a snapshot. Axe on Innstillinger and
 * Versjonshistorikk.
 */
import { expect, test } from './fixtures';

const TITLE = 'Tiltak som skal bort igjen';

test('back up, edit, compare, restore', async ({ page, openExample, axe }) => {
  await openExample('Innstillinger', 'Innstillinger');
  await axe();
  await page.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sikkerhetskopi tatt' })).toBeVisible();

  const nav = page.getByRole('navigation', { name: 'Hovedmeny' });
  await nav.getByRole('link', { name: 'Versjonshistorikk', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Versjonshistorikk' })).toBeVisible();
  const rows = page.getByTestId('history-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('cell').nth(0)).toHaveText('Tatt for hånd');
  const actionsBefore = Number(await rows.first().getByRole('cell').nth(2).textContent());
  expect(actionsBefore).toBeGreaterThan(0);
  await axe();

  // An edit: a new tiltak in this year's plan.
  await nav.getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  await page.getByRole('button', { name: 'Nytt tiltak' }).click();
  const titleEditor = page.getByRole('textbox', { name: /^Tittel for tiltak/ });
  await expect(titleEditor).toBeFocused();
  await titleEditor.pressSequentially(TITLE);
  await titleEditor.press('Enter');
  await expect(page.getByText('Alle endringer er lagret i appen')).toBeVisible();

  await nav.getByRole('link', { name: 'Versjonshistorikk', exact: true }).click();
  await rows.first().getByRole('button', { name: /^Sammenlign med nå: versjonen fra/ }).click();
  const compare = page.getByTestId('history-compare');
  await expect(compare.getByRole('heading', { name: 'Lagt til (1)' })).toBeVisible();
  await expect(compare.getByText(TITLE)).toBeVisible();
  await axe();

  await rows.first().getByRole('button', { name: /^Gjenopprett versjonen fra/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Gjenopprette versjonen?' });
  await dialog.getByRole('button', { name: 'Gjenopprett', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'er gjenopprettet' })).toBeVisible();
  // The replaced version (with the new tiltak) is a snapshot of its own.
  await expect(rows).toHaveCount(2);
  await expect(rows.first().getByRole('cell').nth(0)).toHaveText('Før gjenoppretting');
  await expect(rows.first().getByRole('cell').nth(2)).toHaveText(String(actionsBefore + 1));

  // The edit is gone, also after a reload.
  await page.reload();
  await nav.getByRole('link', { name: 'Handlingsplan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Handlingsplan/ })).toBeVisible();
  await expect(page.getByText(TITLE)).toHaveCount(0);
});

test('a deleted strategy goes to the papirkurv and can be restored', async ({ page, axe }) => {
  await page.goto('/');
  await page.getByRole('button', { name: /Start fra «Strategisk plattform 2024–27»/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategisk plattform 2024–27' })).toBeVisible();
  await page.getByRole('link', { name: 'Handlingsrom' }).click();
  const stored = page.getByRole('region', { name: 'Fortsett der du slapp' }).getByRole('listitem');
  const trash = page.getByRole('region', { name: 'Papirkurv' });
  await expect(stored).toHaveCount(1);
  await expect(trash).toContainText('Papirkurven er tom.');

  await page.getByRole('button', { name: 'Slett «Strategisk plattform 2024–27»' }).click();
  const dialog = page.getByRole('dialog', { name: 'Slette strategien?' });
  await expect(dialog).toContainText('papirkurven i 30 dager');
  await dialog.getByRole('button', { name: 'Slett', exact: true }).click();
  await expect(stored).toHaveCount(0);
  await expect(trash.getByRole('listitem')).toHaveCount(1);
  await axe({ include: '.start' });

  await trash.getByRole('button', { name: 'Gjenopprett «Strategisk plattform 2024–27»' }).click();
  await expect(trash.getByRole('status')).toHaveText('«Strategisk plattform 2024–27» er gjenopprettet.');
  await expect(trash.getByRole('listitem')).toHaveCount(0);
  await expect(stored).toHaveCount(1);
  await stored.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Strategisk plattform 2024–27' })).toBeVisible();
});
