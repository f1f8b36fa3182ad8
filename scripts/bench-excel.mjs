// Benchmark of the Excel budget workbook, in three parts (--parts, default all):
//
// roundtrip   export and import of a generated plan (10 000 tiltak by default) beside a bare
//             exceljs write and read of the same cells — the library's floor — with medians
//             and the ratio app / floor.
// libreoffice LibreOffice opens the exported workbook and recalculates every formula
//             (forced, as ../shared/tools/xlsx-recalc does) at 1 000, 10 000 and 20 000
//             tiltak: median wall and CPU seconds, the log-log slope between the last two
//             sizes (1 = linear, 2 = quadratic), and a check that the recalculated Sum row
//             equals computeTotals to the krone.
// memory      export to a file the way the CLI does (streaming writer) at 10 000, 50 000 and
//             100 000 tiltak, each in a child process: time and peak RSS (document + export);
//             and import of the largest workbooks the limits accept (see IMPORT_MEMORY_SHAPES:
//             the app's own export, wide sheets, the worst cases of text) and of two refused
//             ones, each in a child process.
//
//   node scripts/bench-excel.mjs [--parts roundtrip,libreoffice,memory] [--actions 10000] [--runs 5]
//        [--lo-sizes 1000,10000,20000] [--lo-runs 3] [--memory-sizes 10000,50000,100000]
//        [--writer stream|worker|buffer] [--export-module PATH/TO/export.ts]
//
// --export-module measures another checkout's shared/excel/export.ts (e.g. the one before a
// change) in the libreoffice and memory parts (memory then with --writer buffer).
// The main bench can `import { benchExcel, benchLibreOffice, benchExportMemory, benchImportMemory } from './bench-excel.mjs'`.
import { tsImport } from 'tsx/esm/api';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import ExcelJS from 'exceljs';

const here = import.meta.url;

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

async function time(fn) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const value = await fn();
  const c = process.cpuUsage(c0);
  // CPU time of this process (main thread and V8's helpers): far less disturbed than wall time by other work on the machine.
  return { ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000, value };
}

/** Every sheet's cell values (formulas with their cached results) of a workbook. */
async function cellsOf(bytes) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb.worksheets.map((ws) => {
    const rows = [];
    ws.eachRow({ includeEmpty: false }, (row) => {
      const values = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        values[col - 1] = cell.value;
      });
      rows.push(values);
    });
    return { name: ws.name, rows };
  });
}

async function bareWrite(sheets) {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const r of s.rows) ws.addRow(r);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/**
 * The floor of the import: exceljs loads the workbook and touches every cell's value — a
 * superset of the cells the import reads (it skips the derived columns). The import is timed
 * on the same bytes (the app's own file, and the bench's plain copy of its cells).
 */
async function bareRead(bytes) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  let cells = 0;
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value !== undefined) cells++;
      });
    });
  }
  return cells;
}

/** Runs the Excel benchmark; returns medians in milliseconds and the ratios app / exceljs floor. */
export async function benchExcel({ actions = 10_000, runs = 5, seed = 1, log = () => {} } = {}) {
  const { generateLargeDocument } = await tsImport('../shared/templates/index.ts', here);
  const { exportWorkbook } = await tsImport('../shared/excel/export.ts', here);
  const { readWorkbook, hasChanges } = await tsImport('../shared/excel/import/index.ts', here);
  const doc = generateLargeDocument({ actions, years: 1, seed });
  const year = doc.plans[0].year;
  const inPlan = doc.actions.filter((a) => a.planId === doc.plans[0].id).length;

  // Warm-up (JIT, module loading) and the inputs of the floor.
  const appBytes = await exportWorkbook(doc, year);
  const sheets = await cellsOf(appBytes);
  const bareBytes = await bareWrite(sheets);
  for (const bytes of [appBytes, bareBytes]) {
    const check = await readWorkbook(bytes, doc, year);
    if (!check.ok || hasChanges(check.preview)) throw new Error('Rundturen ga endringer eller feil – benchmarken måler ikke det den skal.');
  }

  const r = { appExport: [], appImport: [], appImportBenchFile: [], bareWrite: [], bareRead: [], bareReadAppFile: [] };
  const cpu = Object.fromEntries(Object.keys(r).map((k) => [k, []]));
  const add = (key, t) => {
    r[key].push(t.ms);
    cpu[key].push(t.cpuMs);
  };
  for (let i = 0; i < runs; i++) {
    add('appExport', await time(() => exportWorkbook(doc, year)));
    add('bareWrite', await time(() => bareWrite(sheets)));
    add('appImport', await time(() => readWorkbook(appBytes, doc, year)));
    // exceljs alone on the app's own file (styles, formulas): what the import cannot go below.
    add('bareReadAppFile', await time(() => bareRead(appBytes)));
    // The bench's file (the same cells written by bare exceljs, no styles): the import and the floor on the same bytes.
    add('appImportBenchFile', await time(() => readWorkbook(bareBytes, doc, year)));
    add('bareRead', await time(() => bareRead(bareBytes)));
    log(`  runde ${i + 1}/${runs}`);
  }
  const m = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(median(v))]));
  const mc = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, Math.round(median(v))]));
  const ratios = (x) => ({
    export: Number((x.appExport / x.bareWrite).toFixed(2)),
    // Import and floor on the same file: the bench's plain file, and the app's own export.
    import: Number((x.appImportBenchFile / x.bareRead).toFixed(2)),
    importVsSameFile: Number((x.appImport / x.bareReadAppFile).toFixed(2)),
    // The earlier definition, kept for comparison: the app's file imported against the plain file read (different bytes).
    importAppFileVsBenchFile: Number((x.appImport / x.bareRead).toFixed(2)),
  });
  return {
    actions: inPlan,
    fundingLines: doc.actions.reduce((n, a) => n + a.funding.length, 0),
    runs,
    workbookBytes: appBytes.length,
    cells: sheets.reduce((n, s) => n + s.rows.reduce((k, row) => k + row.filter((v) => v !== undefined && v !== null).length, 0), 0),
    medianMs: m,
    medianCpuMs: mc,
    ratio: ratios(m),
    cpuRatio: ratios(mc),
  };
}

/** The forced-recalculation tool beside the repository. */
export const XLSX_RECALC = fileURLToPath(new URL('../../shared/tools/xlsx-recalc', import.meta.url));

/** Parses CSV (comma, double quotes) into rows of strings. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Runs xlsx-recalc on `file` under /usr/bin/time: wall and CPU seconds, peak RSS, and the CSV of each sheet. */
function recalcTimed(file, outDir) {
  const run = spawnSync('/usr/bin/time', ['-f', 'TIME %e %U %S %M', XLSX_RECALC, file, outDir], { encoding: 'utf8', timeout: 1_800_000 });
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(run.stderr ?? '');
  if (run.status !== 0 || !m) throw new Error(`xlsx-recalc feilet (${run.status}): ${run.stderr}`);
  return { wallS: Number(m[1]), cpuS: Number(m[2]) + Number(m[3]), peakRssBytes: Number(m[4]) * 1024 };
}

/** Log-log slope between two (size, time) points: 1 = linear, 2 = quadratic. */
export function slope(n1, t1, n2, t2) {
  return Number((Math.log(t2 / t1) / Math.log(n2 / n1)).toFixed(2));
}

function exportModuleUrl(exportModule) {
  return exportModule ? pathToFileURL(path.resolve(exportModule)).href : new URL('../shared/excel/export.ts', here).href;
}

/**
 * LibreOffice opens and recalculates the workbook (forced, every formula) at each size:
 * medians of `runs`, the slope between the last two sizes, and whether the recalculated
 * Sum row of Sammendrag equals computeTotals.
 */
export async function benchLibreOffice({ sizes = [1000, 10_000, 20_000], runs = 3, seed = 1, exportModule, log = () => {} } = {}) {
  if (!existsSync(XLSX_RECALC)) throw new Error(`fant ikke ${XLSX_RECALC}`);
  if (spawnSync('sh', ['-c', 'command -v soffice']).status !== 0) throw new Error('soffice (LibreOffice) er ikke installert');
  const url = exportModuleUrl(exportModule);
  const { exportWorkbook, summaryRows } = await tsImport(url, here);
  const { planContext } = await tsImport(new URL('./plan-context.ts', url).href, here);
  const { computeTotals } = await tsImport(new URL('../rules/index.ts', url).href, here);
  const { generateLargeDocument } = await tsImport('../shared/templates/index.ts', here);
  const { parsePlanFile, serializePlanFile } = await tsImport('../shared/domain/plan-file.ts', here);
  const { runKontroll } = await tsImport('../shared/rules/index.ts', here);
  const results = [];
  for (const actions of sizes) {
    const doc = generateLargeDocument({ actions, years: 1, seed });
    // The app's own work on the same plan: open the plan file (read JSON + validate) and run the kontroll.
    const planFileText = serializePlanFile(doc, new Date().toISOString());
    const appMs = [];
    for (let i = 0; i < Math.max(3, runs); i++) {
      const t0 = performance.now();
      const parsed = parsePlanFile(planFileText);
      if (!parsed.ok) throw new Error('planfilen kunne ikke leses');
      const plan = parsed.doc.plans[0];
      runKontroll({ strategy: parsed.doc.strategy, plan, actions: parsed.doc.actions.filter((a) => a.planId === plan.id) });
      appMs.push(performance.now() - t0);
    }
    const year = doc.plans[0].year;
    const found = planContext(doc, year);
    const ctx = found.context;
    const totals = computeTotals({ strategy: ctx.strategy, plan: ctx.plan, actions: ctx.actions });
    const dir = mkdtempSync(path.join(tmpdir(), 'hr-lobench-'));
    try {
      const file = path.join(dir, 'budsjett.xlsx');
      writeFileSync(file, await exportWorkbook(doc, year));
      const r = { wallS: [], cpuS: [], peakRssBytes: [] };
      let equal = null;
      for (let i = 0; i < runs; i++) {
        const out = path.join(dir, `out${i}`);
        const t = recalcTimed(file, out);
        r.wallS.push(t.wallS);
        r.cpuS.push(t.cpuS);
        r.peakRssBytes.push(t.peakRssBytes);
        if (i === 0) {
          const csvName = readdirSync(out).find((f) => f.endsWith('-Sammendrag.csv'));
          const summary = parseCsv(readFileSync(path.join(out, csvName), 'utf8'));
          const sum = summary[summaryRows(ctx).sumRow - 1] ?? [];
          const got = { cost: Number(sum[1]), ownFunds: Number(sum[2]), partnerFunds: Number(sum[3]), externalFunds: Number(sum[4]), uncovered: Number(sum[5]), hours: Number(sum[6]) };
          equal = Object.entries(got).every(([k, v]) => v === totals[k]);
          if (!equal) log(`  AVVIK ved ${actions} tiltak: LibreOffice ${JSON.stringify(got)}`);
        }
        log(`  LibreOffice ${actions} tiltak, runde ${i + 1}/${runs}: ${t.wallS} s (CPU ${t.cpuS.toFixed(2)} s)`);
      }
      const appOpenKontrollMs = Number(median(appMs).toFixed(1));
      const wallS = median(r.wallS);
      results.push({
        actions,
        fundingLines: ctx.actions.reduce((n, a) => n + a.funding.length, 0),
        wallS,
        cpuS: Number(median(r.cpuS).toFixed(2)),
        peakRssBytes: median(r.peakRssBytes),
        totalsEqual: equal,
        appOpenKontrollMs,
        ratioLibreOfficeToApp: Number(((wallS * 1000) / appOpenKontrollMs).toFixed(1)),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const [a, b] = results.slice(-2);
  return {
    runs,
    results,
    slope: a && b ? { from: a.actions, to: b.actions, wall: slope(a.actions, a.wallS, b.actions, b.wallS), cpu: slope(a.actions, a.cpuS, b.actions, b.cpuS) } : null,
  };
}

/**
 * Workbooks for the import's memory: each shape is sized to the largest the limits accept
 * (shared/excel/limit-values.ts: the read cost, cells × READ_BYTES_PER_CELL + unpacked bytes
 * × READ_BYTES_PER_UNPACKED_BYTE, at most maxReadBytes, besides the cell and size limits) by a
 * probe: a small one is written, its read cost measured with checkWorkbookZip, and the shape is
 * scaled to 97 % of the limit. `refused` shapes are over the limits on purpose.
 *   app     the app's own export of a one-year plan (styles, formulas), read back into the same plan
 *   wide    excel-widest-workbook.mjs: 50 and 15 columns of short values
 *   text    excel-text-workbook.mjs: long unique shared / inline strings, millions of tiny shared
 *           strings, shared strings of tiny rich-text runs (the worst cases for text)
 */
export const IMPORT_MEMORY_SHAPES = [
  { kind: 'app' },
  { kind: 'wide', columns: 50 },
  { kind: 'wide', columns: 15 },
  { kind: 'text', text: 'shared' },
  { kind: 'text', text: 'inline' },
  { kind: 'text', text: 'tiny' },
  { kind: 'text', text: 'rich' },
  { kind: 'wide', columns: 50, rows: 99_999, refused: true },
  { kind: 'text', text: 'shared', unpackedMb: 190, refused: true },
];

/** Runs a bench child with node's default heap settings (as the CLI runs); the last stdout line is its JSON. */
function runChild(script, args, what) {
  const run = spawnSync(process.execPath, [fileURLToPath(new URL(script, here)), ...args], { encoding: 'utf8', timeout: 1_800_000 });
  const line = (run.stdout ?? '').trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !line.startsWith('{')) throw new Error(`${what} feilet (${run.status}): ${run.stderr}`);
  return JSON.parse(line);
}

/** Writes the workbook of `shape` at `size` (rows, unpacked MB or tiltak) to `file`. */
function writeShape(shape, size, file, seed) {
  if (shape.kind === 'app') return runChild('./bench/excel-export-child.mjs', ['--actions', String(size), '--seed', String(seed), '--out', file], `eksport av ${size} tiltak`);
  if (shape.kind === 'wide') return runChild('./bench/excel-widest-workbook.mjs', ['--out', file, '--rows', String(size), '--columns', String(shape.columns)], `arbeidsbok ${size} × ${shape.columns}`);
  return runChild('./bench/excel-text-workbook.mjs', ['--out', file, '--kind', shape.text, '--unpacked-mb', String(size)], `tekstarbeidsbok ${shape.text}`);
}

/** Cells and read cost of a workbook, with every limit but the zip's own structure lifted. */
async function readCostOf(file) {
  const { checkWorkbookZip, readCost, DEFAULT_LIMITS } = await tsImport('../shared/excel/limits.ts', here);
  const open = { ...DEFAULT_LIMITS, maxFileBytes: 2 ** 31, maxUnpackedBytes: 2 ** 32, maxRatio: 1e9, maxRows: 1e7, maxCells: 1e9, maxTotalCells: 1e9, maxReadBytes: 2 ** 40 };
  const check = checkWorkbookZip(new Uint8Array(readFileSync(file)), open);
  if (!check.ok) throw new Error(`prøvefilen kunne ikke leses: ${check.error.code}`);
  const cells = check.report.sheets.reduce((n, x) => n + x.cells, 0);
  return { cells, unpackedBytes: check.report.unpackedBytes, cost: readCost(cells, check.report.unpackedBytes), maxReadBytes: DEFAULT_LIMITS.maxReadBytes };
}

const PROBE = { app: 2000, wide: 5000, text: 10 };

/**
 * Import of the largest accepted workbooks, each read in its own child process
 * (scripts/bench/excel-import-child.mjs, the app's readWorkbook): time, peak RSS and the outcome.
 * With `keep` the files are left in `keep` (a folder) for the Chromium part.
 */
export async function benchImportMemory({ shapes = IMPORT_MEMORY_SHAPES, seed = 1, keep = null, log = () => {} } = {}) {
  const dir = keep ?? mkdtempSync(path.join(tmpdir(), 'hr-xlimport-'));
  const results = [];
  try {
    for (const shape of shapes) {
      const label = shape.kind === 'app' ? 'appens egen eksport' : shape.kind === 'wide' ? `${shape.columns} kolonner` : `tekst: ${shape.text}`;
      let size = shape.rows ?? shape.unpackedMb;
      if (size === undefined) {
        const probe = path.join(dir, `probe-${shape.kind}.xlsx`);
        writeShape(shape, PROBE[shape.kind], probe, seed);
        const c = await readCostOf(probe);
        rmSync(probe, { force: true });
        size = Math.floor((PROBE[shape.kind] * 0.97 * c.maxReadBytes) / c.cost);
        if (shape.kind === 'wide') size = Math.min(size, 99_999);
      }
      const file = path.join(dir, `${shape.kind}-${shape.columns ?? shape.text ?? ''}-${size}.xlsx`);
      writeShape(shape, size, file, seed);
      const cost = await readCostOf(file);
      const actions = shape.kind === 'app' ? size : 10;
      const r = {
        label,
        ...shape,
        size,
        file: keep ? file : undefined,
        cells: cost.cells,
        unpackedBytes: cost.unpackedBytes,
        readCostBytes: cost.cost,
        ...runChild('./bench/excel-import-child.mjs', ['--file', file, '--actions', String(actions), '--seed', String(seed)], `import av ${label}`),
      };
      log(`  import ${label}: ${(r.ms / 1000).toFixed(1)} s, topp ${(r.peakRssBytes / 1024 / 1024).toFixed(0)} MB, ${r.ok ? 'lest' : r.firstError}`);
      results.push(r);
      if (!keep) rmSync(file, { force: true });
    }
  } finally {
    if (!keep) rmSync(dir, { recursive: true, force: true });
  }
  return { results };
}

/** Prints the import memory figures. */
export function printImportMemory(mem, log) {
  for (const r of mem.results) {
    // A refusal by the limits comes before exceljs; cell errors only after the whole workbook was read.
    const outcome = r.ok
      ? `lest: ${r.added} nye, ${r.changed} endrede tiltak`
      : String(r.firstError).startsWith('excel.limits.')
        ? `avvist før innlesing: ${r.firstError}`
        : `lest til endes, med feil i cellene (${r.firstError})`;
    const size = r.kind === 'app' ? `${r.size} tiltak` : r.kind === 'wide' ? `${r.size} rader` : `${r.size} MB`;
    log(
      `  ${r.label.padEnd(20)} ${size.padStart(12)} (${(r.cells / 1e6).toFixed(2)} mill. celler, ${(r.unpackedBytes / 1024 / 1024).toFixed(0)} MB utpakket, lesekostnad ${(r.readCostBytes / 1024 / 1024).toFixed(0)} MB, fil ${(r.workbookBytes / 1024 / 1024).toFixed(1)} MB): topp-RSS ${(r.peakRssBytes / 1024 / 1024).toFixed(0)} MB${r.peakRssBytes >= 1e9 ? ' – OVER 1 GB' : ''}, ${(r.ms / 1000).toFixed(1)} s (CPU ${(r.cpuMs / 1000).toFixed(1)} s); ${outcome}`,
    );
  }
}

/** Export to a file in a child process per size (scripts/bench/excel-export-child.mjs): time and peak RSS. */
export function benchExportMemory({ sizes = [10_000, 50_000, 100_000], seed = 1, writer = 'stream', exportModule, log = () => {} } = {}) {
  const child = fileURLToPath(new URL('./bench/excel-export-child.mjs', here));
  const results = [];
  for (const actions of sizes) {
    const args = [child, '--actions', String(actions), '--seed', String(seed), '--writer', writer];
    if (exportModule) args.push('--export-module', exportModule);
    // Node's default heap settings, as the CLI runs (a raised heap limit only lets the
    // garbage collector wait longer and inflates the peak).
    const run = spawnSync(process.execPath, args, { encoding: 'utf8', timeout: 1_800_000 });
    const line = (run.stdout ?? '').trim().split('\n').pop() ?? '';
    if (run.status !== 0 || !line.startsWith('{')) throw new Error(`eksport av ${actions} tiltak feilet (${run.status}): ${run.stderr}`);
    const r = JSON.parse(line);
    log(`  eksport ${actions} tiltak (${writer}): ${(r.ms / 1000).toFixed(1)} s (CPU ${(r.cpuMs / 1000).toFixed(1)} s), topp ${(r.peakRssBytes / 1024 / 1024).toFixed(0)} MB`);
    results.push(r);
  }
  return { writer, results };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      parts: { type: 'string' },
      actions: { type: 'string' },
      runs: { type: 'string' },
      'lo-sizes': { type: 'string' },
      'lo-runs': { type: 'string' },
      'memory-sizes': { type: 'string' },
      writer: { type: 'string' },
      'export-module': { type: 'string' },
    },
  });
  const parts = new Set((values.parts ?? 'roundtrip,libreoffice,memory').split(','));
  const sizes = (s) => s.split(',').map(Number);
  const log = (s) => console.log(s);
  const out = {};
  if (parts.has('roundtrip')) {
    const actions = Number(values.actions ?? 10_000);
    const runs = Number(values.runs ?? 5);
    console.log(`Excel-benchmark: ${actions} tiltak, ${runs} runder`);
    const res = await benchExcel({ actions, runs, log });
    out.roundtrip = res;
    console.log(`Arbeidsbok: ${(res.workbookBytes / 1024 / 1024).toFixed(1)} MB, ${res.cells} celler, ${res.fundingLines} finansieringslinjer`);
    console.log(`Eksport (app):          median ${res.medianMs.appExport} ms`);
    console.log(`Skriving (bare exceljs): median ${res.medianMs.bareWrite} ms   → forhold ${res.ratio.export}`);
    const m = res.medianMs;
    const c = res.medianCpuMs;
    console.log(`Import (app), benkens fil:       median ${m.appImportBenchFile} ms (CPU ${c.appImportBenchFile} ms)`);
    console.log(`Lesing (bare exceljs), samme fil: median ${m.bareRead} ms (CPU ${c.bareRead} ms)   → forhold ${res.ratio.import} (CPU ${res.cpuRatio.import})`);
    console.log(`Import (app), appens egen fil:   median ${m.appImport} ms (CPU ${c.appImport} ms)`);
    console.log(`Lesing (bare exceljs), samme fil: median ${m.bareReadAppFile} ms (CPU ${c.bareReadAppFile} ms)   → forhold ${res.ratio.importVsSameFile} (CPU ${res.cpuRatio.importVsSameFile})`);
    console.log(`(Tidligere mål: appens fil importert mot benkens fil lest: ${res.ratio.importAppFileVsBenchFile}, CPU ${res.cpuRatio.importAppFileVsBenchFile})`);
    console.log(`Eksport, CPU: app ${c.appExport} ms, bare exceljs ${c.bareWrite} ms → forhold ${res.cpuRatio.export}`);
  }
  if (parts.has('libreoffice')) {
    console.log('\nLibreOffice åpner og regner om hele arbeidsboken (xlsx-recalc)');
    const lo = await benchLibreOffice({ sizes: sizes(values['lo-sizes'] ?? '1000,10000,20000'), runs: Number(values['lo-runs'] ?? 3), exportModule: values['export-module'], log });
    out.libreoffice = lo;
    printLibreOffice(lo, log);
  }
  if (parts.has('memory')) {
    console.log('\nImport av de største arbeidsbøkene grensene godtar (barneprosess per arbeidsbok)');
    const imp = await benchImportMemory({ log });
    out.importMemory = imp;
    printImportMemory(imp, log);
    console.log('\nEksport til fil (barneprosess per størrelse)');
    const mem = benchExportMemory({ sizes: sizes(values['memory-sizes'] ?? '10000,50000,100000'), writer: values.writer ?? 'stream', exportModule: values['export-module'], log });
    out.memory = mem;
    printExportMemory(mem, log);
  }
  console.log(JSON.stringify(out));
}

/** Prints the LibreOffice figures. */
export function printLibreOffice(lo, log) {
  for (const r of lo.results) {
    log(`  ${String(r.actions).padStart(6)} tiltak: ${r.wallS.toFixed(2)} s (CPU ${r.cpuS.toFixed(2)} s, topp ${(r.peakRssBytes / 1024 / 1024).toFixed(0)} MB)  totaler = appens: ${r.totalsEqual ? 'ja' : 'NEI'}`);
    if (r.appOpenKontrollMs !== undefined) log(`  ${''.padStart(6)}        appen åpner planfilen (lese + validere) og kjører kontrollen: ${r.appOpenKontrollMs} ms → LibreOffice bruker ${r.ratioLibreOfficeToApp}× så lang tid`);
  }
  if (lo.slope) log(`  stigning ${lo.slope.from}→${lo.slope.to} (log-log, 1 = lineær): ${lo.slope.wall} (CPU ${lo.slope.cpu})`);
}

/** Prints the export time and memory figures. */
export function printExportMemory(mem, log) {
  for (const r of mem.results) {
    log(`  ${String(r.actions).padStart(6)} tiltak (${mem.writer}): ${(r.ms / 1000).toFixed(1)} s (CPU ${(r.cpuMs / 1000).toFixed(1)} s), topp-RSS ${(r.peakRssBytes / 1024 / 1024).toFixed(0)} MB (dokumentet alene ${(r.rssBeforeExportBytes / 1024 / 1024).toFixed(0)} MB), fil ${(r.workbookBytes / 1024 / 1024).toFixed(1)} MB`);
  }
}
