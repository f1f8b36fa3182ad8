/**
 * The command line at its edges, as a real child process (the built bundle):
 * `check … | head -1` ends quietly when the reader goes away (EPIPE), and every refusal —
 * a plan file with bytes that are not UTF-8 or with unknown fields, a hostile workbook, a
 * folder instead of a file — says what is wrong in words, with no JavaScript error text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8 } from 'fflate';
import { serializePlanFile } from '@shared/domain/plan-file';
import { msg, renderMessage } from '@shared/i18n/message';
import { createExampleDocument, generateLargeDocument } from '@shared/templates';
import { SHEET_HEAD, SHEET_TAIL, xlsxWithSheet } from '../shared/excel/helpers';
import { expectCleanRefusal } from '../shared/fuzz/refusal-text';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'handlingsrom.cjs');
let dir: string;

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build-cli feilet: ${build.stderr}`);
  dir = mkdtempSync(join(tmpdir(), 'hr-cli-safety-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('a closed pipe (EPIPE)', () => {
  it('`check --json | head -c 100` ends quietly: exit 0, nothing on stderr', () => {
    const big = generateLargeDocument({ actions: 3000, years: 1, seed: 5 });
    writeFileSync(join(dir, 'stor.handlingsrom'), serializePlanFile(big, '2026-11-30T12:00:00.000Z'));
    const year = String(big.plans[0]?.year);
    // The JSON is far larger than a pipe's buffer, so the writer meets the closed pipe.
    const script = `set -o pipefail; "${process.execPath}" "${BIN}" check stor.handlingsrom --year ${year} --json 2>err.txt | head -c 100 >/dev/null; echo "exit=$?"; cat err.txt`;
    const r = spawnSync('bash', ['-c', script], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
    expect(r.stdout.trim()).toBe('exit=0');
  });
});

describe('refusals in words', () => {
  it('a plan file with bytes that are not UTF-8: refused with the message code, nothing replaced', () => {
    const text = serializePlanFile(createExampleDocument(), '2026-11-30T12:00:00.000Z');
    const bytes = new TextEncoder().encode(text);
    const at = text.indexOf('"name"') + 9;
    writeFileSync(join(dir, 'latin1.handlingsrom'), new Uint8Array([...bytes.slice(0, at), 0xd8, ...bytes.slice(at)]));
    const r = run('check', 'latin1.handlingsrom', '--year', '2025');
    expect(r.code).toBe(1);
    const lines = text.slice(0, at).split('\n');
    const line = lines.length;
    const col = (lines.at(-1)?.length ?? 0) + 1;
    expect(r.stderr).toContain(renderMessage(msg('planFile.invalidUtf8', { line, col }), 'nb'));
    expectCleanRefusal(r.stderr);
  });

  it('a plan file with an unknown field: refused, the field named', () => {
    const raw = JSON.parse(serializePlanFile(createExampleDocument(), '2026-11-30T12:00:00.000Z')) as Record<string, unknown>;
    raw['kommentar'] = 'lagt til for hånd';
    writeFileSync(join(dir, 'ukjent.handlingsrom'), JSON.stringify(raw));
    const r = run('check', 'ukjent.handlingsrom', '--year', '2025', '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(renderMessage(msg('planFile.unknownField', { path: 'kommentar' }), 'en'));
    expectCleanRefusal(r.stderr);
  });

  it('hostile workbooks and a folder in place of a file: clean refusals in both languages', () => {
    writeFileSync(join(dir, 'plan.handlingsrom'), serializePlanFile(createExampleDocument(), '2026-11-30T12:00:00.000Z'));
    // Cells without r="…" (exceljs once failed on them with «Cannot read properties of undefined»).
    writeFileSync(join(dir, 'uten-adresser.xlsx'), xlsxWithSheet([strToU8(`${SHEET_HEAD}<row><c t="inlineStr"><is><t>Nr</t></is></c></row>${SHEET_TAIL}`)]));
    writeFileSync(join(dir, 'ikke-zip.xlsx'), 'dette er ikke en arbeidsbok');
    mkdirSync(join(dir, 'mappe.xlsx'), { recursive: true });
    mkdirSync(join(dir, 'mappe.handlingsrom'), { recursive: true });
    for (const lang of ['nb', 'en']) {
      for (const args of [
        ['import', 'uten-adresser.xlsx', '--into', 'plan.handlingsrom', '--year', '2025'],
        ['import', 'ikke-zip.xlsx', '--into', 'plan.handlingsrom', '--year', '2025'],
        ['import', 'mappe.xlsx', '--into', 'plan.handlingsrom', '--year', '2025'],
        ['check', 'mappe.handlingsrom', '--year', '2025'],
      ]) {
        const r = run(...args, '--lang', lang);
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(1);
        expectCleanRefusal(r.stderr);
        expect(r.stderr).not.toMatch(/\n\s+at /);
      }
    }
  });
});
