/**
 * The command line: commands, exit codes, messages (bokmål, or English with --lang en), and plan files that stay
 * byte-for-byte identical whenever an import is refused or only previewed. The commands
 * run in-process through runCli (fast); the built launcher and bundle
 * (bin/handlingsrom.cjs → dist/cli/handlingsrom.cjs) run as a real child process in the
 * smoke tests that need one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { parsePlanFile } from '@shared/domain/plan-file';
import { runCli } from '../../cli/handlingsrom';
import { actionCol, SHEET } from '@shared/excel/layout';
import { runKontroll } from '@shared/rules';
import { createExampleDocument } from '@shared/templates';
import { millionRowWorkbook, zipBombWorkbook } from '../shared/excel/helpers';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'handlingsrom.cjs');
const BUNDLE = join(ROOT, 'dist', 'cli', 'handlingsrom.cjs');
let dir: string;

interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The built command line as a child process (launcher, bundle, real exit code). */
function runProcess(...args: string[]): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The command line in-process, in the test folder, with stdout and stderr as main() writes them. */
async function run(...args: string[]): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const cwd = process.cwd();
  process.chdir(dir);
  try {
    const code = await runCli(args, {
      out: (text) => {
        stdout += text;
      },
      err: (text) => {
        stderr += text.endsWith('\n') ? text : `${text}\n`;
      },
      showProgress: false,
    });
    return { code, stdout, stderr };
  } finally {
    process.chdir(cwd);
  }
}

function path(name: string): string {
  return join(dir, name);
}

function build(): void {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build-cli feilet: ${r.stderr}`);
}

async function editXlsx(from: string, to: string, edit: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(from)).buffer);
  edit(wb);
  writeFileSync(to, new Uint8Array(await wb.xlsx.writeBuffer()));
}

beforeAll(() => {
  build();
  dir = mkdtempSync(join(tmpdir(), 'hr-cli-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('usage', () => {
  it('--help prints the usage and exits 0 (a real process)', () => {
    const r = runProcess('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Bruk:');
    expect(r.stdout).toContain('handlingsrom import BUDSJETT.xlsx --into PLAN --year ÅÅÅÅ [--dry-run]');
  });

  it('a refused command sets the exit code and writes to stderr (a real process)', () => {
    const r = runProcess('fly');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Ukjent kommando «fly». Se handlingsrom --help.');
    expect(r.stdout).toBe('');
  });

  it.each([
    [[], 'Mangler kommando. Se handlingsrom --help.'],
    [['fly'], 'Ukjent kommando «fly». Se handlingsrom --help.'],
    [['check', 'x.handlingsrom'], 'Kommandoen «check» trenger --year ÅÅÅÅ. Se handlingsrom --help.'],
    [['check', 'x.handlingsrom', '--year', '25'], '--year må være et årstall (fire sifre), ikke «25».'],
    [['export', 'x', '--year', '2025'], 'Kommandoen «export» trenger --out BUDSJETT.xlsx. Se handlingsrom --help.'],
    [['import', 'b.xlsx', '--year', '2025'], 'Kommandoen «import» trenger --into PLAN. Se handlingsrom --help.'],
    [['check', '--year', '2025', '--fart'], 'Feil i valgene: «--fart». Se handlingsrom --help.'],
  ])('bad usage %j exits 2 with a Norwegian message', async (args, message) => {
    const r = await run(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });
});

describe('example, check, export, import', () => {
  it('example writes a valid plan file and refuses to overwrite it without --force', async () => {
    const r = await run('example', '--out', 'plan.handlingsrom');
    expect(r.code).toBe(0);
    const parsed = parsePlanFile(readFileSync(path('plan.handlingsrom'), 'utf8'));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.doc).toEqual(createExampleDocument());
    const before = readFileSync(path('plan.handlingsrom'));
    const again = await run('example', '--out', 'plan.handlingsrom');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('finnes fra før. Bruk --force');
    expect(readFileSync(path('plan.handlingsrom')).equals(before)).toBe(true);
  });

  it('check --json gives the kontroll totals and findings; exit 1 because the example has an error finding', async () => {
    const expected = runKontroll({
      strategy: createExampleDocument().strategy,
      plan: createExampleDocument().plans[0] ?? (() => { throw new Error('ingen plan'); })(),
      actions: createExampleDocument().actions,
    });
    const r = await run('check', 'plan.handlingsrom', '--year', '2025', '--json');
    const hasErrors = expected.findings.some((f) => f.severity === 'error');
    expect(r.code).toBe(hasErrors ? 1 : 0);
    const json: unknown = JSON.parse(r.stdout);
    const t = expected.totals;
    expect(json).toEqual({
      year: 2025,
      totals: {
        cost: t.cost,
        ownFunds: t.ownFunds,
        partnerFunds: t.partnerFunds,
        externalFunds: t.externalFunds,
        uncovered: t.uncovered,
        frameOwnFunds: t.frameOwnFunds,
        margin: t.margin,
        hours: t.hours,
        capacityHours: t.capacityHours,
      },
      findings: expected.findings.map((f) => ({ severity: f.severity, code: f.code, message: f.message, entity: f.entity })),
    });
  });

  it('check without --json prints a Norwegian report', async () => {
    const r = await run('check', 'plan.handlingsrom', '--year', '2025');
    expect(r.stdout).toContain('Kontroll av handlingsplanen for 2025');
    expect(r.stdout).toMatch(/Margin \(negativ = overskridelse\)\s+−150\s000 kr/);
    expect(r.stdout).toContain('FEIL');
  });

  it('check refuses a missing year, a missing file and a broken plan file with exit 1', async () => {
    expect((await run('check', 'plan.handlingsrom', '--year', '2031')).stderr).toContain('Fant ingen handlingsplan for 2031. Planfilen har handlingsplaner for 2025.');
    const missing = await run('check', 'finnes-ikke.handlingsrom', '--year', '2025');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Fant ikke filen finnes-ikke.handlingsrom.');
    writeFileSync(path('broken.handlingsrom'), '{"format": "handlingsrom-plan", ');
    const broken = await run('check', 'broken.handlingsrom', '--year', '2025');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain('Planfilen broken.handlingsrom kan ikke brukes:');
  });

  it('export writes a workbook; importing it unchanged reports no changes and leaves the plan file identical', async () => {
    const r = await run('export', 'plan.handlingsrom', '--year', '2025', '--out', 'budsjett.xlsx');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Budsjettarbeidsboken for 2025 er skrevet til budsjett.xlsx (25 tiltak).');
    expect(readFileSync(path('budsjett.xlsx')).subarray(0, 2).toString()).toBe('PK');
    const before = readFileSync(path('plan.handlingsrom'));
    const imp = await run('import', 'budsjett.xlsx', '--into', 'plan.handlingsrom', '--year', '2025');
    expect(imp.code).toBe(0);
    expect(imp.stderr).toContain('Ingen endringer');
    expect(readFileSync(path('plan.handlingsrom')).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('import --dry-run shows the changes without writing; import then writes them atomically', async () => {
    await editXlsx(path('budsjett.xlsx'), path('endret.xlsx'), async (wb) => {
      const t = wb.getWorksheet(SHEET.actions);
      if (!t) throw new Error('mangler Tiltak');
      t.getCell(`${actionCol('cost')}2`).value = 777_000;
      t.getCell(`${actionCol('title')}3`).value = 'Nytt navn fra økonomi';
    });
    const before = readFileSync(path('plan.handlingsrom'));
    const dry = await run('import', 'endret.xlsx', '--into', 'plan.handlingsrom', '--year', '2025', '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('Endrede tiltak (2):');
    expect(dry.stdout).toContain('1 «Kartlegging av kraftbehov i regionen»: Kostnad');
    expect(dry.stdout).toContain('2 «Nytt navn fra økonomi»: Tittel');
    expect(dry.stderr).toContain('Tørrkjøring: planfilen er ikke endret.');
    expect(readFileSync(path('plan.handlingsrom')).equals(before)).toBe(true);

    const real = await run('import', 'endret.xlsx', '--into', 'plan.handlingsrom', '--year', '2025');
    expect(real.code).toBe(0);
    expect(real.stderr).toContain('Planfilen plan.handlingsrom er oppdatert.');
    const parsed = parsePlanFile(readFileSync(path('plan.handlingsrom'), 'utf8'));
    if (!parsed.ok) throw new Error('ugyldig planfil etter import');
    expect(parsed.doc.actions[0]?.cost).toBe(777_000);
    expect(parsed.doc.actions[1]?.title).toBe('Nytt navn fra økonomi');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('refused imports leave the plan file byte-for-byte unchanged (exit 1)', () => {
  const cases: [string, () => Promise<void> | void, string][] = [
    ['truncated zip', () => writeFileSync(path('bad.xlsx'), readFileSync(path('budsjett.xlsx')).subarray(0, 3000)), 'Filen er ufullstendig (avkuttet).'],
    ['not a workbook', () => writeFileSync(path('bad.xlsx'), 'Nr;Tittel\n1;Hei\n'), 'Filen er ikke en Excel-arbeidsbok (.xlsx).'],
    ['zip bomb', () => writeFileSync(path('bad.xlsx'), zipBombWorkbook()), 'Den avvises som mulig zip-bombe'],
    ['a million rows', () => writeFileSync(path('bad.xlsx'), millionRowWorkbook()), 'Arket «Tiltak» har mer enn 100\u00a0000 rader.'],
    [
      'text in an amount column',
      () =>
        editXlsx(path('budsjett.xlsx'), path('bad.xlsx'), (wb) => {
          const t = wb.getWorksheet(SHEET.actions);
          if (t) t.getCell(`${actionCol('cost')}5`).value = 'mye';
        }),
      'arket Tiltak, rad 5, kolonne I, feltet «Kostnad»: Forventet et beløp i hele kroner (0 eller mer), fant «mye».',
    ],
    [
      'wrong sheet names',
      () =>
        editXlsx(path('budsjett.xlsx'), path('bad.xlsx'), (wb) => {
          const t = wb.getWorksheet(SHEET.actions);
          if (t) t.name = 'Handlinger';
        }),
      'Fant ikke arket «Tiltak» (på engelsk «Actions»).',
    ],
  ];

  it.each(cases)('%s', async (_name, make, message) => {
    await make();
    const before = readFileSync(path('plan.handlingsrom'));
    const r = await run('import', 'bad.xlsx', '--into', 'plan.handlingsrom', '--year', '2025');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('Planfilen er ikke endret.');
    expect(r.stderr).toContain(message);
    expect(readFileSync(path('plan.handlingsrom')).equals(before)).toBe(true);
  });
});

describe('--lang', () => {
  it('--lang en speaks English: usage, help, check report and a refused plan file', async () => {
    expect(await run('--lang', 'en')).toMatchObject({ code: 2, stderr: expect.stringContaining('Missing command. See handlingsrom --help.') as unknown });
    expect((await run('--lang=en', '--help')).stdout).toContain('Usage:');
    const check = await run('check', 'plan.handlingsrom', '--year', '2025', '--lang', 'en');
    expect(check.stdout).toContain('Check of the action plan for 2025');
    expect(check.stdout).toMatch(/Margin \(negative = overrun\)/);
    expect(check.stdout).toContain('ERROR');
    // The plan's own names stay as written; every text of the CLI and the kontroll is English.
    expect(check.stdout).not.toMatch(/Kontroll av|Funn \(|FEIL|ADVARSEL|Kostnad|Egne midler|Tiltak \d/);

    writeFileSync(path('cut.handlingsrom'), '{\n  "format": "handlingsrom-plan", ');
    const cut = await run('check', 'cut.handlingsrom', '--year', '2025', '--lang', 'en');
    expect(cut.code).toBe(1);
    expect(cut.stderr).toContain('The plan file cut.handlingsrom cannot be used:');
    expect(cut.stderr).toMatch(/line 2, character \d+: The file ends too early/);

    const raw = JSON.parse(readFileSync(path('plan.handlingsrom'), 'utf8')) as { actions: Record<string, unknown>[] };
    raw.actions[0]!['cost'] = -1;
    raw.actions[1]!['title'] = 'x'.repeat(600);
    writeFileSync(path('bad-values.handlingsrom'), JSON.stringify(raw));
    const bad = await run('check', 'bad-values.handlingsrom', '--year', '2025', '--lang', 'en');
    expect(bad.stderr).toContain('actions[0].cost: Action no. 1 (action plan 2025), cost: The amount cannot be negative');
    expect(bad.stderr).toContain('actions[1].title: Action no. 2 (action plan 2025), title: The text is too long (at most 500 characters)');
    expect(bad.stderr).not.toMatch(/[æøå]|Tiltak|\(title\)/);
  });

  it('bokmål stays the default, with the same places', async () => {
    const bad = await run('check', 'bad-values.handlingsrom', '--year', '2025');
    expect(bad.stderr).toContain('actions[0].cost: Tiltak nr 1 (handlingsplan 2025), kostnad: Beløpet kan ikke være negativt');
    expect((await run('check', 'cut.handlingsrom', '--year', '2025')).stderr).toMatch(/linje 2, tegn \d+: Filen slutter for tidlig/);
  });

  it('refuses a language it does not have', async () => {
    const r = await run('check', 'plan.handlingsrom', '--year', '2025', '--lang', 'fr');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--lang må være nb eller en, ikke «fr».');
  });
});

describe('launcher', async () => {
  it('the bundle runs on its own, and bin/ builds it first when it is missing', () => {
    const direct = spawnSync(process.execPath, [BUNDLE, '--help'], { encoding: 'utf8' });
    expect(direct.status).toBe(0);
    expect(direct.stdout).toContain('Bruk:');
    rmSync(BUNDLE);
    const r = runProcess('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Bruk:');
    expect(existsSync(BUNDLE)).toBe(true);
  });
});
