// Small helpers for the benchmarks: median, timing, formatting.
import { performance } from 'node:perf_hooks';

/** Median of a list of numbers. */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs `fn` and returns the elapsed milliseconds and its value. */
export async function time(fn) {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

/** «12,3 ms» (one decimal below 100 ms, whole above). */
export function ms(value) {
  const digits = value < 100 ? 1 : 0;
  return `${value.toLocaleString('nb-NO', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ms`;
}

/** «123,4 MB». */
export function mb(bytes) {
  return `${(bytes / 1024 / 1024).toLocaleString('nb-NO', { maximumFractionDigits: 1 })} MB`;
}

/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values, p) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
