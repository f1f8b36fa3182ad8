/**
 * Les de kontrollerte delene: loads a workbook into exceljs from the parts the limits check
 * unpacked (`checkAndUnpackWorkbook`), so every part is unpacked once — by the check — and
 * exceljs sees exactly the bytes that were counted and scanned.
 *
 * exceljs's own `wb.xlsx.load` (exceljs 4.4, lib/xlsx/xlsx.js) unzips the file with JSZip and
 * then streams each part's text into its parsers (xforms), reconciles the model and hands it
 * to the workbook. This does the same with the same parsers — `wb.xlsx`'s own methods, so in
 * Node and in the browser bundle alike — but takes the parts from the check instead of
 * JSZip: the entries in JSZip's order and under JSZip's names (folders skipped, the path
 * resolved, the last of a name kept), each part's text in pieces of 16 KB, dispatched by name
 * as exceljs does. Differences, on purpose:
 * - docProps/app.xml and docProps/core.xml (author, dates, company) are not read: no cell
 *   depends on them, and their parsers are not reachable from the workbook;
 * - a part exceljs would read as a worksheet that the check did not scan (a name like
 *   «xl/worksheets/sheet1.xml.rels» or «xl/./worksheets/sheet1.xml») is refused: its cells
 *   were never counted against the limits.
 * tests/shared/excel/load-workbook.test.ts compares it cell by cell with `wb.xlsx.load`.
 */
import ExcelJS from 'exceljs';
import { concat, type CheckedPart } from './limits';

/** A part's text as exceljs's parsers take it: any async iterable of strings. */
type TextStream = AsyncIterable<string>;

/** What exceljs's parsers build while loading (its `load` keeps the same fields). */
interface LoadModel {
  worksheets: unknown[];
  worksheetHash: Record<string, unknown>;
  worksheetRels: unknown[];
  themes: Record<string, string>;
  media: { type: 'image'; name: string; extension: string; buffer: Uint8Array }[];
  mediaIndex: Record<string, number>;
  drawings: Record<string, unknown>;
  drawingRels: Record<string, unknown>;
  comments: Record<string, unknown>;
  tables: Record<string, unknown>;
  vmlDrawings: Record<string, unknown>;
  [field: string]: unknown;
}

/** An exceljs parser (xform) read from a stream. */
interface Xform {
  parseStream(stream: TextStream): Promise<unknown>;
}

/** The workbook part as exceljs's WorkbookXform parses it. */
interface WorkbookPart {
  sheets: unknown;
  definedNames: unknown;
  views: unknown;
  properties: unknown;
  calcProperties: unknown;
}

/** The methods of exceljs's XLSX (`wb.xlsx`) that its `load` calls, as in exceljs 4.4. */
interface XlsxInternals {
  parseRels(stream: TextStream): Promise<unknown>;
  parseWorkbook(stream: TextStream): Promise<WorkbookPart>;
  prepareModel(model: unknown, options: object): void;
  reconcile(model: LoadModel, options: undefined): void;
  _processWorksheetEntry(stream: TextStream, model: LoadModel, sheetNo: string, options: undefined, path: string): Promise<void>;
  _processWorksheetRelsEntry(stream: TextStream, model: LoadModel, sheetNo: string): Promise<void>;
  _processDrawingEntry(stream: TextStream, model: LoadModel, name: string): Promise<void>;
  _processCommentEntry(stream: TextStream, model: LoadModel, name: string): Promise<void>;
  _processTableEntry(stream: TextStream, model: LoadModel, name: string): Promise<void>;
  _processDrawingRelsEntry(stream: TextStream, model: LoadModel, name: string): Promise<void>;
  _processVmlDrawingEntry(stream: TextStream, model: LoadModel, name: string): Promise<void>;
}

/** Characters per piece handed to the parser: exceljs's own load uses 16 KB (one huge string makes its SAX wrapper gather every event at once). */
const PIECE = 16 * 1024;

/** The part's bytes as UTF-8 text in pieces of at most PIECE bytes (a character split between pieces is joined). */
async function* textOf(chunks: readonly Uint8Array[]): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  for (const chunk of chunks) {
    for (let o = 0; o < chunk.length; o += PIECE) {
      const text = decoder.decode(chunk.subarray(o, o + PIECE), { stream: true });
      if (text !== '') yield text;
    }
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}

async function wholeText(chunks: readonly Uint8Array[]): Promise<string> {
  let text = '';
  for await (const piece of textOf(chunks)) text += piece;
  return text;
}

/** JSZip's path resolution of an entry name (jszip/lib/utils.js `resolve`): «.» and empty inner parts dropped, «..» goes up. */
function resolvePath(path: string): string {
  const parts = path.split('/');
  const out: string[] = [];
  parts.forEach((part, i) => {
    if (part === '.' || (part === '' && i !== 0 && i !== parts.length - 1)) return;
    if (part === '..') out.pop();
    else out.push(part);
  });
  return out.join('/');
}

/** The classes exceljs's load makes the shared strings and styles with, from the same copy of exceljs as `xlsx` (its write path makes both). */
function xformClasses(xlsx: XlsxInternals): { SharedStrings: new () => Xform; Styles: new () => Xform } {
  const model = new ExcelJS.Workbook().model as unknown as { sharedStrings: Xform; styles: Xform };
  xlsx.prepareModel(model, {});
  return {
    SharedStrings: model.sharedStrings.constructor as new () => Xform,
    Styles: model.styles.constructor as new () => Xform,
  };
}

/** Ukontrollert ark: a part exceljs would read as a worksheet although the limits check never scanned it. */
export class UncheckedSheetError extends Error {
  constructor(readonly part: string) {
    super('unchecked-sheet');
  }
}

/**
 * Leser arbeidsboken fra de kontrollerte delene: a Workbook with what exceljs's `wb.xlsx.load`
 * would read from the same file (see the module comment for the two differences). Throws what
 * exceljs's parsers throw on malformed XML, and `UncheckedSheetError`.
 */
export async function loadCheckedWorkbook(parts: readonly CheckedPart[]): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  const xlsx = wb.xlsx as unknown as XlsxInternals;
  const { SharedStrings, Styles } = xformClasses(xlsx);

  // JSZip's files: folders left out, names resolved, the last part of a name in the place of the first.
  const files = new Map<string, CheckedPart>();
  for (const part of parts) {
    if (!part.folder) files.set(resolvePath(part.name), part);
  }

  const model: LoadModel = {
    worksheets: [],
    worksheetHash: {},
    worksheetRels: [],
    themes: {},
    media: [],
    mediaIndex: {},
    drawings: {},
    drawingRels: {},
    comments: {},
    tables: {},
    vmlDrawings: {},
  };
  for (const [key, part] of files) {
    const entryName = key.startsWith('/') ? key.slice(1) : key;
    const stream = textOf(part.chunks);
    switch (entryName) {
      case '_rels/.rels':
        model.globalRels = await xlsx.parseRels(stream);
        break;
      case 'xl/workbook.xml': {
        const workbook = await xlsx.parseWorkbook(stream);
        model.sheets = workbook.sheets;
        model.definedNames = workbook.definedNames;
        model.views = workbook.views;
        model.properties = workbook.properties;
        model.calcProperties = workbook.calcProperties;
        break;
      }
      case 'xl/_rels/workbook.xml.rels':
        model.workbookRels = await xlsx.parseRels(stream);
        break;
      case 'xl/sharedStrings.xml': {
        const sharedStrings = new SharedStrings();
        model.sharedStrings = sharedStrings;
        await sharedStrings.parseStream(stream);
        break;
      }
      case 'xl/styles.xml': {
        const styles = new Styles();
        model.styles = styles;
        await styles.parseStream(stream);
        break;
      }
      case 'docProps/app.xml':
      case 'docProps/core.xml':
        break;
      default: {
        // The same patterns, in the same order, as exceljs's load (they are not anchored there either).
        let match = /xl\/worksheets\/sheet(\d+)[.]xml/.exec(entryName);
        if (match?.[1] !== undefined) {
          if (!part.scanned) throw new UncheckedSheetError(part.name);
          await xlsx._processWorksheetEntry(stream, model, match[1], undefined, entryName);
          break;
        }
        match = /xl\/worksheets\/_rels\/sheet(\d+)[.]xml.rels/.exec(entryName);
        if (match?.[1] !== undefined) {
          await xlsx._processWorksheetRelsEntry(stream, model, match[1]);
          break;
        }
        match = /xl\/theme\/([a-zA-Z0-9]+)[.]xml/.exec(entryName);
        if (match?.[1] !== undefined) {
          model.themes[match[1]] = await wholeText(part.chunks);
          break;
        }
        match = /xl\/media\/([a-zA-Z0-9]+[.][a-zA-Z0-9]{3,4})$/.exec(entryName);
        if (match?.[1] !== undefined) {
          const filename = match[1];
          const lastDot = filename.lastIndexOf('.');
          // exceljs ignores a medium whose extension it cannot tell.
          if (lastDot >= 1) {
            const name = filename.slice(0, lastDot);
            model.mediaIndex[filename] = model.media.length;
            model.mediaIndex[name] = model.media.length;
            model.media.push({ type: 'image', name, extension: filename.slice(lastDot + 1), buffer: concat(part.chunks) });
          }
          break;
        }
        match = /xl\/drawings\/([a-zA-Z0-9]+)[.]xml/.exec(entryName);
        if (match?.[1] !== undefined) {
          await xlsx._processDrawingEntry(stream, model, match[1]);
          break;
        }
        match = /xl\/(comments\d+)[.]xml/.exec(entryName);
        if (match?.[1] !== undefined) {
          await xlsx._processCommentEntry(stream, model, match[1]);
          break;
        }
        match = /xl\/tables\/(table\d+)[.]xml/.exec(entryName);
        if (match?.[1] !== undefined) {
          await xlsx._processTableEntry(stream, model, match[1]);
          break;
        }
        match = /xl\/drawings\/_rels\/([a-zA-Z0-9]+)[.]xml[.]rels/.exec(entryName);
        if (match?.[1] !== undefined) {
          await xlsx._processDrawingRelsEntry(stream, model, match[1]);
          break;
        }
        match = /xl\/drawings\/(vmlDrawing\d+)[.]vml/.exec(entryName);
        if (match?.[1] !== undefined) await xlsx._processVmlDrawingEntry(stream, model, match[1]);
      }
    }
  }
  xlsx.reconcile(model, undefined);
  wb.model = model as unknown as ExcelJS.WorkbookModel;
  return wb;
}
