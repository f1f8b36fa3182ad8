// Team server part of the benchmark (issue 14, point 7): the server's memory per open
// document with `actions` tiltak of ~20 fields, measured in a child process started with
// --expose-gc (heap after a full GC, so the figure is the document's, not garbage).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Runs the measurement; returns the child's figures (see server-memory.ts). */
export function benchServerMemory({ actions = 10_000, docs = 3 } = {}) {
  const child = fileURLToPath(new URL('./server-memory-child.mjs', import.meta.url));
  const r = spawnSync(process.execPath, ['--expose-gc', child, String(actions), String(docs)], { encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`server-memory-child: ${r.stderr.trim().slice(0, 400)}`);
  return JSON.parse(r.stdout.trim().split('\n').at(-1));
}
