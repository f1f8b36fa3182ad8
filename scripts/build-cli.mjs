// Bundles the command line with esbuild:
//   cli/handlingsrom.ts → dist/cli/handlingsrom.cjs (Node 20, CommonJS, one file)
// exceljs stays external: it is a runtime dependency in package.json and is required from
// node_modules (bundling it would only duplicate ~1 MB). zod, fflate and all of shared/ go
// into the bundle. The team server's packages (Hocuspocus, yjs, pg, ws) stay external too:
// Hocuspocus requires yjs from node_modules, and a second, bundled copy of yjs would break
// its constructor checks. Runs on `npm install` ("prepare") and from bin/handlingsrom.cjs when the
// bundle is missing.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Builds dist/cli/handlingsrom.cjs (or `options.outfile`). */
export async function buildCli(options = {}) {
  return build({
    absWorkingDir: root,
    entryPoints: [path.join(root, 'cli/handlingsrom.ts')],
    outfile: options.outfile ?? path.join(root, 'dist', 'cli', 'handlingsrom.cjs'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['exceljs', '@hocuspocus/server', '@hocuspocus/extension-database', '@hocuspocus/extension-redis', 'yjs', 'pg', 'ws'],
    alias: { '@shared': path.join(root, 'shared') },
    // jsonc-parser's UMD build (its `main`) requires its parts at run time; its ES build bundles.
    mainFields: ['module', 'main'],
    legalComments: 'none',
    logLevel: 'warning',
    banner: { js: '#!/usr/bin/env node' },
    // Run when started directly (node dist/cli/handlingsrom.cjs …); bin/ calls main() itself.
    footer: { js: 'if (require.main === module) module.exports.main();' },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildCli();
}
