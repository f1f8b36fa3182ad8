/**
 * The project's own team server for the team-sync journey: `handlingsrom serve` started
 * by the test as a child process on a free 127.0.0.1 port with a fresh data folder and
 * `--web dist/renderer`, so the built web app and its sync come from one origin (the web
 * build's CSP is `connect-src 'self'`, which covers ws:// to the same host and port).
 * Members are added with `handlingsrom team add-member` (tokens read from stdout). The
 * command line is bundled afresh for the run (its own file, so a stale dist/cli cannot
 * answer). Stopped (SIGTERM) and its folder deleted afterwards.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page, WebSocketRoute } from '@playwright/test';
import { expect, test } from './fixtures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WEB_APP = join(ROOT, 'dist', 'renderer');

/** A running test server. */
export interface TestTeamServer {
  /** The WebSocket address planners type in (ws://127.0.0.1:PORT). */
  url: string;
  /** Where the same server serves the web app (http://127.0.0.1:PORT/). */
  webUrl: string;
  /** Token per member name. */
  tokens: Record<string, string>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function waitForListening(child: ChildProcess, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`handlingsrom serve did not start:\n${output}`)), 30_000);
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (output.includes(`http://127.0.0.1:${port}/`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`handlingsrom serve exited (${String(code)}):\n${output}`));
    });
  });
}

/** Bundles the command line into a file of this run's own. */
function buildCli(): string {
  const outfile = join(ROOT, 'dist', 'cli', `handlingsrom-e2e-${process.pid}.cjs`);
  const script = `const { buildCli } = await import(${JSON.stringify(join(ROOT, 'scripts', 'build-cli.mjs'))}); await buildCli({ outfile: ${JSON.stringify(outfile)} });`;
  const built = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
  if (built.status !== 0) throw new Error(`build-cli failed: ${built.stderr}`);
  return outfile;
}

/** Starts `handlingsrom serve --web dist/renderer` with the given members in `workspace`. */
export async function startTeamServer(workspace: string, members: readonly string[]): Promise<TestTeamServer> {
  if (!existsSync(join(WEB_APP, 'index.html'))) throw new Error('dist/renderer is missing: run «npx vite build» first');
  const cli = buildCli();
  const dataDir = mkdtempSync(join(tmpdir(), 'handlingsrom-e2e-team-'));
  const tokens: Record<string, string> = {};
  for (const name of members) {
    const added = spawnSync(process.execPath, [cli, 'team', 'add-member', name, '--data', dataDir, '--workspace', workspace], { encoding: 'utf8', timeout: 120_000 });
    if (added.status !== 0) throw new Error(`team add-member failed: ${added.stderr}`);
    tokens[name] = added.stdout.trim();
  }
  const port = await freePort();
  const child = spawn(process.execPath, [cli, 'serve', '--data', dataDir, '--port', String(port), '--web', WEB_APP, '--lang', 'en'], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    await waitForListening(child, port);
  } catch (err) {
    child.kill('SIGTERM');
    rmSync(cli, { force: true });
    rmSync(dataDir, { recursive: true, force: true });
    throw err;
  }
  return {
    url: `ws://127.0.0.1:${port}`,
    webUrl: `http://127.0.0.1:${port}/`,
    tokens,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(cli, { force: true });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

// Steps the team journeys share (team-sync.spec.ts, team-conflicts.spec.ts).

/**
 * For a spec file: a team server in workspace «sekretariatet» with `members` for all its
 * tests (handed to `started`, stopped after the last), and the browser contexts each test
 * pushes on the returned list closed after it.
 */
export function useTeamServer(members: readonly string[], started: (server: TestTeamServer) => void): BrowserContext[] {
  let server: TestTeamServer | null = null;
  test.beforeAll(async () => {
    // Bundling the command line, adding the members and starting the server each start a
    // process: on a loaded runner that can pass the hook's default 60 s (a CI flake).
    test.setTimeout(180_000);
    server = await startTeamServer('sekretariatet', members);
    started(server);
  });
  test.afterAll(async () => {
    await server?.stop();
  });
  const contexts: BrowserContext[] = [];
  test.afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });
  return contexts;
}

/** Sync crosses a server: a busy machine may need longer than the default 10 s per step. */
export const SYNC = { timeout: 30_000 };

/** The tiltak table. */
export function grid(page: Page) {
  return page.getByRole('treegrid');
}

/** The table's row of the tiltak titled `title`. */
export function row(page: Page, title: string) {
  return grid(page).getByRole('row').filter({ hasText: title });
}

/** Fills the open dialog's fields, by their exact labels. */
export async function fill(page: Page, fields: Record<string, string>): Promise<void> {
  const dialog = page.getByRole('dialog');
  for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label, { exact: true }).fill(value);
}

/** Edits one cell of the table with the keyboard (Enter, select all, type, Enter). */
export async function editCell(page: Page, title: string, column: number, text: string): Promise<void> {
  await row(page, title).locator(`[aria-colindex="${column}"]`).click();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+a');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Waits until the header says «Synkronisert». */
export async function synced(page: Page): Promise<void> {
  await expect(page.getByRole('banner').getByText('Synkronisert', { exact: true })).toBeVisible(SYNC);
}

/** Shares the open strategy with the team as `member` («Del med teamet …» in the header). */
export async function shareWithTeam(page: Page, server: TestTeamServer, member: string): Promise<void> {
  await page.getByRole('banner').getByRole('button', { name: 'Del med teamet …' }).click();
  await fill(page, { 'Serveradresse (wss://…)': server.url, Arbeidsområde: 'sekretariatet', Tilgangsnøkkel: server.tokens[member] ?? '', 'Ditt navn (vises for de andre)': member });
  await page.getByRole('dialog').getByRole('button', { name: 'Del' }).click();
}

/** Opens the shared example strategy from the start screen as `member` («Åpne teamstrategi …»). */
export async function openTeamStrategy(page: Page, server: TestTeamServer, member: string): Promise<void> {
  await page.getByRole('button', { name: 'Åpne teamstrategi …' }).click();
  await fill(page, {
    'Serveradresse (wss://…)': server.url,
    Arbeidsområde: 'sekretariatet',
    'Strategiens id (fra kollegaen som delte den)': 'ex_strategy',
    Tilgangsnøkkel: server.tokens[member] ?? '',
    'Ditt navn (vises for de andre)': member,
  });
  await page.getByRole('dialog').getByRole('button', { name: 'Åpne' }).click();
}

/** A planner's link to the team server that can be held (offline) and let go (back online). */
export interface Link {
  hold(): void;
  release(): void;
}

/**
 * A planner in a context of their own (pushed to `contexts`, closed after the test) on the
 * start screen, with a link to `server` whose messages both ways wait while it is held — as
 * on a train without network — and go in order when it is let go. The context bypasses the
 * web build's static CSP (the server is on another port).
 */
export async function plannerWithLink(browser: Browser, server: TestTeamServer, contexts: BrowserContext[]): Promise<{ page: Page; link: Link }> {
  const context = await browser.newContext({ bypassCSP: true });
  contexts.push(context);
  let held = false;
  const waiting: (() => void)[] = [];
  const port = new URL(server.url).port;
  await context.routeWebSocket(
    (url) => url.port === port,
    (ws: WebSocketRoute) => {
      const upstream = ws.connectToServer();
      ws.onMessage((message) => (held ? waiting.push(() => upstream.send(message)) : upstream.send(message)));
      upstream.onMessage((message) => (held ? waiting.push(() => ws.send(message)) : ws.send(message)));
    },
  );
  const link: Link = {
    hold: () => {
      held = true;
    },
    release: () => {
      held = false;
      for (const send of waiting.splice(0)) send();
    },
  };
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return { page, link };
}
