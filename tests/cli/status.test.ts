/**
 * `handlingsrom status`: the oppfølging roll-up and attention list of a plan and period, as
 * JSON (per tiltak its status and KPI progress, per area the counts, the attention list with
 * codes) and as text in bokmål or English; a closed period comes from its snapshot; exit
 * codes 0 (ok), 1 (refused: no plan for the year, unknown period, bad file), 2 (usage).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { activeClosure } from '@shared/domain/follow-up';
import { serializePlanFile } from '@shared/domain/plan-file';
import { followUpRollUp } from '@shared/rules';
import { createExampleDocument } from '@shared/templates';
import { useCliDir } from './cli-dir';

const cli = useCliDir('status');
const run = cli.run;

interface StatusJson {
  period: { id: string; shortName: string; isAnnual: boolean };
  closed: { date: string; by: string } | null;
  actions: { actionId: string; number: string; status: string | null; kpiProgress: number | null }[];
  groups: { key: string; kind: string; name: string; counts: Record<string, number> }[];
  attention: { code: string; actionId: string; number: string; message: string }[];
}

const example = createExampleDocument();
const plan = example.plans[0]!;
const expected = (periodId: string) => followUpRollUp({ strategy: example.strategy, plan, actions: example.actions }, periodId);

beforeAll(() => {
  writeFileSync(cli.path('plan.handlingsrom'), serializePlanFile(example, '2026-11-30T12:00:00.000Z'));
});

describe('status', () => {
  it('--json gives per tiltak its status and KPI progress, per area the counts and the attention list with codes (T2, open)', async () => {
    const r = await run('status', 'plan.handlingsrom', '--year', '2025', '--period', 'T2', '--json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as StatusJson;
    const want = expected('T2');
    expect(json.period).toMatchObject({ id: 'T2', shortName: 'T2', isAnnual: false });
    expect(json.closed).toBeNull();
    expect(json.actions.map((a) => [a.actionId, a.status])).toEqual(want.actions.map((a) => [a.actionId, a.status]));
    expect(json.actions.map((a) => a.kpiProgress)).toEqual(want.actions.map((a) => (a.kpiProgress === null ? null : Math.round(a.kpiProgress * 10) / 10)));
    expect(json.groups.map((g) => [g.key, g.counts])).toEqual(want.groups.map((g) => [g.key, g.counts]));
    expect(json.groups.find((g) => g.key === 'plan')?.counts).toEqual({ notStarted: 2, onTrack: 14, delayed: 3, stopped: 1, done: 2, none: 1, total: 23 });
    expect(json.groups.find((g) => g.kind === 'area')?.name).toBe('Næringsutvikling');
    expect(json.attention.map((e) => [e.code, e.number])).toEqual(want.attention.map((e) => [e.code, e.number]));
    // Every code the example is built to show is there.
    expect(new Set(json.attention.map((e) => e.code))).toEqual(new Set(['stopped', 'delayed', 'deadlinePassed', 'noUpdate', 'kpiBehind', 'overspent']));
    expect(json.attention.find((e) => e.code === 'deadlinePassed')?.message).toContain('30.06.2025');
  });

  it('without --period takes the last period with updates (T2); the short name is case-insensitive', async () => {
    const r = await run('status', 'plan.handlingsrom', '--year', '2025', '--json');
    expect((JSON.parse(r.stdout) as StatusJson).period.id).toBe('T2');
    const lower = await run('status', 'plan.handlingsrom', '--year', '2025', '--period', 't1', '--json');
    expect((JSON.parse(lower.stdout) as StatusJson).period.id).toBe('T1');
  });

  it('a closed period comes from its snapshot, even after later updates', async () => {
    const closure = activeClosure(plan.followUp, 'T1');
    if (!closure) throw new Error('T1 should be closed in the example');
    // Even when the live updates of T1 are gone (here: removed from the file), T1 reports what was frozen.
    const changed = { ...example, plans: [{ ...plan, followUp: { ...plan.followUp, updates: plan.followUp.updates.filter((u) => u.periodId !== 'T1') } }] };
    writeFileSync(cli.path('late.handlingsrom'), serializePlanFile(changed, '2026-11-30T12:00:00.000Z'));
    const r = await run('status', 'late.handlingsrom', '--year', '2025', '--period', 'T1', '--json');
    const json = JSON.parse(r.stdout) as StatusJson;
    expect(json.closed).toEqual({ date: closure.date, by: closure.by });
    expect(json.groups.map((g) => g.counts)).toEqual(closure.snapshot.rollUp.groups.map((g) => g.counts));
    expect(json.attention.map((e) => e.code)).toEqual(closure.snapshot.rollUp.attention.map((e) => e.code));
    expect(json.groups[0]?.counts['none']).toBe(4);
    // The live roll-up of the changed file would say otherwise.
    expect(followUpRollUp({ strategy: example.strategy, plan: changed.plans[0]!, actions: example.actions }, 'T1').groups[0]?.counts.none).toBe(23);
  });

  it('prints a report in bokmål, or English with --lang en', async () => {
    const nb = await run('status', 'plan.handlingsrom', '--year', '2025', '--period', 'T2');
    expect(nb.code).toBe(0);
    expect(nb.stdout).toContain('Oppfølging av handlingsplanen for 2025, 2. tertial');
    expect(nb.stdout).toContain('Status (23 tiltak): Ikke startet 2 · På sporet 14 · Forsinket 3 · Stoppet 1 · Fullført 2 · Ingen oppdatering 1');
    expect(nb.stdout).toContain('Trenger oppmerksomhet (');
    const en = await run('status', 'plan.handlingsrom', '--year', '2025', '--period', 'T1', '--lang', 'en');
    expect(en.stdout).toContain('Follow-up of the action plan for 2025, 1st tertial');
    expect(en.stdout).toContain('The period was closed');
    expect(en.stdout).toContain('Needs attention (');
    expect(en.stdout).not.toMatch(/Oppfølging|Trenger|Tiltak \d|Forbruk/);
  });

  it('refuses a year without a plan and a period the plan does not have (exit 1), and bad usage (exit 2)', async () => {
    const noPlan = await run('status', 'plan.handlingsrom', '--year', '2027');
    expect(noPlan.code).toBe(1);
    const noPeriod = await run('status', 'plan.handlingsrom', '--year', '2025', '--period', 'K1');
    expect(noPeriod).toMatchObject({ code: 1, stdout: '' });
    expect(noPeriod.stderr).toContain('Handlingsplan 2025 har ingen rapporteringsperiode «K1».');
    expect((await run('status', 'plan.handlingsrom')).code).toBe(2);
    expect((await run('status', '--year', '2025')).code).toBe(2);
    expect((await run('status', 'plan.handlingsrom', '--year', '2025', '--period', '')).code).toBe(2);
    expect((await run('status', 'missing.handlingsrom', '--year', '2025')).code).toBe(1);
  });
});
