// Writes the worst case of TEXT for the import's memory (issue 10 point 7): a workbook that
// stays inside every limit of shared/excel/limit-values.ts (file size, unpacked size, ratio,
// rows, cells) but packs as many unique characters as the unpacked-size budget holds, as
// raw OOXML (no exceljs, so the shape is exact):
//
//   --kind shared  unique long strings in xl/sharedStrings.xml, one per Tiltak row (Beskrivelse)
//   --kind inline  the same strings written inline in the sheet (t="inlineStr")
//   --kind tiny    millions of tiny unique shared strings that no cell uses (the table alone)
//   --kind rich    shared strings of many tiny rich-text runs (one object per run in exceljs)
//
// Each string holds one character outside Latin-1 (the numero sign, U+2116), so every decoded XML part is a
// two-byte string in V8: the worst case for a text of mostly ASCII. The content is partly
// random, so the file packs to about `--ratio` times smaller (the limits refuse more than 100).
//
//   node scripts/bench/excel-text-workbook.mjs --out FILE --kind shared [--unpacked-mb 190] [--chars 2000] [--ratio 40]
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { tsImport } from 'tsx/esm/api';
import { strToU8, zipSync } from 'fflate';

const here = import.meta.url;
const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    kind: { type: 'string' },
    'unpacked-mb': { type: 'string' },
    chars: { type: 'string' },
    ratio: { type: 'string' },
    rows: { type: 'string' },
  },
});
if (!values.out) throw new Error('--out mangler');
const kind = values.kind ?? 'shared';
const budget = Number(values['unpacked-mb'] ?? 190) * 1024 * 1024;
const chars = Number(values.chars ?? 2000);
const ratio = Number(values.ratio ?? 40);
const { workbookWords } = await tsImport('../../shared/excel/words.ts', here);
const { FUNDING_COLUMNS } = await tsImport('../../shared/excel/layout.ts', here);
const w = workbookWords('nb');

// Deterministic pseudo-random text: a share of random letters (1 / ratio of the text, which
// deflate cannot pack) between runs of a repeated phrase (which it packs to almost nothing).
let seed = 12345;
const rnd = () => {
  seed = (seed * 1103515245 + 12345) >>> 0;
  return seed >>> 8;
};
const LETTERS = 'abcdefghijklmnopqrstuvwxyzæøå ';
const PHRASE = 'Tiltaket skal styrke samarbeidet i regionen og gi bedre tjenester til innbyggerne. ';
function text(i, length) {
  let s = `${i} \u2116 `;
  const randomEvery = Math.max(2, Math.round(ratio / 2));
  while (s.length < length) {
    if (rnd() % randomEvery === 0) for (let k = 0; k < 8; k++) s += LETTERS[rnd() % LETTERS.length];
    else s += PHRASE.slice(0, 8 + (rnd() % 24));
  }
  return s.slice(0, length);
}
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const header = [w.columns.number, w.columns.title, w.columns.description];
const parts = [];
const shared = [];
const sheetRows = [];
const cell = (ref, value) => `<c r="${ref}" t="inlineStr"><is><t>${esc(String(value))}</t></is></c>`;
sheetRows.push(`<row r="1">${header.map((h, j) => cell(`${'ABC'[j]}1`, h)).join('')}</row>`);
let used = 0;
let rows = 1;
const maxRows = Number(values.rows ?? 99_999);
if (kind === 'shared' || kind === 'inline' || kind === 'rich') {
  while (used < budget && rows < maxRows) {
    const r = rows + 1;
    const t = text(r, chars);
    let desc;
    if (kind === 'inline') desc = `<c r="C${r}" t="inlineStr"><is><t>${esc(t)}</t></is></c>`;
    else {
      let si;
      if (kind === 'shared') si = `<si><t>${esc(t)}</t></si>`;
      else {
        // Runs of 1–3 characters, each its own object with a font in exceljs.
        let runs = '';
        for (let o = 0; o < t.length; o += 3) runs += `<r><rPr><b/></rPr><t>${esc(t.slice(o, o + 3))}</t></r>`;
        si = `<si>${runs}</si>`;
      }
      desc = `<c r="C${r}" t="s"><v>${shared.length}</v></c>`;
      shared.push(si);
      used += si.length;
    }
    const row = `<row r="${r}">${cell(`A${r}`, `T${r}`)}${cell(`B${r}`, `Tiltak ${r}`)}${desc}</row>`;
    sheetRows.push(row);
    used += row.length;
    rows++;
  }
} else if (kind === 'tiny') {
  for (let r = 2; r <= 100; r++) sheetRows.push(`<row r="${r}">${cell(`A${r}`, `T${r}`)}${cell(`B${r}`, `Tiltak ${r}`)}</row>`);
  rows = 100;
  let i = 0;
  while (used < budget) {
    const si = `<si><t>${(i++).toString(36)}\u2116</t></si>`;
    shared.push(si);
    used += si.length + 1;
  }
} else throw new Error(`ukjent --kind ${kind}`);

const sheet = (rowsXml) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowsXml}</sheetData></worksheet>`;
const fundingHeader = `<row r="1">${FUNDING_COLUMNS.map((c, j) => cell(`${String.fromCharCode(65 + j)}1`, w.fundingColumns[c.key])).join('')}</row>`;
const hasShared = shared.length > 0;
parts.push(['[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${hasShared ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`]);
parts.push(['_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`]);
parts.push(['xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="${w.sheets.actions}" sheetId="1" r:id="rId1"/><sheet name="${w.sheets.funding}" sheetId="2" r:id="rId2"/></sheets></workbook>`]);
parts.push(['xl/_rels/workbook.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/>${hasShared ? '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>' : ''}</Relationships>`]);
parts.push(['xl/worksheets/sheet1.xml', sheet(sheetRows.join(''))]);
parts.push(['xl/worksheets/sheet2.xml', sheet(fundingHeader)]);
if (hasShared) {
  parts.push(['xl/sharedStrings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared.join('')}</sst>`]);
}
const files = Object.fromEntries(parts.map(([name, xml]) => [name, strToU8(xml)]));
const unpackedBytes = Object.values(files).reduce((n, b) => n + b.length, 0);
const zipped = zipSync(files, { level: 9 });
writeFileSync(values.out, zipped);
console.log(
  JSON.stringify({
    kind,
    rows,
    sharedStrings: shared.length,
    unpackedBytes,
    sharedStringsBytes: files['xl/sharedStrings.xml']?.length ?? 0,
    sheetBytes: files['xl/worksheets/sheet1.xml'].length,
    bytes: zipped.length,
    ratio: Number((unpackedBytes / zipped.length).toFixed(1)),
  }),
);
