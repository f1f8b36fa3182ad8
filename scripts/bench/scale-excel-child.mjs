// Child process of the scaling benchmark's Excel figures (scripts/bench/scale-bench.mjs), one
// per size, so the workbook's memory neither weighs on the other figures nor ends the whole
// benchmark when it runs out. Generates the scale bench's plan (`--actions`, short texts),
// then times in CPU ms (median of `--runs`):
//   export — the app's own path, the Excel worker's exportWorkbookBlob (exceljs's streaming
//            writer, fflate zip, Blob parts), as excel-export-child.mjs --writer worker;
//   import — readWorkbook of that workbook against the same plan, when the import's limits
//            accept it; a workbook the limits refuse (excel.limits.*) has no import time, only
//            the refusal and the time it took.
// Prints one JSON line: { actions, excelExport, excelBytes, excelImport, excelImportRefused?,
// excelImportRefusedMs?, peakRssBytes }.
//
//   node scripts/bench/scale-excel-child.mjs --actions 50000 [--seed 1] [--runs 3]
// (after one unrecorded export and import of 1 000 tiltak, so the code is warm; each timed
// run from a settled heap and charged its own young-generation collection, as the steps
// of scale-bench.mjs)
import { register } from 'tsx/cjs/api';
import { tsImport } from 'tsx/esm/api';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gc, scavengeFixedMs, settledHeap } from './settled-heap.mjs';
import { median } from './stats.mjs';

const here = import.meta.url;
const { values } = parseArgs({ options: { actions: { type: 'string' }, seed: { type: 'string' }, runs: { type: 'string' } } });
const actions = Number(values.actions ?? 10_000);
const seed = Number(values.seed ?? 1);
const runs = Math.max(1, Number(values.runs ?? 1));

// The worker bundle's zip for exceljs's `require('archiver')`, before exceljs loads (as
// vite.config.ts does for the browser build and excel-export-child.mjs for Node).
register();
const require = createRequire(here);
const archiverPath = createRequire(require.resolve('exceljs/lib/stream/xlsx/workbook-writer.js')).resolve('archiver');
const archiver = require(fileURLToPath(new URL('../../renderer/src/features/excel/stream/archiver.cjs', here)));
require.cache[archiverPath] = { id: archiverPath, filename: archiverPath, loaded: true, exports: archiver };
const tsconfig = fileURLToPath(new URL('../../tsconfig.node.json', here));
const { exportWorkbookBlob } = await tsImport('../../renderer/src/features/excel/stream/stream-export.ts', { parentURL: here, tsconfig });
const { readWorkbook } = await tsImport('../../shared/excel/import/index.ts', here);
const { generateLargeDocument } = await tsImport('../../shared/templates/index.ts', here);
const { scaleDocument } = await import('./scale-document.mjs');

/**
 * CPU ms of `fn` from a settled heap, ending with a scavenge of its young allocation (its
 * result alive) less that scavenge's fixed part — as scale-bench.mjs times its steps.
 */
async function cpuMs(fn, fixedMs) {
  await settledHeap();
  const started = process.cpuUsage();
  const value = await fn();
  gc({ type: 'minor' });
  const used = process.cpuUsage(started);
  return { ms: Math.max(0, (used.user + used.system) / 1000 - fixedMs), value };
}

// Warm-up on a small plan, unrecorded, so the smallest size is not timed with cold code.
{
  const small = scaleDocument(generateLargeDocument({ actions: 1000, years: 1, seed }));
  const warm = new Uint8Array(await (await exportWorkbookBlob(small, small.plans[0].year)).arrayBuffer());
  await readWorkbook(warm, small, small.plans[0].year);
}

const doc = scaleDocument(generateLargeDocument({ actions, years: 1, seed }));
const year = doc.plans[0].year;
const out = { actions };
const fixedMs = await scavengeFixedMs();
const exportTimes = [];
let bytes = null;
for (let i = 0; i < runs; i++) {
  bytes = null;
  const r = await cpuMs(async () => new Uint8Array(await (await exportWorkbookBlob(doc, year)).arrayBuffer()), fixedMs);
  exportTimes.push(r.ms);
  bytes = r.value;
}
out.excelExport = median(exportTimes);
out.excelBytes = bytes.byteLength;
const importTimes = [];
for (let i = 0; i < runs; i++) {
  const r = await cpuMs(() => readWorkbook(bytes, doc, year), fixedMs);
  const firstError = r.value && r.value.ok === false ? r.value.errors?.[0] : undefined;
  if (firstError && String(firstError.code).startsWith('excel.limits.')) {
    // Refused by the limits before exceljs reads it: no figure of the import's cost.
    out.excelImport = null;
    out.excelImportRefusedMs = r.ms;
    out.excelImportRefused = JSON.stringify(firstError).slice(0, 200);
    break;
  }
  if (firstError) out.excelImportRefused = JSON.stringify(firstError).slice(0, 200);
  importTimes.push(r.ms);
}
if (importTimes.length > 0) out.excelImport = median(importTimes);
// maxRSS is in kilobytes.
out.peakRssBytes = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify(out));
