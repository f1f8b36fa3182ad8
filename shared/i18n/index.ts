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
};

/** The merged catalogues: `{ nb: { common: {...}, ... }, en: {...} }`. */
export const catalogues: { nb: Catalogue; en: Catalogue } = {
  nb: Object.fromEntries(Object.entries(modules).map(([k, m]) => [k, m.nb])),
  en: Object.fromEntries(Object.entries(modules).map(([k, m]) => [k, m.en])),
};

/** Flattens a catalogue to dotted keys (for completeness checks). */
export function flattenKeys(cat: Catalogue, prefix = ''): string[] {
  return Object.entries(cat).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : flattenKeys(v, `${prefix}${k}.`),
  );
}
