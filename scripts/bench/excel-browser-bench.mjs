// Chromium side of the Excel memory bench (issue 10 point 7): the built renderer in Chromium
// (Playwright, /usr/bin/chromium), the app's own Excel worker —
//   export: a plan of `exportActions` tiltak (100 000 by default) handed by the page to the
//           app's built Excel worker (as excel-client.ts does) until the bytes are back;
//   import: the example plan, then «Importer fra Excel…» with each workbook of `importFiles`
//           (the largest the limits accept) until the preview or the refusal shows.
// While each runs, the resident memory (VmRSS in /proc) of Chromium's renderer processes —
// the page and its dedicated workers live in one — is sampled every 50 ms: the peak, and the
// level just before the click (the plan alone), are reported per step.
import { createReadStream, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { chromium } from '@playwright/test';
import { serveStatic } from './serve-static.mjs';

const here = import.meta.url;
const root = fileURLToPath(new URL('../../', here));
const distRenderer = path.join(root, 'dist', 'renderer');

/** Pids of Chromium's renderer processes (command line with --type=renderer) under `browserPid`. */
function rendererPids(browserPid) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended meanwhile.
    }
  }
  const out = [];
  const walk = (pid) => {
    for (const c of children.get(pid) ?? []) {
      try {
        if (readFileSync(`/proc/${c}/cmdline`, 'utf8').includes('--type=renderer')) out.push(c);
      } catch {
        // ended
      }
      walk(c);
    }
  };
  walk(browserPid);
  return out;
}

/** VmRSS of a process in bytes (0 when it ended). */
function rss(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples the renderer processes every `everyMs` until stopped: peak of the largest one and of their sum. */
function sampler(browserPid, everyMs = 50) {
  let peakOne = 0;
  let peakSum = 0;
  let pids = rendererPids(browserPid);
  let ticks = 0;
  const sample = () => {
    if (ticks++ % 20 === 0) pids = rendererPids(browserPid);
    const values = pids.map(rss);
    peakOne = Math.max(peakOne, ...values, 0);
    peakSum = Math.max(peakSum, values.reduce((a, b) => a + b, 0));
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    /** The largest renderer process now (the page's, with its workers). */
    now: () => Math.max(0, ...pids.map(rss)),
    stop() {
      clearInterval(timer);
      sample();
      return { peakRendererBytes: peakOne, peakRenderersSumBytes: peakSum };
    },
  };
}

function browserPidOf(browser) {
  // Playwright's launched browser: the process object is not public; find chromium whose parent is us.
  const mine = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid === process.pid && readFileSync(`/proc/${name}/cmdline`, 'utf8').includes('chrom')) mine.push(Number(name));
    } catch {
      // ended
    }
  }
  if (mine.length === 0) throw new Error('fant ikke Chromium-prosessen');
  void browser;
  return mine[mine.length - 1];
}

/**
 * Runs the Chromium Excel memory bench. `importFiles`: [{ label, file }] workbooks to import
 * into the example plan. Returns per step: time, renderer RSS before and peak, the outcome.
 */
export async function benchExcelBrowser({ exportActions = 100_000, importFiles = [], seed = 1, log = () => {} } = {}) {
  if (!existsSync(path.join(distRenderer, 'index.html'))) {
    log('  bygger rendereren (vite build) …');
    const r = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('vite build feilet');
  }
  const server = await serveStatic(distRenderer);
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'hr-xlbrowser-'));
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  const browserPid = browserPidOf(browser);
  const results = { export: null, imports: [] };
  try {
    // bypassCSP: the page fetches the big plan from the second local server below (connect-src 'self').
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nb-NO', acceptDownloads: true, bypassCSP: true });
    const page = await context.newPage();
    page.on('pageerror', (e) => log(`  sidefeil: ${e.message}`));
    page.on('crash', () => log('  siden krasjet (rendererprosessen døde)'));

    if (exportActions > 0) {
      // The app cannot open a plan file this big (the plan-file limit is 50 MB; 100 000 tiltak
      // are ~130 MB), so the page hands the plan to the app's own built Excel worker the way
      // excel-client.ts does: the page holds the plan, the worker gets a structured-clone copy,
      // exports with its streaming writer and sends the bytes back.
      const { generateLargeDocument } = await tsImport('../../shared/templates/index.ts', here);
      const doc = generateLargeDocument({ actions: exportActions, years: 1, seed });
      const planJson = path.join(tmpDir, 'plan.json');
      writeFileSync(planJson, JSON.stringify(doc), 'utf8');
      const workerAsset = readdirSync(path.join(distRenderer, 'assets')).find((f) => /^excel\.worker-.*\.js$/.test(f));
      if (!workerAsset) throw new Error('fant ikke Excel-workeren i dist/renderer/assets');
      // Served from a second local server (Playwright's route.fulfill sends a body this big
      // base64-encoded through the protocol, which the page does not survive).
      const planServer = http.createServer((req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
        createReadStream(planJson).pipe(res);
      });
      await new Promise((resolve) => planServer.listen(0, '127.0.0.1', resolve));
      const planUrl = `http://127.0.0.1:${planServer.address().port}/plan.json`;
      await page.goto(server.url);
      try {
        await page.evaluate(async (url) => {
          window.__benchDoc = await (await fetch(url)).json();
        }, planUrl);
      } finally {
        planServer.close();
      }
      await page.waitForTimeout(2000);
      const s = sampler(browserPid);
      const before = s.now();
      const t0 = performance.now();
      const bytes = await page.evaluate(
        ({ asset, year }) =>
          new Promise((resolve, reject) => {
            const worker = new Worker(`/assets/${asset}`, { type: 'module', name: 'excel' });
            worker.onmessage = (e) => {
              if (e.data.type === 'exported') {
                resolve(e.data.bytes.length);
                worker.terminate();
              } else if (e.data.type === 'failed') reject(new Error(JSON.stringify(e.data.error)));
            };
            worker.onerror = (e) => reject(new Error(e.message));
            worker.postMessage({ type: 'export', doc: window.__benchDoc, year, language: 'nb' });
          }),
        { asset: workerAsset, year: doc.plans[0].year },
      );
      const ms = performance.now() - t0;
      const peak = s.stop();
      results.export = { actions: exportActions, ms: Math.round(ms), workbookBytes: bytes, rssBeforeBytes: before, ...peak };
      log(`  eksport ${exportActions} tiltak i appens Excel-worker: ${(ms / 1000).toFixed(1)} s, renderer topp ${(peak.peakRendererBytes / 1024 / 1024).toFixed(0)} MB (med planen alene ${(before / 1024 / 1024).toFixed(0)} MB)`);
    }

    for (const { label, file } of importFiles) {
      // A fresh page on the example plan for each workbook: the previous one's memory is gone.
      await page.goto(server.url);
      await page.getByRole('button', { name: 'Åpne eksemplet' }).click();
      await page.waitForURL(/#\/strategy\/ex_strategy\//);
      await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Økonomi', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Økonomi 2025' }).waitFor();
      await page.waitForTimeout(1000);
      const s = sampler(browserPid);
      const before = s.now();
      const t0 = performance.now();
      await page.getByLabel('Importer fra Excel…').setInputFiles(file);
      // The dialog with the preview («Bruk endringene») or with the errors (only «Lukk»).
      const dialog = page.getByRole('dialog');
      const applied = dialog.getByRole('button', { name: 'Bruk endringene' });
      await dialog.getByRole('button', { name: /^(Bruk endringene|Lukk)$/ }).first().waitFor({ timeout: 900_000 });
      const ms = performance.now() - t0;
      const peak = s.stop();
      const ok = await applied.isVisible();
      const r = { label, workbookBytes: readFileSync(file).length, ms: Math.round(ms), ok, rssBeforeBytes: before, ...peak };
      results.imports.push(r);
      log(`  import ${label} i appen: ${(ms / 1000).toFixed(1)} s, ${ok ? 'forhåndsvisning' : 'avvist'}, renderer topp ${(peak.peakRendererBytes / 1024 / 1024).toFixed(0)} MB (før ${(before / 1024 / 1024).toFixed(0)} MB)`);
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
    rmSync(tmpDir, { recursive: true, force: true });
  }
}
