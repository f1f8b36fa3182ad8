// Lint for the three worlds. The import boundaries of ARCHITECTURE.md are enforced here
// (no-restricted-imports) and checked by tests/lint/boundaries.test.ts.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeMessage = 'Bare electron/ og cli/ kan bruke Node.';
const nodeBuiltins = { group: ['node:*'], message: nodeMessage };
// Every Node built-in by its bare name too (zlib, events, fs/promises, …). A regex, not a
// gitignore group: a group «domain» would also match our own shared/domain folder.
const bareNodeBuiltins = {
  regex: `^(${builtinModules.filter((m) => !m.startsWith('_')).map((m) => m.replace(/[/.]/g, '\\$&')).join('|')})(/.*)?$`,
  message: nodeMessage,
};
const electronImport = { group: ['electron', 'electron/*', 'electron-store'], message: 'Bare electron/ kan importere electron.' };
const rendererPatterns = [
  nodeBuiltins,
  bareNodeBuiltins,
  electronImport,
  { group: ['**/electron/**', '**/cli/**', '**/server/**'], message: 'renderer/ når operativsystemet bare gjennom window.desktop (DesktopApi).' },
];
const nativeDialogMessage = 'Ikke nettleserens alert/confirm/prompt: bruk useConfirm() eller Dialog fra renderer/src/ui.';
const crossFeatureMessage = 'En feature importerer ikke en annen: flytt det delte til renderer/src/ui, renderer/src/app eller renderer/src/slides.';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'test-results/**', 'playwright-report/**', 'tests/lint/fixtures/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          nodeBuiltins,
          bareNodeBuiltins,
          electronImport,
          { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'dexie', 'dexie-*', 'recharts', 'i18next', 'react-i18next'], message: 'shared/ er ren TypeScript: ingen React, Dexie eller UI-biblioteker.' },
          { group: ['**/electron/**', '**/renderer/**', '**/cli/**', '**/server/**'], message: 'shared/ importerer ikke fra electron/, renderer/, cli/ eller server/.' },
        ],
      }],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { patterns: rendererPatterns }],
      // The browser's blocking dialogs: the app asks through ui/ (useConfirm, Dialog).
      'no-restricted-globals': ['error', ...['alert', 'confirm', 'prompt'].map((name) => ({ name, message: nativeDialogMessage }))],
      'no-restricted-properties': ['error', ...['alert', 'confirm', 'prompt'].map((property) => ({ object: 'window', property, message: nativeDialogMessage }))],
    },
  },
  // A feature never imports another (ARCHITECTURE.md): what two screens share lives in
  // renderer/src/ui (components, hooks), renderer/src/app (sections, navigation) or
  // renderer/src/slides. From a file `depth` folders below features/<X>/, going up
  // `depth` times lands in features/, so `../…` one level too far is another feature.
  ...[1, 2, 3, 4].map((depth) => ({
    files: [`renderer/src/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          ...rendererPatterns,
          { regex: `^(\\.\\./){${depth}}[^./]`, message: crossFeatureMessage },
          { regex: '(^|/)features(/|$)', message: crossFeatureMessage },
        ],
      }],
    },
  })),
  // The shared parts of the renderer sit below the features, never above them.
  {
    files: ['renderer/src/{ui,slides,state,charts,db,platform,i18n}/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [...rendererPatterns, { regex: '(^|/)features(/|$)', message: 'ui/, slides/, state/ … importerer ikke fra features/.' }],
      }],
    },
  },
  // The team server is Node only and builds on shared/; the CLI starts it, nothing else imports it.
  {
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          electronImport,
          { group: ['**/electron/**', '**/renderer/**', '**/cli/**', 'react', 'react-dom', 'dexie'], message: 'server/ importerer bare shared/ og Node-pakker.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/renderer/**', 'react', 'react-dom', 'dexie'], message: 'electron/ importerer ikke renderer/.' }],
      }],
    },
  },
);
