#!/usr/bin/env node
// Launcher for `npx handlingsrom`: runs the bundled command line (dist/cli/handlingsrom.cjs)
// and builds it first with esbuild when it is missing (e.g. right after a fresh checkout).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const bundle = join(__dirname, '..', 'dist', 'cli', 'handlingsrom.cjs');
if (!existsSync(bundle)) {
  const { spawnSync } = require('node:child_process');
  const build = spawnSync(process.execPath, [join(__dirname, '..', 'scripts', 'build-cli.mjs')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (build.status !== 0 || !existsSync(bundle)) {
    process.stderr.write('handlingsrom: kunne ikke bygge kommandolinjen (dist/cli/handlingsrom.cjs). Kjør «npm install» og prøv igjen.\n');
    process.exit(1);
  }
}
require(bundle).main();
