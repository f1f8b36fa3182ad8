/**
 * Message catalogues, bokmål first and English complete. Each feature owns one module
 * (`./<feature>.ts` exporting `{ nb, en }`); this file merges them into one namespace per
 * language. tests/shared/i18n.test.ts checks that both languages have the same keys.
 */
import { common } from './common';
import { crash } from './crash';
import { desktop } from './desktop';
import { economy } from './economy';
import { edits } from './edits';
import { editor } from './editor';
import { plan } from './plan';
import { print } from './print';
import { presentation } from './presentation';
import { scenarios } from './scenarios';
import { excel } from './excel';
import { fields } from './fields';
import { findings } from './findings';
import { input } from './input';
import { limits } from './limits';
import { messageTexts } from './message-texts';
import { shell } from './shell';
import { start } from './start';
import { storage } from './storage';
import { strategy } from './strategy';
import { validation } from './validation';
import { planFile } from './plan-file';
import { cli } from './cli';
import { backup } from './backup';
import { board } from './board';
import { sync } from './sync';
import { followUp } from './follow-up';
import { report } from './report';
import { statusWorkbook } from './status-workbook';
import { followUpScreen } from './follow-up-screen';

/** A catalogue: nested objects of strings. */
export interface Catalogue {
  [key: string]: string | Catalogue;
}

/** One feature's messages in both languages. */
export interface CatalogueModule {
  nb: Catalogue;
  en: Catalogue;
}

const modules: Record<string, CatalogueModule> = {
  common,
  crash,
  desktop,
  economy,
  edits,
  editor,
  plan,
  print,
  presentation,
  scenarios,
  excel,
  fields,
  finding: findings,
  input,
  limits,
  message: messageTexts,
  shell,
  start,
  storage,
  strategy,
  validation,
  planFile,
  cli,
  backup,
  board,
  sync,
  followUp,
  report,
  statusWorkbook,
  followUpScreen,
};

/** Modules only the command line shows (kommandolinje): never shipped to the app's windows. */
const CLI_ONLY: ReadonlySet<string> = new Set(['cli']);

/** One language of the modules, as one namespace (without the CLI's when `forApp`). */
function merge(language: 'nb' | 'en', forApp: boolean): Catalogue {
  return Object.fromEntries(Object.entries(modules).filter(([k]) => !forApp || !CLI_ONLY.has(k)).map(([k, m]) => [k, m[language]]));
}

/**
 * The merged catalogues: `{ nb: { common: {...}, ... }, en: {...} }` — everything, the CLI's
 * too (Node: CLI, main, tests). Built only where used: the renderer loads one language of
 * `appCatalogue` instead (scripts/i18n-catalogue-plugin.ts).
 */
export const catalogues: { nb: Catalogue; en: Catalogue } = {
  nb: /* @__PURE__ */ merge('nb', false),
  en: /* @__PURE__ */ merge('en', false),
};

/**
 * One language of what the app's windows show (meldingskatalog for appen): every module but
 * the command line's. The renderer's build turns it into one chunk per language, loaded
 * for the chosen language only (renderer/src/i18n).
 */
export function appCatalogue(language: 'nb' | 'en'): Catalogue {
  return merge(language, true);
}

/** Flattens a catalogue to dotted keys (for completeness checks). */
export function flattenKeys(cat: Catalogue, prefix = ''): string[] {
  return Object.entries(cat).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : flattenKeys(v, `${prefix}${k}.`),
  );
}
