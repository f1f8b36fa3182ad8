/**
 * Opening a plan file reports its stages (issue 13, point 3): validating, then storing,
 * each with the file's name and size, awaited before the long step; a file that does not
 * validate stops after the first stage and stores nothing.
 */
import { describe, expect, it } from 'vitest';
import { serializePlanFile } from '@shared/domain/plan-file';
import type { DesktopApi } from '@shared/ipc';
import { openPlanFileFlow } from '../../../renderer/src/app/plan-file-actions';
import type { OpenProgress } from '../../../renderer/src/app/plan-file-actions';
import { hasStrategy } from '../../../renderer/src/db/repositories';
import { createWebDesktopApi } from '../../../renderer/src/platform/web-desktop-api';
import { generateLargeDocument } from '../helpers';

function apiWith(text: string): DesktopApi {
  return { ...createWebDesktopApi(), openPlanFile: async () => ({ ok: true, value: { fileId: 'file-1', name: 'plan.handlingsrom', text } }) } satisfies DesktopApi;
}

describe('openPlanFileFlow progress', () => {
  it('reports validating and storing, in that order, each awaited before its step', async () => {
    const doc = generateLargeDocument({ actions: 30, years: 1, seed: 4 });
    const text = serializePlanFile(doc, '2026-01-01T00:00:00.000Z');
    const seen: { stage: OpenProgress['stage']; stored: boolean }[] = [];
    const outcome = await openPlanFileFlow({
      api: apiWith(text),
      fileId: null,
      confirmReplace: async () => true,
      onProgress: async (p) => {
        expect(p.fileName).toBe('plan.handlingsrom');
        expect(p.bytes).toBe(text.length);
        await Promise.resolve();
        seen.push({ stage: p.stage, stored: await hasStrategy(doc.strategy.id) });
      },
    });
    expect(outcome.kind).toBe('opened');
    // Nothing is stored while the stages are reported: the store step runs after «store» is told.
    expect(seen).toEqual([
      { stage: 'validate', stored: false },
      { stage: 'store', stored: false },
    ]);
    expect(await hasStrategy(doc.strategy.id)).toBe(true);
  });

  it('stops after validating when the file is not a plan file', async () => {
    const stages: string[] = [];
    const outcome = await openPlanFileFlow({
      api: apiWith('{"format":"handlingsrom-plan"'),
      fileId: null,
      confirmReplace: async () => true,
      onProgress: (p) => {
        stages.push(p.stage);
      },
    });
    expect(outcome.kind).toBe('invalid');
    expect(stages).toEqual(['validate']);
  });
});
