// Opening a plan file in Chromium (built renderer), from the moment the file is chosen to
// the plan's table painted, run by run in a fresh browser context (empty IndexedDB), with
// where the time went: the app's performance marks (handlingsrom:open:*, the workspace and
// the table) and the main thread's long tasks. With `baselineDist` (another built renderer,
// e.g. main's) the runs alternate between the two, so before and after share the machine's
// load: `node scripts/bench.mjs --open-only [--open-runs 5] [--dist DIR] [--baseline-dist DIR]`.
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

/**
 * Installs (before the page's own scripts) the timers of one open: `chosen` (the file input's
 * change), `heading` (the strategy screen; the page then moves to `planHash`), `table` (a
 * tiltak row painted), and the long tasks.
 */
function installTimers(planHash) {
  const times = { longTasks: [] };
  window.__openTimes = times;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) times.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no long-task timing in this browser
  }
  document.addEventListener(
    'change',
    (event) => {
      if (event.target instanceof HTMLInputElement && event.target.type === 'file') times.chosen ??= performance.now();
    },
    true,
  );
  const tick = () => {
    if (times.heading === undefined && location.hash.startsWith('#/strategy/') && document.querySelector('h1') !== null) {
      times.heading = performance.now();
      location.hash = planHash;
    }
    if (times.heading !== undefined && document.querySelector('[role="treegrid"] [aria-level="3"]') !== null) {
      times.rows = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => (times.table = performance.now())));
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function openOnce({ browser, url, planFile, planHash, profilePath }) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nb-NO' });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(installTimers, planHash);
    await page.goto(url);
    await page.getByRole('button', { name: 'Åpne fil …' }).first().waitFor();
    const profile = profilePath ? await context.newCDPSession(page) : null;
    if (profile) {
      await profile.send('Profiler.enable');
      await profile.send('Profiler.setSamplingInterval', { interval: 200 });
      await profile.send('Profiler.start');
    }
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Åpne fil …' }).first().click();
    await (await chooser).setFiles(planFile);
    await page.waitForFunction(() => window.__openTimes.table !== undefined, undefined, { timeout: 120_000, polling: 'raf' });
    if (profile) writeFileSync(profilePath, JSON.stringify((await profile.send('Profiler.stop')).profile));
    // Stored by a worker while the plan shows: wait for that write too (its mark is in the figures).
    await page.waitForFunction(() => performance.getEntriesByName('handlingsrom:open:stored').length > 0, undefined, { timeout: 120_000, polling: 50 });
    const r = await page.evaluate(() => {
      const t = window.__openTimes;
      const marks = {};
      for (const e of performance.getEntriesByType('mark')) if (e.name.startsWith('handlingsrom:') && e.startTime >= t.chosen) marks[e.name.slice('handlingsrom:'.length)] ??= e.startTime - t.chosen;
      const long = t.longTasks.filter((l) => l.start >= t.chosen && l.start < t.table);
      return {
        toStrategy: t.heading - t.chosen,
        toRows: t.rows - t.chosen,
        toTable: t.table - t.chosen,
        marks,
        longTaskMs: long.reduce((s, l) => s + l.duration, 0),
        longestTask: long.reduce((m, l) => Math.max(m, l.duration), 0),
      };
    });
    if (errors.length > 0) r.errors = errors;
    return r;
  } finally {
    await context.close();
  }
}

/** Opens `doc` as a plan file `runs` times per build; medians and every run's figures. */
export async function benchOpen({ doc, runs, dist, baselineDist, log }) {
  const builds = [{ name: 'denne', dir: dist ? path.resolve(dist) : path.join(root, 'dist', 'renderer') }];
  if (baselineDist) builds.unshift({ name: 'grunnlag', dir: path.resolve(baselineDist) });
  for (const b of builds) if (!existsSync(path.join(b.dir, 'index.html'))) throw new Error(`ingen bygget renderer i ${b.dir} (npx vite build)`);
  const { serializePlanFile } = await tsImport('../../shared/domain/plan-file.ts', here);
  const fileText = serializePlanFile(doc, new Date().toISOString());
  const sizes = doc.plans.map((p) => doc.actions.filter((a) => a.planId === p.id).length);
  const editable = doc.plans.filter((p) => p.status !== 'adopted');
  const plan = editable.reduce((best, p) => (sizes[doc.plans.indexOf(p)] >= sizes[doc.plans.indexOf(best)] ? p : best), editable[0]);
  const planHash = `#/strategy/${encodeURIComponent(doc.strategy.id)}/handlingsplan/${plan.year}`;
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'handlingsrom-open-'));
  const planFile = path.join(tmpDir, 'bench.handlingsrom');
  writeFileSync(planFile, fileText, 'utf8');
  const servers = [];
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    for (const b of builds) {
      b.server = await serveStatic(b.dir);
      servers.push(b.server);
      b.runs = [];
    }
    // One warm-up open per build (the browser's caches), not counted.
    for (const b of builds) await openOnce({ browser, url: b.server.url, planFile, planHash });
    for (let i = 0; i < runs; i++) {
      for (const b of builds) {
        // BENCH_OPEN_PROFILE=FILE: a CPU profile of the last run of each build (FILE-<build>.cpuprofile).
        const profilePath = process.env.BENCH_OPEN_PROFILE && i === runs - 1 ? `${process.env.BENCH_OPEN_PROFILE}-${b.name}.cpuprofile` : undefined;
        const r = await openOnce({ browser, url: b.server.url, planFile, planHash, profilePath });
        b.runs.push(r);
        log(`  ${b.name} runde ${i + 1}: tabellen ${Math.round(r.toTable)} ms (strategien ${Math.round(r.toStrategy)} ms; lange oppgaver ${Math.round(r.longTaskMs)} ms, lengste ${Math.round(r.longestTask)} ms) ${JSON.stringify(Object.fromEntries(Object.entries(r.marks).map(([k, v]) => [k, Math.round(v)])))}${r.errors ? ` FEIL: ${r.errors.join('; ')}` : ''}`);
      }
    }
    return {
      fileBytes: Buffer.byteLength(fileText),
      planActions: sizes[doc.plans.indexOf(plan)],
      actions: doc.actions.length,
      builds: builds.map((b) => {
        const markNames = [...new Set(b.runs.flatMap((r) => Object.keys(r.marks)))];
        return {
          name: b.name,
          dir: b.dir,
          toTable: median(b.runs.map((r) => r.toTable)),
          toStrategy: median(b.runs.map((r) => r.toStrategy)),
          longTaskMs: median(b.runs.map((r) => r.longTaskMs)),
          longestTask: median(b.runs.map((r) => r.longestTask)),
          marks: Object.fromEntries(markNames.map((n) => [n, median(b.runs.map((r) => r.marks[n]).filter((v) => v !== undefined))])),
          runs: b.runs,
        };
      }),
    };
  } finally {
    await browser.close();
    for (const s of servers) await s.close();
    rmSync(tmpDir, { recursive: true, force: true });
  }
}
