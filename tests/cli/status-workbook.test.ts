/**
 * `handlingsrom status-export` and `status-import` (issue 12, point 7): export the status
 * workbook from a plan file, fill it in with exceljs, import with --dry-run (plan file
 * untouched) and then for real (the plan file gets the updates; the adopted plan's adopted
 * content is unchanged); refusals and usage errors with exit codes 1 and 2.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { PlanDocument } from '@shared/domain/document';
import { parsePlanFile, serializePlanFile } from '@shared/domain/plan-file';
import { statusCol, statusWords } from '@shared/excel/status';
import { createExampleDocument } from '@shared/templates';
import { useCliDir } from './cli-dir';

const cli = useCliDir('statusbook');
const run = cli.run;

function readDoc(name: string): PlanDocument {
  const parsed = parsePlanFile(readFileSync(cli.path(name), 'utf8'));
  if (!parsed.ok) throw new Error('ugyldig planfil');
  return parsed.doc;
}

/** Fills «Ny status» (and forbruk) for the tiltak numbered 1 and 2 in a status workbook on disk. */
async function fill(path: string, language: 'nb' | 'en'): Promise<void> {
  const w = statusWords(language);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet(w.sheets.status);
  if (!ws) throw new Error('mangler Status');
  ws.eachRow((row, r) => {
    if (r === 1) return;
    const nr = row.getCell(statusCol('number')).value;
    if (nr === '1') {
      row.getCell(statusCol('status')).value = w.status.stopped;
      row.getCell(statusCol('comment')).value = 'Stoppet i påvente av finansiering';
      row.getCell(statusCol('spentOwn')).value = 75000;
    }
    if (nr === '2') row.getCell(statusCol('status')).value = w.status.onTrack;
  });
  await wb.xlsx.writeFile(path);
}

const example = createExampleDocument();
const adopted: PlanDocument = { ...example, plans: example.plans.map((p) => ({ ...p, status: 'adopted' as const })) };

beforeAll(() => {
  writeFileSync(cli.path('plan.handlingsrom'), serializePlanFile(adopted, '2026-11-30T12:00:00.000Z'));
});

describe('status-export and status-import', () => {
  it.each(['nb', 'en'] as const)('export, fill with exceljs, import --dry-run, then import (%s)', async (lang) => {
    const planFile = `plan-${lang}.handlingsrom`;
    writeFileSync(cli.path(planFile), serializePlanFile(adopted, '2026-11-30T12:00:00.000Z'));
    const out = `status-${lang}.xlsx`;
    const exp = await run('status-export', planFile, '--year', '2025', '--period', 'T2', '--out', out, '--lang', lang);
    expect(exp.code, exp.stderr).toBe(0);
    expect(existsSync(cli.path(out))).toBe(true);
    // A second export without --force is refused; with --force it replaces the file.
    expect((await run('status-export', planFile, '--year', '2025', '--period', 'T2', '--out', out, '--lang', lang)).code).toBe(1);
    expect((await run('status-export', planFile, '--year', '2025', '--period', 'T2', '--out', out, '--force', '--lang', lang)).code).toBe(0);
    await fill(cli.path(out), lang);

    const before = readFileSync(cli.path(planFile), 'utf8');
    const dry = await run('status-import', out, '--into', planFile, '--year', '2025', '--period', 'T2', '--dry-run', '--lang', lang);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout.split('\n').filter((l) => l.includes('→'))).toHaveLength(2);
    expect(readFileSync(cli.path(planFile), 'utf8')).toBe(before);

    const imp = await run('status-import', out, '--into', planFile, '--year', '2025', '--period', 'T2', '--lang', lang);
    expect(imp.code, imp.stderr).toBe(0);
    const after = readDoc(planFile);
    const plan = after.plans[0];
    const planBefore = adopted.plans[0];
    if (!plan || !planBefore) throw new Error('mangler plan');
    const added = plan.followUp.updates.slice(planBefore.followUp.updates.length);
    const one = after.actions.find((a) => a.planId === plan.id && a.number === '1');
    expect(added).toHaveLength(2);
    expect(added.find((u) => u.actionId === one?.id)).toMatchObject({
      periodId: 'T2',
      status: 'stopped',
      comment: 'Stoppet i påvente av finansiering',
      spending: expect.arrayContaining([{ source: 'own', amount: 75000 }]),
    });
    // The adopted content is unchanged: the plan (but followUp) and every tiltak.
    expect(plan.status).toBe('adopted');
    expect({ ...plan, followUp: null }).toEqual({ ...planBefore, followUp: null });
    expect(after.actions).toEqual(adopted.actions);
    expect(after.strategy).toEqual(adopted.strategy);
  });

  it('--owner exports only that ansvarlig\'s tiltak', async () => {
    const owner = example.actions[0]?.owner ?? '';
    const r = await run('status-export', 'plan.handlingsrom', '--year', '2025', '--period', 'T2', '--out', 'owner.xlsx', '--owner', owner);
    expect(r.code, r.stderr).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(cli.path('owner.xlsx'));
    const owners = new Set<unknown>();
    wb.getWorksheet('Status')?.eachRow((row, n) => {
      if (n > 1) owners.add(row.getCell(statusCol('owner')).value);
    });
    expect([...owners]).toEqual([owner]);
  });

  it('refuses a bad workbook (exit 1, plan unchanged), an unknown period (1) and missing options (2)', async () => {
    writeFileSync(cli.path('bad.xlsx'), 'ikke en arbeidsbok');
    const before = readFileSync(cli.path('plan.handlingsrom'), 'utf8');
    const bad = await run('status-import', 'bad.xlsx', '--into', 'plan.handlingsrom', '--year', '2025', '--period', 'T2');
    expect(bad.code).toBe(1);
    expect(readFileSync(cli.path('plan.handlingsrom'), 'utf8')).toBe(before);
    expect((await run('status-export', 'plan.handlingsrom', '--year', '2025', '--period', 'T9', '--out', 'x.xlsx')).code).toBe(1);
    expect(existsSync(cli.path('x.xlsx'))).toBe(false);
    expect((await run('status-export', 'plan.handlingsrom', '--year', '2025', '--out', 'x.xlsx')).code).toBe(2);
    expect((await run('status-import', 'bad.xlsx', '--year', '2025', '--period', 'T2')).code).toBe(2);
    // A closed period refuses the import.
    const t1 = await run('status-export', 'plan.handlingsrom', '--year', '2025', '--period', 'T1', '--out', 't1.xlsx');
    expect(t1.code).toBe(0);
    const closed = await run('status-import', 't1.xlsx', '--into', 'plan.handlingsrom', '--year', '2025', '--period', 'T1');
    expect(closed.code).toBe(1);
    expect(closed.stderr).toContain('T1');
  });
});
