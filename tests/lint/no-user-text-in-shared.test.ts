/**
 * No user-visible text in shared/ outside the catalogues (shared/i18n/) and the built-in
 * templates (shared/templates/): shared/ returns codes with parameters, and the catalogues
 * turn them into bokmål or English. Every string literal (and the fixed parts of template
 * literals) in shared/**\/*.ts is read with the TypeScript parser — comments do not count —
 * and one that looks like Norwegian prose fails: it has æ, ø or å, or it has a space and a
 * common Norwegian word. What is not prose for a user (data keys, developer errors …) goes
 * into the allow-list below with its reason.
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SHARED = join(ROOT, 'shared');

/** Folders where user text belongs. */
const TEXT_HOMES = ['shared/i18n/', 'shared/templates/'];

/** Letters only Norwegian text has here. */
const NORWEGIAN_LETTERS = /[æøåÆØÅ]/;

/** Common Norwegian words; with a space in the literal, they mark a sentence. */
const NORWEGIAN_WORDS =
  /\b(ikke|finnes|må|mangler|ugyldig|ukjent|eller|skal|og|til|av|på|som|har|med|fra|feil|tom|antall|heltall|skriv|velg|tiltak|handlingsplan|kroner|beløp|prosent|liste|tabell|filen|er)\b/i;

/** An allowed literal: where, which (exactly, or a pattern) and why it is not user text. */
interface Allowed {
  file: string | RegExp;
  text?: string | RegExp;
  reason: string;
}

const ALLOWED: Allowed[] = [
];

function sharedFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sharedFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function isAllowed(file: string, text: string): boolean {
  return ALLOWED.some((a) => {
    const fileOk = typeof a.file === 'string' ? a.file === file : a.file.test(file);
    const textOk = a.text === undefined || (typeof a.text === 'string' ? a.text === text : a.text.test(text));
    return fileOk && textOk;
  });
}

/** Whether a literal reads like Norwegian prose. */
function looksNorwegian(text: string): boolean {
  return NORWEGIAN_LETTERS.test(text) || (/\S\s+\S/.test(text) && NORWEGIAN_WORDS.test(text));
}

/** Every string literal and fixed template part of a source text, with its line. */
function literals(file: string, source: string): { line: number; text: string }[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    ) {
      found.push({ line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('no user text in shared/ outside i18n/ and templates/', () => {
  it('the heuristic tells prose from code', () => {
    expect(looksNorwegian('Beløpet må være et tall')).toBe(true);
    expect(looksNorwegian('Tiltaket finnes ikke')).toBe(true);
    expect(looksNorwegian('Ukjent mal: ')).toBe(true);
    expect(looksNorwegian('validation.kroner.notWhole')).toBe(false);
    expect(looksNorwegian('Missing value for {{')).toBe(false);
    expect(looksNorwegian('actions')).toBe(false);
  });

  it('finds none', () => {
    const offenders: string[] = [];
    for (const path of sharedFiles(SHARED)) {
      const file = relative(ROOT, path).split('\\').join('/');
      if (TEXT_HOMES.some((home) => file.startsWith(home))) continue;
      for (const { line, text } of literals(file, readFileSync(path, 'utf8'))) {
        if (looksNorwegian(text) && !isAllowed(file, text)) offenders.push(`${file}:${line}: ${JSON.stringify(text).slice(0, 120)}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('catches a Norwegian message in a new file', () => {
    const hits = literals('shared/x.ts', "throw new Error('Planen finnes ikke');\n// «kommentar» teller ikke\nconst a = `Tiltak ${1} er slettet`;").filter((l) =>
      looksNorwegian(l.text),
    );
    expect(hits.map((h) => h.line)).toEqual([1, 3]);
  });
});
