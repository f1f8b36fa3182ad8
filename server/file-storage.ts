/**
 * Team documents in files under `<data>/documents/<workspace>/<strategyId>.ylog`: one
 * append-only log of Yjs updates per document. Each store appends only what changed since
 * the last one (the update against the stored state vector), as a record
 * `[length u32][crc32 u32][update]`, flushed to disk. When the log grows past a number of
 * records or bytes it is compacted: all updates merged into one, written to a temporary
 * file and renamed over the log (atomic). Reading merges every complete record; a torn
 * last record (a crash in the middle of an append) fails its length or checksum and is
 * dropped, and the log is rewritten without it before anything is appended again.
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import * as Y from 'yjs';
import { writeFileAtomic } from './atomic-file';
import { parseDocumentName } from './document-name';

/** Storage of team documents as Yjs updates (files or PostgreSQL). */
export interface DocumentStorage {
  /** The stored document as one Yjs update, or null when there is none. */
  fetch(documentName: string): Promise<Uint8Array | null>;
  /** Stores the document's current state. */
  store(documentName: string, document: Y.Doc): Promise<void>;
  /** Forgets what is cached about a document that left memory. */
  forget?(documentName: string): void;
  /** Releases connections. */
  close?(): Promise<void>;
}

/** When a log is compacted. */
export interface CompactionLimits {
  /** Compact after this many records (default 200). */
  maxRecords: number;
  /** Compact when the log is this many times larger than the merged state, once it is over 64 KiB (default 4). */
  maxGrowth: number;
}

const HEADER = 8;

/** Splits a log into its records; `validBytes` is where the last complete record ends. */
export function readRecords(bytes: Uint8Array): { updates: Uint8Array[]; validBytes: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const updates: Uint8Array[] = [];
  let at = 0;
  while (at + HEADER <= bytes.length) {
    const length = view.getUint32(at, true);
    const sum = view.getUint32(at + 4, true);
    if (at + HEADER + length > bytes.length) break;
    const update = bytes.subarray(at + HEADER, at + HEADER + length);
    if (crc32(update) !== sum) break;
    updates.push(update);
    at += HEADER + length;
  }
  return { updates, validBytes: at };
}

/** One record of the log. */
export function encodeRecord(update: Uint8Array): Uint8Array {
  const record = new Uint8Array(HEADER + update.length);
  const view = new DataView(record.buffer);
  view.setUint32(0, update.length, true);
  view.setUint32(4, crc32(update), true);
  record.set(update, HEADER);
  return record;
}

interface LogState {
  /** State vector of what the log holds. */
  vector: Uint8Array;
  records: number;
  bytes: number;
}

/** The file storage: one append-only log per document with compaction. */
export class FileStorage implements DocumentStorage {
  private readonly logs = new Map<string, LogState>();
  private readonly limits: CompactionLimits;

  constructor(
    private readonly dataDir: string,
    limits: Partial<CompactionLimits> = {},
  ) {
    this.limits = { maxRecords: 200, maxGrowth: 4, ...limits };
  }

  /** Path of a document's log. */
  pathOf(documentName: string): string {
    const name = parseDocumentName(documentName);
    // Names are checked at authentication; this keeps any other name out of the file system.
    if (name === null) throw new Error(`invalid document name: ${documentName}`);
    return join(this.dataDir, 'documents', name.workspace, `${name.strategyId}.ylog`);
  }

  async fetch(documentName: string): Promise<Uint8Array | null> {
    const path = this.pathOf(documentName);
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (err) {
      if (err instanceof Error && 'code' in err && err.code === 'ENOENT') {
        this.logs.delete(documentName);
        return null;
      }
      throw err;
    }
    const { updates, validBytes } = readRecords(bytes);
    const merged = updates.length === 1 && updates[0] !== undefined ? updates[0] : Y.mergeUpdates(updates);
    const log: LogState = { vector: Y.encodeStateVectorFromUpdate(merged), records: updates.length, bytes: validBytes };
    if (validBytes < bytes.length) {
      // A torn tail: rewrite the log without it, so later appends stay readable.
      await this.writeCompacted(path, merged, log);
    }
    this.logs.set(documentName, log);
    return updates.length === 0 ? null : merged;
  }

  async store(documentName: string, document: Y.Doc): Promise<void> {
    const path = this.pathOf(documentName);
    const log = this.logs.get(documentName);
    if (log === undefined) {
      // Nothing read before (a new document): the log starts as one full state.
      await mkdir(dirname(path), { recursive: true });
      const state = Y.encodeStateAsUpdate(document);
      const fresh: LogState = { vector: Y.encodeStateVector(document), records: 0, bytes: 0 };
      await this.writeCompacted(path, state, fresh);
      this.logs.set(documentName, fresh);
      return;
    }
    // Only what the log does not hold yet (plus the delete set, which Yjs always sends whole).
    const delta = Y.encodeStateAsUpdate(document, log.vector);
    const record = encodeRecord(delta);
    const handle = await open(path, 'a');
    try {
      await handle.write(record);
      await handle.sync();
    } finally {
      await handle.close();
    }
    log.vector = Y.encodeStateVector(document);
    log.records += 1;
    log.bytes += record.length;
    if (this.needsCompaction(log, document)) {
      await this.writeCompacted(path, Y.encodeStateAsUpdate(document), log);
    }
  }

  forget(documentName: string): void {
    this.logs.delete(documentName);
  }

  private needsCompaction(log: LogState, document: Y.Doc): boolean {
    if (log.records > this.limits.maxRecords) return true;
    if (log.bytes < 64 * 1024) return false;
    return log.bytes > this.limits.maxGrowth * Y.encodeStateAsUpdate(document).length;
  }

  private async writeCompacted(path: string, state: Uint8Array, log: LogState): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    const record = encodeRecord(state);
    await writeFileAtomic(path, record);
    log.records = 1;
    log.bytes = record.length;
  }
}
