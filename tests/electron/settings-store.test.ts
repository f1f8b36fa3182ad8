import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@shared/ipc/settings';
import type { Settings } from '@shared/ipc/settings';
import { createElectronSettingsStore, settingsStoreOver } from '../../electron/main/settings-store';

const valid: Settings = {
  language: 'en',
  recentFiles: [{ fileId: 'recentFileId00000001', path: '/home/kari/plan.handlingsrom', name: 'plan.handlingsrom', openedAt: '2026-01-05T10:00:00.000Z' }],
  windowBounds: { x: 10, y: 20, width: 1400, height: 900, isMaximized: true },
  backupFolder: '/home/kari/backup',
  backupPolicy: { keepRecent: 5, keepDays: 14 },
  teamServers: ['wss://team.example.no'],
};

describe('settingsStoreOver', () => {
  it('validates on write and never throws on read', () => {
    const raw = { store: {} as Record<string, unknown> };
    const store = settingsStoreOver(raw);
    store.write(valid);
    expect(store.read()).toEqual(valid);
    expect(() => store.write({ ...valid, language: 'sv' } as unknown as Settings)).toThrow();
    expect(store.read()).toEqual(valid);

    const errors: unknown[] = [];
    const throwing = settingsStoreOver(
      {
        get store(): Record<string, unknown> {
          throw new SyntaxError('bad json');
        },
        set store(_v: Record<string, unknown>) {},
      },
      (e) => errors.push(e),
    );
    expect(throwing.read()).toEqual(DEFAULT_SETTINGS);
    expect(errors).toHaveLength(1);
  });
});

describe('electron-store settings file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'hr-settings-'));
  });
  afterEach(async () => {
    await fsp.rm(dir, { recursive: true, force: true });
  });

  it('starts with the defaults and keeps what was written across instances', () => {
    const first = createElectronSettingsStore({ cwd: dir });
    expect(first.read()).toEqual(DEFAULT_SETTINGS);
    first.write(valid);
    expect(createElectronSettingsStore({ cwd: dir }).read()).toEqual(valid);
  });

  it('writes settings.json in the folder', async () => {
    createElectronSettingsStore({ cwd: dir }).write(valid);
    const json: unknown = JSON.parse(await fsp.readFile(path.join(dir, 'settings.json'), 'utf8'));
    expect(json).toEqual(valid);
  });

  it('falls back to the defaults when the file is not JSON', async () => {
    await fsp.writeFile(path.join(dir, 'settings.json'), '{"language": "en", "windowBo');
    const store = createElectronSettingsStore({ cwd: dir });
    expect(store.read()).toEqual(DEFAULT_SETTINGS);
    store.write({ ...DEFAULT_SETTINGS, language: 'en' });
    expect(createElectronSettingsStore({ cwd: dir }).read().language).toBe('en');
  });

  it('falls back per field when the JSON has wrong values', async () => {
    await fsp.writeFile(path.join(dir, 'settings.json'), JSON.stringify({ ...valid, windowBounds: { width: -5 }, backupFolder: 7 }));
    expect(createElectronSettingsStore({ cwd: dir }).read()).toEqual({
      ...valid,
      windowBounds: DEFAULT_SETTINGS.windowBounds,
      backupFolder: null,
    });
  });
});
