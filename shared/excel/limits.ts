/**
 * Grenser mot fiendtlige filer: checks an .xlsx file BEFORE exceljs loads it — file size,
 * zip structure (not a zip, truncated, encrypted, too many entries), the real unpacked size
 * (zip bomb: every entry is inflated with fflate, counted and stopped at the limit, so a
 * lying size header does not help), and rows, columns and cells per sheet (counted while
 * inflating the sheet XML), and the memory reading it would take (cells and unpacked bytes
 * weighed by `readCost`: long unique texts pass the cell limits but not this). The import's
 * exceljs reads exactly the parts unpacked here (`checkAndUnpackWorkbook`, ./load-workbook).
 *
 * The central directory is read here rather than with fflate's unzipSync because the
 * bounded inflate needs each entry's local-header offset, which fflate does not expose.
 */
import { Inflate, strFromU8 } from 'fflate';
import { msg, type Message, type MessageParams } from '../i18n/message';
import { columnLetter } from './layout';
import { DEFAULT_LIMITS, limitError, megabytes, readCost } from './limit-values';
import type { LimitCode, SheetStats, WorkbookLimits, ZipCheck, ZipReport } from './limit-values';

export * from './limit-values';


class Refusal extends Error {
  constructor(readonly error: Message) {
    super(error.code);
  }
}

function refuse(code: LimitCode, params: MessageParams = {}): never {
  throw new Refusal(limitError(code, params));
}

/** The `detail` of a «corrupt» refusal: an `excel.corrupt.*` message. */
function corrupt(detail: string, params: MessageParams = {}): never {
  refuse('corrupt', { detail: msg(`excel.corrupt.${detail}`, params) });
}

const u16 = (b: Uint8Array, o: number): number => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, o: number): number => (u16(b, o) + u16(b, o + 2) * 65536);
const u64 = (b: Uint8Array, o: number): number => u32(b, o) + u32(b, o + 4) * 4294967296;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
const SIG_ZIP64_EOCD = 0x06064b50;

interface Entry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  dataStart: number;
  /** CRC-32 of the unpacked bytes, version made by and external attributes (what marks a folder), from the central directory. */
  crc: number;
  madeBy: number;
  attributes: number;
}

const mb = megabytes;

function readCentralDirectory(bytes: Uint8Array, limits: WorkbookLimits): Entry[] {
  const len = bytes.length;
  if (len === 0) refuse('empty');
  const startsLikeZip = u32(bytes, 0) === SIG_LOCAL || u32(bytes, 0) === SIG_EOCD;
  // OLE2 compound file: the old .xls format, or an .xlsx encrypted with a password.
  if (u32(bytes, 0) === 0xe011cfd0 && u32(bytes, 4) === 0xe11ab1a1) refuse('legacy');
  if (!startsLikeZip) refuse('not-zip');
  let eocd = -1;
  for (let p = len - 22; p >= 0 && p >= len - 22 - 65535; p--) {
    if (u32(bytes, p) === SIG_EOCD) {
      eocd = p;
      break;
    }
  }
  if (eocd < 0) refuse('truncated');
  let count = u16(bytes, eocd + 10);
  let cdSize = u32(bytes, eocd + 12);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc < 0 || u32(bytes, loc) !== SIG_ZIP64_LOCATOR) corrupt('zip64Locator');
    const z = u64(bytes, loc + 8);
    if (z + 56 > len || u32(bytes, z) !== SIG_ZIP64_EOCD) corrupt('zip64Directory');
    count = u64(bytes, z + 32);
    cdSize = u64(bytes, z + 40);
    cdOffset = u64(bytes, z + 48);
  }
  if (count > limits.maxEntries) refuse('too-many-entries', { count, max: limits.maxEntries });
  if (cdOffset + cdSize > len) refuse('truncated');

  const entries: Entry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > len || u32(bytes, p) !== SIG_CENTRAL) corrupt('directory');
    const flags = u16(bytes, p + 8);
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let size = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    let localOffset = u32(bytes, p + 42);
    const name = strFromU8(bytes.subarray(p + 46, p + 46 + nameLen), (flags & 0x800) === 0);
    // zip64 extra field: the 8-byte values follow in this order for the fields that are 0xFFFFFFFF.
    let x = p + 46 + nameLen;
    const xEnd = x + extraLen;
    while (x + 4 <= xEnd) {
      const id = u16(bytes, x);
      const sz = u16(bytes, x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (size === 0xffffffff) {
          size = u64(bytes, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff) {
          compressedSize = u64(bytes, q);
          q += 8;
        }
        if (localOffset === 0xffffffff) localOffset = u64(bytes, q);
      }
      x += 4 + sz;
    }
    if (flags & 0x1) refuse('encrypted');
    if (method !== 0 && method !== 8) corrupt('method', { method, part: name });
    if (localOffset + 30 > len || u32(bytes, localOffset) !== SIG_LOCAL) refuse('truncated');
    const dataStart = localOffset + 30 + u16(bytes, localOffset + 26) + u16(bytes, localOffset + 28);
    if (dataStart + compressedSize > len) refuse('truncated');
    entries.push({ name: name.replace(/^\//, ''), method, compressedSize, size, dataStart, crc: u32(bytes, p + 16), madeBy: u16(bytes, p + 4), attributes: u32(bytes, p + 38) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The bytes that may end a tag's name: space, «>», «/», tab, line feed, carriage return. */
const isDelimiter = (c: number): boolean => c === 0x20 || c === 0x3e || c === 0x2f || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * Arkskanner: counts rows, cells and the highest column in worksheet XML as it streams past
 * (chunk boundaries do not matter), and refuses as soon as a limit is passed — it throws the
 * refusal; `checkWorkbookZip` turns it into its result. Exported for its tests.
 */
export class SheetScanner {
  rows = 0;
  cells = 0;
  maxColumn = 0;
  // Last bytes seen, to recognise «<row» / «<c» followed by a delimiter across chunks.
  private b1 = 0;
  private b2 = 0;
  private b3 = 0;
  private b4 = 0;
  // Inside a <c …> or <row …> start tag: reading attributes to find r="…" (exceljs needs it).
  private inCell = false;
  private inRow = false;
  private attrState = 0;
  private letters = 0;

  constructor(
    private readonly name: string,
    private readonly limits: WorkbookLimits,
    /** Cells counted in the sheets before this one. */
    private readonly cellsBefore = 0,
  ) {}

  /**
   * Scans a piece of the sheet XML. Between tags it jumps from «<» to «<» and looks ahead at
   * the name: a «<» that does not start «<c» or «<row» (+ delimiter) anchors nothing, and the
   * bytes before the next «<» can anchor nothing either, so only the start tags of cells and
   * rows (and the bytes near a piece's end) go through the byte machine `step`. The counts and
   * refusals are exactly those of feeding every byte to `step` (tests/shared/excel/sheet-scanner.test.ts).
   */
  push(chunk: Uint8Array): void {
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      // The byte machine while a start tag's attributes are read, or while the last four bytes hold a «<».
      if (this.inCell || this.inRow || this.b1 === 0x3c || this.b2 === 0x3c || this.b3 === 0x3c || this.b4 === 0x3c) {
        this.step(chunk[i] ?? 0);
        i++;
        continue;
      }
      // No «<» among the last four bytes and no tag open: skip to the next «<».
      while (i < n && chunk[i] !== 0x3c) i++;
      // The skipped bytes hold no «<»: as history they anchor nothing, the same as zeros.
      this.b1 = this.b2 = this.b3 = this.b4 = 0;
      if (i >= n) return;
      // A «<» whose next four bytes are in this piece: decide here whether it starts a cell or a row.
      while (i + 4 < n) {
        const c1 = chunk[i + 1] ?? 0;
        const cell = c1 === 0x63 && isDelimiter(chunk[i + 2] ?? 0);
        const row = c1 === 0x72 && chunk[i + 2] === 0x6f && chunk[i + 3] === 0x77 && isDelimiter(chunk[i + 4] ?? 0);
        if (cell || row) break;
        // Anchors nothing: on to the next «<» (the bytes in between anchor nothing either).
        i++;
        while (i < n && chunk[i] !== 0x3c) i++;
        if (i >= n) return;
      }
      // A cell or row start, or a «<» too near the end: the byte machine from here (history as zeros).
      this.step(0x3c);
      i++;
    }
  }

  /** One byte through the machine: a delimiter after «<row» / «<c» counts; then the attributes are read. */
  private step(c: number): void {
    const { maxRows, maxCells, maxColumns } = this.limits;
    if (isDelimiter(c)) {
      // «<row» + delimiter
      if (this.b4 === 0x3c && this.b3 === 0x72 && this.b2 === 0x6f && this.b1 === 0x77) {
        if (++this.rows > maxRows) refuse('too-many-rows', { sheet: this.name, max: maxRows });
        this.inRow = true;
        this.attrState = 0;
      } else if (this.b2 === 0x3c && this.b1 === 0x63) {
        // «<c» + delimiter: a cell; read its attributes for r="…"
        if (++this.cells > maxCells) refuse('too-many-cells', { sheet: this.name, max: maxCells });
        if (this.cells + this.cellsBefore > this.limits.maxTotalCells) refuse('too-many-cells-total', { max: this.limits.maxTotalCells });
        this.inCell = true;
        this.attrState = 0;
        this.letters = 0;
      }
    }
    if (this.inCell || this.inRow) this.scanCellAttr(c, maxColumns);
    this.b4 = this.b3;
    this.b3 = this.b2;
    this.b2 = this.b1;
    this.b1 = c;
  }

  private scanCellAttr(c: number, maxColumns: number): void {
    // States: 0 = looking for « r="», 1 = saw space, 2 = saw r, 3 = saw =, 4 = reading letters.
    // The tag ends («>») before r="…": exceljs would fail on it with a JavaScript error.
    if (c === 0x3e) refuse('cell-without-reference', { sheet: this.name });
    switch (this.attrState) {
      case 0:
      case 1:
        this.attrState = c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d ? 1 : this.attrState === 1 && c === 0x72 ? 2 : 0;
        return;
      case 2:
        this.attrState = c === 0x3d ? 3 : c === 0x20 ? 1 : 0;
        return;
      case 3:
        this.attrState = c === 0x22 || c === 0x27 ? 4 : 0;
        if (this.attrState === 4 && this.inRow) this.inRow = false;
        return;
      case 4:
        if (c >= 0x41 && c <= 0x5a) {
          this.letters = this.letters * 26 + (c - 0x40);
          if (this.letters > maxColumns) {
            refuse('too-many-columns', { sheet: this.name, column: columnLetter(Math.min(this.letters, 16384)), max: maxColumns });
          }
        } else {
          if (this.letters > this.maxColumn) this.maxColumn = this.letters;
          this.inCell = false;
        }
        return;
    }
  }
}

/** Inflates one entry in slices, calling `sink` with each piece, never more than `budget` bytes. */
function inflateBounded(bytes: Uint8Array, e: Entry, budget: number, sink: (chunk: Uint8Array) => void): number {
  let produced = 0;
  const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > budget) throw new RangeError('budget');
    sink(chunk);
  };
  if (e.method === 0) {
    for (let o = 0; o < data.length; o += 1 << 20) take(data.subarray(o, Math.min(data.length, o + (1 << 20))));
    return produced;
  }
  const inflater = new Inflate((chunk) => take(chunk));
  const step = 1 << 16;
  for (let o = 0; o < data.length; o += step) inflater.push(data.subarray(o, Math.min(data.length, o + step)), o + step >= data.length);
  if (data.length === 0) inflater.push(new Uint8Array(0), true);
  return produced;
}

/** The pieces of an unpacked part as one byte array (sammenføyd). */
export function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function decodeXmlAttr(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&amp;/g, '&');
}

/** Sheet names by worksheet part, from xl/workbook.xml and its relationships. */
function sheetNames(workbookXml: string, relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const m of relsXml.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]*)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const out = new Map<string, string>();
  for (const m of workbookXml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const rid = /\br:id="([^"]*)"/.exec(m[0])?.[1];
    const path = rid ? targets.get(rid) : undefined;
    if (name !== undefined && path) out.set(path, decodeXmlAttr(name));
  }
  return out;
}

/**
 * Checks an .xlsx file against the limits without trusting any size it declares. Returns the
 * refusal (a message `excel.limits.<code>`) or what the file holds. Never throws for a bad file.
 */
export function checkWorkbookZip(bytes: Uint8Array, limits: WorkbookLimits = DEFAULT_LIMITS): ZipCheck {
  return checkZip(bytes, limits, false);
}

/**
 * One part of an accepted file as the check unpacked it (del), in the order of the central
 * directory. exceljs reads these and nothing else (../load-workbook).
 */
export interface CheckedPart {
  /** Its name in the central directory (one leading «/» removed), as the check named it. */
  name: string;
  /** A folder to JSZip (the name ends with «/», or the DOS or Unix folder attribute): exceljs skips it. */
  folder: boolean;
  /** The unpacked bytes, in the pieces they were unpacked in (none for a folder and for a workbook part a later one of the same name replaces). */
  chunks: Uint8Array[];
  /** Counted by the sheet scanner (rows, cells, columns): a worksheet the limits saw. */
  scanned: boolean;
}

/** An accepted file with its parts unpacked (`parts`), or the refusal. */
export type UnpackedCheck = { ok: true; report: ZipReport; parts: CheckedPart[] } | { ok: false; error: Message };

/**
 * Kontroller og pakk ut: checks the file as `checkWorkbookZip` does and keeps what it unpacked
 * — every part exactly as checked (its central-directory name, the bytes counted and scanned)
 * — so exceljs reads the parts without unpacking them a second time and cannot read anything
 * the check did not see. Never throws for a bad file.
 */
export function checkAndUnpackWorkbook(bytes: Uint8Array, limits: WorkbookLimits = DEFAULT_LIMITS): UnpackedCheck {
  const check = checkZip(bytes, limits, true);
  return check.ok ? { ok: true, report: check.report, parts: check.parts ?? [] } : check;
}

/** JSZip's test for a folder entry (jszip/lib/zipEntry.js processAttributes, object.js fileAdd): exceljs skips those. */
function isFolder(e: Entry): boolean {
  const unixFolder = e.madeBy >> 8 === 3 && ((e.attributes >>> 16) & 0x4000) !== 0;
  return e.name.endsWith('/') || (e.attributes & 0x10) !== 0 || unixFolder;
}

function checkZip(bytes: Uint8Array, limits: WorkbookLimits, keep: boolean): ZipCheck & { parts?: CheckedPart[] } {
  try {
    if (bytes.length > limits.maxFileBytes) refuse('too-large', { sizeMb: mb(bytes.length), maxMb: mb(limits.maxFileBytes) });
    const entries = readCentralDirectory(bytes, limits);
    const declared = entries.reduce((n, e) => n + e.size, 0);
    const bomb = (unpacked: number) =>
      refuse('zip-bomb', {
        sizeMb: mb(unpacked),
        ratio: Math.round(unpacked / Math.max(1, bytes.length)),
        maxMb: mb(limits.maxUnpackedBytes),
        maxRatio: limits.maxRatio,
      });
    const tooMuch = (unpacked: number) =>
      unpacked > limits.maxUnpackedBytes || (unpacked > limits.ratioFloorBytes && unpacked / bytes.length > limits.maxRatio);
    if (tooMuch(declared)) bomb(declared);
    const byName = new Map(entries.map((e) => [e.name, e]));
    const workbookEntry = byName.get('xl/workbook.xml');
    if (!workbookEntry) refuse('not-workbook');

    let unpacked = 0;
    // What is kept of each entry (with `keep`): the unpacked pieces, never more than the budget lets through.
    const parts = new Map(entries.map((e): [Entry, CheckedPart] => [e, { name: e.name, folder: isFolder(e), chunks: [], scanned: false }]));
    // Each entry may unpack to its declared size and no more: what JSZip would check only
    // after unpacking everything, this stops at the first byte too many.
    const inflateEntry = (e: Entry, scan: (chunk: Uint8Array) => void) => {
      const budget = Math.min(e.size, limits.maxUnpackedBytes - unpacked);
      const kept = keep ? parts.get(e)?.chunks : undefined;
      const sink = kept
        ? (chunk: Uint8Array) => {
            scan(chunk);
            kept.push(chunk);
          }
        : scan;
      try {
        const got = inflateBounded(bytes, e, budget, sink);
        unpacked += got;
        if (got !== e.size) corrupt('length', { part: e.name });
      } catch (err) {
        if (err instanceof Refusal) throw err;
        if (err instanceof RangeError && err.message === 'budget') {
          // Budget = declared size: the entry lies about its size. Otherwise the total ran out.
          if (budget === e.size) corrupt('larger', { part: e.name });
          bomb(unpacked + budget + 1);
        }
        corrupt('inflate', { part: e.name });
      }
      if (tooMuch(unpacked)) bomb(unpacked);
      // The memory exceljs would need for what is unpacked and counted so far (cells of the
      // sheets before this entry, and of this one once it is scanned: see the sheet loop).
      heavy();
    };
    let cellsSoFar = 0;
    const heavy = () => {
      const cost = readCost(cellsSoFar, unpacked);
      if (cost > limits.maxReadBytes) {
        refuse('too-much-content', { cells: cellsSoFar, sizeMb: mb(unpacked), needMb: mb(cost), maxMb: mb(limits.maxReadBytes) });
      }
    };

    const small = (name: string): string => {
      const e = byName.get(name);
      if (!e) return '';
      const chunks: Uint8Array[] = [];
      inflateEntry(e, (c) => chunks.push(c));
      return strFromU8(concat(chunks));
    };
    const names = sheetNames(small('xl/workbook.xml'), small('xl/_rels/workbook.xml.rels'));

    const sheets: SheetStats[] = [];
    let cellsBefore = 0;
    for (const e of entries) {
      if (e.name === 'xl/workbook.xml' || e.name === 'xl/_rels/workbook.xml.rels' || e.name.endsWith('/')) continue;
      if (/^xl\/worksheets\/[^/]+\.xml$/.test(e.name)) {
        const name = names.get(e.name) ?? e.name;
        const scanner = new SheetScanner(name, limits, cellsBefore);
        inflateEntry(e, (c) => scanner.push(c));
        const part = parts.get(e);
        if (part) part.scanned = true;
        cellsBefore += scanner.cells;
        cellsSoFar = cellsBefore;
        heavy();
        sheets.push({ path: e.name, name, rows: scanner.rows, cells: scanner.cells, maxColumn: scanner.maxColumn });
      } else {
        inflateEntry(e, () => undefined);
      }
    }
    const report = { entries: entries.length, unpackedBytes: unpacked, sheets };
    return keep ? { ok: true, report, parts: [...parts.values()] } : { ok: true, report };
  } catch (err) {
    if (err instanceof Refusal) return { ok: false, error: err.error };
    // A bug or an input the parser did not foresee: a clear refusal, never a JavaScript error text.
    return { ok: false, error: limitError('corrupt', { detail: msg('excel.corrupt.unknown') }) };
  }
}
