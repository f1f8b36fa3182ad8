/*
 * Types for the two CommonJS modules the Excel worker's streaming export imports directly:
 * exceljs's streaming WorkbookWriter (its browser bundle has only the in-memory Workbook)
 * and readable-stream's Writable (no @types package is installed).
 */
declare module 'exceljs/lib/stream/xlsx/workbook-writer.js' {
  import type { stream } from 'exceljs';
  /** The options the worker gives; `stream` is any writable the zip can pipe into. */
  interface WriterOptions {
    stream: object;
    useStyles: boolean;
    useSharedStrings: boolean;
  }
  const WorkbookWriter: new (options: WriterOptions) => stream.xlsx.WorkbookWriter;
  export default WorkbookWriter;
}

declare module 'readable-stream' {
  /** The part of Node's stream.Writable the export's sink uses. */
  export class Writable {
    constructor(options: { write(chunk: Uint8Array, encoding: string, callback: (error?: Error | null) => void): void });
    on(event: 'finish' | 'error', listener: (error?: Error) => void): this;
  }
}
