import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseStoredSettings } from '@shared/ipc/settings';
import type { Settings } from '@shared/ipc/settings';

const valid: Settings = {
  language: 'en',
  recentFiles: [{ path: '/home/kari/plan.handlingsrom', name: 'plan.handlingsrom', openedAt: '2026-01-05T10:00:00.000Z' }],
  windowBounds: { x: 10, y: 20, width: 1400, height: 900, isMaximized: true },
  backupFolder: '/home/kari/backup',
  backupPolicy: { keepRecent: 5, keepDays: 14 },
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
    const entries = Array.from({ length: 14 }, (_, i) => ({ path: `/p/${i}.handlingsrom`, name: `${i}`, openedAt: '2026-01-01' }));
    const parsed = parseStoredSettings({ ...valid, recentFiles: [{ path: '' }, entries[0], entries[0], ...entries.slice(1), 'x'] });
    expect(parsed.recentFiles.map((f) => f.path)).toEqual(entries.slice(0, 10).map((e) => e.path));
    expect(parsed.language).toBe('en');
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
  ])('%s falls back alone', (field, broken) => {
    const parsed = parseStoredSettings({ ...valid, ...broken });
    expect(parsed).toEqual({ ...valid, [field]: DEFAULT_SETTINGS[field as keyof Settings] });
  });
});
