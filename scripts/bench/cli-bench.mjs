// `handlingsrom check` on a plan at the size that used to overflow the call stack
// (140 000 tiltak asked for, in compact JSON; when that is over the 50 MB plan-file limit the
// count is cut to the largest that fits, so the step measures a file `check` accepts): how
// long it takes, and that it ends with findings rather than a RangeError (issue 10, point 5).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tsImport } from 'tsx/esm/api';
import { time } from './stats.mjs';

const here = import.meta.url;

/** Runs `check` in-process on a generated plan of `actions` minimal tiltak. */
export async function benchCliCheck({ actions = 140_000 } = {}) {
  const { runCli } = await tsImport('../../cli/handlingsrom.ts', { parentURL: here, tsconfig: new URL('../../tsconfig.node.json', here).pathname });
  const { blankAction } = await tsImport('../../shared/domain/factories.ts', here);
  const { createExampleDocument } = await tsImport('../../shared/templates/index.ts', here);
  const { MAX_PLAN_FILE_BYTES } = await tsImport('../../shared/domain/plan-file-limits.ts', here);
  const example = createExampleDocument();
  const plan = example.plans[0];
  const fileText = (count) => {
    const list = [];
    for (let i = 0; i < count; i += 1) list.push({ ...blankAction(`t${i}`, plan.id, String(i + 1)), title: 'T' });
    return JSON.stringify({ format: 'handlingsrom-plan', version: 1, strategy: example.strategy, plans: [plan], actions: list });
  };
  let count = actions;
  let text = fileText(count);
  const bytes = (t) => Buffer.byteLength(t, 'utf8');
  while (bytes(text) > MAX_PLAN_FILE_BYTES) {
    count = Math.floor((count * MAX_PLAN_FILE_BYTES * 0.995) / bytes(text));
    text = fileText(count);
  }
  const dir = mkdtempSync(join(tmpdir(), 'hr-bench-'));
  try {
    const file = join(dir, 'big.handlingsrom');
    writeFileSync(file, text);
    const err = [];
    const r = await time(() => runCli(['check', file, '--year', String(plan.year), '--json'], { out: () => {}, err: (t) => err.push(t), showProgress: false }));
    const errors = err.join('\n');
    return { actions: count, fileBytes: bytes(text), ms: r.ms, exitCode: r.value, stackOverflow: /RangeError|call stack/.test(errors), stderr: errors.slice(0, 300) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
