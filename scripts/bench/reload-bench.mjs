// Reload onto the plan, two built renderers alternated run by run (A/B), so before and after
// share the machine's load: `node scripts/bench.mjs --reload-only --baseline-dist DIR [--dist DIR]
// [--runs 9]`. Both builds are served from one origin (under /grunnlag/ and /denne/), so they
// read the very same IndexedDB — two origins had two databases, and the one written second
// read measurably slower even with the same build on both. One page: the plan file is opened
// once, then each run loads the plan's URL of one build (a reload when the page shows that
// build already, else a navigation to it, which loads the page just as a reload does).
// Beside the wall time to
// the painted table it notes the renderer's main-thread CPU time of each reload (CDP
// Performance.getMetrics ThreadTime, counted afresh from just before the reload; and the
// renderer process's CPU time, ProcessTime, in steps of 10 ms), which the other processes on a shared
// machine disturb much less than the wall time, and the app's boot marks.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { chromium } from '@playwright/test';
import { median } from './stats.mjs';

const here = import.meta.url;
const root = fileURLToPath(new URL('../../', here));

const rowsShown = () => document.querySelector('[role="treegrid"] [aria-level="3"]') !== null;

/**
 * In every new document: when the plan's rows are first painted. `__firstPaint`: the frame
 * whose rendering first has the rows is painted before the task its frame callback posts
 * (work the app defers to after the paint comes after it); `__tablePainted`: two frames
 * later, as browser-bench.mjs has measured it (it includes that deferred work).
 */
function notePainted() {
  const tick = () => {
    if (document.querySelector('[role="treegrid"] [aria-level="3"]') !== null) {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.__firstPaint = performance.now());
      channel.port2.postMessage(null);
      requestAnimationFrame(() => requestAnimationFrame(() => (window.__tablePainted = performance.now())));
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** One server for both builds: `/<name>/…` is that build's file. */
function serveBuilds(builds) {
  const server = http.createServer(async (req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const build = builds.find((b) => urlPath.startsWith(`/${b.name}/`));
    const rest = build ? urlPath.slice(build.name.length + 2) : '';
    const file = build ? path.join(build.dir, rest === '' ? 'index.html' : rest) : '';
    if (!build || !file.startsWith(build.dir)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((r) => server.close(r)) }));
  });
}

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2' };

async function prepare({ browser, url, planFile, planHash }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nb-NO' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Åpne fil …' }).first().click();
  await (await chooser).setFiles(planFile);
  await page.waitForFunction(() => location.hash.startsWith('#/strategy/') && document.querySelector('h1') !== null, undefined, { timeout: 120_000, polling: 100 });
  await page.waitForFunction(() => performance.getEntriesByName('handlingsrom:open:stored').length > 0, undefined, { timeout: 120_000, polling: 100 });
  await context.addInitScript(notePainted);
  await page.goto(url + planHash, { waitUntil: 'commit' });
  await page.waitForFunction(rowsShown, undefined, { timeout: 120_000, polling: 'raf' });
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, errors };
}

/** Loads `url` (the plan in one build): a reload when the page is there already, else a navigation. */
async function reloadOnce({ page, cdp }, url, profilePath) {
  // Enabling the domain starts its task counters afresh (the counters do not carry over a
  // reload reliably otherwise).
  await cdp.send('Performance.disable');
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const before = await metrics(cdp);
  if (profilePath) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
  }
  if (page.url() === url) await page.reload({ waitUntil: 'commit' });
  else await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(() => window.__tablePainted !== undefined, undefined, { timeout: 120_000, polling: 'raf' });
  const after = await metrics(cdp);
  if (profilePath) writeFileSync(profilePath, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  const steps = await page.evaluate(() => {
    const steps = {};
    for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('handlingsrom:boot:')) steps[m.name.slice('handlingsrom:boot:'.length)] = m.startTime;
    steps.strategyLoaded = performance.getEntriesByName('handlingsrom:strategy:loaded').at(-1)?.startTime ?? null;
    steps.tablePainted = window.__tablePainted;
    steps.firstPaint = window.__firstPaint ?? null;
    return steps;
  });
  return {
    table: steps.tablePainted,
    firstPaint: steps.firstPaint,
    threadMs: (after.ThreadTime - before.ThreadTime) * 1000,
    processMs: (after.ProcessTime - before.ProcessTime) * 1000,
    steps,
  };
}

/** Reloads onto the largest editable plan of `doc`, `runs` times per build, alternated. */
export async function benchReloadAB({ doc, runs, dist, baselineDist, log }) {
  const builds = [
    { name: 'grunnlag', dir: path.resolve(baselineDist) },
    { name: 'denne', dir: dist ? path.resolve(dist) : path.join(root, 'dist', 'renderer') },
  ];
  for (const b of builds) if (!existsSync(path.join(b.dir, 'index.html'))) throw new Error(`ingen bygget renderer i ${b.dir} (npx vite build)`);
  const { serializePlanFile } = await tsImport('../../shared/domain/plan-file.ts', here);
  const sizes = doc.plans.map((p) => doc.actions.filter((a) => a.planId === p.id).length);
  const editable = doc.plans.filter((p) => p.status !== 'adopted');
  const plan = editable.reduce((best, p) => (sizes[doc.plans.indexOf(p)] >= sizes[doc.plans.indexOf(best)] ? p : best), editable[0]);
  const planHash = `#/strategy/${encodeURIComponent(doc.strategy.id)}/handlingsplan/${plan.year}`;
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'handlingsrom-reload-'));
  const planFile = path.join(tmpDir, 'bench.handlingsrom');
  writeFileSync(planFile, serializePlanFile(doc, new Date().toISOString()), 'utf8');
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', ...(process.env.BENCH_JS_FLAGS ? [`--js-flags=${process.env.BENCH_JS_FLAGS}`] : [])] });
  const server = await serveBuilds(builds);
  let session = null;
  try {
    session = await prepare({ browser, url: `${server.url}${builds[0].name}/`, planFile, planHash });
    for (const b of builds) {
      b.url = `${server.url}${b.name}/${planHash}`;
      b.runs = [];
      // Two warm-up loads (the browser's caches), not counted.
      await reloadOnce(session, b.url);
      await reloadOnce(session, b.url);
    }
    for (let i = 0; i < runs; i++) {
      // Alternate which build goes first, so neither always follows the other.
      const order = i % 2 === 0 ? builds : [...builds].reverse();
      for (const b of order) {
        const profilePath = process.env.BENCH_RELOAD_PROFILE && i >= runs - 2 ? `${process.env.BENCH_RELOAD_PROFILE}-${b.name}.cpuprofile` : undefined;
        const r = await reloadOnce(session, b.url, profilePath);
        b.runs.push(r);
        log(`  ${b.name.padEnd(8)} runde ${i + 1}: tabellen malt ${Math.round(r.firstPaint)} ms, to bilder senere ${Math.round(r.table)} ms, hovedtråd-CPU ${Math.round(r.threadMs)} ms (prosessen ${Math.round(r.processMs)} ms) ${JSON.stringify(Object.fromEntries(Object.entries(r.steps).map(([k, v]) => [k, v === null ? null : Math.round(v)])))}`);
      }
    }
    return {
      planActions: sizes[doc.plans.indexOf(plan)],
      builds: builds.map((b) => {
        const names = [...new Set(b.runs.flatMap((r) => Object.keys(r.steps)))];
        return {
          name: b.name,
          dir: b.dir,
          table: median(b.runs.map((r) => r.table)),
          tableMin: Math.min(...b.runs.map((r) => r.table)),
          tableMax: Math.max(...b.runs.map((r) => r.table)),
          firstPaint: median(b.runs.map((r) => r.firstPaint)),
          firstPaintMin: Math.min(...b.runs.map((r) => r.firstPaint)),
          firstPaintMax: Math.max(...b.runs.map((r) => r.firstPaint)),
          threadMs: median(b.runs.map((r) => r.threadMs)),
          threadMin: Math.min(...b.runs.map((r) => r.threadMs)),
          threadMax: Math.max(...b.runs.map((r) => r.threadMs)),
          processMs: median(b.runs.map((r) => r.processMs)),
          steps: Object.fromEntries(names.map((n) => [n, median(b.runs.map((r) => r.steps[n]).filter((v) => typeof v === 'number'))])),
          errors: session.errors,
          runs: b.runs,
        };
      }),
    };
  } finally {
    await session?.context.close();
    await server.close();
    await browser.close();
    rmSync(tmpDir, { recursive: true, force: true });
  }
}
