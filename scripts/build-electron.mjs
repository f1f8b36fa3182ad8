// Bundles the Electron main process and the preload with esbuild:
//   electron/main/index.ts    → dist/electron/main.cjs    (Node, CommonJS)
//   electron/preload/index.ts → dist/electron/preload.cjs (sandboxed preload: one file,
//                                                          it cannot require modules)
// `electron` stays external (Electron provides it); everything else — zod, electron-store
// (ESM-only, bundled into CJS here) — goes into the bundle.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { writeFile } from 'node:fs/promises';

const root = fileURLToPath(new URL('..', import.meta.url));
const defaultOutDir = path.join(root, 'dist', 'electron');

/** Options of both bundles (targets below: Electron 45 ships Node 22 and Chromium 140). */
const common = {
  bundle: true,
  format: 'cjs',
  external: ['electron'],
  alias: { '@shared': path.join(root, 'shared') },
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
  metafile: true,
};

/**
 * Builds both bundles. `options.isDev` skips minifying; `options.outDir` writes elsewhere
 * than dist/electron; `options.writeMeta` also writes esbuild's metafiles (what went into
 * each bundle and what stayed external) as meta-main.json / meta-preload.json — the
 * bundle test reads them.
 */
export async function buildElectron(options = {}) {
  const minify = !options.isDev;
  const outDir = options.outDir ?? defaultOutDir;
  const [mainResult, preloadResult] = await Promise.all([
    build({
      ...common,
      entryPoints: [path.join(root, 'electron/main/index.ts')],
      outfile: path.join(outDir, 'main.cjs'),
      platform: 'node',
      target: 'node22',
      minify,
    }),
    build({
      ...common,
      entryPoints: [path.join(root, 'electron/preload/index.ts')],
      outfile: path.join(outDir, 'preload.cjs'),
      platform: 'browser',
      target: 'chrome140',
      minify,
    }),
  ]);
  if (options.writeMeta) {
    await writeFile(path.join(outDir, 'meta-main.json'), JSON.stringify(mainResult.metafile));
    await writeFile(path.join(outDir, 'meta-preload.json'), JSON.stringify(preloadResult.metafile));
  }
  return { main: path.join(outDir, 'main.cjs'), preload: path.join(outDir, 'preload.cjs') };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const started = Date.now();
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > 0 ? path.resolve(process.argv[outIndex + 1] ?? '') : undefined;
  const out = await buildElectron({ isDev: process.argv.includes('--dev'), outDir, writeMeta: process.argv.includes('--meta') });
  console.log(`electron: ${path.relative(root, out.main)}, ${path.relative(root, out.preload)} (${Date.now() - started} ms)`);
}
