import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseStoredSettings, settingsPatchSchema, withoutPaths } from '@shared/ipc/settings';
import type { Settings } from '@shared/ipc/settings';

const valid: Settings = {
  language: 'en',
  recentFiles: [{ fileId: 'recentFileId00000001', path: '/home/kari/plan.handlingsrom', name: 'plan.handlingsrom', openedAt: '2026-01-05T10:00:00.000Z' }],
  windowBounds: { x: 10, y: 20, width: 1400, height: 900, isMaximized: true },
  backupFolder: '/home/kari/backup',
  backupPolicy: { keepRecent: 5, keepDays: 14 },
  teamServers: ['wss://team.example.no'],
};

describe('parseStoredSettings', () => {
  it('keeps valid settings as they are', () => {
    expect(parseStoredSettings(valid)).toEqual(valid);
  });

  it.each([undefined, null, 42, 'text', [], {}])('gives the defaults for %j', (raw) => {
    expect(parseStoredSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces only the broken fields', () => {
    const parsed = parseStoredSettings({ ...valid, language: 'de', windowBounds: { width: 'wide' }, extra: true });
    expect(parsed).toEqual({ ...valid, language: 'nb', windowBounds: DEFAULT_SETTINGS.windowBounds });
  });

  it('keeps the recent files that parse, without duplicates, at most 10', () => {
    const entries = Array.from({ length: 14 }, (_, i) => ({ fileId: `recentFileId${String(i).padStart(8, '0')}`, path: `/p/${i}.handlingsrom`, name: `${i}`, openedAt: '2026-01-01' }));
    const sameId = { ...entries[1]!, path: '/p/other.handlingsrom' };
    const samePath = { ...entries[2]!, fileId: 'otherFileId000000001' };
    const parsed = parseStoredSettings({ ...valid, recentFiles: [{ path: '' }, entries[0], entries[0], entries[1], sameId, entries[2], samePath, ...entries.slice(3), 'x'] });
    expect(parsed.recentFiles.map((f) => f.path)).toEqual(entries.slice(0, 10).map((e) => e.path));
    expect(parsed.language).toBe('en');
  });

  it('drops recent entries without an id (stored before files were granted by id) or with a path as id', () => {
    const parsed = parseStoredSettings({
      ...valid,
      recentFiles: [
        { path: '/p/old.handlingsrom', name: 'old', openedAt: '2026-01-01' },
        { fileId: '/p/old.handlingsrom', path: '/p/old.handlingsrom', name: 'old', openedAt: '2026-01-01' },
      ],
    });
    expect(parsed.recentFiles).toEqual([]);
  });

  it('the renderer may not patch the recent list; withoutPaths drops every path', () => {
    expect(settingsPatchSchema.safeParse({ recentFiles: [] }).success).toBe(false);
    expect(settingsPatchSchema.safeParse({ language: 'en' }).success).toBe(true);
    const view = withoutPaths(valid);
    expect(view.recentFiles).toEqual([{ fileId: 'recentFileId00000001', name: 'plan.handlingsrom', openedAt: '2026-01-05T10:00:00.000Z' }]);
    expect(JSON.stringify(view)).not.toContain('/home/kari/plan');
  });

  it('does not share the default objects (a write to one result cannot change the defaults)', () => {
    const a = parseStoredSettings({});
    a.windowBounds.width = 999;
    a.recentFiles.push(valid.recentFiles[0]!);
    expect(DEFAULT_SETTINGS.windowBounds.width).toBe(1280);
    expect(DEFAULT_SETTINGS.recentFiles).toEqual([]);
  });
});

describe('parseStoredSettings: one lenient reading for main and the web build', () => {
  it.each([
    ['language', { language: 42 }],
    ['recentFiles', { recentFiles: 'none' }],
    ['windowBounds', { windowBounds: null }],
    ['backupFolder', { backupFolder: ['x'] }],
    ['backupPolicy', { backupPolicy: { keepRecent: 0, keepDays: 10 } }],
    ['teamServers', { teamServers: ['https://team.example.no'] }],
  ])('%s falls back alone', (field, broken) => {
    const parsed = parseStoredSettings({ ...valid, ...broken });
    expect(parsed).toEqual({ ...valid, [field]: DEFAULT_SETTINGS[field as keyof Settings] });
  });
});
