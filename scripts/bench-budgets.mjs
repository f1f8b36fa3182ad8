// Time budgets: the speed promises that used to be wall-clock assertions inside unit tests
// (where a busy machine made them flaky and every run paid for the repeats). Each is
// measured here as the median CPU time of this process over several runs (CPU, not
// wall-clock, so other work on the machine does not push a figure over) and compared
// with its budget.
//
//   npm run bench:budgets [-- --runs 7]     (exit code 1 when a figure is over budget)
//
// npm run bench prints the same table first.
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { median, ms } from './bench/stats.mjs';

const here = import.meta.url;

/** Measures every budget; returns one row per budget. */
export async function benchBudgets({ runs = 7 } = {}) {
  const { generateLargeDocument } = await tsImport('../shared/templates/index.ts', here);
  const { runKontroll, fitToFrame } = await tsImport('../shared/rules/index.ts', here);
  const { parsePlanFile } = await tsImport('../shared/domain/plan-file.ts', here);

  function medianOf(run) {
    run(); // warm-up
    const times = [];
    for (let i = 0; i < runs; i++) {
      const started = process.cpuUsage();
      run();
      const used = process.cpuUsage(started);
      times.push((used.user + used.system) / 1000);
    }
    return median(times);
  }

  const rows = [];
  const measure = async (name, budgetMs, run) => {
    const value = medianOf(run);
    rows.push({ name, ms: value, budgetMs, ok: value <= budgetMs });
  };

  await measure('generere 10 000 tiltak over 4 år', 500, () => {
    const doc = generateLargeDocument({ actions: 10_000, years: 4, seed: 123 });
    if (doc.actions.length !== 10_000) throw new Error('feil antall tiltak');
  });

  const single = generateLargeDocument({ actions: 10_000, years: 1, seed: 1 });
  const plan = single.plans[0];
  const input = { strategy: single.strategy, plan, actions: single.actions };
  await measure('kontroll, 10 000 tiltak i én plan', 100, () => {
    if (runKontroll(input).totals.activeActions === 0) throw new Error('ingen aktive tiltak');
  });

  // Half the own funds the plan needs: fitToFrame has to choose.
  const own = runKontroll(input).totals.ownFunds;
  const squeezed = { ...input, plan: { ...plan, frame: { ...plan.frame, ownFunds: Math.floor(own / 2) } } };
  await measure('tilpass til rammen, 10 000 tiltak', 100, () => {
    if (fitToFrame(squeezed).overrun === 0) throw new Error('ingen overskridelse');
  });

  const huge = 'x'.repeat(200 * 1024 * 1024);
  await measure('avvise en plan-fil på 200 MB uten å lese den', 50, () => {
    if (parsePlanFile(huge).ok) throw new Error('ble ikke avvist');
  });

  return rows;
}

/** Prints the rows; true when every figure is within its budget. */
export function printBudgets(rows, log = console.log) {
  for (const r of rows) {
    log(`  ${r.ok ? 'ok  ' : 'OVER'} ${r.name.padEnd(48)} ${ms(r.ms).padStart(10)}  (budsjett ${ms(r.budgetMs)})`);
  }
  return rows.every((r) => r.ok);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { runs: { type: 'string' } } });
  console.log('Tidsbudsjetter (median)');
  const ok = printBudgets(await benchBudgets({ runs: Number(values.runs ?? 7) }));
  process.exitCode = ok ? 0 : 1;
}
