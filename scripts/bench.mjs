// Benchmark of Handlingsrom with a generated plan (10 000 tiltak over 4 years by default):
// figures, not assertions. Prints medians of several runs. First the time budgets that
// used to be assertions in unit tests (scripts/bench-budgets.mjs).
//
//   npm run bench [-- --actions 10000 --years 4 --runs 5 --no-browser --no-excel --json FILE]
//                 [--edit-sizes 2500,10000,50000 --edits 30 --no-edit] [--dist DIR]
//                 [--scale-sizes 1000,10000,50000,200000 --no-scale --no-scale-excel --no-scale-renderer --scale-only
//                  --scale-repeat 3]
//                 [--remote-clients 5 --remote-edits 10 --no-remote-edit]
//   npm run bench -- --reload-only [--runs 5 --dist DIR --http2 --baseline-dist DIR]  (the reload onto the plan alone, with the app's boot marks;
//                    --baseline-dist: that build and this one alternated run by run, with main-thread CPU time;
//                    --http2 serves over HTTP/2 (TLS, throwaway certificate): every file on one connection, as app:// has no
//                    six-connections-per-host queue — default HTTP/1.1 as before;
//                    BENCH_RELOAD_RESOURCES=1 lists the files the last reload fetched, BENCH_RELOAD_PROFILE=FILE writes its CPU profile,
//                    BENCH_RELOAD_TRACE=FILE a Chromium trace of it: main-thread tasks, when each file arrived)
//   npm run bench -- --open-only [--open-runs 5] [--dist DIR] [--baseline-dist DIR]
//   npm run bench -- --excel-only [--no-libreoffice] [--no-export-memory] [--no-import-memory] [--no-excel-browser] [--lo-sizes 1000,10000,20000]
//                    [--lo-runs 3] [--memory-sizes 10000,50000,100000]
//
// Node: generating, storing and loading through the app's Dexie repositories on
// fake-indexeddb (indicative), kontroll before and after one edit.
// Chromium (Playwright, built renderer): open the plan file, reload onto the plan (boot +
// IndexedDB + kontroll + table), the table's first render, scrolling, one edit, JS heap.
// Edit → paint (scripts/bench/edit-bench.mjs): one plan of 2 500, 10 000 and 50 000 tiltak in
// Chromium, a cost edited through the table, from the key press to the next paint with the
// row, its findings and its group's sum updated: median and p95 (goal ≤ 16 / ≤ 33 ms at
// 10 000, ≤ 50 ms at 50 000), and the renderer's JS heap.
// Scaling (scripts/bench/scale-bench.mjs): open, kontroll, edit, table, scenarios and Excel
// at 1 000, 10 000, 50 000 and 200 000 tiltak (the schema's limit), with the log-log slope, and
// the renderer's JS heap in Chromium with each plan open at its table (not with --no-browser or
// --no-scale-renderer; a plan over the 50 MB file limit cannot be opened, so it has none).
// --scale-only runs this part alone.
// --json FILE writes every figure, so a run can be compared with the last.
// First load (scripts/bench/start-bench.mjs): the first-load JavaScript (gzip, goal ≤ 250 KB) and
// the start screen interactive after the window shows (Chromium, navigation start → first
// heading visible and a button focusable; goal ≤ 500 ms).
// LibreOffice: the same plan's workbook opened and recalculated (forced) against the app's own
// open (read + validate) + kontroll of the plan file, as a ratio.
// Team server: memory per open document with the same number of tiltak (child process), and
// the time for a remote edit to appear in the other clients (scripts/bench/server-remote-edit.mjs:
// the real `handlingsrom serve`, 5 clients in worker threads on one strategy of the same size,
// median and p95 from one client's edit to the others' Y.Doc and new PlanDocument).
// Excel: scripts/bench-excel.mjs when it exists — export/import beside bare exceljs, LibreOffice
// opening and recalculating the workbook at 1k/10k/20k tiltak (slope), export time and
// peak memory at 10k/50k/100k tiltak (the CLI's streaming writer; the app's Excel-worker
// writer, streaming too, at the largest size), and import peak memory of the largest workbooks the limits accept
// (the app's own export, wide sheets, and the worst cases of text: long unique strings, tiny
// shared strings, rich-text runs). In Chromium (scripts/bench/excel-browser-bench.mjs): the
// app's Excel worker exporting the largest size and importing those workbooks, with the peak
// resident memory of the renderer process.
// Each memory figure comes from its own child process. --excel-only runs that part alone.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { tsImport } from 'tsx/esm/api';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { benchBudgets, printBudgets } from './bench-budgets.mjs';
import { benchBrowser } from './bench/browser-bench.mjs';
import { benchCliCheck } from './bench/cli-bench.mjs';
import { benchEditToPaint } from './bench/edit-bench.mjs';
import { SCALE_FIGURES, benchScale } from './bench/scale-bench.mjs';
import { benchNode } from './bench/node-bench.mjs';
import { benchOpen } from './bench/open-bench.mjs';
import { benchServerMemory } from './bench/server-bench.mjs';
import { benchRemoteEdit, printRemoteEdit } from './bench/server-remote-edit.mjs';
import { benchStartScreen } from './bench/start-bench.mjs';
import { mb, median, ms } from './bench/stats.mjs';

const { values } = parseArgs({
  options: {
    actions: { type: 'string' },
    years: { type: 'string' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    'no-browser': { type: 'boolean' },
    'no-excel': { type: 'boolean' },
    'excel-only': { type: 'boolean' },
    'no-libreoffice': { type: 'boolean' },
    'no-export-memory': { type: 'boolean' },
    'no-import-memory': { type: 'boolean' },
    'no-excel-browser': { type: 'boolean' },
    'lo-sizes': { type: 'string' },
    'lo-runs': { type: 'string' },
    'memory-sizes': { type: 'string' },
    json: { type: 'string' },
    'edit-sizes': { type: 'string' },
    edits: { type: 'string' },
    'no-edit': { type: 'boolean' },
    dist: { type: 'string' },
    'scale-sizes': { type: 'string' },
    'no-scale': { type: 'boolean' },
    'no-scale-excel': { type: 'boolean' },
    'scale-only': { type: 'boolean' },
    'no-scale-renderer': { type: 'boolean' },
    'scale-repeat': { type: 'string' },
    'remote-clients': { type: 'string' },
    'remote-edits': { type: 'string' },
    'no-remote-edit': { type: 'boolean' },
    'reload-only': { type: 'boolean' },
    http2: { type: 'boolean' },
    'open-only': { type: 'boolean' },
    'open-runs': { type: 'string' },
    'baseline-dist': { type: 'string' },
  },
});
// --scale-only runs the scaling part alone (as --excel-only runs the Excel part alone).
const scaleOnly = values['scale-only'] === true;
const excelOnly = values['excel-only'] === true || scaleOnly;
const sizeList = (s) => s.split(',').map(Number);
const actions = Number(values.actions ?? 10_000);
const years = Number(values.years ?? 4);
const runs = Number(values.runs ?? 5);
const seed = Number(values.seed ?? 1);
const log = (s) => console.log(s);
/** The machine's load average (1, 5, 15 min), printed beside figures taken on a shared machine. */
const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' / ');
const result = { actions, years, runs, seed };

console.log(`Handlingsrom-benchmark: ${actions.toLocaleString('nb-NO')} tiltak over ${years} år, median av ${runs} runder\n`);

if (values['reload-only']) {
  // Only the reload onto the plan (boot → IndexedDB → kontroll → table), run by run with the
  // app's boot marks: for working on that path. The built renderer, or --dist.
  const { generateLargeDocument } = await tsImport('../shared/templates/index.ts', import.meta.url);
  const generated = generateLargeDocument({ actions, years, seed });
  if (values['baseline-dist']) {
    // A/B: the baseline build and this one, alternated run by run (scripts/bench/reload-bench.mjs).
    const { benchReloadAB } = await import('./bench/reload-bench.mjs');
    const ab = await benchReloadAB({ doc: generated, runs, dist: values.dist, baselineDist: values['baseline-dist'], log });
    console.log(`Last inn på nytt rett til planen (${ab.planActions} tiltak), vekselvis, last ${loadAverage()}:`);
    for (const b of ab.builds) {
      console.log(`  ${b.name.padEnd(8)} tabellen malt median ${ms(b.firstPaint)} (${ms(b.firstPaintMin)}–${ms(b.firstPaintMax)}), to bilder senere median ${ms(b.table)} (${ms(b.tableMin)}–${ms(b.tableMax)}), hovedtråd-CPU median ${ms(b.threadMs)} (${ms(b.threadMin)}–${ms(b.threadMax)}), prosessen ${ms(b.processMs)}${b.errors.length > 0 ? ` FEIL: ${b.errors.join('; ')}` : ''}`);
      console.log(`           ${Object.entries(b.steps).sort((x, y) => x[1] - y[1]).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ')}`);
    }
    const [a, b] = ab.builds;
    console.log(`  denne/grunnlag: tabellen malt ${(b.firstPaint / a.firstPaint).toFixed(2)}×, to bilder senere ${(b.table / a.table).toFixed(2)}×, hovedtråd-CPU ${(b.threadMs / a.threadMs).toFixed(2)}×`);
    if (values.json) writeFileSync(values.json, JSON.stringify({ actions, years, runs, seed, reloadAB: ab }, null, 2));
    process.exit(0);
  }
  const r = await benchBrowser({ doc: generated, runs, log, dist: values.dist, reloadOnly: true, http2: values.http2 === true });
  console.log(`Last inn på nytt rett til planen ${r.planYear} (${r.planActions} tiltak): median ${ms(r.reloadToTable)} (strategien lest etter ${ms(r.reloadStrategyLoaded)}, tabellen malt etter ${ms(r.reloadTablePainted)})`);
  const last = r.reloadSteps.at(-1);
  if (process.env.BENCH_RELOAD_RESOURCES) for (const f of last?.resources ?? []) console.log(`  fil ${f.file.padEnd(40)} ${String(f.start).padStart(5)} → ${String(f.end).padStart(5)} ms  ${(f.bytes / 1024).toFixed(0)} KB  ${f.protocol}`);
  const names = [...new Set(r.reloadSteps.flatMap((s) => Object.keys(s)))].filter((n) => n !== 'resources').filter((n) => r.reloadSteps.some((s) => s[n] !== null && s[n] !== undefined));
  names.sort((a, b) => median(r.reloadSteps.map((s) => s[a] ?? Infinity)) - median(r.reloadSteps.map((s) => s[b] ?? Infinity)));
  for (const n of names) console.log(`  ${n.padEnd(18)} ${r.reloadSteps.map((s) => (s[n] === null || s[n] === undefined ? '–' : ms(s[n]))).join('  ')}`);
  if (values.json) writeFileSync(values.json, JSON.stringify({ actions, years, runs, seed, reload: r }, null, 2));
  process.exit(0);
}

if (values['open-only']) {
  // Only opening a plan file in Chromium (scripts/bench/open-bench.mjs), build against build.
  const { generateLargeDocument } = await tsImport('../shared/templates/index.ts', import.meta.url);
  const generated = generateLargeDocument({ actions, years, seed });
  console.log(`Åpne planfil (Chromium, bygget renderer, tom IndexedDB), fra filen er valgt; uptime: ${loadAverage()}`);
  const open = await benchOpen({ doc: generated, runs: Number(values['open-runs'] ?? runs), dist: values.dist, baselineDist: values['baseline-dist'], log });
  result.open = open;
  for (const b of open.builds) {
    const marks = Object.entries(b.marks).map(([k, v]) => `${k} ${Math.round(v)}`).join(', ');
    console.log(`  ${b.name.padEnd(9)} (${mb(open.fileBytes)}, ${open.planActions} tiltak i planen): tabellen ${ms(b.toTable)}, strategien ${ms(b.toStrategy)}; lange oppgaver ${ms(b.longTaskMs)}, lengste ${ms(b.longestTask)} (median) – mål ≤ 500 ms`);
    console.log(`            merker (ms fra valgt fil, median): ${marks}`);
  }
  console.log(`  uptime etterpå: ${loadAverage()}`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`, 'utf8');
  process.exit(0);
}

let doc = null;
if (!excelOnly) {
  console.log('Tidsbudsjetter (median CPU-tid; npm run bench:budgets gir exit 1 over budsjett)');
  result.budgets = await benchBudgets({ runs });
  printBudgets(result.budgets);

  console.log('\nNode');
  const node = await benchNode({ actions, years, runs, seed, log });
  const { doc: generated, ...nodeFigures } = node;
  doc = generated;
  result.node = nodeFigures;
  console.log(`  generere dokumentet:                      ${ms(node.generate)}`);
  console.log(`  lagre i Dexie (fake-indexeddb):           ${ms(node.dexieSave)}`);
  console.log(`  laste fra Dexie (fake-indexeddb):         ${ms(node.dexieLoad)}`);
  console.log(`  kontroll, plan ${node.busiestYear} (${node.busiestSize} tiltak):      ${ms(node.kontroll)}`);
  console.log(`  én endring + kontroll på nytt:            ${ms(node.editAndKontroll)}`);
  console.log(`  kontroll, alle ${actions} tiltak i én plan:  ${ms(node.kontrollAllInOnePlan)}`);
}

if (!excelOnly) {
  const cli = await benchCliCheck({ actions: 140_000 });
  result.cliCheck140k = cli;
  console.log(`  check (CLI), ${cli.actions.toLocaleString('nb-NO')} tiltak i én plan (${mb(cli.fileBytes)}):    ${ms(cli.ms)}, avslutningskode ${cli.exitCode}${cli.stackOverflow ? ' – STACKOVERFLYT' : ''}`);
  if (cli.stackOverflow || cli.stderr !== '') {
    console.log(`  ${cli.stderr}`);
    process.exitCode = 1;
  }
}

if (!excelOnly) {
  console.log('\nTeam-server (handlingsrom serve, fillagring)');
  try {
    const s = benchServerMemory({ actions });
    result.server = s;
    console.log(`  minne per åpent dokument (${actions} tiltak × 20 felt): ${mb(s.heapPerDoc)} heap, RSS +${mb(s.rssPerDoc)} (snitt av ${s.docs} dokumenter)`);
    console.log(`  dokumentet som Yjs-oppdatering: ${mb(s.updateBytes)}; åpne fra fil: ${ms(median(s.loadMs))} (median)`);
  } catch (e) {
    result.server = { error: String(e?.message ?? e) };
    console.log(`  hoppet over: ${result.server.error}`);
  }
  if (!values['no-remote-edit']) {
    try {
      const remote = await benchRemoteEdit({
        actions,
        clients: Number(values['remote-clients'] ?? 5),
        edits: Number(values['remote-edits'] ?? 10),
        seed,
        log,
      });
      result.remoteEdit = remote;
      printRemoteEdit(remote, log);
      if (!remote.converged) process.exitCode = 1;
    } catch (e) {
      result.remoteEdit = { error: String(e?.message ?? e) };
      console.log(`  fjernendring hoppet over: ${result.remoteEdit.error}`);
    }
  }
}

if (!excelOnly && !values['no-browser']) {
  console.log('\nChromium (bygget renderer)');
  try {
    const b = await benchBrowser({ doc, runs, log });
    result.browser = b;
    const opt = (v) => (v === null || v === undefined ? '–' : ms(v));
    console.log(`  åpne planfil (${mb(b.fileBytes)}), fra filen er valgt: strategien vist ${opt(b.openChosenToStrategy)} (av dette validere ${opt(b.openValidate)}; lagret av workeren mens planen vises, ${opt(b.openStore)} etter validert)`);
    console.log(`  åpne planfil → tiltakstabellen vist (${b.planActions} tiltak), fra filen er valgt: ${opt(b.openChosenToTable)} (én gang) – mål ≤ 500 ms ved 10 000 tiltak`);
    console.log(`    (fra klikket på «Åpne fil …», med testverktøyets fildialog: strategien ${ms(b.openFile)}, tabellen ${ms(b.openToTable)})`);
    console.log(`  last inn på nytt rett til planen (oppstart + IndexedDB + kontroll + tabell): ${ms(b.reloadToTable)} (strategien lest etter ${b.reloadStrategyLoaded === null ? '–' : ms(b.reloadStrategyLoaded)}) – mål ≤ 300 ms`);
    console.log(`  tiltakstabell, første visning (${b.planActions} tiltak, ${b.planYear}):       ${ms(b.tableFirstRender)}`);
    console.log(`  Økonomi-visningen, første visning:                         ${ms(b.economyRender)}`);
    console.log(`  rulle 120 rader:                                           ${ms(b.scroll)}`);
    console.log(`  rulle til siste rad:                                       ${ms(b.scrollToEnd)}`);
    console.log(`  endre en celle → kontroll → ny visning:                    ${ms(b.editToRender)}`);
    console.log(`  JS-heap i rendereren (etter GC):  ${b.jsHeapUsed === null ? '–' : mb(b.jsHeapUsed)} brukt av ${b.jsHeapTotal === null ? '–' : mb(b.jsHeapTotal)}; DOM-noder: ${b.domNodes ?? '–'}`);
  } catch (e) {
    result.browser = { error: String(e?.message ?? e) };
    console.log(`  hoppet over: ${result.browser.error}`);
  }
}

if (!excelOnly && !values['no-browser']) {
  console.log('\nFørste lasting (Chromium, bygget renderer, tom IndexedDB)');
  try {
    const st = await benchStartScreen({ runs, dist: values.dist });
    result.firstLoad = st;
    console.log(`  JavaScript før startskjermen kjører:      ${(st.firstLoadJsGzip / 1024).toFixed(1)} KB gzip (${st.firstLoadFiles} filer; CSS ${(st.firstLoadCssGzip / 1024).toFixed(1)} KB) – mål ≤ 250 KB`);
    console.log(`  JavaScript siden hentet før den var klar: ${(st.fetchedBeforeInteractiveJsGzip / 1024).toFixed(1)} KB gzip (${st.fetchedBeforeInteractiveFiles.length} filer)`);
    console.log(`  startskjermen klar (overskrift synlig, knapp kan få fokus) etter navigasjonsstart: ${ms(st.startInteractive)} – mål ≤ 500 ms`);
    console.log(`  hovedtråden til da: skript ${ms(st.startScriptTime)}, alle oppgaver ${ms(st.startTaskTime)}`);
  } catch (e) {
    result.firstLoad = { error: String(e?.message ?? e) };
    console.log(`  hoppet over: ${result.firstLoad.error}`);
  }
}

if (!excelOnly && !values['no-browser'] && !values['no-edit']) {
  console.log('\nEndre → tegnet (Chromium, alle tiltak i én plan; fra tastetrykket til neste maling med rad, funn og gruppesum oppdatert)');
  try {
    const edit = await benchEditToPaint({
      sizes: sizeList(values['edit-sizes'] ?? '2500,10000,50000'),
      edits: Number(values.edits ?? 30),
      seed,
      dist: values.dist,
      log: (s) => (typeof s === 'string' ? console.log(s) : undefined),
    });
    result.editToPaint = edit;
    for (const r of edit.sizes) {
      if (r.error) {
        console.log(`  ${String(r.actions).padStart(7)} tiltak: feilet – ${r.error.split('\n')[0]}`);
        continue;
      }
      const goal = r.actions <= 10_000 ? (r.median <= 16 && r.p95 <= 33 ? 'innenfor målet' : 'OVER målet 16/33 ms') : r.median <= 50 ? 'innenfor målet' : 'OVER målet 50 ms';
      console.log(
        `  ${String(r.actions).padStart(7)} tiltak: median ${ms(r.median)}, p95 ${ms(r.p95)} (arbeid til DOM: median ${ms(r.workMedian)}, p95 ${ms(r.workP95)}); JS-heap ${r.heapUsed === null ? '–' : mb(r.heapUsed)}; ${r.edits} endringer – ${goal}`,
      );
    }
  } catch (e) {
    result.editToPaint = { error: String(e?.message ?? e) };
    console.log(`  hoppet over: ${result.editToPaint.error}`);
  }
}

if ((!excelOnly || scaleOnly) && !values['no-scale']) {
  const repeatNote = Number(values['scale-repeat'] ?? 1) > 1 ? `, median av ${values['scale-repeat']} runder` : '';
  const loadBefore = loadAverage();
  console.log(`\nSkalering (median CPU-tid, én plan${repeatNote}; stigning = log-log mellom størrelsene, mål ≤ 1,1; belastning ${loadBefore})`);
  try {
    const renderer = !values['no-browser'] && !values['no-scale-renderer'];
    const scale = await benchScale({
      sizes: sizeList(values['scale-sizes'] ?? '1000,10000,50000,200000'),
      runs: Math.min(runs, 3),
      seed,
      excel: !values['no-scale-excel'],
      renderer,
      repeat: Math.max(1, Number(values['scale-repeat'] ?? 1)),
      dist: values.dist,
      log: (s) => (typeof s === 'string' ? console.log(s) : undefined),
    });
    result.scale = scale;
    const label = { pass: 'grunnlinje: ett pass', open: 'åpne (lese+validere)', kontroll: 'kontroll (hel)', edit: 'endring + inkr. kontroll', table: 'tabellrader, første', tableEdit: 'tabellrader etter endring', scenarios: 'scenario (kutt+tilpass)', excelExport: 'Excel-eksport', excelImport: 'Excel-import', heapBytes: 'heap (modellen, Node)', rendererHeap: 'JS-heap i rendereren' };
    const cell = (key, v) => (typeof v !== 'number' ? '–' : key === 'heapBytes' || key === 'rendererHeap' ? mb(v) : ms(v));
    console.log(`  ${''.padEnd(28)}${scale.sizes.map((r) => String(r.actions).padStart(14)).join('')}   stigning`);
    for (const key of SCALE_FIGURES) {
      const slopes = scale.slopes[key].map((s) => (s.slope === null ? '–' : s.slope.toLocaleString('nb-NO'))).join(' / ');
      console.log(`  ${label[key].padEnd(28)}${scale.sizes.map((r) => cell(key, r[key]).padStart(14)).join('')}   ${slopes}`);
    }
    for (const r of scale.sizes) {
      if (r.openWhat !== 'parsePlanFile') console.log(`  ${r.actions} tiltak: åpne = ${r.openWhat} (${mb(r.fileBytes)})`);
      if (r.excelError) console.log(`  ${r.actions} tiltak: Excel feilet – ${r.excelError}`);
      if (typeof r.peakRssBytes === 'number') console.log(`  ${r.actions} tiltak: Excel (egen prosess) topp-RSS ${mb(r.peakRssBytes)}, arbeidsbok ${mb(r.excelBytes)}; scenarioet utsatte ${r.scenarioPostponed} tiltak`);
      if (r.excelImportRefused) console.log(`  ${r.actions} tiltak: Excel-import avvist${r.excelImportRefusedMs === undefined ? '' : ` av grensene etter ${ms(r.excelImportRefusedMs)} (ingen importtid; stigningen gjelder størrelsene grensene godtar)`} – ${r.excelImportRefused}`);
      if (r.rendererSkipped) console.log(`  ${r.actions} tiltak: ingen heap i rendereren – ${r.rendererSkipped} (${mb(r.fileBytes)})`);
      if (r.rendererError) console.log(`  ${r.actions} tiltak: rendereren feilet – ${r.rendererError}`);
    }
    if (!renderer) console.log('  JS-heap i rendereren: hoppet over (--no-browser / --no-scale-renderer)');
    scale.loadAverageBefore = loadBefore;
    scale.loadAverageAfter = loadAverage();
    console.log(`  belastning etterpå: ${scale.loadAverageAfter}`);
  } catch (e) {
    result.scale = { error: String(e?.message ?? e) };
    console.log(`  hoppet over: ${result.scale.error}`);
  }
}

if (!values['no-excel'] && !scaleOnly) {
  const excelScript = new URL('./bench-excel.mjs', import.meta.url);
  if (existsSync(excelScript)) {
    console.log('\nExcel (scripts/bench-excel.mjs)');
    try {
      const excel = await import(excelScript.href);
      const x = await excel.benchExcel({ actions, runs, seed });
      result.excel = x;
      console.log(`  eksport (app):  ${ms(x.medianMs.appExport)}   (bare exceljs: ${ms(x.medianMs.bareWrite)}, forhold ${x.ratio.export})`);
      console.log(`  import (app):   ${ms(x.medianMs.appImportBenchFile)}   (bare exceljs på samme fil: ${ms(x.medianMs.bareRead)}, forhold ${x.ratio.import}, CPU ${x.cpuRatio.import})`);
      console.log(`  import av appens egen fil: ${ms(x.medianMs.appImport)}   (bare exceljs: ${ms(x.medianMs.bareReadAppFile)}, forhold ${x.ratio.importVsSameFile}, CPU ${x.cpuRatio.importVsSameFile})`);
      if (!values['no-libreoffice']) {
        console.log('  LibreOffice åpner og regner om arbeidsboken (tvunget, som xlsx-recalc), median:');
        try {
          const lo = await excel.benchLibreOffice({ sizes: sizeList(values['lo-sizes'] ?? '1000,10000,20000'), runs: Number(values['lo-runs'] ?? 3), seed });
          result.libreoffice = lo;
          excel.printLibreOffice(lo, (s) => console.log(`  ${s}`));
        } catch (e) {
          result.libreoffice = { error: String(e?.message ?? e) };
          console.log(`    hoppet over: ${result.libreoffice.error}`);
        }
      }
      if (!values['no-export-memory']) {
        console.log('  eksport til fil som i CLI-en (strømmende), tid og topp-RSS i egen prosess:');
        const mem = excel.benchExportMemory({ sizes: sizeList(values['memory-sizes'] ?? '10000,50000,100000'), seed });
        result.exportMemory = mem;
        excel.printExportMemory(mem, (s) => console.log(`  ${s}`));
        const largest = Math.max(...sizeList(values['memory-sizes'] ?? '10000,50000,100000'));
        console.log(`  eksport som i appen (Excel-workeren: strømmende, fflate-zip, Blob-deler), ${largest} tiltak, i egen prosess:`);
        const inMemory = excel.benchExportMemory({ sizes: [largest], seed, writer: 'worker' });
        result.exportMemoryInApp = inMemory;
        excel.printExportMemory(inMemory, (s) => console.log(`  ${s}`));
      }
      let keep = null;
      if (!values['no-import-memory']) {
        console.log('  import av de største arbeidsbøkene grensene godtar (og to som avvises), topp-RSS i egen prosess:');
        keep = values['no-excel-browser'] ? null : mkdtempSync(path.join(tmpdir(), 'hr-xlkeep-'));
        const imp = await excel.benchImportMemory({ seed, keep });
        result.importMemory = imp;
        excel.printImportMemory(imp, (s) => console.log(`  ${s}`));
      }
      if (!values['no-excel-browser']) {
        const exportActions = Math.max(...sizeList(values['memory-sizes'] ?? '10000,50000,100000'));
        console.log(`  i appen (Chromium, bygget renderer, Excel-workeren): eksport av ${exportActions} tiltak og import av de største godtatte arbeidsbøkene; topp-RSS for rendererprosessen:`);
        try {
          const { benchExcelBrowser } = await import('./bench/excel-browser-bench.mjs');
          // Every workbook the limits accept (cell errors against the example plan come after exceljs has read it all).
          const accepted = (result.importMemory?.results ?? []).filter((r) => r.file && (r.ok || !String(r.firstError).startsWith('excel.limits.')));
          const xb = await benchExcelBrowser({ exportActions, importFiles: accepted.map((r) => ({ label: r.label, file: r.file })), seed, log: (s) => console.log(`  ${s}`) });
          result.excelBrowser = xb;
          const over = [xb.export, ...xb.imports].filter((r) => r && r.peakRendererBytes >= 1e9);
          console.log(`  ${over.length === 0 ? 'alle under 1 GB' : `OVER 1 GB: ${over.map((r) => r.label ?? `eksport ${r.actions}`).join(', ')}`}`);
        } catch (e) {
          result.excelBrowser = { error: String(e?.message ?? e) };
          console.log(`    hoppet over: ${result.excelBrowser.error}`);
        } finally {
          if (keep) rmSync(keep, { recursive: true, force: true });
        }
      } else if (keep) rmSync(keep, { recursive: true, force: true });
    } catch (e) {
      result.excel = { error: String(e?.message ?? e) };
      console.log(`  hoppet over: ${result.excel.error}`);
    }
  }
}

result.finishedAt = new Date().toISOString();
if (values.json) {
  writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`, 'utf8');
  console.log(`\nTallene er skrevet til ${values.json}`);
}
console.log(`\n${JSON.stringify(result)}`);
