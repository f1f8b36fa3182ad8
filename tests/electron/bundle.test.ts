/**
 * The esbuild bundles: main and preload build, `electron` is the only package left
 * external (the sandboxed preload cannot require anything else), and electron-store —
 * ESM-only — is bundled into the CommonJS main.
 */
import { execFile } from 'node:child_process';
import fsp from 'node:fs/promises';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../..', import.meta.url));

const metafileSchema = z.object({
  inputs: z.record(z.string(), z.unknown()),
  outputs: z.record(
    z.string(),
    z.object({ imports: z.array(z.object({ path: z.string(), kind: z.string(), external: z.boolean().optional() })) }),
  ),
});

let outDir: string;

async function meta(name: 'main' | 'preload'): Promise<z.infer<typeof metafileSchema>> {
  return metafileSchema.parse(JSON.parse(await fsp.readFile(path.join(outDir, `meta-${name}.json`), 'utf8')));
}

function externals(m: z.infer<typeof metafileSchema>): string[] {
  const all = Object.values(m.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path));
  return [...new Set(all)].sort();
}

beforeAll(async () => {
  outDir = await fsp.mkdtemp(path.join(os.tmpdir(), 'hr-bundle-'));
  await run(process.execPath, [path.join(root, 'scripts/build-electron.mjs'), '--out', outDir, '--meta'], { cwd: root });
});

afterAll(async () => {
  await fsp.rm(outDir, { recursive: true, force: true });
});

describe('electron bundles', () => {
  it('writes main.cjs and preload.cjs', async () => {
    const files = await fsp.readdir(outDir);
    expect(files).toEqual(expect.arrayContaining(['main.cjs', 'preload.cjs']));
  });

  it('preload: only electron is external', async () => {
    expect(externals(await meta('preload'))).toEqual(['electron']);
  });

  it('main: electron and Node built-ins are external, electron-store and zod are inside', async () => {
    const m = await meta('main');
    const builtins = new Set([...builtinModules, ...builtinModules.map((b) => `node:${b}`)]);
    for (const name of externals(m)) expect(name === 'electron' || builtins.has(name), name).toBe(true);
    const inputs = Object.keys(m.inputs);
    expect(inputs.some((i) => i.includes('node_modules/electron-store/'))).toBe(true);
    expect(inputs.some((i) => i.includes('node_modules/conf/'))).toBe(true);
    expect(inputs.some((i) => i.includes('node_modules/zod/'))).toBe(true);
  });

  it('main: runs its module code under plain Node up to the first Electron call', async () => {
    // A stand-in `electron` that is empty: every bundled dependency (electron-store, conf,
    // ajv, zod) must initialise; the first Electron API use then fails by name.
    const script = `
      const Module = require('node:module');
      const load = Module._load;
      Module._load = function (request, ...rest) {
        return request === 'electron' ? {} : load.call(this, request, ...rest);
      };
      try { require(${JSON.stringify(path.join(outDir, 'main.cjs'))}); console.log('loaded'); }
      catch (e) { console.log('stopped: ' + e.message); }
    `;
    const { stdout } = await run(process.execPath, ['-e', script]);
    expect(stdout.trim()).toMatch(/^stopped: Cannot read properties of undefined \(reading '(isPackaged|registerSchemesAsPrivileged)'\)$/);
  });
});
