/** Test helper: the code a refused edit comes down to (the value check's own code for an invalid value). */
import { EditError } from '@shared/edits';
import { expect } from 'vitest';
import { isMessage, renderMessage, type Message } from '@shared/i18n/message';

/** The refusal's code, or — for `edits.invalidField` / `edits.invalidValue` — the code of the problem found. */
export function refusalCode(e: EditError): string {
  const { code, params } = e.detail;
  const problem = params?.problem;
  if ((code === 'edits.invalidField' || code === 'edits.invalidValue') && isMessage(problem)) return problem.code;
  return code;
}

/**
 * Runs `fn`, which must throw an EditError, and returns it with its code (see refusalCode).
 * The refusal must render in both languages (its params fit its texts).
 */
export function refusal(fn: () => unknown): { code: string; detail: Message; error: EditError } {
  try {
    fn();
  } catch (e) {
    if (e instanceof EditError) {
      for (const language of ['nb', 'en'] as const) expect(renderMessage(e.detail, language)).not.toMatch(/undefined|\{\{/);
      return { code: refusalCode(e), detail: e.detail, error: e };
    }
    throw e;
  }
  throw new Error('expected an EditError');
}
