// Benchmark of the Excel budget workbook: export and import of a generated plan (10 000
// tiltak by default) beside a bare exceljs write and read of the same cells — the
// library's floor — with medians and the ratio app / floor.
//
//   node scripts/bench-excel.mjs [--actions 10000] [--runs 5]
//
// The main bench can `import { benchExcel } from './bench-excel.mjs'` and call it.
import { tsImport } from 'tsx/esm/api';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
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
  const value = await fn();
  return { ms: performance.now() - t0, value };
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
  const check = await readWorkbook(appBytes, doc, year);
  if (!check.ok || hasChanges(check.preview)) throw new Error('Rundturen ga endringer eller feil – benchmarken måler ikke det den skal.');

  const r = { appExport: [], appImport: [], bareWrite: [], bareRead: [], bareReadAppFile: [] };
  for (let i = 0; i < runs; i++) {
    r.appExport.push((await time(() => exportWorkbook(doc, year))).ms);
    r.bareWrite.push((await time(() => bareWrite(sheets))).ms);
    r.appImport.push((await time(() => readWorkbook(appBytes, doc, year))).ms);
    r.bareRead.push((await time(() => bareRead(bareBytes))).ms);
    // exceljs alone on the app's own file (styles, formulas): what the import cannot go below.
    r.bareReadAppFile.push((await time(() => bareRead(appBytes))).ms);
    log(`  runde ${i + 1}/${runs}`);
  }
  const m = Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Math.round(median(v))]));
  return {
    actions: inPlan,
    fundingLines: doc.actions.reduce((n, a) => n + a.funding.length, 0),
    runs,
    workbookBytes: appBytes.length,
    cells: sheets.reduce((n, s) => n + s.rows.reduce((k, row) => k + row.filter((v) => v !== undefined && v !== null).length, 0), 0),
    medianMs: m,
    ratio: {
      export: Number((m.appExport / m.bareWrite).toFixed(2)),
      import: Number((m.appImport / m.bareRead).toFixed(2)),
      importVsSameFile: Number((m.appImport / m.bareReadAppFile).toFixed(2)),
    },
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { actions: { type: 'string' }, runs: { type: 'string' } } });
  const actions = Number(values.actions ?? 10_000);
  const runs = Number(values.runs ?? 5);
  console.log(`Excel-benchmark: ${actions} tiltak, ${runs} runder`);
  const res = await benchExcel({ actions, runs, log: (s) => console.log(s) });
  console.log(`Arbeidsbok: ${(res.workbookBytes / 1024 / 1024).toFixed(1)} MB, ${res.cells} celler, ${res.fundingLines} finansieringslinjer`);
  console.log(`Eksport (app):          median ${res.medianMs.appExport} ms`);
  console.log(`Skriving (bare exceljs): median ${res.medianMs.bareWrite} ms   → forhold ${res.ratio.export}`);
  console.log(`Import (app):           median ${res.medianMs.appImport} ms`);
  console.log(`Lesing (bare exceljs):   median ${res.medianMs.bareRead} ms   → forhold ${res.ratio.import}`);
  console.log(`Lesing av appens egen fil (bare exceljs): median ${res.medianMs.bareReadAppFile} ms → forhold ${res.ratio.importVsSameFile}`);
  console.log(JSON.stringify(res));
}
