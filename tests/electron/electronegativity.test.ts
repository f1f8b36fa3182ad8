/**
 * Doyensec's Electronegativity over the main/preload sources (electron/) and their
 * esbuild bundle: every finding is either fixed or listed, with the reason, in
 * electronegativity-allowed.ts. AvailableSecurityFixesGlobalCheck is left out: it asks
 * the network for Electron's release list.
 */
import { execFile } from 'node:child_process';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import run from '@doyensec/electronegativity';
import type { ElectronegativityResult } from '@doyensec/electronegativity';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ALLOWED_FINDINGS } from './electronegativity-allowed';
import type { AllowedFinding } from './electronegativity-allowed';

const execFileAsync = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));
const electronVersion = (JSON.parse(await fsp.readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;

/** The one check that needs the network. */
const NETWORK_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

let bundleDir: string;

beforeAll(async () => {
  bundleDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'hr-eneg-'));
  await execFileAsync(process.execPath, [path.join(root, 'scripts/build-electron.mjs'), '--out', bundleDir], { cwd: root });
});

afterAll(async () => {
  await fsp.rm(bundleDir, { recursive: true, force: true });
});

async function scan(input: string): Promise<ElectronegativityResult> {
  return run({
    input,
    excludeFromScan: NETWORK_CHECKS,
    isRelative: true,
    electronVersionOverride: electronVersion,
    customScan: [],
    parserPlugins: [],
  });
}

type Finding = Pick<AllowedFinding, 'input' | 'id' | 'file'>;

function key(f: Finding): string {
  return `${f.input} ${f.id} ${f.file}`;
}

describe('Electronegativity', () => {
  it.each<[AllowedFinding['input'], () => string]>([
    ['electron', () => path.join(root, 'electron')],
    ['dist/electron', () => bundleDir],
  ])('%s: every finding is a listed false positive, and every listed one still occurs', async (input, where) => {
    const result = await scan(where());
    expect(result.errors.filter((e) => !e.tolerable)).toEqual([]);
    expect(result.atomicChecks).toBeGreaterThan(20);
    const found = [...new Set(result.issues.map((i) => key({ input, id: i.id, file: i.file.split(path.sep).join('/') })))].sort();
    const allowed = ALLOWED_FINDINGS.filter((a) => a.input === input).map(key).sort();
    expect(found).toEqual(allowed);
  });

  it('lists a reason for each false positive', () => {
    for (const entry of ALLOWED_FINDINGS) expect(entry.reason.length, key(entry)).toBeGreaterThan(40);
  });
});
