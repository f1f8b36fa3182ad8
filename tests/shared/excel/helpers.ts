/**
 * Test helpers for the Excel workbook: edit an exported workbook with exceljs, read the raw
 * sheet XML, and recalculate with LibreOffice (../shared/tools/xlsx-recalc) into CSV rows.
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/** Path of the recalculation tool, relative to the repository (it lives beside it). */
export const XLSX_RECALC = fileURLToPath(new URL('../../../../shared/tools/xlsx-recalc', import.meta.url));

/** Why LibreOffice tests cannot run here, or null when they can. */
export function libreOfficeMissing(): string | null {
  if (!existsSync(XLSX_RECALC)) return `xlsx-recalc finnes ikke på ${XLSX_RECALC}`;
  const which = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  return which.status === 0 ? null : 'soffice (LibreOffice) er ikke installert';
}

/** Loads, edits and re-saves a workbook. */
export async function editWorkbook(bytes: Uint8Array, edit: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  edit(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Sheet name → XML part, from the unzipped workbook. */
export function sheetXml(bytes: Uint8Array): { files: Record<string, Uint8Array>; sheet: (name: string) => string; text: (path: string) => string } {
  const files = unzipSync(bytes);
  const text = (path: string) => {
    const f = files[path];
    if (!f) throw new Error(`mangler ${path}`);
    return strFromU8(f);
  };
  const workbook = text('xl/workbook.xml');
  const rels = text('xl/_rels/workbook.xml.rels');
  return {
    files,
    text,
    sheet(name: string) {
      const m = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook);
      if (!m) throw new Error(`fant ikke arket ${name}`);
      const t = new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels) ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(rels);
      if (!t?.[1]) throw new Error(`fant ikke målet for ${name}`);
      return text(t[1].startsWith('/') ? t[1].slice(1) : `xl/${t[1]}`);
    },
  };
}

/** What two exports of one workbook must share, sheet by sheet (the streamed and in-memory writers are compared on it). */
export interface SheetParts {
  name: string;
  views: unknown;
  setup: unknown;
  validations: unknown;
  cells: Record<string, { value: unknown; numFmt: string | undefined; note: unknown }>;
}

/**
 * Every sheet's parts as exceljs reads them back: each cell's value (formula and cached
 * result included), number format and note, the views (frozen panes), the page and print
 * setup, columns, conditional formats, merges and drop-down lists.
 */
export async function workbookParts(bytes: Uint8Array): Promise<SheetParts[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb.worksheets.map((ws) => {
    const cells: SheetParts['cells'] = {};
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells[cell.address] = { value: cell.value, numFmt: cell.numFmt, note: cell.note };
      });
    });
    const setup = {
      pageSetup: ws.pageSetup,
      headerFooter: ws.headerFooter,
      autoFilter: ws.autoFilter,
      properties: ws.properties,
      columns: (ws.columns ?? []).map((c) => [c.width, c.hidden, c.numFmt]),
      // Read back by exceljs, though its types do not declare them.
      conditionalFormattings: Reflect.get(ws, 'conditionalFormattings') ?? null,
      merges: Reflect.get(ws, '_merges') ?? null,
    };
    const validations: unknown = Reflect.get(Reflect.get(ws, 'dataValidations') ?? {}, 'model') ?? null;
    return { name: ws.name, views: ws.views, setup, validations, cells };
  });
}

/** Parses CSV (comma, double quotes) into rows of strings. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
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

/** Recalculates every formula with LibreOffice and returns each sheet as CSV rows. */
export function recalculate(bytes: Uint8Array, sheets: readonly string[]): Record<string, string[][]> {
  const dir = mkdtempSync(join(tmpdir(), 'hr-recalc-'));
  try {
    const input = join(dir, 'budsjett.xlsx');
    writeFileSync(input, bytes);
    const out = join(dir, 'out');
    const run = spawnSync(XLSX_RECALC, [input, out], { encoding: 'utf8', timeout: 240_000 });
    if (run.status !== 0) throw new Error(`xlsx-recalc feilet (${run.status}): ${run.stderr}`);
    const result: Record<string, string[][]> = {};
    for (const s of sheets) result[s] = parseCsv(readFileSync(join(out, `budsjett-${s}.csv`), 'utf8'));
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Tiltak" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';

/** A minimal .xlsx with one sheet «Tiltak» whose XML is given as parts (joined without copying twice). */
export function xlsxWithSheet(sheetParts: Uint8Array[], level: 0 | 1 | 6 | 9 = 1): Uint8Array {
  const size = sheetParts.reduce((n, p) => n + p.length, 0);
  const sheet = new Uint8Array(size);
  let o = 0;
  for (const p of sheetParts) {
    sheet.set(p, o);
    o += p.length;
  }
  return zipSync(
    {
      '[Content_Types].xml': strToU8(CONTENT_TYPES),
      '_rels/.rels': strToU8(ROOT_RELS),
      'xl/workbook.xml': strToU8(WORKBOOK),
      'xl/_rels/workbook.xml.rels': strToU8(WORKBOOK_RELS),
      'xl/worksheets/sheet1.xml': sheet,
    },
    { level },
  );
}

export const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_TAIL = '</sheetData></worksheet>';

/** A workbook whose only sheet «Tiltak» has a million rows (built in 50 000-row blocks). */
export function millionRowWorkbook(): Uint8Array {
  const parts: Uint8Array[] = [strToU8(SHEET_HEAD)];
  const block: string[] = [];
  for (let r = 1; r <= 1_000_000; r++) {
    block.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    if (block.length === 50_000) {
      parts.push(strToU8(block.join('')));
      block.length = 0;
    }
  }
  parts.push(strToU8(SHEET_TAIL));
  return xlsxWithSheet(parts);
}

/** A zip bomb: a workbook whose sheet is 60 MB of zeros (well under 1 MB packed). */
export function zipBombWorkbook(): Uint8Array {
  return xlsxWithSheet([new Uint8Array(60 * 1024 * 1024)], 9);
}
