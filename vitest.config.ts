import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { i18nCataloguePlugin } from './scripts/i18n-catalogue-plugin';

const sharedDir = fileURLToPath(new URL('./shared', import.meta.url));
const fakeElectron = fileURLToPath(new URL('./tests/electron/fake-electron.ts', import.meta.url));

export default defineConfig({
  plugins: [react(), i18nCataloguePlugin()],
  resolve: { alias: { '@shared': sharedDir } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/shared/**/*.test.ts', 'tests/electron/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/server/**/*.test.ts', 'tests/lint/**/*.test.ts'],
          alias: { electron: fakeElectron },
          server: { deps: { inline: ['electron-store', 'conf'] } },
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'jsdom',
          include: ['tests/renderer/**/*.test.ts', 'tests/renderer/**/*.test.tsx'],
          setupFiles: ['tests/renderer/setup.ts'],
          testTimeout: 60_000,
        },
      },
    ],
  },
});
