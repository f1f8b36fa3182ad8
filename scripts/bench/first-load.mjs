/**
 * First load of the renderer (issue 13): the JavaScript and CSS the browser must fetch
 * before the start screen runs — the entry script of dist/renderer/index.html and every
 * chunk it imports statically, recursively, plus the boot's own dynamic import: the message
 * catalogue of the default language (`assets/catalogue-nb-*.js`, scripts/i18n-catalogue-plugin.ts),
 * which the entry awaits before the first render. Other dynamic `import()`s are excluded:
 * those load when a screen is first opened. Sizes gzip-compressed, as a server or the asar
 * would send. Run after `vite build`; `node scripts/bench/first-load.mjs [--json]`.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../dist/renderer');

/** Static imports of one ES chunk: `import … from "./x.js"` and `import "./x.js"` (not `import("…")`). */
function staticImports(code) {
  const found = new Set();
  const re = /(?:\bfrom\s*|\bimport\s*)["'](\.\.?\/[^"']+\.js)["']/g;
  for (const m of code.matchAll(re)) found.add(m[1]);
  return [...found];
}

/** The first-load files and their gzip sizes; throws when the build is missing. */
export function firstLoad(distDir = root) {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const entry = html.match(/<script type="module"[^>]*src="([^"]+)"/)?.[1];
  if (!entry) throw new Error('dist/renderer/index.html has no module script: run `npx vite build` first');
  const css = [...html.matchAll(/<link rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const seen = new Map();
  // (A build from before the catalogue chunks has none: its catalogues are in the static imports.)
  const catalogue = readdirSync(join(distDir, 'assets')).find((f) => /^catalogue-nb-[\w-]+\.js$/.test(f));
  const queue = [join(distDir, entry), ...(catalogue ? [join(distDir, 'assets', catalogue)] : [])];
  while (queue.length > 0) {
    const file = queue.pop();
    if (seen.has(file)) continue;
    const code = readFileSync(file);
    seen.set(file, code);
    for (const spec of staticImports(code.toString('utf8'))) queue.push(join(dirname(file), spec));
  }
  const size = (buf) => ({ raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
  const js = [...seen].map(([file, buf]) => ({ file: file.slice(distDir.length + 1), ...size(buf) }));
  const styles = css.map((href) => join(distDir, href)).filter(existsSync).map((file) => ({ file: file.slice(distDir.length + 1), ...size(readFileSync(file)) }));
  const sum = (list, key) => list.reduce((s, f) => s + f[key], 0);
  return { js, css: styles, jsGzip: sum(js, 'gzip'), jsRaw: sum(js, 'raw'), cssGzip: sum(styles, 'gzip') };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = firstLoad();
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    for (const f of [...result.js].sort((a, b) => b.gzip - a.gzip)) console.log(`${(f.gzip / 1024).toFixed(1).padStart(8)} KB gzip  ${f.file}`);
    console.log(`first load: ${(result.jsGzip / 1024).toFixed(1)} KB gzip JavaScript (${(result.jsRaw / 1024).toFixed(0)} KB raw), ${(result.cssGzip / 1024).toFixed(1)} KB gzip CSS — goal ≤ 250 KB JavaScript`);
  }
}
