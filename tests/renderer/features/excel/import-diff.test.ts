/** The preview's field-by-field text: names for ids, kroner, dates, statuses; frame changes; file names and the size refusal. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { i18n as I18n } from 'i18next';
import type { Action } from '@shared/domain';
import { createExampleDocument } from '@shared/templates';
import { actionDiffs, frameDiffs } from '../../../../renderer/src/features/excel/import-diff';
import { refuseBySize, workbookFileName } from '../../../../renderer/src/features/excel/excel-files';
import { createI18n } from '../../../../renderer/src/i18n';

let i18n: I18n;
beforeAll(async () => {
  i18n = await createI18n('nb');
});
const t = (key: string, options?: Record<string, string | number>) => (options ? i18n.t(key, options) : i18n.t(key));
const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('actionDiffs', () => {
  it('lists only the changed fields, in column order, as the user reads them', () => {
    const doc = createExampleDocument();
    const before = doc.actions[0] as Action;
    const strategy = doc.strategy;
    const otherInitiative = strategy.initiatives.find((i) => !before.initiativeIds.includes(i.id));
    if (!otherInitiative) throw new Error('example has more than one initiative');
    const after: Action = {
      ...before,
      deadline: null,
      status: 'done',
      initiativeIds: [otherInitiative.id],
      funding: [{ ...before.funding[0]!, amount: 175_000 }],
      cost: 1_234_567,
    };
    const diffs = actionDiffs(before, after, strategy, t).map((d) => ({ ...d, before: sp(d.before), after: sp(d.after) }));
    expect(diffs.map((d) => d.key)).toEqual(['initiatives', 'cost', 'funding', 'deadline', 'status']);
    const byKey = new Map(diffs.map((d) => [d.key, d]));
    expect(byKey.get('initiatives')?.after).toBe(otherInitiative.name);
    expect(byKey.get('cost')).toMatchObject({ after: '1 234 567 kr' });
    expect(byKey.get('funding')?.before.split('\n')[0]).toBe('Egne midler: 150 000 kr, Bekreftet');
    expect(byKey.get('funding')?.after).toBe('Egne midler: 175 000 kr, Bekreftet');
    expect(byKey.get('deadline')).toMatchObject({ before: '30.06.2025', after: '' });
    expect(byKey.get('status')).toMatchObject({ before: 'Pågår', after: 'Fullført' });
  });

  it('no difference, no rows', () => {
    const doc = createExampleDocument();
    const a = doc.actions[3] as Action;
    expect(actionDiffs(a, structuredClone(a), doc.strategy, t)).toEqual([]);
  });
});

describe('frameDiffs', () => {
  it('frame own funds, capacity and target shares', () => {
    const doc = createExampleDocument();
    const frame = doc.plans[0]!.frame;
    const area = doc.strategy.focusAreas[0]!;
    const after = { ownFunds: 2_500_000, capacityHours: frame.capacityHours, targetShares: { ...frame.targetShares, [area.id]: 37.5 } };
    const diffs = frameDiffs(frame, after, doc.strategy);
    expect(diffs.map((d) => d.key)).toEqual(['ownFunds', 'targetShares']);
    expect(sp(diffs[0]!.after)).toBe('2 500 000 kr');
    expect(diffs[1]!.after.split('\n')[0]).toBe(`${area.name}: 37,5\u00a0%`);
  });
});

describe('excel-files', () => {
  it('workbookFileName keeps Norwegian letters and the dash, drops characters file systems refuse', () => {
    expect(workbookFileName('Handlingsplan 2025 – Østfold/Viken: «Næring»?', i18n.t)).toBe('Handlingsplan 2025 – Østfold Viken «Næring».xlsx');
    expect(workbookFileName('  ..  ', i18n.t)).toBe('Handlingsplan.xlsx');
    expect(workbookFileName('x'.repeat(400), i18n.t)).toHaveLength(150 + '.xlsx'.length);
  });

  it('refuseBySize refuses a file over the limit with the importer’s message, before reading it', () => {
    expect(refuseBySize(20 * 1024 * 1024)).toBeNull();
    const refused = refuseBySize(31 * 1024 * 1024);
    expect(refused).toEqual({
      ok: false,
      errors: [{ code: 'excel.limits.too-large', params: { sizeMb: 31, maxMb: 20 } }],
    });
  });
});
