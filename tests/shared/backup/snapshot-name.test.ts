import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSnapshotFileName, snapshotFileName } from '@shared/backup';
import type { SnapshotNameParts } from '@shared/backup';

describe('snapshot file names', () => {
  it('writes a sortable, file-system-safe name', () => {
    const name = snapshotFileName({ createdAt: '2026-11-30T16:40:05.123Z', planCount: 3, actionCount: 42, reason: 'manual' });
    expect(name).toBe('2026-11-30T16-40-05-123Z_p3_t42_manual.handlingsrom');
    expect(name).not.toMatch(/[<>:"/\\|?*]/);
  });

  it('reads back what it wrote', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.constantFrom('auto', 'save', 'manual', 'restore' as const),
        (date, planCount, actionCount, reason) => {
          const parts: SnapshotNameParts = { createdAt: date.toISOString(), planCount, actionCount, reason };
          expect(parseSnapshotFileName(snapshotFileName(parts))).toEqual(parts);
        },
      ),
    );
  });

  it.each(['plan.handlingsrom', '.2026-11-30T16-40-05-123Z_p3_t42_manual.handlingsrom.abc.tmp', '2026-11-30T16-40-05-123Z_p3_t42_other.handlingsrom', '2026-13-45T16-40-05-123Z_p3_t42_auto.handlingsrom'])(
    'ignores %s',
    (name) => {
      expect(parseSnapshotFileName(name)).toBeNull();
    },
  );

  it('names sort by time', () => {
    const a = snapshotFileName({ createdAt: '2026-01-02T03:04:05.006Z', planCount: 99, actionCount: 9, reason: 'save' });
    const b = snapshotFileName({ createdAt: '2026-01-02T03:04:05.007Z', planCount: 1, actionCount: 1, reason: 'auto' });
    expect([b, a].sort()).toEqual([a, b]);
  });
});
