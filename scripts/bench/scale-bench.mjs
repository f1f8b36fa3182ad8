// Scaling part of the benchmark: one plan holding all tiltak, at several sizes up to the
// largest plan the schema accepts (200 000 tiltak), each figure the median CPU time of this
// process (CPU, not wall-clock, so other work on a shared machine pushes figures less):
//   open      — parse and validate the plan file's text (parsePlanFile; a file over the
//               50 MB limit is refused, so beyond it the schema validation alone is timed);
//   kontroll  — the full kontroll (runKontroll);
//   edit      — one edit and the incremental kontroll after it (updateKontroll);
//   table     — the tiltak table's rows, first build (buildRows) and after one edit (with
//               the cache the table keeps);
//   scenarios — a variant with the frame cut 20 % and fit-to-frame, compared with the basis;
//   excel     — the workbook export as the app writes it (the Excel worker's streaming
//               writer) and its import, in a child process per size (scale-excel-child.mjs);
//               the import only where its limits accept the workbook.
// The plan is scale-document.mjs's: short texts, and a frame that is the same share of the
// plan at every size (so the scenario postpones the same share of tiltak).
// Then the log-log slope between consecutive sizes (1 = linear), the heap the model takes
// in this process (document + kontroll state + table rows, after GC) and, with `renderer`,
// the renderer's JS heap in Chromium with the plan open at its table (benchScaleRenderer).
// Every step runs once on a small plan first, unrecorded (warm JIT for the smallest size).
//   pass      — the baseline (grunnlinje): one plain pass over the tiltak, the machine's own
//               growth with the working set; read each step's slope against its slope.
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { spawnSync } from 'node:child_process';
import { scaleDocument } from './scale-document.mjs';
import { gc, scavengeFixedMs, settledHeap } from './settled-heap.mjs';
import { median } from './stats.mjs';

const here = import.meta.url;

/** Each step's timed runs: at least `runs`, and more until this much CPU time in all (a short step), at most MAX_RUNS. */
const MIN_TIMED_MS = 200;
const MAX_RUNS = 25;

function cpuMs(fn) {
  const started = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(started);
  return { ms: (used.user + used.system) / 1000, value };
}

/** Log-log slope of `key` between consecutive rows (null where a figure is missing). */
export function slopes(rows, key) {
  const out = [];
  for (let i = 1; i < rows.length; i++) {
    const a = rows[i - 1];
    const b = rows[i];
    const ya = a[key];
    const yb = b[key];
    out.push({
      from: a.actions,
      to: b.actions,
      slope: typeof ya === 'number' && typeof yb === 'number' && ya > 0 && yb > 0 ? Number((Math.log(yb / ya) / Math.log(b.actions / a.actions)).toFixed(2)) : null,
    });
  }
  return out;
}

/** The figures that get a slope. */
export const SCALE_FIGURES = ['pass', 'open', 'kontroll', 'edit', 'table', 'tableEdit', 'scenarios', 'excelExport', 'excelImport', 'heapBytes', 'rendererHeap'];

/**
 * Excel export (the app's streaming writer) and import of one size in a child process
 * (scale-excel-child.mjs): the workbook's memory stays out of this process, and a size that
 * runs out of memory gives an `excelError`, not the end of the benchmark.
 */
function excelFigures(size, runs, seed) {
  const child = fileURLToPath(new URL('./scale-excel-child.mjs', here));
  const run = spawnSync(process.execPath, [child, '--actions', String(size), '--seed', String(seed), '--runs', String(runs)], { encoding: 'utf8', timeout: 3_600_000, maxBuffer: 16 * 1024 * 1024 });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  try {
    const { actions: _actions, ...figures } = JSON.parse(line);
    return figures;
  } catch {
    const why = run.error ? String(run.error.message) : `avslutningskode ${run.status}${run.signal ? `, signal ${run.signal}` : ''}`;
    const stderr = run.stderr.split('\n').filter((l) => l.includes('heap out of memory') || l.includes('Error')).slice(0, 2).join(' | ');
    return { excelExport: null, excelImport: null, excelError: `${why}${stderr ? `: ${stderr}` : ''}`.slice(0, 300) };
  }
}

/**
 * Runs the scaling measurements; returns { sizes: [...], slopes: { figure: [...] } }.
 * `warmup` first runs every step once on a small plan, unrecorded, so the smallest size is
 * not timed with cold (unoptimised) code — that would understate the first slope.
 * `repeat` measures every size that many times, interleaved, and keeps the median of the
 * rounds: on a loaded machine one round's slope is not to be trusted.
 * `renderer` adds the renderer's JS heap in Chromium (`benchScaleRenderer`) to each size.
 * An Excel import the limits refuse (excel.limits.*, e.g. the read cost above ~15 000
 * tiltak) is no figure of the import's cost: its `excelImport` is null, the refusal and its
 * time are kept beside it, and the import's slope covers the sizes the limits accept.
 */
export async function benchScale({ sizes, runs = 3, seed = 1, excel = true, renderer = false, warmup = true, repeat = 1, dist, log }) {
  const { generateLargeDocument } = await tsImport('../../shared/templates/index.ts', here);
  const { runKontroll, updateKontroll } = await tsImport('../../shared/rules/index.ts', here);
  const { updateAction } = await tsImport('../../shared/edits/index.ts', here);
  const { parsePlanFile, serializePlanFile } = await tsImport('../../shared/domain/plan-file.ts', here);
  const { MAX_PLAN_FILE_BYTES } = await tsImport('../../shared/domain/plan-file-limits.ts', here);
  const { planDocumentSchema } = await tsImport('../../shared/domain/document.ts', here);
  const { compareScenarios, frameCutScenario } = await tsImport('../../shared/scenarios/index.ts', here);
  // The renderer's module resolves @shared/… through the renderer's tsconfig.
  const tsconfig = fileURLToPath(new URL('../../tsconfig.renderer.json', here));
  const { buildRows, createRowsMemo, NO_FILTERS } = await tsImport('../../renderer/src/features/plan/table-model.ts', { parentURL: here, tsconfig });

  // Each timed run starts from a settled heap (gc() and the sweeping after it done, what a
  // user's machine has after an idle moment): else the garbage of the run before it — at
  // 200 000 tiltak over 100 MB of findings and rows — is collected inside the next timed
  // run, a cost of the earlier run charged to this one. The run's own allocation and its
  // collection stay in its time: the run ends with a scavenge of the young generation (its
  // result still alive, so that part is copied out, as the next scavenge would). Without
  // it, the kontroll at 10 000 tiltak (~10 MB) fitted in the young generation and no
  // collection fell inside the run — it went to the untimed gc() before the next run —
  // while at 50 000 the young generation overflowed twice inside the run and at 200 000
  // eleven times (a gc PerformanceObserver): the small size was timed without its GC and
  // the large with it. That scavenge's fixed part (0.2–0.5 ms of CPU with nothing to copy,
  // `scavengeMs`, measured the same way at each size) is taken off. At least `n` runs, more
  // where a run is short (until MIN_TIMED_MS in all): one run of 3 ms at 1 000 tiltak moves
  // with every scheduler tick.
  let scavengeMs = 0;
  const medianOf = async (n, fn) => {
    fn(); // warm-up
    const times = [];
    let total = 0;
    while (times.length < n || (total < MIN_TIMED_MS && times.length < MAX_RUNS)) {
      await settledHeap();
      const { ms } = cpuMs(() => {
        const value = fn();
        gc({ type: 'minor' });
        return value;
      });
      times.push(Math.max(0, ms - scavengeMs));
      total += ms;
    }
    return median(times);
  };

  // One size in its own function, so nothing of it outlives it (the next size's heap base).
  const measureSize = async (size, isWarmup, skipExcel) => {
    const heapBase = process.memoryUsage().heapUsed;
    const doc = scaleDocument(generateLargeDocument({ actions: size, years: 1, seed }));
    const plan = doc.plans[0];
    const input = { strategy: doc.strategy, plan, actions: doc.actions };
    const row = { actions: size };
    scavengeMs = await scavengeFixedMs();
    row.scavengeMs = scavengeMs;
    // One timed run of open and Excel beyond 50 000 tiltak (each takes seconds); the steps
    // in between take the median of `runs` at every size, so the slope compares like with like.
    const fewer = size > 50_000 ? 1 : runs;

    // Without indentation (the reader takes any JSON), as the edit bench writes it.
    let text = JSON.stringify(JSON.parse(serializePlanFile(doc, new Date().toISOString())));
    row.fileBytes = Buffer.byteLength(text);
    if (row.fileBytes <= MAX_PLAN_FILE_BYTES) {
      row.openWhat = 'parsePlanFile';
      row.open = await medianOf(fewer, () => {
        const r = parsePlanFile(text);
        if (!r.ok) throw new Error(`planfilen ble avvist: ${JSON.stringify(r.errors[0])}`);
      });
    } else {
      // Over the file limit: the schema validation of the same document alone.
      const json = JSON.parse(JSON.stringify(doc));
      row.openWhat = 'schema (fil over 50 MB)';
      row.open = await medianOf(fewer, () => {
        const r = planDocumentSchema.safeParse(json);
        if (!r.success) throw new Error('dokumentet ble avvist av skjemaet');
      });
    }

    text = null;
    // The machine's own growth (grunnlinje): one pass that reads every tiltak's number, cost
    // and funding lines and keeps one small object per tiltak — what each step below does at
    // least once. Its slope above 1 is the memory hierarchy (a working set that outgrows the
    // caches), not an algorithm; a step's slope is to be read against it.
    row.pass = await medianOf(runs, () => {
      const out = new Array(input.actions.length);
      for (let i = 0; i < input.actions.length; i++) {
        const a = input.actions[i];
        let own = 0;
        for (const line of a.funding) if (line.source === 'own') own += line.amount;
        out[i] = { id: a.id, own, weight: a.number.length + a.cost };
      }
      return out;
    });
    row.kontroll = await medianOf(runs, () => runKontroll(input));
    let state = updateKontroll(null, input);
    let current = doc;
    const editTimes = [];
    await settledHeap();
    for (let i = 0; i < Math.max(5, runs * 3); i++) {
      const target = current.actions[(i * 7919) % current.actions.length];
      const next = updateAction(current, target.id, { cost: target.cost + 1000 + i });
      const r = cpuMs(() => updateKontroll(state, { strategy: next.strategy, plan, actions: next.actions }));
      editTimes.push(r.ms);
      state = r.value;
      current = next;
    }
    row.edit = median(editTimes);

    // As the table holds them: the same filters and collapsed groups between edits.
    const collapsed = new Set();
    const options = () => ({ filters: NO_FILTERS, sort: null, collapsed, findingsByAction: state.findingCounts });
    row.table = await medianOf(runs, () => buildRows(current.strategy, current.actions, options()));
    const memo = createRowsMemo();
    let tableRows = buildRows(current.strategy, current.actions, options(), memo);
    const tableTimes = [];
    await settledHeap();
    for (let i = 0; i < Math.max(5, runs * 3); i++) {
      const target = current.actions[(i * 104_729) % current.actions.length];
      current = updateAction(current, target.id, { cost: target.cost + 500 });
      state = updateKontroll(state, { strategy: current.strategy, plan, actions: current.actions });
      const r = cpuMs(() => buildRows(current.strategy, current.actions, options(), memo));
      tableTimes.push(r.ms);
      tableRows = r.value;
    }
    row.tableEdit = median(tableTimes);

    let serial = 0;
    const newId = (prefix) => `${prefix}_bench_${++serial}`;
    let postponedCount = 0;
    row.scenarios = await medianOf(runs, () => {
      const scenario = frameCutScenario(input, 20, 'Kutt 20 %', '2026-01-01T00:00:00.000Z', newId, { fit: true });
      postponedCount = scenario.changes.length;
      return compareScenarios(input, [scenario]);
    });

    if (excel && !isWarmup && !skipExcel) Object.assign(row, excelFigures(size, fewer, seed));
    row.scenarioPostponed = postponedCount;

    // The model the renderer holds for the plan, alive here: the document (before and after
    // the edits, sharing most tiltak), the kontroll state, the table's rows and cache.
    gc();
    row.heapBytes = process.memoryUsage().heapUsed - heapBase;
    if (!current || !state || !tableRows || !memo) throw new Error('unreachable');
    return row;
  };

  // Every size `repeat` times, the sizes interleaved (1k, 10k, …, 1k, 10k, …), so a spell of
  // load on the machine falls on all sizes alike; each figure is the median of the rounds
  // (the Excel child too: one round's export time moved its slope by ±0.3 on a loaded
  // machine), and `rounds` keeps every round's value.
  const perSize = sizes.map(() => []);
  for (let round = 0; round < repeat; round++) {
    const measured = warmup && round === 0 ? [Math.min(1000, ...sizes), ...sizes] : sizes;
    for (const [index, size] of measured.entries()) {
      const isWarmup = warmup && round === 0 && index === 0;
      log?.(`  ${isWarmup ? `oppvarming, ${size}` : size} tiltak${repeat > 1 ? `, runde ${round + 1} av ${repeat}` : ''} … (${new Date().toISOString().slice(11, 19)})`);
      gc();
      const row = await measureSize(size, isWarmup, false);
      if (isWarmup) continue;
      perSize[sizes.indexOf(size)].push(row);
      log?.(`    ${JSON.stringify(row)}`);
    }
  }
  const rows = perSize.map((rounds) => {
    const row = { ...rounds[0] };
    if (rounds.length > 1) {
      row.rounds = {};
      for (const key of SCALE_FIGURES) {
        const values = rounds.map((r) => r[key]).filter((v) => typeof v === 'number');
        if (values.length === 0) continue;
        row[key] = median(values);
        row.rounds[key] = values;
      }
    }
    return row;
  });
  if (renderer) {
    const heaps = await benchScaleRenderer({ sizes, seed, dist, log: (s) => log?.(s) });
    for (const [i, h] of heaps.entries()) {
      const { actions: _actions, fileBytes: _fileBytes, ...figures } = h;
      Object.assign(rows[i], figures);
    }
  }
  const slopeTable = {};
  for (const key of SCALE_FIGURES) slopeTable[key] = slopes(rows, key);
  return { sizes: rows, slopes: slopeTable };
}

/**
 * The renderer's JS heap (Chromium, the built renderer, after GC) with each size's plan
 * open at its tiltak table: the same generated plan as `benchScale`, written as a plan
 * file and opened through «Åpne fil …». A plan whose file is over the 50 MB plan-file
 * limit cannot be opened in the app at all, so that size has no renderer figure (its
 * `rendererSkipped` says why). Returns [{ actions, fileBytes, rendererHeap, domNodes,
 * openToTableMs }] (openToTableMs is wall-clock from the file chosen to the first tiltak
 * row, for orientation only).
 */
export async function benchScaleRenderer({ sizes, seed = 1, dist, log }) {
  const { existsSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
  const os = await import('node:os');
  const path = await import('node:path');
  const { spawnSync } = await import('node:child_process');
  const { chromium } = await import('@playwright/test');
  const { serveStatic } = await import('./serve-static.mjs');
  const root = fileURLToPath(new URL('../../', here));
  const distDir = dist ?? path.join(root, 'dist', 'renderer');
  if (!existsSync(path.join(distDir, 'index.html'))) {
    log?.('  bygger rendereren (vite build) …');
    const r = spawnSync('npx', ['vite', 'build'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('vite build feilet');
  }
  const { generateLargeDocument } = await tsImport('../../shared/templates/index.ts', here);
  const { serializePlanFile } = await tsImport('../../shared/domain/plan-file.ts', here);
  const { MAX_PLAN_FILE_BYTES } = await tsImport('../../shared/domain/plan-file-limits.ts', here);
  const server = await serveStatic(distDir);
  const tmpDir = mkdtempSync(path.join(os.tmpdir(), 'handlingsrom-scalebench-'));
  const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--enable-precise-memory-info'] });
  const out = [];
  try {
    for (const size of sizes) {
      const doc = scaleDocument(generateLargeDocument({ actions: size, years: 1, seed }));
      const fileText = JSON.stringify(JSON.parse(serializePlanFile(doc, new Date().toISOString())));
      const fileBytes = Buffer.byteLength(fileText);
      if (fileBytes > MAX_PLAN_FILE_BYTES) {
        out.push({ actions: size, fileBytes, rendererHeap: null, rendererSkipped: 'planfilen er over grensen på 50 MB og kan ikke åpnes i appen' });
        continue;
      }
      const planFile = path.join(tmpDir, `plan-${size}.handlingsrom`);
      writeFileSync(planFile, fileText, 'utf8');
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'nb-NO' });
      const page = await context.newPage();
      try {
        await page.goto(server.url);
        const chooser = page.waitForEvent('filechooser');
        await page.getByRole('button', { name: 'Åpne fil …' }).first().click();
        const started = Date.now();
        await (await chooser).setFiles(planFile);
        await page.waitForURL(/#\/strategy\//, { timeout: 900_000 });
        await page.goto(`${server.url}#/strategy/${encodeURIComponent(doc.strategy.id)}/handlingsplan/${doc.plans[0].year}`);
        await page.waitForFunction(() => document.querySelector('[role="treegrid"] [aria-level="3"]') !== null, undefined, { timeout: 600_000, polling: 100 });
        const openToTableMs = Date.now() - started;
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('Performance.enable');
        const { metrics } = await cdp.send('Performance.getMetrics');
        const metric = (name) => metrics.find((m) => m.name === name)?.value ?? null;
        out.push({ actions: size, fileBytes, rendererHeap: metric('JSHeapUsedSize'), domNodes: metric('Nodes'), openToTableMs });
      } catch (e) {
        out.push({ actions: size, fileBytes, rendererHeap: null, rendererError: String(e?.message ?? e).split('\n')[0].slice(0, 200) });
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
    rmSync(tmpDir, { recursive: true, force: true });
  }
  return out;
}
