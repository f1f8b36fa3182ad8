/**
 * The import boundaries of ARCHITECTURE.md are enforced by lint: a forbidden import
 * (electron or react in shared/, node:* in the renderer, …) must fail `npm run lint`.
 */
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { cases } from './fixtures/forbidden-imports';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd });

describe('import boundaries', () => {
  it.each(cases)('$where: forbidden=$forbidden', async ({ where, code, forbidden }) => {
    const [result] = await eslint.lintText(code, { filePath: `${cwd}/${where}` });
    const restricted = (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports');
    expect(restricted.length > 0).toBe(forbidden);
  });
});

describe('no browser dialogs in the renderer', () => {
  it.each([
    { code: "export const a = window.confirm('Slette?');\n", rule: 'no-restricted-properties' },
    { code: "export const b = confirm('Slette?');\n", rule: 'no-restricted-globals' },
    { code: "alert('Hei');\n", rule: 'no-restricted-globals' },
  ])('$code is refused ($rule)', async ({ code, rule }) => {
    const [result] = await eslint.lintText(code, { filePath: `${cwd}/renderer/src/features/start/fixture.ts` });
    expect((result?.messages ?? []).map((m) => m.ruleId)).toContain(rule);
  });
});
