// The browser build's backups: a separate IndexedDB database with the desktop's names,
// counts and retention; no folder to choose or open.
import { describe, expect, it } from 'vitest';
import { parseSnapshotFileName } from '@shared/backup';
import type { Result } from '@shared/ipc';
import { SETTINGS_STORAGE_KEY } from '../../../renderer/src/platform/web-settings';
import { BackupDb, createWebBackups } from '../../../renderer/src/platform/web-backups';
import { DATABASE_NAME } from '../../../renderer/src/db/database';

function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function setup() {
  const name = `backups-${Math.random().toString(36).slice(2)}`;
  let clock = new Date('2026-11-30T12:00:00.000Z');
  const api = createWebBackups(() => new BackupDb(name), () => clock);
  return { api, name, tick: (ms: number) => (clock = new Date(clock.getTime() + ms)) };
}

const payload = (text: string) => ({ strategyId: 'strat1', text, planCount: 1, actionCount: 3, reason: 'manual' as const });

describe('web backups', () => {
  it('writes, lists newest first and reads back, in its own database', async () => {
    const { api, name, tick } = setup();
    expect(name).not.toBe(DATABASE_NAME);
    const a = expectOk(await api.writeBackup(payload('A')));
    tick(60_000);
    const b = expectOk(await api.writeBackup(payload('B')));
    expect(parseSnapshotFileName(a.id)).toMatchObject({ planCount: 1, actionCount: 3, reason: 'manual' });
    expect(expectOk(await api.listBackups('strat1')).map((s) => s.id)).toEqual([b.id, a.id]);
    expect(expectOk(await api.listBackups('other'))).toEqual([]);
    expect(expectOk(await api.readBackup({ strategyId: 'strat1', id: a.id })).text).toBe('A');
    expect(await api.readBackup({ strategyId: 'strat1', id: 'nope' })).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('keeps same-millisecond snapshots apart and applies the retention from the settings', async () => {
    localStorage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify({ backupPolicy: { keepRecent: 2, keepDays: 0 } }));
    try {
      const { api } = setup();
      const ids = [];
      for (const t of ['1', '2', '3']) ids.push(expectOk(await api.writeBackup(payload(t))).id);
      expect(new Set(ids).size).toBe(3);
      expect(expectOk(await api.listBackups('strat1')).map((s) => s.id)).toEqual([ids[2], ids[1]]);
    } finally {
      localStorage.removeItem(SETTINGS_STORAGE_KEY);
    }
  });

  it('has no folder to choose or open', async () => {
    const { api } = setup();
    expect(expectOk(await api.getBackupFolder()).isDefault).toBe(true);
    expect(await api.openBackupFolder()).toMatchObject({ ok: false, error: { code: 'io' } });
    expect(await api.chooseBackupFolder()).toMatchObject({ ok: false, error: { code: 'io' } });
  });
});
