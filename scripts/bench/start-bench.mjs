// The start screen after the window shows (issue 13, point 5): the built renderer in a fresh
// Chromium context per run (empty IndexedDB, as on first start), timed in the page from its
// navigation start (performance.now()) until the start screen's first heading is visible
// and a button can take focus — the moment a user can act. Besides it, the first-load
// JavaScript (scripts/bench/first-load.mjs: the entry and its static imports, gzip), and as a
// check of that list the JavaScript the page actually fetched before it was interactive.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { firstLoad } from './first-load.mjs';
import { serveStatic } from './serve-static.mjs';
import { median } from './stats.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** In the page: resolves with performance.now() once an h1 is visible and a button takes focus. */
const INTERACTIVE = () =>
  new Promise((resolve) => {
    const ready = () => {
      const heading = document.querySelector('h1');
      if (!heading || heading.getBoundingClientRect().height === 0) return false;
      const button = [...document.querySelectorAll('button')].find((b) => !b.disabled && b.getBoundingClientRect().height > 0);
      if (!button) return false;
      button.focus({ preventScroll: true });
      const focused = document.activeElement === button;
      button.blur();
      return focused;
    };
    const tick = () => (ready() ? resolve(performance.now()) : requestAnimationFrame(tick));
    tick();
  });

/** In the page: the .js files (paths relative to the page) it had started fetching by `at`. */
const FETCHED_SCRIPTS = (at) =>
  performance
    .getEntriesByType('resource')
    .filter((e) => e.startTime <= at && new URL(e.name).pathname.endsWith('.js'))
    .map((e) => decodeURIComponent(new URL(e.name).pathname).replace(/^\//, ''));

/** First-load size and start-screen-interactive time (median of `runs`); `dist` defaults to dist/renderer. */
export async function benchStartScreen({ runs = 5, dist = path.join(root, 'dist', 'renderer') } = {}) {
  const load = firstLoad(dist);
  const server = await serveStatic(dist);
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const times = [];
  const scriptTimes = [];
  const taskTimes = [];
  let fetched = [];
  try {
    // One warm-up load, so the browser's own first start is not counted.
    for (let i = 0; i < runs + 1; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nb-NO' });
      try {
        const page = await context.newPage();
        // Main-thread time spent (script, and all tasks) until interactive: less at the mercy of
        // a busy machine than the wall clock.
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        await page.goto(server.url, { waitUntil: 'commit' });
        const at = await page.evaluate(INTERACTIVE);
        const { metrics } = await cdp.send('Performance.getMetrics');
        const metric = (name) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
        if (i > 0) {
          times.push(at);
          scriptTimes.push(metric('ScriptDuration'));
          taskTimes.push(metric('TaskDuration'));
        }
        fetched = await page.evaluate(FETCHED_SCRIPTS, at);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const fetchedGzip = fetched.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length, 0);
  return {
    firstLoadJsGzip: load.jsGzip,
    firstLoadCssGzip: load.cssGzip,
    firstLoadFiles: load.js.length,
    fetchedBeforeInteractiveJsGzip: fetchedGzip,
    fetchedBeforeInteractiveFiles: fetched,
    startInteractive: median(times),
    startInteractiveRuns: times,
    startScriptTime: median(scriptTimes),
    startTaskTime: median(taskTimes),
  };
}
