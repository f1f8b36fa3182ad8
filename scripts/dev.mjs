// Development: the Vite dev server for the renderer (127.0.0.1:5173, hot reload), the
// Electron bundles, then Electron itself pointed at the dev server through
// HANDLINGSROM_DEV_URL (honoured only by an unpackaged app). Stopping either stops both.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { buildElectron } from './build-electron.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The Electron executable, found the way `require('electron')` finds it but without downloading. */
function electronExecutable() {
  const pkg = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(pkg, 'dist');
  const executable = path.join(dist, relative);
  return existsSync(executable) ? executable : null;
}

const executable = electronExecutable();
if (!executable) {
  console.error('dev: no Electron binary in node_modules/electron/dist — run `node node_modules/electron/install.js` (needs network), or `npm run web` for the browser build.');
  process.exit(1);
}

const server = await createServer({ configFile: path.join(root, 'vite.config.ts'), root: path.join(root, 'renderer') });
await server.listen();
const devUrl = server.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
server.printUrls();

await buildElectron({ isDev: true });
console.log('dev: electron bundles built');

const env = { ...process.env, HANDLINGSROM_DEV_URL: devUrl };
delete env.ELECTRON_RUN_AS_NODE;
const electron = spawn(executable, ['.'], { cwd: root, env, stdio: 'inherit' });

let isStopping = false;
async function stop(code) {
  if (isStopping) return;
  isStopping = true;
  if (electron.exitCode === null && electron.signalCode === null) electron.kill();
  await server.close();
  process.exit(code);
}

electron.on('exit', (code) => void stop(code ?? 0));
electron.on('error', (error) => {
  console.error('dev: could not start Electron:', error.message);
  void stop(1);
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => void stop(0));
