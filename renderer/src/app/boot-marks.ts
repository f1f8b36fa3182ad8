/**
 * Performance marks of the way onto a stored strategy (boot → settings → catalogue →
 * workspace code → lock → IndexedDB read → document → screen code), read by the benchmark
 * (scripts/bench/browser-bench.mjs) to break a reload down. No-ops where marks are missing.
 */

/** Prefix of every boot mark. */
export const BOOT_MARK = 'handlingsrom:boot:';

/** Sets the mark `handlingsrom:boot:<step>`. */
export function bootMark(step: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(BOOT_MARK + step);
}
