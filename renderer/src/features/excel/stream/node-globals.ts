/**
 * The Node globals that exceljs's streaming writer (its lib/ sources, bundled by Vite for the
 * Excel worker) and readable-stream expect: `Buffer` (the `buffer` package, the same one
 * readable-stream imports) and `process.nextTick`. Only set where missing, so in Node (tests,
 * bench) the real ones stay. Imported before the writer by ./stream-export.
 */
// The npm `buffer` package (a browser implementation, bundled), not Node's core module.
// eslint-disable-next-line no-restricted-imports
import { Buffer } from 'buffer';

interface NodeLikeProcess {
  nextTick(callback: (...args: unknown[]) => void, ...args: unknown[]): void;
  env: Record<string, string | undefined>;
  browser: boolean;
  version: string;
  versions: Record<string, string>;
}

const scope = globalThis as unknown as { Buffer?: typeof Buffer; process?: NodeLikeProcess };
scope.Buffer ??= Buffer;
scope.process ??= {
  nextTick: (callback, ...args) => queueMicrotask(() => callback(...args)),
  env: {},
  browser: true,
  version: '',
  versions: {},
};
