// Child process of scripts/bench/server-bench.mjs, started with --expose-gc so the heap can
// be measured after a full collection: runs server-memory.ts and prints one JSON line.
//   node --expose-gc scripts/bench/server-memory-child.mjs [actions] [docs]
import { tsImport } from 'tsx/esm/api';

const { measureServerMemory } = await tsImport('./server-memory.ts', {
  parentURL: import.meta.url,
  // The server's files import through the @shared alias (tsconfig paths).
  tsconfig: new URL('../../tsconfig.server.json', import.meta.url).pathname,
});
const result = await measureServerMemory(Number(process.argv[2] ?? 10_000), Number(process.argv[3] ?? 3), globalThis.gc);
console.log(JSON.stringify(result));
