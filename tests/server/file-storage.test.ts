/**
 * The file storage: one append-only log of Yjs updates per document, appended with only
 * what changed, compacted into one record when it grows, atomic on rewrite, and tolerant
 * of a torn last record.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { appendFileSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { encodeRecord, FileStorage, readRecords } from '../../server/file-storage';
import { tempDataDir } from './helpers';

const NAME = 'team/str_abc';
let dir: string;

afterEach(() => rmSync(dir, { recursive: true, force: true }));

function logOf(storage: FileStorage): Uint8Array {
  return new Uint8Array(readFileSync(storage.pathOf(NAME)));
}

describe('FileStorage', () => {
  it('stores under documents/<workspace>/<strategyId>.ylog and refuses other names', () => {
    dir = tempDataDir();
    const storage = new FileStorage(dir);
    expect(storage.pathOf(NAME)).toBe(join(dir, 'documents', 'team', 'str_abc.ylog'));
    for (const bad of ['../x', 'team/../../etc', 'team', 'team/a/b', '/abs/x']) expect(() => storage.pathOf(bad)).toThrow();
  });

  it('appends one small record per store and reads the merged document back', async () => {
    dir = tempDataDir();
    const storage = new FileStorage(dir);
    expect(await storage.fetch(NAME)).toBeNull();
    const doc = new Y.Doc();
    const map = doc.getMap('tiltak');
    map.set('a', 'x'.repeat(2000));
    await storage.store(NAME, doc);
    const first = statSync(storage.pathOf(NAME)).size;
    map.set('b', 1);
    await storage.store(NAME, doc);
    map.delete('a');
    await storage.store(NAME, doc);
    const { updates } = readRecords(logOf(storage));
    expect(updates).toHaveLength(3);
    // The second record holds only the new entry, not the 2000 characters again.
    expect(updates[1]?.length).toBeLessThan(100);
    expect(statSync(storage.pathOf(NAME)).size).toBeLessThan(first + 200);

    const reread = new Y.Doc();
    const fresh = new FileStorage(dir);
    Y.applyUpdate(reread, (await fresh.fetch(NAME)) ?? new Uint8Array());
    expect(reread.getMap('tiltak').toJSON()).toEqual({ b: 1 });
  });

  it('compacts the log into one record once it passes the limit, without losing anything', async () => {
    dir = tempDataDir();
    const storage = new FileStorage(dir, { maxRecords: 10 });
    const doc = new Y.Doc();
    const map = doc.getMap('tiltak');
    await storage.fetch(NAME);
    const counts: number[] = [];
    for (let i = 0; i < 25; i += 1) {
      map.set(`k${i % 7}`, i);
      await storage.store(NAME, doc);
      counts.push(readRecords(logOf(storage)).updates.length);
    }
    expect(Math.max(...counts)).toBeLessThanOrEqual(11);
    expect(counts).toContain(1);
    // No temporary files left beside the log.
    expect(readdirSync(join(dir, 'documents', 'team'))).toEqual(['str_abc.ylog']);
    const reread = new Y.Doc();
    Y.applyUpdate(reread, (await new FileStorage(dir).fetch(NAME)) ?? new Uint8Array());
    expect(reread.getMap('tiltak').toJSON()).toEqual(map.toJSON());
  });

  it('compacts when the log is much larger than the document (many overwrites of a big value)', async () => {
    dir = tempDataDir();
    const storage = new FileStorage(dir, { maxRecords: 10_000, maxGrowth: 4 });
    const doc = new Y.Doc();
    await storage.fetch(NAME);
    for (let i = 0; i < 40; i += 1) {
      doc.getMap('tiltak').set('tekst', `${i}`.repeat(10_000));
      await storage.store(NAME, doc);
    }
    const size = statSync(storage.pathOf(NAME)).size;
    expect(size).toBeLessThan(5 * Y.encodeStateAsUpdate(doc).length + 64 * 1024);
  });

  it('drops a torn last record (a crash mid-append) and keeps appending readable records', async () => {
    dir = tempDataDir();
    const storage = new FileStorage(dir);
    const doc = new Y.Doc();
    doc.getMap('tiltak').set('a', 1);
    await storage.store(NAME, doc);
    const extra = new Y.Doc();
    extra.getMap('tiltak').set('b', 2);
    const torn = encodeRecord(Y.encodeStateAsUpdate(extra)).subarray(0, 12);
    appendFileSync(storage.pathOf(NAME), torn);

    const restarted = new FileStorage(dir);
    const back = new Y.Doc();
    Y.applyUpdate(back, (await restarted.fetch(NAME)) ?? new Uint8Array());
    expect(back.getMap('tiltak').toJSON()).toEqual({ a: 1 });
    const { validBytes } = readRecords(logOf(restarted));
    expect(validBytes).toBe(logOf(restarted).length);

    back.getMap('tiltak').set('c', 3);
    await restarted.store(NAME, back);
    const again = new Y.Doc();
    Y.applyUpdate(again, (await new FileStorage(dir).fetch(NAME)) ?? new Uint8Array());
    expect(again.getMap('tiltak').toJSON()).toEqual({ a: 1, c: 3 });
  });

  it('a record with a wrong checksum ends the log there', () => {
    const good = encodeRecord(new Uint8Array([1, 2, 3]));
    const bad = encodeRecord(new Uint8Array([4, 5, 6]));
    bad[9] = 99;
    const bytes = new Uint8Array([...good, ...bad]);
    const { updates, validBytes } = readRecords(bytes);
    expect(updates.map((u) => [...u])).toEqual([[1, 2, 3]]);
    expect(validBytes).toBe(good.length);
  });
});
