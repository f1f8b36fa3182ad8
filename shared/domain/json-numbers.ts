/**
 * Numbers in JSON text that JSON.parse would change without a word (tall i plan-fil):
 * `1e-400` becomes 0, `1e400` becomes Infinity, and `-0` becomes negative zero (shown as
 * «−0»). JSON.parse cannot tell, so the source text is scanned: one linear pass over the
 * text (strings skipped), run only on text that already parsed. Refusing is the robust
 * choice for the first two — the file says something the app cannot hold; negative zero
 * is the same amount as zero and is normalised.
 */
import { msg, type Message } from '../i18n/message';

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

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;

/** True for a character of a number token: digit, `.`, `e`, `E`, `+`, `-`. */
function isNumberChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x65 || c === 0x45 || c === 0x2b || c === MINUS;
}

/** The index just after the string literal that opens at `start` (valid JSON: it is closed). */
function endOfString(text: string, start: number): number {
  let from = start + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote < 0) return text.length;
    // Escaped only after an odd run of backslashes.
    let slashes = 0;
    while (text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes += 1;
    if (slashes % 2 === 0) return quote + 1;
    from = quote + 1;
  }
}

/**
 * Scans valid JSON text for numbers that JSON.parse would silently change. The first one
 * that cannot be read exactly is reported with its line and column. One pass without
 * allocating: strings are skipped with indexOf, and only a number with an exponent, a
 * very long one or one that starts with `-0` is looked at closer (a 13 MB plan file went
 * from ~150 ms with a tokenising regular expression to a few tens).
 */
export function scanJsonNumbers(text: string): JsonNumberScan {
  let negativeZero = false;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = endOfString(text, i);
      continue;
    }
    // Outside strings, a digit or `-` starts a number token (true, false and null have neither).
    if (c !== MINUS && (c < 0x30 || c > 0x39)) {
      i += 1;
      continue;
    }
    const start = i;
    let hasExponent = false;
    for (i += 1; i < n; i += 1) {
      const d = text.charCodeAt(i);
      if (!isNumberChar(d)) break;
      if (d === 0x65 || d === 0x45) hasExponent = true;
    }
    const isNegativeZeroStart = c === MINUS && text.charCodeAt(start + 1) === 0x30;
    if (!isNegativeZeroStart && !hasExponent && i - start <= SAFE_PLAIN_LENGTH) continue;
    const token = text.slice(start, i);
    if (isNegativeZeroStart && /^-0(?:\.0*)?(?:[eE][+-]?\d+)?$/.test(token)) {
      negativeZero = true;
      continue;
    }
    if (!hasExponent && token.length <= SAFE_PLAIN_LENGTH) continue;
    const value = Number(token);
    const mantissa = token.split(/[eE]/)[0] ?? '';
    if (!Number.isFinite(value) || (value === 0 && /[1-9]/.test(mantissa))) {
      const { line, column } = lineAndColumn(text, start);
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
