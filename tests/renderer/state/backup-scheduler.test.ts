// The backup scheduler with fake timers: at most one automatic backup per interval while
// the document changes, one after each save point, on request at once, never a throw.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SnapshotInfo } from '@shared/backup';
import { parsePlanFile } from '@shared/domain';
import type { PlanDocument } from '@shared/domain';
import type { Result, WriteBackupPayload } from '@shared/ipc';
import { createExampleDocument } from '@shared/templates/example';
import { createBackupScheduler } from '../../../renderer/src/state/backup-scheduler';

const MINUTE = 60_000;

function setup(answer?: () => Result<SnapshotInfo>, isWriter?: () => boolean) {
  const writes: WriteBackupPayload[] = [];
  const errors: string[] = [];
  const api = {
    writeBackup: vi.fn(async (p: WriteBackupPayload): Promise<Result<SnapshotInfo>> => {
      writes.push(p);
      return answer?.() ?? { ok: true, value: { id: `id${writes.length}`, strategyId: p.strategyId, createdAt: '', planCount: p.planCount, actionCount: p.actionCount, reason: p.reason, size: 1 } };
    }),
  };
  const doc = createExampleDocument();
  const scheduler = createBackupScheduler({ initial: doc, api, intervalMs: 5 * MINUTE, whenIdle: (work) => setTimeout(work, 0), onError: (m) => errors.push(m), isWriter, readOnlyMessage: () => 'backup.readOnly' });
  return { scheduler, writes, errors, doc };
}

const renamed = (doc: PlanDocument, name: string): PlanDocument => ({ ...doc, strategy: { ...doc.strategy, name } });

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('backup scheduler', () => {
  it('takes no backup without edits', async () => {
    const { scheduler, writes } = setup();
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(writes).toEqual([]);
    scheduler.dispose();
  });

  it('while edits happen: at most one automatic backup per interval, of the latest document', async () => {
    const { scheduler, writes, doc } = setup();
    for (let i = 0; i < 20; i++) {
      scheduler.update(renamed(doc, `v${i}`));
      await vi.advanceTimersByTimeAsync(MINUTE / 2);
    }
    await vi.advanceTimersByTimeAsync(1000);
    // 10 minutes of typing: two backups.
    expect(writes.map((w) => w.reason)).toEqual(['auto', 'auto']);
    const last = parsePlanFile(writes[1]!.text);
    expect(last.ok && last.doc.strategy.name).toBe('v19');
    expect(writes[1]).toMatchObject({ strategyId: doc.strategy.id, planCount: doc.plans.length, actionCount: doc.actions.length });
    // No edits since the last backup: no more.
    await vi.advanceTimersByTimeAsync(30 * MINUTE);
    expect(writes).toHaveLength(2);
    scheduler.dispose();
  });

  it('backs up after a save point in idle time, but not twice the same document', async () => {
    const { scheduler, writes, doc } = setup();
    scheduler.update(renamed(doc, 'saved'));
    scheduler.savePoint();
    expect(writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(0);
    expect(writes.map((w) => w.reason)).toEqual(['save']);
    scheduler.savePoint();
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(writes).toHaveLength(1);
    scheduler.dispose();
  });

  it('backs up on request at once and answers with the result', async () => {
    const { scheduler, writes } = setup();
    const result = await scheduler.backupNow();
    expect(result).toMatchObject({ ok: true, value: { reason: 'manual' } });
    expect(writes).toHaveLength(1);
    scheduler.dispose();
  });

  it('reports a failed write and tries again after the next interval', async () => {
    let fail = true;
    const { scheduler, writes, errors, doc } = setup(() => (fail ? { ok: false, error: { code: 'io', message: 'disk full' } } : { ok: true, value: { id: 'x', strategyId: 's', createdAt: '', planCount: 0, actionCount: 0, reason: 'auto', size: 0 } }));
    scheduler.update(renamed(doc, 'a'));
    await vi.advanceTimersByTimeAsync(5 * MINUTE + 1);
    expect(errors).toEqual(['disk full']);
    fail = false;
    scheduler.update(renamed(doc, 'b'));
    await vi.advanceTimersByTimeAsync(5 * MINUTE + 1);
    expect(writes).toHaveLength(2);
    expect(errors).toHaveLength(1);
    scheduler.dispose();
  });

  it('a read-only window (the writer lock is in another tab) writes no backup, and writes again once it is the writer', async () => {
    let writer = false;
    const { scheduler, writes, errors, doc } = setup(undefined, () => writer);
    // The writer's commits arrive as new documents; save points and the timer come and go.
    for (let i = 0; i < 6; i++) {
      scheduler.update(renamed(doc, `remote ${i}`));
      scheduler.savePoint();
      await vi.advanceTimersByTimeAsync(5 * MINUTE);
    }
    const manual = await scheduler.backupNow();
    expect(manual).toEqual({ ok: false, error: { code: 'not-granted', message: 'backup.readOnly' } });
    expect(writes).toEqual([]);
    expect(errors).toEqual([]);

    writer = true;
    scheduler.update(renamed(doc, 'own edit'));
    await vi.advanceTimersByTimeAsync(5 * MINUTE + 1);
    expect(writes.map((w) => w.reason)).toEqual(['auto']);
    scheduler.dispose();
  });

  it('a write queued while this window was the writer is not made after it lost the lock', async () => {
    let writer = true;
    const { scheduler, writes, doc } = setup(undefined, () => writer);
    scheduler.update(renamed(doc, 'a'));
    scheduler.savePoint();
    writer = false;
    await vi.advanceTimersByTimeAsync(10 * MINUTE);
    expect(writes).toEqual([]);
    scheduler.dispose();
  });

  it('does nothing after dispose', async () => {
    const { scheduler, writes, doc } = setup();
    scheduler.update(renamed(doc, 'a'));
    scheduler.dispose();
    await vi.advanceTimersByTimeAsync(60 * MINUTE);
    expect(writes).toEqual([]);
  });
});
