import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BACKUP_POLICY, selectBackupsToKeep } from '@shared/backup';
import type { RetainedSnapshot } from '@shared/backup';

const NOW = new Date('2026-11-30T12:00:00.000Z');
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

function snap(msBeforeNow: number, id = `s${msBeforeNow}`): RetainedSnapshot {
  return { id, createdAt: new Date(NOW.getTime() - msBeforeNow).toISOString() };
}

describe('selectBackupsToKeep', () => {
  it.each([
    { name: 'nothing', snaps: [], policy: DEFAULT_BACKUP_POLICY, keep: [] },
    { name: 'one', snaps: [snap(0, 'a')], policy: DEFAULT_BACKUP_POLICY, keep: ['a'] },
    {
      name: 'same day: the newest 2 of 4',
      snaps: [snap(1 * HOUR, 'b'), snap(3 * HOUR, 'd'), snap(0, 'a'), snap(2 * HOUR, 'c')],
      policy: { keepRecent: 2, keepDays: 30 },
      keep: ['a', 'b'],
    },
    {
      name: 'one a day for older days, the newest of each day',
      snaps: [snap(0, 'today'), snap(DAY, 'y-late'), snap(DAY + HOUR, 'y-early'), snap(2 * DAY, 'dby')],
      policy: { keepRecent: 1, keepDays: 30 },
      keep: ['today', 'y-late', 'dby'],
    },
    {
      name: 'older than the daily window: only if among the recent',
      snaps: [snap(40 * DAY, 'old1'), snap(41 * DAY, 'old2'), snap(42 * DAY, 'old3')],
      policy: { keepRecent: 2, keepDays: 30 },
      keep: ['old1', 'old2'],
    },
    {
      name: 'keepRecent 0 still keeps the newest',
      snaps: [snap(50 * DAY, 'x'), snap(60 * DAY, 'y')],
      policy: { keepRecent: 0, keepDays: 0 },
      keep: ['x'],
    },
    {
      name: 'an unreadable time is kept',
      snaps: [snap(0, 'a'), { id: 'weird', createdAt: 'not a date' }, snap(HOUR, 'b')],
      policy: { keepRecent: 1, keepDays: 0 },
      keep: ['a', 'weird'],
    },
  ])('$name', ({ snaps, policy, keep }) => {
    expect(selectBackupsToKeep(snaps, NOW, policy).sort()).toEqual([...keep].sort());
  });

  const snapshotsArb = fc.uniqueArray(
    fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }), age: fc.integer({ min: -HOUR, max: 90 * DAY }) }),
    { selector: (s) => s.id, maxLength: 60 },
  );
  const policyArb = fc.record({ keepRecent: fc.integer({ min: 0, max: 20 }), keepDays: fc.integer({ min: 0, max: 40 }) });

  it('never deletes the newest; keeps at most N recent plus one per day in the window', () => {
    fc.assert(
      fc.property(snapshotsArb, policyArb, (raw, policy) => {
        const snaps = raw.map((s) => snap(s.age, s.id));
        const kept = selectBackupsToKeep(snaps, NOW, policy);
        const keptSet = new Set(kept);
        expect(keptSet.size).toBe(kept.length);
        for (const id of kept) expect(snaps.some((s) => s.id === id)).toBe(true);
        if (snaps.length === 0) return;
        const newest = [...snaps].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0]!;
        const newestTime = Date.parse(newest.createdAt);
        // Ties on time: some snapshot with the newest time is kept.
        expect(snaps.some((s) => Date.parse(s.createdAt) === newestTime && keptSet.has(s.id))).toBe(true);
        const days = new Set(snaps.map((s) => Math.floor(Date.parse(s.createdAt) / DAY)));
        expect(kept.length).toBeLessThanOrEqual(Math.max(1, policy.keepRecent) + Math.min(days.size, policy.keepDays + 1));
        // Every day inside the window that has a snapshot keeps one.
        const oldestDay = Math.floor((NOW.getTime() - policy.keepDays * DAY) / DAY);
        for (const day of days) {
          if (day < oldestDay) continue;
          expect(kept.some((id) => Math.floor(Date.parse(snaps.find((s) => s.id === id)!.createdAt) / DAY) === day)).toBe(true);
        }
      }),
    );
  });
});
