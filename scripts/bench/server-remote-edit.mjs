// Team server part of the benchmark (issue 14, point 7): how long a remote edit takes to
// appear in the other clients. Starts the real `handlingsrom serve` (the command line,
// bundled afresh) on a free 127.0.0.1 port with a throwaway data folder, and `clients`
// planners (default 5), each in a worker thread of its own (as on five machines) with
// @hocuspocus/provider over `ws` and the app's own mapping (shared/sync: updateAction →
// applyPlanToYDoc; remote update → the incremental reader createPlanReader, or with
// `--read full` the full yDocToPlan on every update as before). The first generates a strategy of
// `actions` tiltak (default 10 000) and uploads it; the others download it. Then the
// clients take turns: one edits a tiltak's title, and for each of the others the time from
// the start of that local edit to (a) the change in its Y.Doc and (b) its new PlanDocument
// with the change — the moment the planner's screen can show it. Median and p95 of both,
// over edits × (clients − 1) arrivals. At the end every client's document is compared.
//
//   node scripts/bench/server-remote-edit.mjs [--actions 10000] [--clients 5] [--edits 10] [--read incremental|full|both] [--json FILE]
//
// (--edits is per client; `--read both` measures the incremental read, then the full one, in one run.) `npm run bench` runs it in its team-server section.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { median, ms, percentile } from './stats.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const WORKER = fileURLToPath(new URL('./server-remote-edit-worker.mjs', import.meta.url));
const WORKSPACE = 'bench';
const DOCUMENT = `${WORKSPACE}/gen_strategy`;

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

function buildCli() {
  const outfile = join(ROOT, 'dist', 'cli', `handlingsrom-bench-${process.pid}.cjs`);
  const script = `const { buildCli } = await import(${JSON.stringify(join(ROOT, 'scripts', 'build-cli.mjs'))}); await buildCli({ outfile: ${JSON.stringify(outfile)} });`;
  const built = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 120_000 });
  if (built.status !== 0) throw new Error(`build-cli: ${built.stderr.trim().slice(0, 400)}`);
  return outfile;
}

function startServe(cli, dataDir, port) {
  const child = spawn(process.execPath, [cli, 'serve', '--data', dataDir, '--port', String(port), '--lang', 'en'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`handlingsrom serve did not start:\n${output}`)), 60_000);
    child.stderr.on('data', (chunk) => {
      output += chunk.toString('utf8');
      if (output.includes(`ws://127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`handlingsrom serve exited (${code}):\n${output}`));
    });
  });
}

function stopChild(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  return exited;
}

/** The server process's resident memory (Linux /proc; null elsewhere). */
function rssOf(pid) {
  try {
    const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? null : Number(kb) * 1024;
  } catch {
    return null;
  }
}

/** A client: its worker, and a queue of the messages it sent. */
function startClient(init) {
  const worker = new Worker(WORKER, { workerData: init });
  const inbox = [];
  const waiters = [];
  let failure = null;
  worker.on('message', (m) => {
    if (m.type === 'error') failure = new Error(`${init.name}: ${m.message}`);
    inbox.push(m);
    for (const w of waiters.splice(0)) w();
  });
  worker.on('error', (e) => {
    failure = e;
    for (const w of waiters.splice(0)) w();
  });
  /** Waits for (and removes) the first message matching `pick`. */
  async function next(pick, what, timeoutMs = 600_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (failure !== null) throw failure;
      const i = inbox.findIndex(pick);
      if (i >= 0) return inbox.splice(i, 1)[0];
      if (Date.now() > deadline) throw new Error(`${init.name}: timed out waiting for ${what}`);
      await new Promise((resolve) => {
        waiters.push(resolve);
        setTimeout(resolve, 1000);
      });
    }
  }
  return { name: init.name, worker, post: (m) => worker.postMessage(m), next };
}

function summary(values) {
  return { median: median(values), p95: percentile(values, 95), max: Math.max(...values), n: values.length };
}

/** Runs the measurement and returns its figures. */
export async function benchRemoteEdit({ actions = 10_000, clients = 5, edits = 10, seed = 1, fullRead = false, log = () => undefined } = {}) {
  const cli = buildCli();
  const dataDir = mkdtempSync(join(tmpdir(), 'hr-remote-edit-'));
  const started = [];
  let server = null;
  try {
    const names = Array.from({ length: clients }, (_, i) => `Planlegger ${i + 1}`);
    const tokens = names.map((name) => {
      const r = spawnSync(process.execPath, [cli, 'team', 'add-member', name, '--data', dataDir, '--workspace', WORKSPACE], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`team add-member: ${r.stderr.trim()}`);
      return r.stdout.trim();
    });
    const port = await freePort();
    server = await startServe(cli, dataDir, port);
    const url = `ws://127.0.0.1:${port}`;
    const loadBefore = loadavg()[0];

    // The first planner shares the strategy; the others open it.
    const first = startClient({ url, documentName: DOCUMENT, token: tokens[0], name: names[0], upload: { actions, seed }, fullRead });
    started.push(first);
    const uploaded = await first.next((m) => m.type === 'ready', 'upload');
    const ids = uploaded.actionIds;
    log(`  delt: ${actions} tiltak lastet opp på ${ms(uploaded.joinMs)} (generere + Y.Doc + opplasting)`);
    const joiners = names.slice(1).map((name, i) => startClient({ url, documentName: DOCUMENT, token: tokens[i + 1], name, upload: null, fullRead }));
    started.push(...joiners);
    const joins = await Promise.all(joiners.map((c) => c.next((m) => m.type === 'ready', 'download')));
    const joinMs = joins.map((j) => j.joinMs);
    log(`  åpnet av ${joiners.length} til: ${ms(median(joinMs))} median (nedlasting + yDocToPlan, samtidig)`);
    const serverRss = rssOf(server.pid);

    const toYDoc = [];
    const toPlan = [];
    const readModes = { none: 0, incremental: 0, full: 0 };
    const local = [];
    const total = edits * clients;
    for (let k = 0; k < total; k += 1) {
      const editor = started[k % clients];
      const others = started.filter((c) => c !== editor);
      const id = ids[(k * 7919) % ids.length];
      const title = `Fjernendring ${k} fra ${editor.name}`;
      // Every receiver knows what to look for before the edit is made.
      for (const c of others) c.post({ type: 'expect', k, id, title });
      await Promise.all(others.map((c) => c.next((m) => m.type === 'expecting' && m.k === k, `expect ${k}`)));
      editor.post({ type: 'edit', k, id, title });
      const edited = await editor.next((m) => m.type === 'edited' && m.k === k, `edit ${k}`);
      local.push(edited.localMs);
      const seen = await Promise.all(others.map((c) => c.next((m) => m.type === 'seen' && m.k === k, `edit ${k} seen`, 120_000)));
      for (const s of seen) {
        readModes[s.read] += 1;
        toYDoc.push(s.ydocAt - edited.t0);
        toPlan.push(s.planAt - edited.t0);
      }
      if ((k + 1) % clients === 0) log(`  ${k + 1}/${total} endringer`);
    }

    for (const c of started) c.post({ type: 'digest' });
    const digests = await Promise.all(started.map((c) => c.next((m) => m.type === 'digest', 'digest')));
    const converged = digests.every((d) => d.digest === digests[0].digest && d.actions === actions);
    return {
      read: fullRead ? 'full' : 'incremental',
      readModes,
      actions,
      clients,
      edits: total,
      arrivals: toPlan.length,
      toPlan: summary(toPlan),
      toYDoc: summary(toYDoc),
      localEdit: summary(local),
      joinMs,
      uploadMs: uploaded.joinMs,
      serverRss,
      converged,
      loadAverage: [loadBefore, loadavg()[0]],
    };
  } finally {
    for (const c of started) {
      c.post({ type: 'close' });
      await Promise.race([c.next((m) => m.type === 'closed', 'close', 10_000).catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]);
      await c.worker.terminate();
    }
    if (server !== null) await stopChild(server);
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(cli, { force: true });
  }
}

/** The lines `npm run bench` prints. */
export function printRemoteEdit(r, print) {
  print(`  fjernendring → synlig hos de andre (${r.clients} klienter, ${r.actions} tiltak, ${r.edits} endringer, ${r.arrivals} ankomster; lesing: ${r.read === 'full' ? 'hele dokumentet (yDocToPlan)' : 'bare endrede enheter (createPlanReader)'}):`);
  print(`    til ny PlanDocument (skjermen kan vise den):               median ${ms(r.toPlan.median)}, p95 ${ms(r.toPlan.p95)} (lest inkrementelt ${r.readModes.incremental}, helt ${r.readModes.full})`);
  print(`    til Y.Doc (nettverk + server + Yjs):                      median ${ms(r.toYDoc.median)}, p95 ${ms(r.toYDoc.p95)}`);
  print(`    lokal endring (updateAction + applyPlanToYDoc):           median ${ms(r.localEdit.median)}`);
  print(`    alle klientene har samme dokument til slutt: ${r.converged ? 'ja' : 'NEI'}; serverens RSS med dokumentet åpent: ${r.serverRss === null ? '–' : `${(r.serverRss / 1024 / 1024).toFixed(0)} MB`}; belastning (load average) ${r.loadAverage.map((l) => l.toFixed(1)).join(' → ')}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values } = parseArgs({ options: { actions: { type: 'string' }, clients: { type: 'string' }, edits: { type: 'string' }, seed: { type: 'string' }, read: { type: 'string' }, json: { type: 'string' } } });
  const mode = values.read ?? 'incremental';
  if (!['incremental', 'full', 'both'].includes(mode)) throw new Error(`--read: incremental, full or both, not ${mode}`);
  const results = [];
  for (const fullRead of mode === 'both' ? [false, true] : [mode === 'full']) {
    const r = await benchRemoteEdit({
      actions: Number(values.actions ?? 10_000),
      clients: Number(values.clients ?? 5),
      edits: Number(values.edits ?? 10),
      seed: Number(values.seed ?? 1),
      fullRead,
      log: (s) => console.log(s),
    });
    printRemoteEdit(r, (s) => console.log(s));
    results.push(r);
    if (!r.converged) process.exitCode = 1;
  }
  if (values.json) writeFileSync(values.json, `${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`, 'utf8');
}
