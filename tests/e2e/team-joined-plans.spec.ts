/**
 * Two planners create the plan for the same year offline (two browser contexts on the web
 * build, the project's own `handlingsrom serve` on a free port): Kari's link to the server
 * is held while both click «Opprett tom plan for 2028» and each sets its own ramme. When it
 * comes back both see one plan for 2028, the notice that it was created twice, and the
 * other plan's ramme as a conflict on the ramme (who wrote it); Ola takes it with «Bruk denne
 * verdien» and both copies show that ramme with the conflict gone.
 *
 * As in team-conflicts.spec.ts the contexts bypass the web build's static CSP (the server
 * is on another port).
 */
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openTeamStrategy, plannerWithLink, shareWithTeam, SYNC, synced, useTeamServer, type TestTeamServer } from './team-server';

let server: TestTeamServer;
const contexts = useTeamServer(['Kari Nordmann', 'Ola Hansen'], (started) => (server = started));

/** A planner on the start screen with a link that can be held (offline) and let go. */
const planner = (browser: Browser) => plannerWithLink(browser, server, contexts);

const YEAR = 2028;
const conflictName = `Konflikt på økonomiske rammer i handlingsplan ${YEAR}, verdien fra den andre planen for ${YEAR}`;

/** The digits of a kroner amount as shown (spaces and «kr» left out). */
function digits(text: string | null): string {
  return (text ?? '').replace(/\D/g, '');
}

/** Creates the empty plan for YEAR and sets its own funds on the economy screen. */
async function createPlanWithFrame(page: Page, ownFunds: string): Promise<void> {
  await page.goto(`/#/strategy/ex_strategy/handlingsplan/${YEAR}`);
  await page.getByRole('button', { name: `Opprett tom plan for ${YEAR}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Handlingsplan ${YEAR}` })).toBeVisible();
  await page.goto(`/#/strategy/ex_strategy/okonomi/${YEAR}`);
  const field = page.getByLabel('Egne midler (kr)', { exact: true });
  await field.fill(ownFunds);
  await field.press('Enter');
  await expect(field).toHaveValue(/\d/);
  expect(digits(await field.inputValue())).toBe(ownFunds);
}

test('the plan for one year created offline by both: the other ramme is a conflict on the ramme, taken with one action on both', async ({ browser }) => {
  test.setTimeout(240_000);
  const kari = await planner(browser);
  await kari.page.getByRole('button', { name: 'Åpne eksemplet' }).click();
  await expect(kari.page).toHaveURL(/#\/strategy\/ex_strategy\/foringer$/);
  await shareWithTeam(kari.page, server, 'Kari Nordmann');
  await synced(kari.page);
  const ola = await planner(browser);
  await openTeamStrategy(ola.page, server, 'Ola Hansen');
  await synced(ola.page);

  kari.link.hold();
  await createPlanWithFrame(kari.page, '1000000');
  await createPlanWithFrame(ola.page, '2000000');
  await synced(ola.page);
  kari.link.release();

  const notice = (page: Page) => page.getByRole('group', { name: conflictName });
  for (const page of [kari.page, ola.page]) {
    await expect(notice(page)).toBeVisible(SYNC);
    await expect(page.getByRole('region', { name: 'Sammenslått etter synkronisering' })).toContainText(`Handlingsplanen for ${YEAR} ble opprettet to ganger`);
  }
  // One ramme stands on both; the other is the conflict, with who set it.
  const field = (page: Page) => page.getByLabel('Egne midler (kr)', { exact: true });
  const shown = digits(await field(ola.page).inputValue());
  await expect.poll(async () => digits(await field(kari.page).inputValue()), SYNC).toBe(shown);
  const lost = shown === '1000000' ? { funds: '2000000', by: 'Ola Hansen' } : { funds: '1000000', by: 'Kari Nordmann' };
  for (const page of [kari.page, ola.page]) await expect(notice(page)).toContainText(`${lost.by} skrev «egne midler`);

  await notice(ola.page).getByRole('button', { name: 'Bruk denne verdien' }).click();
  for (const page of [kari.page, ola.page]) {
    await expect.poll(async () => digits(await field(page).inputValue()), SYNC).toBe(lost.funds);
    await expect(notice(page)).toHaveCount(0, SYNC);
  }
});
