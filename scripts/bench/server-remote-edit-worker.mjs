// Worker thread of scripts/bench/server-remote-edit.mjs: one planner (server-remote-edit-client.ts).
import { parentPort, workerData } from 'node:worker_threads';
import { tsImport } from 'tsx/esm/api';

const { runClient } = await tsImport('./server-remote-edit-client.ts', import.meta.url);
try {
  await runClient(workerData, parentPort);
} catch (e) {
  parentPort.postMessage({ type: 'error', message: String(e?.stack ?? e) });
  process.exit(1);
}
