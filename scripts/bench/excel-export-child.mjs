// Child process of the Excel export benchmark: generates a one-year plan of `--actions`
// tiltak, exports it to a file, and prints one JSON line with the export time and the
// process's peak resident memory (maxRSS: the document + the export, as in the CLI).
//
//   node scripts/bench/excel-export-child.mjs --actions 100000 [--seed 1] [--out FILE]
//        [--writer stream|worker|buffer] [--export-module PATH/TO/export.ts]
//
// --writer stream (default): the CLI's path, cli/excel-file.ts (exceljs's streaming writer).
// --writer worker: the app's path, the Excel worker's exportWorkbookBlob
// (renderer/src/features/excel/stream: exceljs's streaming writer with the worker's fflate zip
// in place of archiver, as in the browser bundle, into Blob parts) + one write;
// --writer buffer: exportWorkbook (the in-memory writer the worker used before) + one write;
// --export-module runs another checkout's exportWorkbook (e.g. the one before a change).
import { tsImport } from 'tsx/esm/api';
import { register } from 'tsx/cjs/api';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const here = import.meta.url;
const { values } = parseArgs({
  options: { actions: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' }, writer: { type: 'string' }, 'export-module': { type: 'string' } },
});
const actions = Number(values.actions ?? 10_000);
const seed = Number(values.seed ?? 1);
const writer = values.writer ?? 'stream';
const { generateLargeDocument } = await tsImport('../../shared/templates/index.ts', here);
let write;
if (writer === 'stream') {
  // cli/ imports @shared/…: resolve it with the repository's tsconfig paths, from any cwd.
  const tsconfig = fileURLToPath(new URL('../../tsconfig.node.json', here));
  const { exportWorkbookToFile } = await tsImport('../../cli/excel-file.ts', { parentURL: here, tsconfig });
  write = (doc, year, file) => exportWorkbookToFile(doc, year, file);
} else if (writer === 'worker') {
  // The worker bundle's zip for exceljs's `require('archiver')`, before exceljs loads (as
  // vite.config.ts does for the browser build).
  register();
  const require = createRequire(here);
  const archiverPath = createRequire(require.resolve('exceljs/lib/stream/xlsx/workbook-writer.js')).resolve('archiver');
  const exports = require(fileURLToPath(new URL('../../renderer/src/features/excel/stream/archiver.cjs', here)));
  require.cache[archiverPath] = { id: archiverPath, filename: archiverPath, loaded: true, exports };
  const tsconfig = fileURLToPath(new URL('../../tsconfig.node.json', here));
  const { exportWorkbookBlob } = await tsImport('../../renderer/src/features/excel/stream/stream-export.ts', { parentURL: here, tsconfig });
  write = async (doc, year, file) => {
    const blob = await exportWorkbookBlob(doc, year);
    writeFileSync(file, new Uint8Array(await blob.arrayBuffer()));
  };
} else {
  const module = values['export-module'] ? pathToFileURL(path.resolve(values['export-module'])).href : new URL('../../shared/excel/export.ts', here).href;
  const { exportWorkbook } = await tsImport(module, here);
  write = async (doc, year, file) => writeFileSync(file, await exportWorkbook(doc, year));
}
const doc = generateLargeDocument({ actions, years: 1, seed });
const year = doc.plans[0].year;
const rssBefore = process.memoryUsage().rss;
const dir = values.out ? null : mkdtempSync(path.join(tmpdir(), 'hr-xlbench-'));
const file = values.out ?? path.join(dir, 'budsjett.xlsx');
try {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  await write(doc, year, file);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  // maxRSS is in kilobytes.
  console.log(
    JSON.stringify({ actions, writer, ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000), peakRssBytes: process.resourceUsage().maxRSS * 1024, rssBeforeExportBytes: rssBefore, workbookBytes: statSync(file).size }),
  );
} finally {
  if (dir) rmSync(dir, { recursive: true, force: true });
}
