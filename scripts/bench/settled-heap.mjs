// The scale bench's timing from a settled heap, shared by scale-bench.mjs and its Excel
// child (scale-excel-child.mjs): gc() exposed, the wait after it, and a scavenge's fixed cost.
import v8 from 'node:v8';
import vm from 'node:vm';
import { median } from './stats.mjs';

v8.setFlagsFromString('--expose-gc');
/** V8's gc(), exposed for the bench (`gc({ type: 'minor' })` for a scavenge). */
export const gc = vm.runInNewContext('gc');

/**
 * gc(), then wait until the process is idle. After gc() V8 sweeps the freed pages on its
 * helper threads for another 5–80 ms (measured at every size, 1 000 to 200 000 tiltak), and
 * process.cpuUsage counts those threads: without the wait, the sweeping of gc()'s garbage —
 * the earlier runs' — was charged to the timed run after it (at 1 000 tiltak a run of 3 ms
 * then read as 10–25 ms). The timed run's own collections stay in its time.
 */
export async function settledHeap() {
  gc();
  for (let i = 0; i < 200; i++) {
    const started = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const used = process.cpuUsage(started);
    if (used.user + used.system < 500) return;
  }
}

/** CPU ms of a scavenge with nothing to copy (its fixed part), from a settled heap: median of 5. */
export async function scavengeFixedMs() {
  const times = [];
  for (let i = 0; i < 5; i++) {
    await settledHeap();
    const started = process.cpuUsage();
    gc({ type: 'minor' });
    const used = process.cpuUsage(started);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}
