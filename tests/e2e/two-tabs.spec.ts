/**
 * Two tabs on one strategy (issue 10, point 2): the first tab holds the writer lock, the
 * second is read-only and follows it live; «Ta over redigering» moves the lock. No edit is
 * lost: tab B, taking over with the row A just changed, edits another field of the same
 * tiltak, and an undo in B only undoes B's own step.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const PLAN_URL = '/#/strategy/ex_strategy/handlingsplan';

function panel(page: Page) {
  return page.getByRole('complementary');
}

async function openTiltak1(page: Page) {
  await page.getByRole('button', { name: 'Åpne tiltak 1', exact: true }).click();
  await expect(panel(page).getByLabel('Ansvarlig')).toBeVisible();
}

test('a second tab is read-only, follows the first live, and can take over without losing an edit', async ({ page, openExample, context, axe }) => {
  await openExample('Handlingsplan', 'Handlingsplan 2025');
  const a = page;
  const b = await context.newPage();
  await b.goto(PLAN_URL);
  await expect(b.getByRole('heading', { level: 1, name: 'Handlingsplan 2025' })).toBeVisible();
  await expect(b.getByText('Åpen i et annet vindu — bare lesing.')).toBeVisible();
  await expect(a.getByText('Åpen i et annet vindu — bare lesing.')).toHaveCount(0);
  await expect(b.getByRole('toolbar', { name: 'Fil' }).getByText('Bare lesing')).toBeVisible();

  // A edits the owner of tiltak 1; B shows it without a reload.
  await openTiltak1(a);
  await openTiltak1(b);
  const ownerA = panel(a).getByLabel('Ansvarlig');
  await ownerA.fill('Kari fra fane A');
  await ownerA.press('Enter');
  await expect(a.getByText('Alle endringer er lagret i appen')).toBeVisible();
  await expect(panel(b).getByLabel('Ansvarlig')).toHaveValue('Kari fra fane A');

  // A read-only tab changes nothing: the plan status stays as it is stored.
  await expect(b.getByLabel('Planstatus')).toHaveValue('draft');
  await b.getByLabel('Planstatus').selectOption('review');
  await expect(b.getByLabel('Planstatus')).toHaveValue('draft');
  await expect(b.getByRole('toolbar', { name: 'Fil' }).getByRole('button', { name: 'Angre' })).toBeDisabled();

  // B takes over: A becomes read-only, B edits another field of the same tiltak.
  await b.getByRole('button', { name: 'Ta over redigering' }).click();
  await expect(a.getByText('Åpen i et annet vindu — bare lesing.')).toBeVisible();
  await expect(b.getByText('Åpen i et annet vindu — bare lesing.')).toHaveCount(0);
  // The read-only banner passes axe (tab A is the fixture's page).
  await axe();
  const notesB = panel(b).getByLabel('Notater');
  await notesB.fill('Notat fra fane B');
  await panel(b).getByLabel('Ansvarlig').focus();
  await expect(b.getByText('Alle endringer er lagret i appen')).toBeVisible();
  await expect(panel(a).getByLabel('Notater')).toHaveValue('Notat fra fane B');
  await expect(panel(a).getByLabel('Ansvarlig')).toHaveValue('Kari fra fane A');

  // An undo in B undoes B's note only — A's owner stays.
  await b.getByRole('heading', { level: 1, name: 'Handlingsplan 2025' }).click();
  await b.getByRole('toolbar', { name: 'Fil' }).getByRole('button', { name: 'Angre' }).click();
  await expect(panel(b).getByLabel('Notater')).toHaveValue('');
  await expect(b.getByRole('toolbar', { name: 'Fil' }).getByRole('button', { name: 'Angre' })).toBeDisabled();
  await expect(panel(b).getByLabel('Ansvarlig')).toHaveValue('Kari fra fane A');
  await expect(b.getByText('Alle endringer er lagret i appen')).toBeVisible();

  // What is stored: A's owner, no note. A reader left alone becomes the writer.
  await b.close();
  await expect(a.getByText('Åpen i et annet vindu — bare lesing.')).toHaveCount(0);
  await a.reload();
  await openTiltak1(a);
  await expect(panel(a).getByLabel('Ansvarlig')).toHaveValue('Kari fra fane A');
  await expect(panel(a).getByLabel('Notater')).toHaveValue('');
});

test('a read-only second tab writes no backups: «Ta sikkerhetskopi nå» there says the other window takes them', async ({ page, openExample, context }) => {
  await openExample('Handlingsplan', 'Handlingsplan 2025');
  const b = await context.newPage();
  await b.goto(PLAN_URL);
  await expect(b.getByText('Åpen i et annet vindu — bare lesing.')).toBeVisible();

  // A edits (the reader follows), then B asks for a backup.
  await openTiltak1(page);
  const owner = panel(page).getByLabel('Ansvarlig');
  await owner.fill('Eier fra skrivefanen');
  await owner.press('Enter');
  await expect(page.getByText('Alle endringer er lagret i appen')).toBeVisible();
  await b.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Innstillinger', exact: true }).click();
  await b.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click();
  await expect(b.getByText('Sikkerhetskopien feilet: Planen er åpen for redigering i et annet vindu; sikkerhetskopiene tas der.')).toBeVisible();

  // Nothing was written: the writer's version history is still empty.
  await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Versjonshistorikk', exact: true }).click();
  await expect(page.getByText('Ingen sikkerhetskopier ennå.', { exact: false })).toBeVisible();
  await expect(page.getByTestId('history-row')).toHaveCount(0);
});
