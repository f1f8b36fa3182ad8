// Browser part of the benchmark: the built renderer in Chromium (Playwright), a generated
// plan file opened through «Åpne fil …» (to the strategy screen, and on to the plan's
// rendered table: «åpne til tabell»), then — measured inside the page with
// performance.now() — opening the stored strategy after a reload (boot + IndexedDB load +
// kontroll + table), the tiltak table's first render, scrolling, one edit through the
// table (edit → kontroll → re-render) and the renderer's JS heap (CDP, after GC).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { chromium } from '@playwright/test';
import { serveStatic } from './serve-static.mjs';
import { median } from './stats.mjs';

const here = import.meta.url;
const root = fileURLToPath(new URL('../../', here));
const defaultDist = path.join(root, 'dist', 'renderer');

/** Waits (in the page) until `selector` matches, then two frames so it is painted. */
const WAIT = `
  window.__benchWait = (test, timeout = 60000, what = String(test)) => new Promise((resolve, reject) => {
    const t0 = performance.now();
    const tick = () => {
      if (test()) requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now())));
      else if (performance.now() - t0 > timeout) reject(new Error('timeout: ' + what));
      else requestAnimationFrame(tick);
    };
    tick();
  });
`;

/**
 * Runs the Chromium measurements for `doc`; returns medians in milliseconds and heap sizes.
 * `dist` is another built renderer (e.g. the last commit's, to compare in one run).
 * `reloadOnly`: open the file, then only the reloads onto the plan (with the boot marks of each run).
 */
export async function benchBrowser({ doc, runs, log, dist, reloadOnly = false, http2 = false }) {
  const distRenderer = dist ? path.resolve(dist) : defaultDist;
  if (!dist && !existsSync(path.join(distRenderer, 'index.html'))) {
    log('  bygger rendereren (vite build) …');
    const r = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('vite build feilet');
  }
  const { serializePlanFile } = await tsImport('../../shared/domain/plan-file.ts', here);
  const fileText = serializePlanFile(doc, new Date().toISOString());
  const sizes = doc.plans.map((p) => doc.actions.filter((a) => a.planId === p.id).length);
  // The largest plan that can be edited (earlier years of a generated document are vedtatt).
  const editable = doc.plans.filter((p) => p.status !== 'adopted');
  const plan = editable.reduce((best, p) => (sizes[doc.plans.indexOf(p)] >= sizes[doc.plans.indexOf(best)] ? p : best), editable[0]);
  const server = await serveStatic(distRenderer, { http2 });
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'handlingsrom-bench-'));
  const planFile = path.join(tmpDir, 'bench.handlingsrom');
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'] });
  try {
    // HTTP/2: the server's throwaway certificate (serve-static.mjs).
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nb-NO', ignoreHTTPSErrors: http2 });
    const page = await context.newPage();
    page.on('pageerror', (e) => log(`  sidefeil: ${e.message}`));
    await page.goto(server.url);

    // Open the plan file: parse, validate, store in IndexedDB, open the strategy. The file
    // is handed over as a path on disk, like a user's pick: a 12 MB `buffer` would be sent
    // base64-encoded through the protocol and decoded in the page, which alone takes ~2 s
    // and is no part of the app.
    writeFileSync(planFile, fileText, 'utf8');
    const id = encodeURIComponent(doc.strategy.id);
    const planHash = `#/strategy/${id}/handlingsplan/${plan.year}`;
    const economyHash = `#/strategy/${id}/okonomi/${plan.year}`;
    const rowsShown = () => document.querySelector('[role="treegrid"] [aria-level="3"]') !== null;
    // Open → the strategy's screen, then on to the plan's table (a change of hash): «åpne til tabell».
    // Timed twice: from the click in Node (with the test tool's file dialog and its round
    // trips, which under load take a second and more), and inside the page from the moment
    // the file is chosen (the input's change event) to the table painted — the app's own
    // figure. The page moves on to the table itself as soon as the strategy shows.
    await page.evaluate((hash) => {
      const times = {};
      window.__openTimes = times;
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
          location.hash = hash;
        }
        if (times.heading !== undefined && document.querySelector('[role="treegrid"] [aria-level="3"]') !== null) {
          requestAnimationFrame(() => requestAnimationFrame(() => (times.table = performance.now())));
          return;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, planHash);
    const openStart = performance.now();
    let openedAt = 0;
    await (async () => {
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Åpne fil …' }).first().click();
      await (await chooser).setFiles(planFile);
      await page.waitForFunction(() => window.__openTimes.heading !== undefined, undefined, { timeout: 120_000, polling: 'raf' });
      openedAt = performance.now();
      await page.waitForFunction(() => window.__openTimes.table !== undefined, undefined, { timeout: 120_000, polling: 'raf' });
    })();
    const openToTable = performance.now() - openStart;
    const openFile = openedAt - openStart;
    const inPage = await page.evaluate(() => window.__openTimes);
    const openChosenToStrategy = inPage.chosen === undefined ? null : inPage.heading - inPage.chosen;
    const openChosenToTable = inPage.chosen === undefined ? null : inPage.table - inPage.chosen;
    // The app's marks (renderer/src/app/plan-file-actions.ts): where opening spent its time.
    // The document is stored by a worker while the plan shows: its mark may come after the table.
    await page.waitForFunction(() => performance.getEntriesByName('handlingsrom:open:stored').length > 0, undefined, { timeout: 120_000, polling: 100 });
    const openMarks = await page.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name).at(-1)?.startTime ?? null;
      return { read: at('handlingsrom:open:read'), validated: at('handlingsrom:open:validated'), stored: at('handlingsrom:open:stored'), now: performance.now() };
    });
    const between = (a, b) => (a === null || b === null ? null : b - a);
    const openValidate = between(openMarks.read, openMarks.validated);
    const openStore = between(openMarks.validated, openMarks.stored);

    // Reload straight onto the plan: boot + load from IndexedDB + kontroll + table. Going to
    // the plan's URL from the strategy is only a change of hash (same document, nothing is
    // reloaded), so that is done once; each run is then a real reload, and performance.now()
    // in the new document counts from its navigation start.
    // Every new document notes when the plan's rows are first painted (two frames after they
    // are in the DOM), for the breakdown beside the app's boot marks (renderer/src/app/boot-marks.ts).
    await context.addInitScript(() => {
      const tick = () => {
        if (document.querySelector('[role="treegrid"] [aria-level="3"]') !== null) {
          requestAnimationFrame(() => requestAnimationFrame(() => (window.__tablePainted = performance.now())));
          return;
        }
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    await page.goto(server.url + planHash, { waitUntil: 'commit' });
    await page.waitForFunction(rowsShown, undefined, { timeout: 120_000, polling: 'raf' });
    const reload = [];
    const reloadLoaded = [];
    const reloadSteps = [];
    for (let i = 0; i < runs; i++) {
      const before = await page.evaluate(() => performance.timeOrigin);
      const profile = process.env.BENCH_RELOAD_PROFILE && i === runs - 1 ? await context.newCDPSession(page) : null;
      if (profile) {
        await profile.send('Profiler.enable');
        await profile.send('Profiler.setSamplingInterval', { interval: 200 });
        await profile.send('Profiler.start');
      }
      const trace = process.env.BENCH_RELOAD_TRACE && i === runs - 1;
      if (trace) await browser.startTracing(page, { path: process.env.BENCH_RELOAD_TRACE, categories: ['devtools.timeline', 'v8', 'v8.execute', 'blink', 'blink.user_timing', 'loading', 'netlog', 'disabled-by-default-devtools.timeline'] });
      await page.reload({ waitUntil: 'commit' });
      await page.waitForFunction(rowsShown, undefined, { timeout: 120_000, polling: 'raf' });
      await page.waitForFunction(() => window.__tablePainted !== undefined, undefined, { timeout: 120_000, polling: 'raf' });
      const { origin, now, loaded, steps } = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const steps = { response: nav?.responseEnd ?? null, domInteractive: nav?.domInteractive ?? null };
        for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('handlingsrom:boot:')) steps[m.name.slice('handlingsrom:boot:'.length)] = m.startTime;
        steps.strategyLoaded = performance.getEntriesByName('handlingsrom:strategy:loaded').at(-1)?.startTime ?? null;
        steps.tablePainted = window.__tablePainted;
        // Which files the reload fetched, and when (start → end), for the breakdown.
        steps.resources = performance
          .getEntriesByType('resource')
          .filter((r) => /\.(js|css)$/.test(r.name))
          .map((r) => ({ file: r.name.split('/').pop(), start: Math.round(r.startTime), end: Math.round(r.responseEnd), bytes: r.encodedBodySize, protocol: r.nextHopProtocol }));
        return {
          origin: performance.timeOrigin,
          now: performance.now(),
          loaded: performance.getEntriesByName('handlingsrom:strategy:loaded').at(-1)?.startTime ?? null,
          steps,
        };
      });
      if (trace) await browser.stopTracing();
      if (profile) writeFileSync(process.env.BENCH_RELOAD_PROFILE, JSON.stringify((await profile.send('Profiler.stop')).profile));
      if (origin === before) throw new Error('siden ble ikke lastet på nytt');
      reload.push(now);
      if (loaded !== null) reloadLoaded.push(loaded);
      reloadSteps.push(steps);
    }
    if (reloadOnly) {
      return {
        planYear: plan.year,
        planActions: sizes[doc.plans.indexOf(plan)],
        reloadToTable: median(reload),
        reloadStrategyLoaded: reloadLoaded.length > 0 ? median(reloadLoaded) : null,
        reloadTablePainted: median(reloadSteps.map((s) => s.tablePainted)),
        reloadSteps,
      };
    }
    await page.evaluate(WAIT);

    // In-app navigation Økonomi → Handlingsplan: the table's first render (with kontroll).
    const firstRender = [];
    const economyRender = [];
    for (let i = 0; i < runs; i++) {
      const r = await page.evaluate(
        async ({ planHash, economyHash }) => {
          const t0 = performance.now();
          location.hash = economyHash;
          const t1 = await window.__benchWait(() => document.querySelector('h1')?.textContent?.startsWith('Økonomi') === true && document.querySelector('.ec-findings') !== null);
          const t2 = performance.now();
          location.hash = planHash;
          const t3 = await window.__benchWait(() => document.querySelector('h1')?.textContent?.startsWith('Handlingsplan') === true && document.querySelector('[role="treegrid"] [aria-level="3"]') !== null);
          return { economy: t1 - t0, table: t3 - t2 };
        },
        { planHash, economyHash },
      );
      firstRender.push(r.table);
      economyRender.push(r.economy);
    }

    // Scrolling: jump 120 rows down, wait until those rows are painted.
    const scroll = [];
    for (let i = 0; i < runs; i++) {
      scroll.push(
        await page.evaluate(async (step) => {
          const grid = document.querySelector('[role="treegrid"]');
          const t0 = performance.now();
          grid.scrollTop = step * 120 * 36;
          const target = step * 120;
          const t1 = await window.__benchWait(() =>
            [...grid.querySelectorAll('[role="row"][aria-rowindex]')].some((r) => Number(r.getAttribute('aria-rowindex')) >= target),
          );
          return t1 - t0;
        }, i + 1),
      );
    }
    const scrollEnd = await page.evaluate(async () => {
      const grid = document.querySelector('[role="treegrid"]');
      const last = Number(grid.getAttribute('aria-rowcount'));
      const t0 = performance.now();
      grid.scrollTop = grid.scrollHeight;
      const t1 = await window.__benchWait(() => grid.querySelector(`[aria-rowindex="${last}"]`) !== null);
      return t1 - t0;
    });

    // One edit through the table: Enter on a title cell, new text, Enter — until the cell shows it.
    const edit = [];
    for (let i = 0; i < runs; i++) {
      edit.push(
        await page.evaluate(async (n) => {
          const grid = document.querySelector('[role="treegrid"]');
          grid.scrollTop = 0;
          await window.__benchWait(() => grid.querySelector('[role="row"][aria-level="3"] [aria-colindex="2"]') !== null);
          const cell = grid.querySelector('[role="row"][aria-level="3"] [aria-colindex="2"]');
          const key = (el, k) => el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
          cell.focus();
          await window.__benchWait(() => cell.getAttribute('tabindex') === '0');
          key(cell, 'Enter');
          await window.__benchWait(() => cell.querySelector('input') !== null);
          const input = cell.querySelector('input');
          const text = `Målt endring ${n}`;
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, text);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          await window.__benchWait(() => input.value === text);
          const t0 = performance.now();
          key(input, 'Enter');
          const t1 = await window.__benchWait(() => cell.textContent === text);
          return t1 - t0;
        }, i),
      );
    }

    // Memory of the renderer after garbage collection.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
    const perfMemory = await page.evaluate(() => (performance.memory ? performance.memory.usedJSHeapSize : null));

    return {
      planYear: plan.year,
      planActions: sizes[doc.plans.indexOf(plan)],
      fileBytes: Buffer.byteLength(fileText),
      openFile,
      openToTable,
      openChosenToStrategy,
      openChosenToTable,
      openValidate,
      openStore,
      reloadToTable: median(reload),
      reloadStrategyLoaded: reloadLoaded.length > 0 ? median(reloadLoaded) : null,
      tableFirstRender: median(firstRender),
      economyRender: median(economyRender),
      scroll: median(scroll),
      scrollToEnd: scrollEnd,
      editToRender: median(edit),
      jsHeapUsed: metric('JSHeapUsedSize'),
      jsHeapTotal: metric('JSHeapTotalSize'),
      domNodes: metric('Nodes'),
      performanceMemory: perfMemory,
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(tmpDir, { recursive: true, force: true });
  }
}
