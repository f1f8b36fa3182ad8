/**
 * Files on disk: atomic writes (temp file in the same folder, fsync, rename) and plan
 * file reads that check the size before reading. The file system is a parameter so the
 * tests can make any step fail.
 */
import { randomBytes } from 'node:crypto';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { PLAN_EXTENSIONS } from '@shared/domain/plan-file-limits';

/** The part of an open file handle the atomic write uses. */
export interface WritableHandle {
  writeFile(data: string | Uint8Array): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/** The file-system calls this module makes (node:fs/promises in the app). */
export interface FileSystem {
  open(filePath: string, flags: string): Promise<WritableHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(filePath: string): Promise<void>;
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(filePath: string): Promise<Uint8Array>;
}

/** The real file system. */
export const nodeFileSystem: FileSystem = {
  open: (filePath, flags) => fsp.open(filePath, flags),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (filePath) => fsp.unlink(filePath),
  stat: (filePath) => fsp.stat(filePath),
  readFile: (filePath) => fsp.readFile(filePath),
};


/** True for an absolute path with a plan file extension. */
export function isPlanFilePath(filePath: string, pathApi: path.PlatformPath = path): boolean {
  return pathApi.isAbsolute(filePath) && hasExtension(filePath, PLAN_EXTENSIONS, pathApi);
}

/** True when the file name ends in one of the extensions (case-insensitive). */
export function hasExtension(filePath: string, extensions: readonly string[], pathApi: path.PlatformPath = path): boolean {
  const ext = pathApi.extname(filePath).toLowerCase();
  return extensions.includes(ext);
}

/** The path with `extension` added unless it already ends in one of `accepted`. */
export function withExtension(filePath: string, extension: string, accepted: readonly string[] = [extension]): string {
  return hasExtension(filePath, accepted) ? filePath : `${filePath}${extension}`;
}

/**
 * A safe file name from a suggestion: no folders, no characters Windows forbids, no
 * trailing dots or spaces, not empty.
 */
export function safeFileName(suggested: string, fallback = 'Handlingsrom'): string {
  const base = suggested.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex -- control characters are what we remove
  const cleaned = base.replace(/[<>:"|?*\u0000-\u001f]/g, '_').replace(/[. ]+$/, '').trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? fallback : cleaned.slice(0, 200);
}

const RETRYABLE_RENAME = new Set(['EPERM', 'EACCES', 'EBUSY']);

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

async function renameWithRetry(fs: FileSystem, from: string, to: string): Promise<void> {
  // On Windows a virus scanner or indexer may hold the target for a moment.
  for (let attempt = 0; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (error) {
      if (attempt >= 4 || !RETRYABLE_RENAME.has(errorCode(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, 40 * (attempt + 1)));
    }
  }
}

async function syncDirectory(fs: FileSystem, dir: string): Promise<void> {
  // Makes the rename itself durable on POSIX; Windows cannot open a folder this way.
  if (process.platform === 'win32') return;
  try {
    const handle = await fs.open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the data is already flushed and renamed.
  }
}

/** The temp file an atomic write of `target` uses: hidden, same folder, random suffix. */
export function tempPathFor(target: string): string {
  const name = path.basename(target).slice(0, 100);
  return path.join(path.dirname(target), `.${name}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Writes `data` to `target` so that `target` is either the old file or the whole new
 * one, never a part: temp file in the same folder, write, fsync, close, rename over the
 * target. On failure the temp file is removed and the error is thrown. Resolves only
 * after the rename.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, fs: FileSystem = nodeFileSystem): Promise<void> {
  const temp = tempPathFor(target);
  const handle = await fs.open(temp, 'wx');
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(fs, temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(fs, path.dirname(target));
}

/** The outcome of reading a text file with a size limit. */
export type LimitedRead =
  | { kind: 'ok'; text: string }
  | { kind: 'not-a-file' }
  | { kind: 'too-large'; size: number };

/**
 * Reads a UTF-8 text file (a byte-order mark is dropped) if it is a regular file of at
 * most `maxBytes`. The size is checked with stat BEFORE reading, and again after (the
 * file may grow in between). I/O errors are thrown.
 */
export async function readTextFileLimited(filePath: string, maxBytes: number, fs: FileSystem = nodeFileSystem): Promise<LimitedRead> {
  const stats = await fs.stat(filePath);
  if (!stats.isFile()) return { kind: 'not-a-file' };
  if (stats.size > maxBytes) return { kind: 'too-large', size: stats.size };
  const bytes = await fs.readFile(filePath);
  if (bytes.byteLength > maxBytes) return { kind: 'too-large', size: bytes.byteLength };
  return { kind: 'ok', text: new TextDecoder('utf-8').decode(bytes) };
}
