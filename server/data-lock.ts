/**
 * One server per data folder: the file storage appends to and compacts the document logs,
 * and a second process doing the same on the same folder could overwrite the other's
 * appends. `DIR/serve.lock` holds the process id of the server that owns the folder; a
 * lock whose process is gone (a crash) is taken over.
 */
import { open, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Folders this process holds (a lock with our own pid is otherwise a leftover: in a container the server is always pid 1). */
const held = new Set<string>();

/** Path of the lock in a data folder. */
export function lockFile(dataDir: string): string {
  return join(dataDir, 'serve.lock');
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return err instanceof Error && 'code' in err && err.code === 'EPERM';
  }
}

/**
 * Takes the data folder; resolves to a release function, or to the process id of the
 * running server that holds it.
 */
export async function lockDataDir(dataDir: string): Promise<{ release: () => Promise<void> } | { heldBy: number }> {
  const path = lockFile(dataDir);
  const key = resolve(dataDir);
  if (held.has(key)) return { heldBy: process.pid };
  // Reserved before the first await, so two starts in one process cannot both take it.
  held.add(key);
  try {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      try {
        const handle = await open(path, 'wx', 0o644);
        try {
          await handle.writeFile(`${process.pid}\n`);
        } finally {
          await handle.close();
        }
        return {
          release: async () => {
            held.delete(key);
            await rm(path, { force: true });
          },
        };
      } catch (err) {
        if (!(err instanceof Error && 'code' in err && err.code === 'EEXIST')) throw err;
      }
      const pid = Number((await readFile(path, 'utf8').catch(() => '')).trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) {
        held.delete(key);
        return { heldBy: pid };
      }
      // Left behind by a server that is gone: take it over.
      await rm(path, { force: true });
    }
  } catch (err) {
    held.delete(key);
    throw err;
  }
  held.delete(key);
  return { heldBy: 0 };
}
