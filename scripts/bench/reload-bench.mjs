// Reload onto the plan, two built renderers alternated run by run (A/B), so before and after
// share the machine's load: `node scripts/bench.mjs --reload-only --baseline-dist DIR [--dist DIR]
// [--runs 9]`. Each build is served on its own port (its own origin, so its own IndexedDB),
// the plan file is opened once in each, then the reloads alternate. Beside the wall time to
// the painted table it notes the renderer's main-thread CPU time of each reload (CDP
// Performance.getMetrics ThreadTime, counted afresh from just before the reload; and the
// renderer process's CPU time, ProcessTime, in steps of 10 ms), which the other processes on a shared
// machine disturb much less than the wall time, and the app's boot marks.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { chromium } from '@playwright/test';
import { serveStatic } from './serve-static.mjs';
import { median } from './stats.mjs';

const here = import.meta.url;
const root = fileURLToPath(new URL('../../', here));

const rowsShown = () => document.querySelector('[role="treegrid"] [aria-level="3"]') !== null;

/** In every new document: when the plan's rows are first painted (two frames after they are in the DOM). */
function notePainted() {
  const tick = () => {
    if (document.querySelector('[role="treegrid"] [aria-level="3"]') !== null) {
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

async function prepare({ browser, dir, planFile, planHash }) {
  const server = await serveStatic(dir);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nb-NO' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Åpne fil …' }).first().click();
  await (await chooser).setFiles(planFile);
  await page.waitForFunction(() => location.hash.startsWith('#/strategy/') && document.querySelector('h1') !== null, undefined, { timeout: 120_000, polling: 100 });
  await page.waitForFunction(() => performance.getEntriesByName('handlingsrom:open:stored').length > 0, undefined, { timeout: 120_000, polling: 100 });
  await context.addInitScript(notePainted);
  await page.goto(server.url + planHash, { waitUntil: 'commit' });
  await page.waitForFunction(rowsShown, undefined, { timeout: 120_000, polling: 'raf' });
  const cdp = await context.newCDPSession(page);
  return { server, context, page, cdp, errors };
}

async function reloadOnce({ page, cdp }, profilePath) {
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
  await page.reload({ waitUntil: 'commit' });
  await page.waitForFunction(() => window.__tablePainted !== undefined, undefined, { timeout: 120_000, polling: 'raf' });
  const after = await metrics(cdp);
  if (profilePath) writeFileSync(profilePath, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  const steps = await page.evaluate(() => {
    const steps = {};
    for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('handlingsrom:boot:')) steps[m.name.slice('handlingsrom:boot:'.length)] = m.startTime;
    steps.strategyLoaded = performance.getEntriesByName('handlingsrom:strategy:loaded').at(-1)?.startTime ?? null;
    steps.tablePainted = window.__tablePainted;
    return steps;
  });
  return {
    table: steps.tablePainted,
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
  try {
    for (const b of builds) {
      Object.assign(b, await prepare({ browser, dir: b.dir, planFile, planHash }));
      b.runs = [];
      // One warm-up reload (the browser's caches), not counted.
      await reloadOnce(b);
    }
    for (let i = 0; i < runs; i++) {
      // Alternate which build goes first, so neither always follows the other.
      const order = i % 2 === 0 ? builds : [...builds].reverse();
      for (const b of order) {
        const profilePath = process.env.BENCH_RELOAD_PROFILE && i >= runs - 2 ? `${process.env.BENCH_RELOAD_PROFILE}-${b.name}.cpuprofile` : undefined;
        const r = await reloadOnce(b, profilePath);
        b.runs.push(r);
        log(`  ${b.name.padEnd(8)} runde ${i + 1}: tabellen ${Math.round(r.table)} ms, hovedtråd-CPU ${Math.round(r.threadMs)} ms (prosessen ${Math.round(r.processMs)} ms) ${JSON.stringify(Object.fromEntries(Object.entries(r.steps).map(([k, v]) => [k, v === null ? null : Math.round(v)])))}`);
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
          threadMs: median(b.runs.map((r) => r.threadMs)),
          threadMin: Math.min(...b.runs.map((r) => r.threadMs)),
          threadMax: Math.max(...b.runs.map((r) => r.threadMs)),
          processMs: median(b.runs.map((r) => r.processMs)),
          steps: Object.fromEntries(names.map((n) => [n, median(b.runs.map((r) => r.steps[n]).filter((v) => typeof v === 'number'))])),
          errors: b.errors,
          runs: b.runs,
        };
      }),
    };
  } finally {
    for (const b of builds) {
      await b.context?.close();
      await b.server?.close();
    }
    await browser.close();
    rmSync(tmpDir, { recursive: true, force: true });
  }
}
