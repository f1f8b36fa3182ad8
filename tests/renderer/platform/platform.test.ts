// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseStoredSettings } from '@shared/ipc';
import { acceleratorOf, SHORTCUTS } from '@shared/ipc/shortcuts';
import { commandForKey } from '../../../renderer/src/platform/shortcuts';
import { readWebSettings, SETTINGS_STORAGE_KEY, writeWebSettings } from '../../../renderer/src/platform/web-settings';

/** A Storage backed by a Map (localStorage stand-in). */
function memoryStorage(initial: Record<string, string> = {}): Storage {
  const map = new Map(Object.entries(initial));
  return {
    get length() {
      return map.size;
    },
    clear: () => map.clear(),
    getItem: (k) => map.get(k) ?? null,
    key: (i) => [...map.keys()][i] ?? null,
    removeItem: (k) => void map.delete(k),
    setItem: (k, v) => void map.set(k, String(v)),
  };
}

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('web settings (localStorage)', () => {
  it('gives the defaults when nothing or garbage is stored', () => {
    expect(readWebSettings(memoryStorage())).toEqual(DEFAULT_SETTINGS);
    expect(readWebSettings(memoryStorage({ [SETTINGS_STORAGE_KEY]: '{not json' }))).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid fields of a partly broken entry', () => {
    const stored = JSON.stringify({ language: 'en', recentFiles: 'nope', windowBounds: { width: 1 } });
    expect(readWebSettings(memoryStorage({ [SETTINGS_STORAGE_KEY]: stored }))).toEqual({ ...DEFAULT_SETTINGS, language: 'en' });
  });

  it('reads like main’s settings file: the recent files that parse stay', () => {
    const file = { fileId: 'recentFileId00000001', name: 'plan.handlingsrom', openedAt: '2026-01-05T10:00:00.000Z' };
    const stored = { language: 'en', recentFiles: [file, { path: '' }, 'x'] };
    const read = readWebSettings(memoryStorage({ [SETTINGS_STORAGE_KEY]: JSON.stringify(stored) }));
    expect(read).toEqual({ ...DEFAULT_SETTINGS, language: 'en', recentFiles: [file] });
    expect(read).toEqual(parseStoredSettings(stored));
  });

  it('writes a validated patch and reads it back; refuses an invalid one', () => {
    const storage = memoryStorage();
    expect(writeWebSettings({ language: 'en' }, storage).language).toBe('en');
    expect(readWebSettings(storage).language).toBe('en');
    expect(() => writeWebSettings({ language: 'sv' } as never, storage)).toThrow();
    expect(readWebSettings(storage).language).toBe('en');
  });
});

describe('keyboard shortcuts → menu commands', () => {
  it.each([
    [key('s', { ctrlKey: true }), false, 'file:save'],
    [key('S', { ctrlKey: true, shiftKey: true }), false, 'file:save-as'],
    [key('o', { ctrlKey: true }), false, 'file:open'],
    [key('e', { metaKey: true }), false, 'file:export-excel'],
    [key('F5'), false, 'view:present'],
    [key('z', { ctrlKey: true }), false, 'edit:undo'],
    [key('Z', { ctrlKey: true, shiftKey: true }), false, 'edit:redo'],
    [key('y', { ctrlKey: true }), false, 'edit:redo'],
    [key('z', { ctrlKey: true }), true, null],
    [key('y', { ctrlKey: true }), true, null],
    [key('s', { ctrlKey: true }), true, 'file:save'],
    [key('z'), false, null],
    [key('s', { ctrlKey: true, altKey: true }), false, null],
  ] as const)('%o (in text field: %s) → %s', (event, inText, expected) => {
    expect(commandForKey(event, inText)).toBe(expected);
  });

  it('follows the shared table the desktop menu uses (every web shortcut, and none for the others)', () => {
    for (const s of SHORTCUTS) {
      const event = key(s.hasShift && s.key.length === 1 ? s.key.toUpperCase() : s.key, { ctrlKey: s.hasPrimaryModifier, shiftKey: s.hasShift });
      expect(commandForKey(event, false), acceleratorOf(s)).toBe(s.isInWeb ? s.command : null);
      expect(commandForKey(event, true), acceleratorOf(s)).toBe(s.isInWeb && s.isInTextField ? s.command : null);
    }
  });
});
