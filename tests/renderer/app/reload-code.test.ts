/**
 * What a reload preloads (scripts/reload-code-plugin.ts): a module for every screen the
 * routes register, the same module screen-code.ts imports for it, and the files of a
 * bundle's dynamic entries without what the first load already brings.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { OutputBundle, OutputChunk } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { WORKSPACE_ROUTES } from '../../../renderer/src/app/routes';
import { SCREEN_MODULES, WORKSPACE_MODULE, reloadCode } from '../../../scripts/reload-code-plugin';

const root = path.resolve(__dirname, '../../../renderer');

describe('reload code', () => {
  it('knows the module of every registered screen, as screen-code.ts imports it', () => {
    const screenCode = readFileSync(path.join(root, 'src/app/screen-code.ts'), 'utf8');
    expect(Object.keys(SCREEN_MODULES).sort()).toEqual(WORKSPACE_ROUTES.map((r) => r.path).sort());
    for (const module of [...Object.values(SCREEN_MODULES), WORKSPACE_MODULE]) expect(existsSync(path.join(root, 'src', module)), module).toBe(true);
    for (const module of Object.values(SCREEN_MODULES)) expect(screenCode).toContain(`import('../${module.replace(/\.tsx$/, '')}')`);
  });

  it('lists a screen with what it imports and its CSS, leaving out the first load', () => {
    const chunk = (fileName: string, extra: Record<string, unknown>): OutputChunk =>
      ({ type: 'chunk', fileName, imports: [], isEntry: false, isDynamicEntry: false, facadeModuleId: null, ...extra }) as unknown as OutputChunk;
    const bundle = {
      'index.js': chunk('index.js', { isEntry: true, imports: ['shared.js'] }),
      'shared.js': chunk('shared.js', {}),
      'ws.js': chunk('ws.js', { isDynamicEntry: true, facadeModuleId: path.join(root, 'src', WORKSPACE_MODULE), imports: ['shared.js', 'ctx.js'] }),
      'ctx.js': chunk('ctx.js', { imports: ['deep.js'] }),
      'deep.js': chunk('deep.js', {}),
      'plan.js': chunk('plan.js', {
        isDynamicEntry: true,
        facadeModuleId: path.join(root, 'src/features/plan/PlanScreen.tsx'),
        imports: ['ctx.js'],
        viteMetadata: { importedCss: new Set(['plan.css']) },
      }),
      'nb.js': chunk('nb.js', { isDynamicEntry: true, facadeModuleId: '\0handlingsrom/catalogue-nb' }),
    } as unknown as OutputBundle;
    const code = reloadCode(bundle, root);
    expect(code.defaultSection).toBe('foringer');
    expect(code.workspace).toEqual(['ws.js', 'ctx.js', 'deep.js']);
    expect(code.screens['handlingsplan']).toEqual(['plan.js', 'plan.css', 'ctx.js', 'deep.js']);
    expect(code.screens['okonomi']).toEqual([]);
    expect(code.catalogues).toEqual({ nb: ['nb.js'], en: [] });
  });
});
