/**
 * Two planners on one strategy (two browser contexts on the web build): Kari shares the
 * example plan with the team, Ola opens it from the start screen by URL + token; each
 * sees the other's edits and which tiltak the other is in. A wrong token gets nothing.
 *
 * The server is the project's own `handlingsrom serve`, started by the test on a free port
 * with `--web dist/renderer`: the same server hands out the web app, so the app and its
 * sync share one origin and the web build's own policy (`connect-src 'self'`, which covers
 * ws:// to the same host and port) allows exactly this server — no CSP is bypassed. The
 * Electron shell adds the configured origin to its policy instead. With no team set up the
 * app served this way opens no connection and asks for nothing but its own files.
 */
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editCell, fill, grid, openTeamStrategy, row, shareWithTeam, SYNC, synced, useTeamServer, type TestTeamServer } from './team-server';

let server: TestTeamServer;
const contexts = useTeamServer(['Kari Nordmann', 'Ola Hansen'], (started) => (server = started));

/** A planner's browser on the web app as the team server serves it. */
async function planner(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: server.webUrl });
  contexts.push(context);
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page;
}

test('two planners see each other’s edits and presence', async ({ browser }) => {
  test.setTimeout(180_000);
  const kari = await planner(browser);
  await kari.getByRole('button', { name: 'Åpne eksemplet' }).click();
  await expect(kari).toHaveURL(/#\/strategy\/ex_strategy\/foringer$/);
  const header = kari.getByRole('banner');
  await expect(header.getByRole('button', { name: 'Del med teamet …' })).toHaveAttribute('title', 'Bare på denne maskinen');
  await shareWithTeam(kari, server, 'Kari Nordmann');
  await synced(kari);
  await expect(kari.getByRole('banner')).toContainText('strategiens id: ex_strategy');

  const ola = await planner(browser);
  await openTeamStrategy(ola, server, 'Ola Hansen');
  await expect(ola).toHaveURL(/#\/strategy\/ex_strategy\/foringer$/, SYNC);
  await synced(ola);
  // Each sees the other in the header.
  await expect(ola.getByRole('banner').getByRole('img', { name: 'Kari Nordmann' })).toBeVisible(SYNC);
  await expect(kari.getByRole('banner').getByRole('img', { name: 'Ola Hansen' })).toBeVisible(SYNC);

  await kari.goto('/#/strategy/ex_strategy/handlingsplan');
  await ola.goto('/#/strategy/ex_strategy/handlingsplan');
  await expect(grid(kari)).toBeVisible();
  await expect(grid(ola)).toBeVisible();

  // Kari changes the owner, Ola the title of the same tiltak: both see both.
  await editCell(kari, 'KI-verksted', 3, 'Kari sin ansvarlig');
  await editCell(ola, 'KI-verksted', 2, 'KI-verksted for alle');
  for (const page of [kari, ola]) {
    await expect(row(page, 'KI-verksted for alle').locator('[aria-colindex="3"]')).toHaveText('Kari sin ansvarlig', SYNC);
  }

  // Ola opens the tiltak's details: Kari sees his initials on the row.
  await row(ola, 'KI-verksted for alle').getByRole('button', { name: /^Åpne tiltak/ }).click();
  await expect(row(kari, 'KI-verksted for alle').getByRole('img', { name: 'Ola Hansen arbeider med dette tiltaket' })).toBeVisible(SYNC);
  await expect(kari.getByRole('banner').getByText('Synkronisert', { exact: true })).toBeVisible(SYNC);
});

test('a wrong token is refused and gets nothing', async ({ browser }) => {
  const page = await planner(browser);
  await page.getByRole('button', { name: 'Åpne teamstrategi …' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await fill(page, {
    'Serveradresse (wss://…)': server.url,
    Arbeidsområde: 'sekretariatet',
    'Strategiens id (fra kollegaen som delte den)': 'ex_strategy',
    Tilgangsnøkkel: 'feil-nøkkel',
    'Ditt navn (vises for de andre)': 'Ukjent',
  });
  await page.getByRole('dialog').getByRole('button', { name: 'Åpne' }).click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('godtok ikke tilgangsnøkkelen', SYNC);
  await expect(page).not.toHaveURL(/strategy/);
});

test('the web app from the team server: its policy allows this server and no other', async ({ browser }) => {
  const page = await planner(browser);
  // The policy is in force (the header and the build's <meta>), not bypassed.
  const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
  expect(policy).toContain("connect-src 'self'");
  const outcome = (url: string) =>
    page.evaluate(
      (target) =>
        new Promise<string>((resolve) => {
          const onViolation = (e: SecurityPolicyViolationEvent) => {
            if (e.blockedURI.startsWith(target.slice(0, target.lastIndexOf(':')))) resolve(`blocked by ${e.effectiveDirective}`);
          };
          document.addEventListener('securitypolicyviolation', onViolation);
          try {
            const socket = new WebSocket(target);
            socket.onopen = () => {
              socket.close();
              resolve('open');
            };
            socket.onerror = () => setTimeout(() => resolve('error'), 500);
          } catch (e) {
            resolve(`blocked: ${String(e)}`);
          }
        }),
      url,
    );
  // ws:// to the page's own host and port is 'self'; the same host on another port is not.
  expect(await outcome(server.url)).toBe('open');
  const other = new URL(server.url);
  other.port = String(Number(other.port) === 65_535 ? 65_534 : Number(other.port) + 1);
  expect(await outcome(other.href.replace(/\/$/, ''))).toMatch(/^blocked/);
});

test('with no team set up, the web app from the team server opens no connection and asks only for its own files', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: server.webUrl });
  contexts.push(context);
  const requests: string[] = [];
  const sockets: string[] = [];
  context.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
  const page = await context.newPage();
  page.on('websocket', (socket) => sockets.push(socket.url()));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Åpne eksemplet' }).click();
  await expect(page).toHaveURL(/#\/strategy\/ex_strategy\/foringer$/);
  await page.goto('/#/strategy/ex_strategy/handlingsplan');
  await expect(grid(page)).toBeVisible();
  await editCell(page, 'KI-verksted', 3, 'Bare lokalt');
  await expect(row(page, 'KI-verksted').locator('[aria-colindex="3"]')).toHaveText('Bare lokalt');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Del med teamet …' })).toHaveAttribute('title', 'Bare på denne maskinen');

  expect(sockets).toEqual([]);
  expect(requests.length).toBeGreaterThan(0);
  const own = new URL(server.webUrl).origin;
  expect(requests.filter((r) => !r.startsWith(`GET ${own}/`))).toEqual([]);
});
