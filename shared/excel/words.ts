/**
 * The workbook's words in one language (arbeidsbokens ord): sheet names, headers, labels
 * and the status and source words, from the catalogue shared/i18n/excel-workbook.ts. An
 * export writes one language; the import accepts both (see `WORKBOOK_LANGUAGES`).
 *
 * The formulas in ./layout are written once, with the bokmål sheet names and words;
 * `localiseFormula` turns them into another language's names, so a formula and the
 * sheets and values it refers to always agree.
 */
import { excelWorkbook, type WorkbookWordsCatalogue } from '../i18n/excel-workbook';
import type { MessageLanguage } from '../i18n/message';
import { interpolate } from '../i18n/message';
import { projectsGroupName, unlinkedGroupName } from '../rules/messages';

/** The words of the workbook in one language, plus the language itself. */
export interface WorkbookWords extends WorkbookWordsCatalogue {
  language: MessageLanguage;
  /** Name of the group of tiltak linked to nothing («Uten kobling», as the kontroll names it). */
  noFocusArea: string;
  /** Name of the group of tiltak only under a tverrgående prosjekt («Tverrgående prosjekter», as the kontroll names it). */
  projectsGroup: string;
}

/** The languages a workbook can be written in; the import recognises all of them. */
export const WORKBOOK_LANGUAGES: readonly MessageLanguage[] = ['nb', 'en'];

const cache = new Map<MessageLanguage, WorkbookWords>();

/** The workbook's words in `language` (bokmål by default). */
export function workbookWords(language: MessageLanguage = 'nb'): WorkbookWords {
  let words = cache.get(language);
  if (!words) {
    words = { ...excelWorkbook[language], language, noFocusArea: unlinkedGroupName(language), projectsGroup: projectsGroupName(language) };
    cache.set(language, words);
  }
  return words;
}

/** The workbook's words in every language, bokmål first. */
export function allWorkbookWords(): WorkbookWords[] {
  return WORKBOOK_LANGUAGES.map(workbookWords);
}

/** Fills a `{{…}}` template of the workbook's words (titles). */
export function workbookText(template: string, params: Record<string, string | number>): string {
  return interpolate(template, params);
}

/** Header alternatives from a `a|b|c` list (the starter sheet's accepted headers). */
export function alternatives(list: string): string[] {
  return list.split('|').map((s) => s.trim()).filter((s) => s !== '');
}

/** Quotes a string as an Excel formula string literal. */
function quoted(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/** A sheet name as a formula refers to it: bare when plain letters, else in single quotes. */
function sheetRef(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

interface FormulaMaps {
  sheets: Map<string, string>;
  literals: Map<string, string>;
}

const formulaMaps = new Map<MessageLanguage, FormulaMaps>();

function mapsFor(words: WorkbookWords): FormulaMaps {
  let maps = formulaMaps.get(words.language);
  if (maps) return maps;
  const nb = workbookWords('nb');
  const sheets = new Map<string, string>();
  for (const key of Object.keys(nb.sheets) as (keyof WorkbookWords['sheets'])[]) sheets.set(nb.sheets[key], words.sheets[key]);
  const literals = new Map<string, string>();
  const pairs = <T extends Record<string, string>>(from: T, to: T) => {
    for (const key of Object.keys(from) as (keyof T & string)[]) {
      const k = quoted(from[key] ?? '');
      if (!literals.has(k)) literals.set(k, quoted(to[key] ?? ''));
    }
  };
  pairs(nb.status, words.status);
  pairs(nb.source, words.source);
  pairs(nb.fundingStatus, words.fundingStatus);
  pairs(nb.active, words.active);
  maps = { sheets, literals };
  formulaMaps.set(words.language, maps);
  return maps;
}

/**
 * A formula written with the bokmål sheet names and words, in the language of `words`:
 * sheet references (`Tiltak!$A:$A`, `'Tiltak'!A1`) and the quoted status, source and
 * Ja/Nei words are replaced; everything else (cell references, functions) stays.
 */
export function localiseFormula(formula: string, words: WorkbookWords): string {
  if (words.language === 'nb') return formula;
  const { sheets, literals } = mapsFor(words);
  return formula.replace(/"(?:[^"]|"")*"|'((?:[^']|'')+)'!|(?<![\w.'"])([A-Za-z_][\w]*)!/g, (match: string, quotedSheet?: string, bareSheet?: string) => {
    const sheet = quotedSheet !== undefined ? quotedSheet.replace(/''/g, "'") : bareSheet;
    if (sheet !== undefined) {
      const to = sheets.get(sheet);
      return to === undefined ? match : `${sheetRef(to)}!`;
    }
    return literals.get(match) ?? match;
  });
}
