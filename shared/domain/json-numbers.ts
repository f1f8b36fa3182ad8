/**
 * Numbers in JSON text that JSON.parse would change without a word (tall i plan-fil):
 * `1e-400` becomes 0, `1e400` becomes Infinity, and `-0` becomes negative zero (shown as
 * «−0»). JSON.parse cannot tell, so the source text is scanned: one linear pass over the
 * text (strings skipped), run only on text that already parsed. Refusing is the robust
 * choice for the first two — the file says something the app cannot hold; negative zero
 * is the same amount as zero and is normalised.
 */
import { msg, type Message } from '../i18n/message';

/** A string literal (skipped) or a number token. */
const TOKEN = /"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*/g;

/** Longest plain decimal that can be trusted not to under- or overflow (about 1e±300). */
const SAFE_PLAIN_LENGTH = 300;

/** What the scan found: a number that cannot be read exactly, and whether there is a `-0`. */
export interface JsonNumberScan {
  /** Why a number cannot be read exactly (`limits.numberNotExact`, with line and column), or null. */
  notExact: Message | null;
  /** True when some number is negative zero (`-0`, `-0.0`, `-0e5`). */
  negativeZero: boolean;
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line += 1;
    lineStart = k + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Scans valid JSON text for numbers that JSON.parse would silently change. The first one
 * that cannot be read exactly is reported with its line and column.
 */
export function scanJsonNumbers(text: string): JsonNumberScan {
  let negativeZero = false;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const token = m[0];
    if (token.charCodeAt(0) === 0x22) continue;
    const hasExponent = token.includes('e') || token.includes('E');
    if (token.charCodeAt(0) === 0x2d && /^-0(?:\.0*)?(?:[eE][+-]?\d+)?$/.test(token)) {
      negativeZero = true;
      continue;
    }
    if (!hasExponent && token.length <= SAFE_PLAIN_LENGTH) continue;
    const value = Number(token);
    const mantissa = token.split(/[eE]/)[0] ?? '';
    if (!Number.isFinite(value) || (value === 0 && /[1-9]/.test(mantissa))) {
      const { line, column } = lineAndColumn(text, m.index);
      const shown = token.length > 40 ? `${token.slice(0, 40)}…` : token;
      return { notExact: msg('limits.numberNotExact', { text: shown, line, column }, { line, col: column }), negativeZero };
    }
  }
  return { notExact: null, negativeZero };
}

/** JSON.parse reviver that turns negative zero into zero (used only when the scan found one). */
export function withoutNegativeZero(_key: string, value: unknown): unknown {
  return Object.is(value, -0) ? 0 : value;
}
