/**
 * Conflicts between two planners (two browser contexts on the web build, the project's
 * own `handlingsrom serve` on a free port): Kari's link to the server is held (her
 * messages and the server's to her wait, as on a train without network) while both
 * change the same tiltak; when it comes back:
 * - same field: one value wins on both, the other stands on the field with who wrote it;
 *   the row's «Konflikt» marker (and, by keyboard, Enter on the row's number) opens the
 *   detail panel on that notice (axe-clean), and
 *   «Bruk denne verdien» takes it on both and closes the conflict;
 * - Kari deleted a tiltak Ola changed: it stays deleted, Ola's change is offered back
 *   («Gjenopprett» / «Slett likevel», labelled, axe-clean, reached by Tab from the main
 *   area) on both, and restoring it brings it back with his change;
 * - both reopened the closed T1 with different reasons (oppfølging): the losing reason
 *   stands in the follow-up log with who wrote it, is announced politely on both screens,
 *   and «Bruk denne verdien» takes it.
 *
 * As in team-sync.spec.ts the contexts bypass the web build's static CSP (the server is
 * on another port).
 */
import type { Browser, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './fixtures';
import { editCell, grid, openTeamStrategy, plannerWithLink, row, shareWithTeam, SYNC, synced, useTeamServer, type TestTeamServer } from './team-server';

let server: TestTeamServer;
const contexts = useTeamServer(['Kari Nordmann', 'Ola Hansen'], (started) => (server = started));

/** A planner on the start screen with a link that can be held (offline) and let go. */
const planner = (browser: Browser) => plannerWithLink(browser, server, contexts);

/** Kari shares the example, Ola opens it from the start screen; both on the tiltak table. */
async function twoPlanners(browser: Browser) {
  const kari = await planner(browser);
  await kari.page.getByRole('button', { name: 'Åpne eksemplet' }).click();
  await expect(kari.page).toHaveURL(/#\/strategy\/ex_strategy\/foringer$/);
  await shareWithTeam(kari.page, server, 'Kari Nordmann');
  await synced(kari.page);

  const ola = await planner(browser);
  await openTeamStrategy(ola.page, server, 'Ola Hansen');
  await synced(ola.page);
  for (const p of [kari.page, ola.page]) {
    await p.goto('/#/strategy/ex_strategy/handlingsplan');
    await expect(grid(p)).toBeVisible();
  }
  return { kari, ola };
}

test('same field changed offline: the losing value is shown on the field and taken with one action', async ({ browser }) => {
  test.setTimeout(240_000);
  const { kari, ola } = await twoPlanners(browser);

  kari.link.hold();
  await editCell(kari.page, 'KI-verksted', 2, 'KI-verksted (Kari)');
  await editCell(ola.page, 'KI-verksted', 2, 'KI-verksted (Ola)');
  await synced(ola.page);
  kari.link.release();

  // One winner on both; the marker on the row says «Konflikt» in words.
  const marker = (page: Page) => grid(page).getByRole('button', { name: 'Konflikt på feltet tittel — vis feltet' });
  for (const page of [kari.page, ola.page]) await expect(marker(page)).toBeVisible(SYNC);
  const winner = (await row(ola.page, 'KI-verksted (').locator('[aria-colindex="2"] span[title]').first().getAttribute('title')) ?? '';
  const loser = winner.includes('(Kari)') ? 'KI-verksted (Ola)' : 'KI-verksted (Kari)';
  const loserName = loser.includes('Kari') ? 'Kari Nordmann' : 'Ola Hansen';
  await expect(row(kari.page, winner).locator('[aria-colindex="2"]')).toContainText(winner, SYNC);

  // The marker opens the detail panel with focus on the field's notice.
  await marker(ola.page).click();
  const notice = ola.page.getByRole('group', { name: 'Konflikt på feltet tittel' });
  await expect(notice).toBeFocused();
  await expect(notice).toContainText(`${loserName} skrev «${loser}»`);
  await expectNoAxeViolations(ola.page, { include: '.pl-panel', label: 'detail panel with a conflict' });
  // By keyboard (the marker is for the mouse): Enter on the row's number opens the tiltak
  // with focus on the same notice.
  await row(kari.page, winner).locator('[role="gridcell"][aria-colindex="1"]').focus();
  await kari.page.keyboard.press('Enter');
  await expect(kari.page.getByRole('group', { name: 'Konflikt på feltet tittel' })).toBeFocused();

  await notice.getByRole('button', { name: 'Bruk denne verdien' }).click();
  await expect(ola.page.getByLabel('Tittel', { exact: true })).toHaveValue(loser);
  for (const page of [kari.page, ola.page]) {
    await expect(row(page, loser)).toHaveCount(1, SYNC);
    await expect(marker(page)).toHaveCount(0, SYNC);
  }
});

test('a tiltak deleted offline while a colleague changed it: the change is offered back and restored', async ({ browser }) => {
  test.setTimeout(240_000);
  const { kari, ola } = await twoPlanners(browser);

  kari.link.hold();
  await row(kari.page, 'KI-verksted').locator('[aria-colindex="2"]').click();
  await kari.page.keyboard.press('Delete');
  await kari.page.getByRole('dialog').getByRole('button', { name: 'Slett' }).click();
  await expect(row(kari.page, 'KI-verksted')).toHaveCount(0);
  await editCell(ola.page, 'KI-verksted', 3, 'Ola sin ansvarlig');
  await synced(ola.page);
  kari.link.release();

  for (const page of [kari.page, ola.page]) {
    const region = page.getByRole('region', { name: 'Slettet mens endret' });
    await expect(region).toContainText('Kari Nordmann slettet tiltak', SYNC);
    await expect(region).toContainText('mens Ola Hansen endret det (ansvarlig)');
    await expect(row(page, 'KI-verksted')).toHaveCount(0, SYNC);
  }
  // Labelled, axe-clean, and both answers reached from the main area by Tab alone.
  const region = ola.page.getByRole('region', { name: 'Slettet mens endret' });
  await expectNoAxeViolations(ola.page, { include: '.sync-deleted', label: 'deleted-while-edited notice' });
  await ola.page.locator('#main-content').focus();
  const restoreButton = region.getByRole('button', { name: 'Gjenopprett' });
  for (let tabs = 0; tabs < 30 && !(await restoreButton.evaluate((el) => el === document.activeElement)); tabs += 1) await ola.page.keyboard.press('Tab');
  await expect(restoreButton).toBeFocused();
  await ola.page.keyboard.press('Tab');
  await expect(region.getByRole('button', { name: 'Slett likevel' })).toBeFocused();
  await kari.page.getByRole('region', { name: 'Slettet mens endret' }).getByRole('button', { name: 'Gjenopprett' }).click();
  for (const page of [kari.page, ola.page]) {
    await expect(row(page, 'KI-verksted').locator('[aria-colindex="3"]')).toHaveText('Ola sin ansvarlig', SYNC);
    await expect(page.getByRole('region', { name: 'Slettet mens endret' })).toHaveCount(0, SYNC);
  }
});

test('a period reopened offline by both with different reasons: the losing reason stands in the follow-up log and is taken with one action', async ({ browser }) => {
  test.setTimeout(240_000);
  const { kari, ola } = await twoPlanners(browser);
  for (const page of [kari.page, ola.page]) {
    await page.goto('/#/strategy/ex_strategy/oppfolging/2025/T1');
    await expect(page.getByRole('button', { name: 'Gjenåpne perioden' })).toBeVisible();
  }

  kari.link.hold();
  for (const [page, reason] of [
    [kari.page, 'Karis begrunnelse'],
    [ola.page, 'Olas begrunnelse'],
  ] as const) {
    await page.getByRole('button', { name: 'Gjenåpne perioden' }).click();
    await page.getByRole('dialog').getByLabel('Begrunnelse').fill(reason);
    await page.getByRole('dialog').getByRole('button', { name: 'Gjenåpne' }).click();
    await expect(page.getByRole('button', { name: 'Lukk perioden' })).toBeVisible();
  }
  await synced(ola.page);
  kari.link.release();

  const log = (page: Page) => page.getByRole('region', { name: 'Logg over lukking og gjenåpning' });
  const notice = (page: Page) => log(page).getByRole('group', { name: /^Konflikt på gjenåpning i lukkingen av 1\. tertial/ });
  for (const page of [kari.page, ola.page]) await expect(notice(page)).toBeVisible(SYNC);
  const lost = (await notice(ola.page).textContent())?.includes('Karis begrunnelse') ? { reason: 'Karis begrunnelse', by: 'Kari Nordmann' } : { reason: 'Olas begrunnelse', by: 'Ola Hansen' };
  await expect(notice(ola.page)).toContainText(`${lost.by} skrev «gjenåpnet`);
  // Announced politely on both screens, named with its record (as on the plan screen).
  for (const page of [kari.page, ola.page]) {
    const live = page.locator('.fu-screen .sync-visually-hidden[role="status"][aria-live="polite"]');
    await expect(live).toHaveText(new RegExp(`^Konflikt på gjenåpning i lukkingen av 1\\. tertial .*: ${lost.by} skrev «gjenåpnet`), SYNC);
  }
  await expectNoAxeViolations(ola.page, { include: '.fu-screen', label: 'follow-up screen with a conflict' });

  await notice(ola.page).getByRole('button', { name: 'Bruk denne verdien' }).click();
  for (const page of [kari.page, ola.page]) {
    await expect(notice(page)).toHaveCount(0, SYNC);
    await expect(log(page)).toContainText(lost.reason, SYNC);
  }
});

test('an innsatsområde deleted offline while a colleague added a satsing under it: «Slett likevel», by keyboard, removes the satsing for good', async ({ browser }) => {
  test.setTimeout(240_000);
  const { kari, ola } = await twoPlanners(browser);
  const area = 'By- og regionalutvikling';
  const satsinger = (page: Page) => page.getByRole('group', { name: `Satsinger under ${area}` });
  for (const page of [kari.page, ola.page]) {
    await page.goto('/#/strategy/ex_strategy/rediger-foringer');
    await expect(page.getByRole('heading', { level: 1, name: 'Rediger føringene' })).toBeVisible();
  }

  // Kari, offline, deletes the area (its satsinger move to another); Ola adds a satsing under it.
  kari.link.hold();
  await kari.page.getByRole('button', { name: `Slett «${area}»`, exact: true }).click();
  const dialog = kari.page.getByRole('dialog', { name: `Slette ${area}?` });
  await dialog.getByLabel('Flytt satsingene til et annet innsatsområde (tiltakene deres følger med)').check();
  await dialog.getByLabel('Innsatsområde for satsingene').selectOption({ label: 'Klima, miljø og natur' });
  await dialog.getByRole('button', { name: 'Slett' }).click();
  await expect(dialog).toBeHidden();
  await satsinger(ola.page).getByRole('button', { name: 'Legg til satsing' }).click();
  const name = satsinger(ola.page).getByLabel('Navn').last();
  await expect(name).toBeFocused();
  await name.pressSequentially('Olas satsing');
  await name.press('Tab');
  await synced(ola.page);
  kari.link.release();

  const region = (page: Page) => page.getByRole('region', { name: 'Slettet mens endret' });
  for (const page of [kari.page, ola.page]) {
    await expect(region(page)).toContainText('satsingen «Olas satsing»', SYNC);
    await expect(satsinger(page)).toHaveCount(0, SYNC);
  }
  await expectNoAxeViolations(ola.page, { include: '.sync-deleted', label: 'hanging satsing notice' });

  // Ola answers by keyboard alone: Tab from the main area to «Slett likevel», Enter.
  await ola.page.locator('#main-content').focus();
  const deleteAnyway = region(ola.page).getByRole('button', { name: 'Slett likevel' });
  for (let tabs = 0; tabs < 30 && !(await deleteAnyway.evaluate((el) => el === document.activeElement)); tabs += 1) await ola.page.keyboard.press('Tab');
  await expect(deleteAnyway).toBeFocused();
  await ola.page.keyboard.press('Enter');
  for (const page of [kari.page, ola.page]) await expect(region(page)).toHaveCount(0, SYNC);

  // Kari takes back her deletion: the area returns with its own two satsinger, and Ola's does not come back with it.
  await kari.page.getByRole('button', { name: 'Angre', exact: true }).click();
  for (const page of [kari.page, ola.page]) {
    await expect(satsinger(page).getByLabel('Navn')).toHaveCount(2, SYNC);
    await expect(region(page)).toHaveCount(0);
  }
});
