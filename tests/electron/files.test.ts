import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  isPlanFilePath,
  nodeFileSystem,
  readTextFileLimited,
  safeFileName,
  withExtension,
  writeFileAtomic,
} from '../../electron/main/files';
import type { FileSystem, WritableHandle } from '../../electron/main/files';

let dir: string;

beforeEach(async () => {
  dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'hr-files-'));
});
afterEach(async () => {
  await fsp.rm(dir, { recursive: true, force: true });
});

function ioError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code });
}

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temp file', async () => {
    const target = path.join(dir, 'plan.handlingsrom');
    await writeFileAtomic(target, '{"a":1}');
    expect(await fsp.readFile(target, 'utf8')).toBe('{"a":1}');
    expect(await fsp.readdir(dir)).toEqual(['plan.handlingsrom']);
  });

  it('replaces an existing file with the whole new content (bytes too)', async () => {
    const target = path.join(dir, 'export.xlsx');
    await fsp.writeFile(target, 'old');
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0xff, 0x00]);
    await writeFileAtomic(target, bytes);
    expect(new Uint8Array(await fsp.readFile(target))).toEqual(bytes);
    expect(await fsp.readdir(dir)).toEqual(['export.xlsx']);
  });

  it('syncs the data before the rename', async () => {
    const order: string[] = [];
    const fs: FileSystem = {
      ...nodeFileSystem,
      open: async (p, flags) => {
        const handle = await fsp.open(p, flags);
        const wrapped: WritableHandle = {
          writeFile: async (d) => {
            order.push(`write ${flags}`);
            await handle.writeFile(d);
          },
          sync: async () => {
            order.push(`sync ${flags}`);
            await handle.sync();
          },
          close: async () => {
            order.push(`close ${flags}`);
            await handle.close();
          },
        };
        return wrapped;
      },
      rename: async (a, b) => {
        order.push('rename');
        await fsp.rename(a, b);
      },
    };
    await writeFileAtomic(path.join(dir, 'p.handlingsrom'), 'x', fs);
    expect(order.slice(0, 4)).toEqual(['write wx', 'sync wx', 'close wx', 'rename']);
  });

  it('leaves the old file untouched and no partial file when the write fails half-way', async () => {
    const target = path.join(dir, 'plan.handlingsrom');
    await fsp.writeFile(target, 'the old plan');
    const fs: FileSystem = {
      ...nodeFileSystem,
      open: async (p, flags) => {
        const handle = await fsp.open(p, flags);
        return {
          writeFile: async (d) => {
            // Half the data reaches the disk, then the disk is full.
            const text = typeof d === 'string' ? d : new TextDecoder().decode(d);
            await handle.writeFile(text.slice(0, Math.floor(text.length / 2)));
            throw ioError('ENOSPC');
          },
          sync: () => handle.sync(),
          close: () => handle.close(),
        };
      },
    };
    await expect(writeFileAtomic(target, 'the new plan, much longer than the old one', fs)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(await fsp.readFile(target, 'utf8')).toBe('the old plan');
    expect(await fsp.readdir(dir)).toEqual(['plan.handlingsrom']);
  });

  it('removes the temp file when the rename fails', async () => {
    const target = path.join(dir, 'plan.handlingsrom');
    const fs: FileSystem = {
      ...nodeFileSystem,
      rename: async () => {
        throw ioError('EXDEV');
      },
    };
    await expect(writeFileAtomic(target, 'data', fs)).rejects.toMatchObject({ code: 'EXDEV' });
    expect(await fsp.readdir(dir)).toEqual([]);
  });

  it('retries a rename the OS briefly refuses (Windows scanners)', async () => {
    const target = path.join(dir, 'plan.handlingsrom');
    let attempts = 0;
    const fs: FileSystem = {
      ...nodeFileSystem,
      rename: async (a, b) => {
        attempts++;
        if (attempts < 3) throw ioError('EBUSY');
        await fsp.rename(a, b);
      },
    };
    await writeFileAtomic(target, 'data', fs);
    expect(attempts).toBe(3);
    expect(await fsp.readFile(target, 'utf8')).toBe('data');
  });

  it('fails cleanly in a folder that does not exist', async () => {
    await expect(writeFileAtomic(path.join(dir, 'missing', 'p.handlingsrom'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await fsp.readdir(dir)).toEqual([]);
  });
});

describe('readTextFileLimited', () => {
  it('reads UTF-8 and drops a byte-order mark', async () => {
    const file = path.join(dir, 'p.handlingsrom');
    await fsp.writeFile(file, '\uFEFF{"navn":"Østfold"}', 'utf8');
    expect(await readTextFileLimited(file, 1000)).toEqual({ kind: 'ok', text: '{"navn":"Østfold"}' });
  });

  it('refuses a file over the limit without reading it (stat first)', async () => {
    const file = path.join(dir, 'big.handlingsrom');
    await fsp.writeFile(file, 'x'.repeat(2000));
    let reads = 0;
    const fs: FileSystem = {
      ...nodeFileSystem,
      readFile: async (p) => {
        reads++;
        return fsp.readFile(p);
      },
    };
    expect(await readTextFileLimited(file, 1999, fs)).toEqual({ kind: 'too-large', size: 2000 });
    expect(reads).toBe(0);
    expect(await readTextFileLimited(file, 2000, fs)).toMatchObject({ kind: 'ok' });
    expect(reads).toBe(1);
  });

  it('refuses a file that grew past the limit after stat', async () => {
    const fs: FileSystem = {
      ...nodeFileSystem,
      stat: async () => ({ size: 10, isFile: () => true }),
      readFile: async () => new Uint8Array(5000),
    };
    expect(await readTextFileLimited('/x.handlingsrom', 100, fs)).toEqual({ kind: 'too-large', size: 5000 });
  });

  it('refuses a folder', async () => {
    expect(await readTextFileLimited(dir, 1000)).toEqual({ kind: 'not-a-file' });
  });

  it('throws I/O errors for the caller to describe', async () => {
    await expect(readTextFileLimited(path.join(dir, 'none.handlingsrom'), 1000)).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('file names', () => {
  it('accepts absolute plan paths only', () => {
    expect(isPlanFilePath('/home/kari/plan.handlingsrom')).toBe(true);
    expect(isPlanFilePath('/home/kari/PLAN.HANDLINGSROM')).toBe(true);
    expect(isPlanFilePath('/home/kari/plan.json')).toBe(true);
    expect(isPlanFilePath('plan.handlingsrom')).toBe(false);
    expect(isPlanFilePath('/home/kari/.bashrc')).toBe(false);
    expect(isPlanFilePath('/home/kari/plan.handlingsrom.exe')).toBe(false);
    expect(isPlanFilePath('C:\\Users\\kari\\plan.handlingsrom', path.win32)).toBe(true);
    expect(isPlanFilePath('..\\plan.handlingsrom', path.win32)).toBe(false);
  });

  it('adds a missing extension', () => {
    expect(withExtension('/a/plan', '.handlingsrom')).toBe('/a/plan.handlingsrom');
    expect(withExtension('/a/plan.handlingsrom', '.handlingsrom')).toBe('/a/plan.handlingsrom');
    expect(withExtension('/a/rapport.PDF', '.pdf')).toBe('/a/rapport.PDF');
    expect(withExtension('/a/plan.json', '.handlingsrom', ['.handlingsrom', '.json'])).toBe('/a/plan.json');
  });

  it('makes a suggested name safe', () => {
    expect(safeFileName('Handlingsplan 2026')).toBe('Handlingsplan 2026');
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\x\\Plan: «utkast»?')).toBe('Plan_ «utkast»_');
    expect(safeFileName('plan. . ')).toBe('plan');
    expect(safeFileName('..')).toBe('Handlingsrom');
    expect(safeFileName('')).toBe('Handlingsrom');
    expect(safeFileName('a'.repeat(300))).toHaveLength(200);
  });
});
