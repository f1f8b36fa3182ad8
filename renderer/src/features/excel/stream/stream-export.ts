/**
 * The Excel worker's export: the budget workbook written with exceljs's streaming
 * WorkbookWriter — the same writer and the same sheet code (shared/excel/export's
 * writeWorkbook) as the CLI — into a sink that gathers the zip's bytes as Blob parts. Rows
 * are committed as they are written, so memory stays bounded by the rows in flight and the
 * compressed file, not by the whole workbook as with the in-memory Workbook + writeBuffer
 * (100 000 tiltak: 4.3 GB peak before, see `npm run bench -- --excel-only`).
 *
 * exceljs's browser bundle holds only the in-memory Workbook, so the writer comes from its
 * lib/ sources, which Vite bundles for the worker with `archiver` pointed at ./zip-archiver
 * (fflate) and `events` at ./events (vite.config.ts), and the globals from ./node-globals.
 */
import './node-globals';
import WorkbookWriter from 'exceljs/lib/stream/xlsx/workbook-writer.js';
import { Writable } from 'readable-stream';
import type { PlanDocument } from '@shared/domain/document';
import { writeWorkbook, type ExportOptions } from '@shared/excel/export';

/** MIME type of an .xlsx workbook. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Compressed bytes gathered before they are folded into one Blob part. */
const PART_BYTES = 4 * 1024 * 1024;

/**
 * Collects the zip's bytes as Blob parts (the browser may keep large Blobs outside the JS
 * heap). The zip hands over many small chunks (one per deflated stretch of a row's XML);
 * they are copied into one part buffer, and each full buffer becomes one Blob part. A Blob
 * copies its bytes when it is made, so the buffer is reused. Before, every chunk was copied
 * on its own and each part was a Blob of thousands of small arrays: at 200 000 tiltak the
 * Blobs' handling of some hundred thousand little arrays grew faster than the plan (issue 13).
 */
class BlobSink {
  private readonly parts: Blob[] = [];
  private readonly buffer = new Uint8Array(PART_BYTES);
  private size = 0;

  add(chunk: Uint8Array): void {
    let offset = 0;
    while (offset < chunk.byteLength) {
      const n = Math.min(chunk.byteLength - offset, PART_BYTES - this.size);
      this.buffer.set(chunk.subarray(offset, offset + n), this.size);
      this.size += n;
      offset += n;
      if (this.size === PART_BYTES) this.fold();
    }
  }

  blob(): Blob {
    this.fold();
    return new Blob(this.parts, { type: XLSX_TYPE });
  }

  private fold(): void {
    if (this.size === 0) return;
    this.parts.push(new Blob([this.buffer.subarray(0, this.size)]));
    this.size = 0;
  }
}

/**
 * Eksporter budsjettarbeidsbok, streaming: the plan for `year` as an .xlsx Blob (see
 * writeWorkbook). Throws a MessageError (`excel.context.*`) when the document has no plan
 * for that year.
 */
export async function exportWorkbookBlob(doc: PlanDocument, year: number, opts: ExportOptions = {}): Promise<Blob> {
  const sink = new BlobSink();
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      sink.add(chunk);
      callback();
    },
  });
  // Inline strings, as the CLI (cli/excel-file.ts): a shared-string table holds every text
  // of the plan in memory until the end.
  const wb = new WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  await writeWorkbook(wb, doc, year, { ...opts, streaming: true }, () => wb.commit().then(() => undefined));
  return sink.blob();
}
