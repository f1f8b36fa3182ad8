// Node part of the benchmark: generating the document, storing and loading it through the
// app's Dexie repositories on fake-indexeddb, and the kontroll before and after one edit.
// fake-indexeddb is an in-memory implementation, so its load figure is indicative only;
// the browser part measures the real IndexedDB in Chromium.
import 'fake-indexeddb/auto';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { median, time } from './stats.mjs';

const here = import.meta.url;

/** Runs the Node measurements; returns medians in milliseconds. */
export async function benchNode({ actions, years, runs, seed, log }) {
  const { generateLargeDocument } = await tsImport('../../shared/templates/index.ts', here);
  const { runKontroll } = await tsImport('../../shared/rules/index.ts', here);
  const { updateAction } = await tsImport('../../shared/edits/index.ts', here);
  // The renderer's modules resolve @shared/… through the renderer's tsconfig.
  const renderer = { parentURL: here, tsconfig: fileURLToPath(new URL('../../tsconfig.renderer.json', here)) };
  const { HandlingsromDb } = await tsImport('../../renderer/src/db/database.ts', renderer);
  const { loadDocument, saveDocument } = await tsImport('../../renderer/src/db/repositories.ts', renderer);

  const generate = [];
  let doc;
  for (let i = 0; i < runs; i++) {
    const r = await time(() => generateLargeDocument({ actions, years, seed }));
    generate.push(r.ms);
    doc = r.value;
  }
  const sizes = doc.plans.map((p) => doc.actions.filter((a) => a.planId === p.id).length);
  // The largest plan that can be edited (earlier years of a generated document are vedtatt).
  const editable = doc.plans.filter((p) => p.status !== 'adopted');
  const busiest = editable.reduce((best, p) => (sizes[doc.plans.indexOf(p)] >= sizes[doc.plans.indexOf(best)] ? p : best), editable[0]);
  const planActions = doc.actions.filter((a) => a.planId === busiest.id);
  log(`  dokument: ${doc.actions.length} tiltak i ${doc.plans.length} planer (${sizes.join(' / ')})`);

  const db = new HandlingsromDb(`bench-${Date.now()}`);
  const save = [];
  const load = [];
  for (let i = 0; i < runs; i++) {
    save.push((await time(() => saveDocument(doc, db))).ms);
    const r = await time(() => loadDocument(doc.strategy.id, db));
    if (r.value?.actions.length !== doc.actions.length) throw new Error('Dexie ga ikke tilbake hele dokumentet');
    load.push(r.ms);
  }
  db.close();

  const input = { strategy: doc.strategy, plan: busiest, actions: planActions };
  runKontroll(input); // warm-up
  const kontroll = [];
  const afterEdit = [];
  for (let i = 0; i < runs; i++) {
    kontroll.push((await time(() => runKontroll(input))).ms);
    // One edit (the cost of one tiltak), then the kontroll over the edited plan — what the UI does.
    const target = planActions[(i * 97) % planActions.length];
    const r = await time(() => {
      const next = updateAction(doc, target.id, { cost: target.cost + 1000 + i });
      const edited = next.actions.filter((a) => a.planId === busiest.id);
      return runKontroll({ strategy: next.strategy, plan: busiest, actions: edited });
    });
    afterEdit.push(r.ms);
  }

  // Worst case: all tiltak in one year's plan.
  const single = generateLargeDocument({ actions, years: 1, seed });
  const singleInput = { strategy: single.strategy, plan: single.plans[0], actions: single.actions };
  runKontroll(singleInput);
  const kontrollSingle = [];
  for (let i = 0; i < runs; i++) kontrollSingle.push((await time(() => runKontroll(singleInput))).ms);

  return {
    planSizes: sizes,
    busiestYear: busiest.year,
    busiestSize: planActions.length,
    generate: median(generate),
    dexieSave: median(save),
    dexieLoad: median(load),
    kontroll: median(kontroll),
    editAndKontroll: median(afterEdit),
    kontrollAllInOnePlan: median(kontrollSingle),
    doc,
  };
}
