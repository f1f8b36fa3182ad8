// Child process of the Excel import benchmark: generates the same one-year plan as the
// export child (`--actions`, `--seed`), reads the workbook `--file` back with the app's
// import (readWorkbook, as the CLI and the browser worker do) and prints one JSON line with
// the import time, the outcome and the process's peak resident memory (maxRSS: the
// document + the file's bytes + the import).
//
//   node scripts/bench/excel-import-child.mjs --file WORKBOOK.xlsx --actions 100000 [--seed 1]
import { tsImport } from 'tsx/esm/api';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const here = import.meta.url;
const { values } = parseArgs({ options: { file: { type: 'string' }, actions: { type: 'string' }, seed: { type: 'string' } } });
if (!values.file) throw new Error('--file mangler');
const actions = Number(values.actions ?? 10_000);
const seed = Number(values.seed ?? 1);
const { generateLargeDocument } = await tsImport('../../shared/templates/index.ts', here);
const { readWorkbook, hasChanges } = await tsImport('../../shared/excel/import/index.ts', here);
const doc = generateLargeDocument({ actions, years: 1, seed });
const year = doc.plans[0].year;
const bytes = new Uint8Array(readFileSync(values.file));
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
const result = await readWorkbook(bytes, doc, year, { limits: { timeLimitMs: 1_800_000 } });
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const outcome = result.ok
  ? { ok: true, added: result.preview.added.length, changed: result.preview.changed.length, removed: result.preview.removed.length, hasChanges: hasChanges(result.preview) }
  : { ok: false, errors: result.errors.length, firstError: result.errors[0]?.code ?? null };
// maxRSS is in kilobytes.
console.log(
  JSON.stringify({ actions, workbookBytes: bytes.length, ms: Math.round(ms), cpuMs: Math.round((cpu.user + cpu.system) / 1000), peakRssBytes: process.resourceUsage().maxRSS * 1024, rssBeforeImportBytes: rssBefore, ...outcome }),
);
