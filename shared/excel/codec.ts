/**
 * Text forms of the tiltak fields that hold more than one value in one cell: lists of names
 * («Satsing A; Satsing B») and KPI lines («Antall deltakere: 40 stk»). Export writes them,
 * import reads them back — with a greedy match against the known names, so a name that
 * itself contains «;» still round-trips.
 */
import type { Kpi } from '../domain/entities';
import { LIST_SEPARATOR } from './layout';
import { nameKey } from './plan-context';

/** Joins names for a list cell. */
export function formatNameList(names: readonly string[]): string {
  return names.join(LIST_SEPARATOR);
}

/** Result of splitting a list cell: the matched names and the pieces that match nothing. */
export interface NameListParse {
  names: string[];
  unknown: string[];
}

/**
 * Splits a list cell on «;» and line breaks, joining neighbouring pieces when together they
 * form a known name (longest match first). `isKnown` gets the normalised key (see nameKey).
 */
export function parseNameList(text: string, isKnown: (key: string) => boolean): NameListParse {
  const lines = text.split(/\r\n|\r|\n/);
  const names: string[] = [];
  const unknown: string[] = [];
  for (const line of lines) {
    const pieces = line.split(';');
    let i = 0;
    while (i < pieces.length) {
      let matched = -1;
      for (let j = pieces.length; j > i; j--) {
        const candidate = pieces.slice(i, j).join(';').trim();
        if (candidate !== '' && isKnown(nameKey(candidate))) {
          matched = j;
          break;
        }
      }
      if (matched > 0) {
        names.push(pieces.slice(i, matched).join(';').trim());
        i = matched;
      } else {
        const piece = (pieces[i] ?? '').trim();
        if (piece !== '') unknown.push(piece);
        i += 1;
      }
    }
  }
  return { names, unknown };
}

/** Formats a KPI target number the Norwegian way (decimal comma, no thousands separator). */
export function formatKpiNumber(value: number): string {
  return String(value).replace('.', ',');
}

/** One KPI as a line: «indikator: målverdi enhet», «indikator: – enhet», or just «indikator». */
export function formatKpiLine(kpi: Kpi): string {
  if (kpi.target === null && kpi.unit === '') return kpi.indicator;
  const target = kpi.target === null ? '–' : formatKpiNumber(kpi.target);
  return kpi.unit === '' ? `${kpi.indicator}: ${target}` : `${kpi.indicator}: ${target} ${kpi.unit}`;
}

/** All KPIs of a tiltak, one per line. */
export function formatKpis(kpis: readonly Kpi[]): string {
  return kpis.map(formatKpiLine).join('\n');
}

/** A KPI read from a line, without id. */
export interface KpiText {
  indicator: string;
  target: number | null;
  unit: string;
}

/** Parses a number typed the Norwegian or the English way: «1 234,5», «1234.5», «-3». */
export function parseLooseNumber(text: string): number | null {
  let s = text.replace(/[\s\u00a0\u202f]/g, '');
  if (s === '') return null;
  if (s.includes(',')) s = s.replace(/\./g, '').replace(',', '.');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Parses the KPI cell: one KPI per non-empty line. */
export function parseKpis(text: string): KpiText[] {
  const out: KpiText[] = [];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const at = line.lastIndexOf(': ');
    if (at > 0) {
      const rest = line.slice(at + 2).trim();
      const m = /^(–|-|[+-]?[\d\s\u00a0.,]*\d(?:e[+-]?\d+)?)(?:\s+(.*))?$/i.exec(rest);
      const targetText = m?.[1];
      if (m && targetText !== undefined) {
        const target = targetText === '–' || targetText === '-' ? null : parseLooseNumber(targetText);
        if (target !== null || targetText === '–' || targetText === '-') {
          out.push({ indicator: line.slice(0, at).trim(), target, unit: (m[2] ?? '').trim() });
          continue;
        }
      }
    }
    out.push({ indicator: line, target: null, unit: '' });
  }
  return out;
}

/**
 * Text as a spreadsheet file keeps it: XML turns CR and CRLF into LF and drops most control
 * characters. Import treats a cell equal to the normalised old text as unchanged.
 */
export function normaliseCellText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}
