/**
 * A zip writer with the part of archiver's API that exceljs's streaming WorkbookWriter uses
 * (`archiver('zip')`, `pipe`, `append`, `finalize`, `on('error')`), on fflate's streaming
 * Zip: archiver needs Node's zlib and streams, fflate runs in a browser worker. Each entry is
 * deflated as its data arrives, so only the compressed bytes wait for the sink. vite.config.ts
 * points `archiver` at ./archiver.cjs, which hands over zipArchiver, for the browser build.
 */
import { Zip, ZipDeflate, strToU8 } from 'fflate';

/** Where the zip's bytes go (a Writable: the WorkbookWriter's `stream` option). */
export interface ZipSink {
  write(chunk: Uint8Array): unknown;
  end(): unknown;
}

/** An entry's data as exceljs hands it over: text, bytes, or exceljs's StreamBuf. */
type EntrySource = string | Uint8Array | { pipe(destination: { write(chunk: Uint8Array, callback?: () => void): void; end(): void }): void };

type ErrorListener = (error: Error) => void;

/** The archiver object exceljs drives. */
export class ZipArchiver {
  private readonly zip: Zip;
  private sink: ZipSink | null = null;
  private readonly pending: Uint8Array[] = [];
  private ended = false;
  private readonly errorListeners: ErrorListener[] = [];

  constructor() {
    this.zip = new Zip((error, data, final) => {
      if (error) {
        for (const l of this.errorListeners) l(error);
        return;
      }
      if (this.sink) this.sink.write(data);
      else this.pending.push(data);
      if (final) {
        this.ended = true;
        this.sink?.end();
      }
    });
  }

  /** Sends the zip's bytes to `sink` from now on (and what came before). */
  pipe(sink: ZipSink): ZipSink {
    this.sink = sink;
    for (const chunk of this.pending.splice(0)) sink.write(chunk);
    if (this.ended) sink.end();
    return sink;
  }

  /** Adds an entry; a stream's data is deflated as it is written. */
  append(source: EntrySource, options: { name: string; base64?: boolean }): this {
    // archiver strips the leading «/» exceljs gives some names.
    const entry = new ZipDeflate(options.name.replace(/^\/+/, ''), { level: 6 });
    this.zip.add(entry);
    if (typeof source === 'string') entry.push(options.base64 === true ? base64ToBytes(source) : strToU8(source), true);
    else if (source instanceof Uint8Array) entry.push(source, true);
    else {
      source.pipe({
        write: (chunk, callback) => {
          entry.push(chunk);
          callback?.();
        },
        end: () => entry.push(new Uint8Array(0), true),
      });
    }
    return this;
  }

  /** Ends the zip once every entry is complete. */
  finalize(): Promise<void> {
    this.zip.end();
    return Promise.resolve();
  }

  /** Only `error` is emitted; `finish` comes from the sink. */
  on(event: string, listener: ErrorListener): this {
    if (event === 'error') this.errorListeners.push(listener);
    return this;
  }
}

function base64ToBytes(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** `archiver(format, options)`: only zip is asked for (./archiver.cjs hands it to exceljs). */
export function zipArchiver(format: string): ZipArchiver {
  if (format !== 'zip') throw new Error(`internal: archiver format ${format}`);
  return new ZipArchiver();
}
