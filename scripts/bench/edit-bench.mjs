// Edit → render in Chromium (Playwright, the built renderer): for plans of several sizes
// (all tiltak in one plan), one edit of a tiltak's cost through the table, timed from the
// input event (a real key press through CDP; the event's own timeStamp) to the next paint
// in which the row's cost and uncovered cells, its findings count and its group's sum
// show the new figures. Each edit alternates the cost of a fully financed tiltak between
// its old value and +1 000 000 kr, so the finding «udekket» appears and goes again.
// Figures: median and p95 per size, besides the time until the DOM held the new figures
// (the work, without waiting for the frame) and the renderer's JS heap after GC.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { chromium } from '@playwright/test';
import { serveStatic } from './serve-static.mjs';
import { median, percentile } from './stats.mjs';

const here = import.meta.url;
const root = fileURLToPath(new URL('../../', here));

/** In the page: finds a fully financed tiltak row right under a group row, both in view. */
const FIND_TARGET = () => {
  const grid = document.querySelector('[role="treegrid"]');
  const rows = [...grid.querySelectorAll('[role="row"][aria-rowindex]')].sort(
    (a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')),
  );
  const cell = (row, col) => row.querySelector(`[aria-colindex="${col}"]`);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row.getAttribute('aria-level') !== '3') continue;
    const group = rows.slice(0, i).reverse().find((r) => r.classList.contains('pl-row-group'));
    if (!group) continue;
    const uncovered = cell(row, 6);
    const cost = cell(row, 4);
    if (!uncovered || uncovered.querySelector('.pl-warn') || !cost || cost.textContent.replace(/\D/g, '') === '0') continue;
    if (row.className.includes('pl-status-postponed') || row.className.includes('pl-status-cancelled')) continue;
    return Number(row.getAttribute('aria-rowindex'));
  }
  return -1;
};

/** In the page: arms the timer for the next Enter, which commits `expected` into row `rowIndex`. */
const ARM = ({ rowIndex }) => {
  const grid = document.querySelector('[role="treegrid"]');
  const rowAt = () => grid.querySelector(`[role="row"][aria-rowindex="${rowIndex}"]`);
  const text = (el) => (el ? el.textContent : null);
  const row = rowAt();
  const groupOf = () => {
    const rows = [...grid.querySelectorAll('[role="row"][aria-rowindex]')].filter((r) => Number(r.getAttribute('aria-rowindex')) < rowIndex);
    rows.sort((a, b) => Number(b.getAttribute('aria-rowindex')) - Number(a.getAttribute('aria-rowindex')));
    return rows.find((r) => r.classList.contains('pl-row-group'));
  };
  const before = {
    uncovered: text(row.querySelector('[aria-colindex="6"]')),
    findings: text(row.querySelector('[aria-colindex="10"]')),
    group: text(groupOf()?.querySelector('.pl-group-summary')),
  };
  window.__benchEdit = null;
  const onKey = (e) => {
    if (e.key !== 'Enter') return;
    window.removeEventListener('keydown', onKey, true);
    const t0 = e.timeStamp;
    let updatedAt = null;
    const done = () => {
      const r = rowAt();
      if (!r || r.querySelector('input')) return false;
      const now = {
        uncovered: text(r.querySelector('[aria-colindex="6"]')),
        findings: text(r.querySelector('[aria-colindex="10"]')),
        group: text(groupOf()?.querySelector('.pl-group-summary')),
      };
      return now.uncovered !== before.uncovered && now.findings !== before.findings && now.group !== before.group;
    };
    // The DOM is checked after every task and in every frame; the paint follows the frame.
    const poll = () => {
      if (updatedAt === null && done()) updatedAt = performance.now();
      if (updatedAt === null) setTimeout(poll, 0);
    };
    setTimeout(poll, 0);
    const frame = () => {
      if (updatedAt === null && done()) updatedAt = performance.now();
      if (updatedAt === null) {
        requestAnimationFrame(frame);
        return;
      }
      // After this frame's callbacks the frame is painted; a message task runs after it.
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        window.__benchEdit = { paint: performance.now() - t0, work: updatedAt - t0 };
      };
      channel.port2.postMessage(null);
    };
    requestAnimationFrame(frame);
  };
  window.addEventListener('keydown', onKey, true);
};

/**
 * Measures edit → paint for each size; `dist` is the built renderer to serve (default
 * dist/renderer). Returns { sizes: [{ actions, median, p95, workMedian, workP95, heapUsed, … }] }.
 */
export async function benchEditToPaint({ sizes, edits = 30, seed = 1, dist = path.join(root, 'dist', 'renderer'), log }) {
  if (!existsSync(path.join(dist, 'index.html'))) {
    log('  bygger rendereren (vite build) …');
    const r = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('vite build feilet');
  }
  const { generateLargeDocument } = await tsImport('../../shared/templates/index.ts', here);
  const { serializePlanFile } = await tsImport('../../shared/domain/plan-file.ts', here);
  const server = await serveStatic(dist);
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'handlingsrom-editbench-'));
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'] });
  const out = [];
  try {
    for (const size of sizes) {
      const generated = generateLargeDocument({ actions: size, years: 1, seed });
      // Long descriptions and notes are trimmed so 50 000 tiltak fit under the 50 MB plan-file limit.
      const doc = { ...generated, actions: generated.actions.map((a) => ({ ...a, description: a.description.slice(0, 60), notes: '' })) };
      const planFile = path.join(tmpDir, `plan-${size}.handlingsrom`);
      // Without indentation (the reader takes any JSON), so 50 000 tiltak fit under the limit.
      const fileText = JSON.stringify(JSON.parse(serializePlanFile(doc, new Date().toISOString())));
      writeFileSync(planFile, fileText, 'utf8');
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nb-NO' });
      const page = await context.newPage();
      page.on('pageerror', (e) => log(`  sidefeil: ${e.message}`));
      try {
        await page.goto(server.url);
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Åpne fil …' }).first().click();
        await (await chooser).setFiles(planFile);
        await page.waitForURL(/#\/strategy\//, { timeout: 900_000 });
        const plan = doc.plans[0];
        await page.goto(`${server.url}#/strategy/${encodeURIComponent(doc.strategy.id)}/handlingsplan/${plan.year}`);
        await page.waitForFunction(() => document.querySelector('[role="treegrid"] [aria-level="3"]') !== null, undefined, { timeout: 300_000, polling: 200 });
        const rowIndex = await page.evaluate(FIND_TARGET);
        if (rowIndex < 0) throw new Error('fant ikke et fullfinansiert tiltak under en gruppe');
        const costCell = page.locator(`[role="treegrid"] [role="row"][aria-rowindex="${rowIndex}"] [aria-colindex="4"]`);
        const original = Number((await costCell.textContent()).replace(/\D/g, ''));
        const paint = [];
        const work = [];
        for (let i = 0; i < edits + 2; i++) {
          const value = i % 2 === 0 ? original + 1_000_000 : original;
          await costCell.click();
          await page.keyboard.press('Enter');
          const input = costCell.locator('input');
          await input.waitFor();
          await input.fill(String(value));
          await page.evaluate(ARM, { rowIndex });
          await page.keyboard.press('Enter');
          await page.waitForFunction(() => window.__benchEdit !== null, undefined, { timeout: 60_000, polling: 50 });
          const r = await page.evaluate(() => window.__benchEdit);
          // The first two edits warm up.
          if (i >= 2) {
            paint.push(r.paint);
            work.push(r.work);
          }
          await page.waitForTimeout(150);
        }
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('Performance.enable');
        const { metrics } = await cdp.send('Performance.getMetrics');
        const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
        const row = {
          actions: size,
          fileBytes: Buffer.byteLength(fileText),
          edits: paint.length,
          median: median(paint),
          p95: percentile(paint, 95),
          workMedian: median(work),
          workP95: percentile(work, 95),
          heapUsed: metric('JSHeapUsedSize'),
          domNodes: metric('Nodes'),
        };
        out.push(row);
        log?.(row);
      } catch (e) {
        const row = { actions: size, error: String(e?.message ?? e) };
        out.push(row);
        log?.(row);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(tmpDir, { recursive: true, force: true });
  }
  return { sizes: out };
}
