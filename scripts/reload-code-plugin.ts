/**
 * Vite plugin: adds renderer/public/early-read.js to index.html and tells it which files a reload onto a strategy
 * needs beyond the first load — the workspace code and the code of each screen, with what
 * they import and their CSS — as a JSON data block in index.html (data, not a script: the
 * Content-Security-Policy is untouched). early-read.js preloads the files of the URL's
 * screen while the first load is still arriving, instead of after it (issue 13). Only the
 * build has hashed file names; in the dev server there is no block and nothing is preloaded.
 */
import path from 'node:path';
import type { Plugin } from 'vite';
import type { OutputBundle, OutputChunk } from 'rolldown';
import {
  DEFAULT_SECTION,
  ECONOMY_SECTION,
  EDITOR_SECTION,
  FIVE_FACTOR_SECTION,
  FOLLOW_UP_SECTION,
  HISTORY_SECTION,
  MULTI_YEAR_SECTION,
  PLAN_SECTION,
  PRESENTATION_SECTION,
  PRINT_SECTION,
  SCENARIOS_SECTION,
  SETTINGS_SECTION,
  STRATEGY_SECTION,
} from '../renderer/src/app/sections';

/** Id of the data block in index.html. */
export const RELOAD_CODE_ID = 'handlingsrom-reload-code';

/** The workspace's module, under renderer/src. */
export const WORKSPACE_MODULE = 'app/StrategyWorkspace.tsx';

/** The module of each section's screen, under renderer/src (as renderer/src/app/screen-code.ts imports them). */
export const SCREEN_MODULES: Readonly<Record<string, string>> = {
  [STRATEGY_SECTION]: 'features/strategy/StrategyView.tsx',
  [EDITOR_SECTION]: 'features/strategy-editor/StrategyEditorScreen.tsx',
  [PLAN_SECTION]: 'features/plan/PlanScreen.tsx',
  [ECONOMY_SECTION]: 'features/economy/EconomyScreen.tsx',
  [FOLLOW_UP_SECTION]: 'features/follow-up/FollowUpScreen.tsx',
  [SCENARIOS_SECTION]: 'features/scenarios/ScenariosScreen.tsx',
  [MULTI_YEAR_SECTION]: 'features/multi-year/MultiYearScreen.tsx',
  [FIVE_FACTOR_SECTION]: 'features/five-factor/FiveFactorScreen.tsx',
  [PRESENTATION_SECTION]: 'features/presentation/PresentationScreen.tsx',
  [PRINT_SECTION]: 'features/print/PrintScreen.tsx',
  [HISTORY_SECTION]: 'features/history/HistoryScreen.tsx',
  [SETTINGS_SECTION]: 'features/settings/SettingsScreen.tsx',
};

/** What the data block holds: file names relative to index.html. */
export interface ReloadCode {
  defaultSection: string;
  workspace: string[];
  screens: Record<string, string[]>;
  catalogues: Record<string, string[]>;
}

/** The app's languages, and the id of a language's catalogue module in the bundle. */
const LANGUAGES = ['nb', 'en'] as const;
const CATALOGUE_MODULE_ID = '\0handlingsrom/catalogue-';

/** A dynamic entry's files: its chunk, the chunks it imports statically (transitively), their CSS. */
function filesOf(bundle: OutputBundle, chunk: OutputChunk | undefined): string[] {
  if (!chunk) return [];
  const files = new Set<string>();
  const visit = (c: OutputChunk) => {
    if (files.has(c.fileName)) return;
    files.add(c.fileName);
    for (const css of c.viteMetadata?.importedCss ?? []) files.add(css);
    for (const name of c.imports) {
      const next = bundle[name];
      if (next?.type === 'chunk') visit(next);
    }
  };
  visit(chunk);
  return [...files];
}

/** The data block for a built bundle (`root`: renderer/). */
export function reloadCode(bundle: OutputBundle, root: string): ReloadCode {
  const chunks = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk');
  const entryOf = (module: string) => chunks.find((c) => c.facadeModuleId === path.join(root, 'src', module));
  const first = new Set<string>();
  // What the first load brings is there already.
  for (const c of chunks) if (c.isEntry) for (const f of filesOf(bundle, c)) first.add(f);
  const needed = (module: string) => filesOf(bundle, entryOf(module)).filter((f) => !first.has(f));
  const screens: Record<string, string[]> = {};
  for (const [section, module] of Object.entries(SCREEN_MODULES)) screens[section] = needed(module);
  // Each language's catalogue (scripts/i18n-catalogue-plugin.ts), whose chunk the boot awaits.
  const catalogues: Record<string, string[]> = {};
  for (const language of LANGUAGES) {
    const chunk = chunks.find((c) => c.isDynamicEntry && c.facadeModuleId === `${CATALOGUE_MODULE_ID}${language}`);
    catalogues[language] = filesOf(bundle, chunk).filter((f) => !first.has(f));
  }
  return { defaultSection: DEFAULT_SECTION, workspace: needed(WORKSPACE_MODULE), screens, catalogues };
}

/** Where index.html wants the data block and early-read.js (early in <head>, after the charset). */
export const RELOAD_CODE_PLACE = '<!-- handlingsrom:early-read -->';

/**
 * The plugin: puts the data block (build only) and early-read.js, which reads it, in
 * index.html's place for them — before the first load's own files, so the read and the
 * preloads start first.
 */
export function reloadCodePlugin(root: string): Plugin {
  return {
    name: 'handlingsrom-reload-code',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx): string {
        if (!html.includes(RELOAD_CODE_PLACE)) throw new Error(`index.html mangler ${RELOAD_CODE_PLACE}`);
        // JSON in a data block: «<» escaped so the text can never close the element.
        const data = ctx.bundle ? `<script type="application/json" id="${RELOAD_CODE_ID}">${JSON.stringify(reloadCode(ctx.bundle, root)).replace(/</g, '\\u003c')}</script>\n    ` : '';
        return html.replace(RELOAD_CODE_PLACE, `${data}<script async src="./early-read.js"></script>`);
      },
    },
  };
}
