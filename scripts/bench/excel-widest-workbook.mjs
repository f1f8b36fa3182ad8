// Writes a big import workbook of a given shape: a Tiltak sheet in bokmål with the app's
// first `--columns` columns (up to its 26) and numeric ones after them, a header row and
// `--rows` filled rows, beside an empty Finansiering sheet. Every row is a valid new tiltak,
// so an accepted workbook is read to the end and ends in a preview (no early refusal).
// The bench writes the largest shapes shared/excel/limits.ts accepts (1.5 million cells in
// all: 30 000 × 50 and 100 000 × 15) and the 100 000 × 50 (5 million cells, ~19 MB),
// which the limits now refuse. Streaming writer: the file is written without the workbook in memory.
//
//   node scripts/bench/excel-widest-workbook.mjs --out FILE [--rows 99999] [--columns 50]
import { tsImport } from 'tsx/esm/api';
import { createWriteStream, readFileSync, statSync, writeFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { finished } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';

const here = import.meta.url;
const { values } = parseArgs({ options: { out: { type: 'string' }, rows: { type: 'string' }, columns: { type: 'string' } } });
if (!values.out) throw new Error('--out mangler');
const rows = Number(values.rows ?? 99_999);
const columns = Number(values.columns ?? 50);
const { workbookWords } = await tsImport('../../shared/excel/words.ts', here);
const { ACTION_COLUMNS, FUNDING_COLUMNS } = await tsImport('../../shared/excel/layout.ts', here);
const w = workbookWords('nb');
const keys = ACTION_COLUMNS.map((c) => c.key).slice(0, columns);
const extra = Array.from({ length: Math.max(0, columns - keys.length) }, (_, i) => `Merknad ${i + 1}`);

const stream = createWriteStream(values.out);
const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: false, useSharedStrings: true });
const tiltak = wb.addWorksheet(w.sheets.actions);
tiltak.addRow([...keys.map((k) => w.columns[k]), ...extra]).commit();
for (let i = 1; i <= rows; i++) {
  const v = {
    number: `B${i}`,
    title: `Tiltak ${i} fra en stor arbeidsbok`,
    focusArea: 'Innsatsområde',
    initiatives: '',
    crossCuttingProject: '',
    guidingStrategies: '',
    owner: `Ansvarlig ${i % 97}`,
    partners: '',
    cost: 1000 + (i % 5000),
    ownFunds: 0,
    partnerFunds: 0,
    externalFunds: 0,
    uncovered: 1000 + (i % 5000),
    confirmedFunds: 0,
    appliedFunds: 0,
    plannedFunds: 0,
    hours: i % 400,
    start: '',
    deadline: '',
    priority: 1 + (i % 3),
    status: w.status.planned,
    active: w.active.yes,
    kpis: '',
    description: `Beskrivelse av tiltak ${i}`,
    notes: `Notat ${i}`,
    id: '',
  };
  tiltak.addRow([...keys.map((k) => v[k]), ...extra.map((_, j) => (i + j) % 10)]).commit();
  if (i % 1000 === 0) await new Promise((r) => setImmediate(r));
}
tiltak.commit();
const finansiering = wb.addWorksheet(w.sheets.funding);
finansiering.addRow(FUNDING_COLUMNS.map((c) => w.fundingColumns[c.key])).commit();
finansiering.commit();
await wb.commit();
await finished(stream);
// exceljs's writer deflates fast, not small; Excel packs such a sheet tighter. Repack at
// level 9 so the file is as small as a real one (the file-size limit is what it meets first).
writeFileSync(values.out, zipSync(unzipSync(readFileSync(values.out)), { level: 9 }));
console.log(JSON.stringify({ rows: rows + 1, columns: keys.length + extra.length, bytes: statSync(values.out).size }));
