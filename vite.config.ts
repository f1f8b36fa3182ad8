import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { cspMetaPlugin } from './scripts/csp-meta-plugin';
import { i18nCataloguePlugin } from './scripts/i18n-catalogue-plugin';
import { reloadCodePlugin } from './scripts/reload-code-plugin';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
/** `@shared/…` is the pure domain code (tsconfig.base.json "paths" says the same). */
const sharedDir = fileURLToPath(new URL('./shared', import.meta.url));
/**
 * The Excel worker bundles exceljs's streaming WorkbookWriter from its lib/ sources (the
 * browser bundle has only the in-memory Workbook): its zip (archiver, Node zlib) is fflate and
 * Node's `events` is a small stand-in (renderer/src/features/excel/stream).
 */
const excelStream = (file: string) => fileURLToPath(new URL(`./renderer/src/features/excel/stream/${file}`, import.meta.url));

// The renderer is built with a relative base so it loads from the app:// origin in
// Electron and from any path in the web build.
export default defineConfig({
  root,
  base: './',
  // The CSP meta comes from shared/security (main sends the same policy as a header).
  // The catalogues: one chunk per language (scripts/i18n-catalogue-plugin.ts).
  // The files a reload onto a strategy preloads (scripts/reload-code-plugin.ts).
  plugins: [react(), cspMetaPlugin(), i18nCataloguePlugin({ index: 'loaded' }), reloadCodePlugin(root)],
  resolve: {
    alias: [
      { find: '@shared', replacement: sharedDir },
      { find: /^archiver$/, replacement: excelStream('archiver.cjs') },
      { find: /^events$/, replacement: excelStream('events.ts') },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
    rolldownOptions: {
      // shared/ is pure code: importing one of its modules does nothing but define things. Said
      // so, a module the start screen reaches only through a re-export (a barrel such as
      // @shared/domain) stays out of the first load unless something there uses it (issue 13).
      treeshake: { moduleSideEffects: (id: string) => (id.startsWith(`${sharedDir}/`) ? false : undefined) },
    },
  },
  // A worker has no i18next: shared/i18n's `catalogues` there are the app's, both languages.
  worker: { format: 'es', plugins: () => [i18nCataloguePlugin({ index: 'app' })] },
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: Number(process.env.PORT ?? 4173), strictPort: true },
});
