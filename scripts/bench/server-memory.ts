/**
 * The team server's memory per open document (bench, run by server-memory-child.mjs with
 * --expose-gc): writes `docs` documents of `actions` tiltak (a Y.Map of 20 fields each) to
 * the file storage, starts the real server, opens them one by one on the server
 * (Hocuspocus direct connection: the same load path as a client's, without a client's
 * memory in this process) and measures heap and RSS growth after GC. One module, so the
 * server, its storage and yjs load once (a second yjs breaks its constructor checks).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { FileStorage } from '../../server/file-storage';
import { startServer } from '../../server/index';

/** The figures of one run. */
export interface ServerMemoryResult {
  actions: number;
  docs: number;
  /** Size of one document's merged Yjs update (bytes). */
  updateBytes: number;
  tiltakPerDoc: number[];
  heapPerDoc: number;
  rssPerDoc: number;
  loadMs: number[];
}

/** A strategy's Y.Doc with `n` tiltak of 20 fields. */
export function bigDoc(n: number): Y.Doc {
  const doc = new Y.Doc();
  const tiltak = doc.getMap<Y.Map<string | number>>('tiltak');
  doc.transact(() => {
    for (let i = 0; i < n; i += 1) {
      const id = `act_${i.toString(36).padStart(12, '0')}`;
      const fields: Record<string, string | number> = {
        id,
        number: `${1 + (i % 40)}.${i}`,
        title: `Tiltak ${i}: kompetanseløft for næringslivet i regionen`,
        description: 'Kartlegge behov, etablere samarbeid med partnere og gjennomføre tiltak i perioden, med rapportering til styringsgruppen. '.repeat(2),
        responsible: `Avdeling ${i % 12}`,
        partners: 'Kommune A, Fylkeskommunen, NHO',
        deadline: `2026-${String(1 + (i % 12)).padStart(2, '0')}-28`,
        status: ['planned', 'ongoing', 'done'][i % 3] ?? 'planned',
        planId: `plan_${i % 4}`,
        satsingIds: `sat_${i % 30},sat_${(i + 7) % 30}`,
        cost: 100_000 + i,
        ownFunds: 50_000,
        partnerFunds: 25_000,
        externalFunds: 25_000 + i,
        hours: 120 + (i % 50),
        kpi: 'Antall deltakende bedrifter',
        kpiTarget: 40,
        priority: i % 5,
        projectId: i % 3 === 0 ? `prj_${i % 17}` : '',
        note: '',
      };
      const t = new Y.Map<string | number>();
      for (const [k, v] of Object.entries(fields)) t.set(k, v);
      tiltak.set(id, t);
    }
  });
  return doc;
}

function usage(gc: () => void): { heap: number; rss: number } {
  gc();
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, rss: m.rss };
}

/** Measures; `gc` is the global gc of a process started with --expose-gc. */
export async function measureServerMemory(actions: number, docs: number, gc: () => void): Promise<ServerMemoryResult> {
  const dir = mkdtempSync(join(tmpdir(), 'hr-server-bench-'));
  try {
    const names = Array.from({ length: docs }, (_, i) => `bench/str_${i}`);
    const storage = new FileStorage(dir);
    const doc = bigDoc(actions);
    const updateBytes = Y.encodeStateAsUpdate(doc).length;
    for (const name of names) await storage.store(name, doc);
    doc.destroy();
    const server = await startServer({ dataDir: dir, port: 0 });
    const before = usage(gc);
    const loadMs: number[] = [];
    const connections = [];
    for (const name of names) {
      const start = performance.now();
      connections.push(await server.instance.openDirectConnection(name, {}));
      loadMs.push(performance.now() - start);
    }
    const after = usage(gc);
    const tiltakPerDoc = connections.map((c) => c.document?.getMap('tiltak').size ?? 0);
    for (const c of connections) await c.disconnect();
    await server.stop();
    return { actions, docs, updateBytes, tiltakPerDoc, heapPerDoc: (after.heap - before.heap) / docs, rssPerDoc: (after.rss - before.rss) / docs, loadMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
