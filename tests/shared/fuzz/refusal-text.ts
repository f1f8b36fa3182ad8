/**
 * The fuzzers' check on a refusal's words: what a user reads must not leak a JavaScript
 * error or a missing value, and must stay readable in length.
 */
import { expect } from 'vitest';

/** Texts that only appear when a program error or a missing value leaks into a message. */
const LEAKS = ['undefined', '[object Object]', 'TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'Cannot read', 'is not a function', 'NaN'];

/** Longest refusal a user should have to read. */
export const MAX_REFUSAL_CHARS = 2000;

/** Asserts that a rendered refusal is non-empty, short enough and leaks nothing. */
export function expectCleanRefusal(text: string): void {
  expect(text.trim().length).toBeGreaterThan(0);
  expect(text.length).toBeLessThan(MAX_REFUSAL_CHARS);
  for (const leak of LEAKS) expect(text, `refusal leaks «${leak}»: ${text}`).not.toContain(leak);
}
