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
//   excel     — the workbook export and its import (in memory).
// Then the log-log slope between consecutive sizes (1 = linear) and the heap the model
// takes in this process (document + kontroll state + table rows, after GC; the renderer's
// heap in Chromium is in the edit bench).
import v8 from 'node:v8';
import vm from 'node:vm';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { median } from './stats.mjs';

const here = import.meta.url;
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

function cpuMs(fn) {
  const started = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(started);
  return { ms: (used.user + used.system) / 1000, value };
}

async function cpuMsAsync(fn) {
  const started = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(started);
  return { ms: (used.user + used.system) / 1000, value };
}

/**
 * Short descriptions and no notes, as in the edit bench, so 50 000 tiltak fit in a plan
 * file; the generator's capacity grows with the plan, so it is capped at the schema's
 * 10 000 000 hours (else 200 000 tiltak are refused for the frame alone).
 */
function shortTexts(doc) {
  return {
    ...doc,
    plans: doc.plans.map((p) => ({ ...p, frame: { ...p.frame, capacityHours: Math.min(p.frame.capacityHours, 10_000_000) } })),
    actions: doc.actions.map((a) => ({ ...a, description: a.description.slice(0, 60), notes: '' })),
  };
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
export const SCALE_FIGURES = ['open', 'kontroll', 'edit', 'table', 'tableEdit', 'scenarios', 'excelExport', 'excelImport', 'heapBytes'];

/** Runs the scaling measurements; returns { sizes: [...], slopes: { figure: [...] } }. */
export async function benchScale({ sizes, runs = 3, seed = 1, excel = true, log }) {
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
  const exportModule = excel ? await tsImport('../../shared/excel/export.ts', here) : null;
  const importModule = excel ? await tsImport('../../shared/excel/import/index.ts', here) : null;

  const medianOf = (n, fn) => {
    fn(); // warm-up
    const times = [];
    for (let i = 0; i < n; i++) times.push(cpuMs(fn).ms);
    return median(times);
  };

  const rows = [];
  for (const size of sizes) {
    gc();
    const heapBase = process.memoryUsage().heapUsed;
    const doc = shortTexts(generateLargeDocument({ actions: size, years: 1, seed }));
    const plan = doc.plans[0];
    const input = { strategy: doc.strategy, plan, actions: doc.actions };
    const row = { actions: size };
    const fewer = size > 50_000 ? 1 : runs;

    // Without indentation (the reader takes any JSON), as the edit bench writes it.
    let text = JSON.stringify(JSON.parse(serializePlanFile(doc, new Date().toISOString())));
    row.fileBytes = Buffer.byteLength(text);
    if (row.fileBytes <= MAX_PLAN_FILE_BYTES) {
      row.openWhat = 'parsePlanFile';
      row.open = medianOf(fewer, () => {
        const r = parsePlanFile(text);
        if (!r.ok) throw new Error(`planfilen ble avvist: ${JSON.stringify(r.errors[0])}`);
      });
    } else {
      // Over the file limit: the schema validation of the same document alone.
      const json = JSON.parse(JSON.stringify(doc));
      row.openWhat = 'schema (fil over 50 MB)';
      row.open = medianOf(fewer, () => {
        const r = planDocumentSchema.safeParse(json);
        if (!r.success) throw new Error('dokumentet ble avvist av skjemaet');
      });
    }

    text = null;
    row.kontroll = medianOf(fewer, () => runKontroll(input));
    let state = updateKontroll(null, input);
    let current = doc;
    const editTimes = [];
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
    row.table = medianOf(fewer, () => buildRows(current.strategy, current.actions, options()));
    const memo = createRowsMemo();
    let tableRows = buildRows(current.strategy, current.actions, options(), memo);
    const tableTimes = [];
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
    row.scenarios = medianOf(fewer, () => {
      const scenario = frameCutScenario(input, 20, 'Kutt 20 %', '2026-01-01T00:00:00.000Z', newId, { fit: true });
      return compareScenarios(input, [scenario]);
    });

    if (exportModule && importModule) {
      try {
        const times = [];
        let bytes = null;
        for (let i = 0; i < fewer; i++) {
          const r = await cpuMsAsync(() => exportModule.exportWorkbook(doc, plan.year));
          times.push(r.ms);
          bytes = r.value;
        }
        row.excelExport = median(times);
        row.excelBytes = bytes.byteLength;
        const r = await cpuMsAsync(() => importModule.readWorkbook(bytes, doc, plan.year));
        row.excelImport = r.ms;
        if (r.value && r.value.ok === false) row.excelImportRefused = JSON.stringify(r.value.errors?.[0] ?? r.value).slice(0, 200);
      } catch (e) {
        row.excelError = String(e?.message ?? e).slice(0, 200);
      }
    }

    // The model the renderer holds for the plan, alive here: the document (before and after
    // the edits, sharing most tiltak), the kontroll state, the table's rows and cache.
    gc();
    row.heapBytes = process.memoryUsage().heapUsed - heapBase;
    if (!current || !state || !tableRows || !memo) throw new Error('unreachable');
    rows.push(row);
    log?.(row);
  }
  const slopeTable = {};
  for (const key of SCALE_FIGURES) slopeTable[key] = slopes(rows, key);
  return { sizes: rows, slopes: slopeTable };
}
