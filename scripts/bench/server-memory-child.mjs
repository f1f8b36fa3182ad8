// Child process of scripts/bench/server-bench.mjs, started with --expose-gc so the heap can
// be measured after a full collection: runs server-memory.ts and prints one JSON line.
//   node --expose-gc scripts/bench/server-memory-child.mjs [actions] [docs]
import { tsImport } from 'tsx/esm/api';

const { measureServerMemory } = await tsImport('./server-memory.ts', import.meta.url);
const result = await measureServerMemory(Number(process.argv[2] ?? 10_000), Number(process.argv[3] ?? 3), globalThis.gc);
console.log(JSON.stringify(result));
