/**
 * Settings for the web build: localStorage, read with the same lenient parse as main's
 * settings file (parseStoredSettings), so a hand-edited or outdated entry never breaks
 * the app.
 */
import type { Settings, SettingsPatch } from '@shared/ipc';
import { parseStoredSettings, settingsPatchSchema, settingsSchema, withRecentFile } from '@shared/ipc';

/** localStorage key of the web build's settings. */
export const SETTINGS_STORAGE_KEY = 'handlingsrom.settings';

/** Reads the settings; every missing or invalid field falls back to its default. */
export function readWebSettings(storage: Storage = window.localStorage): Settings {
  let raw: unknown;
  try {
    const text = storage.getItem(SETTINGS_STORAGE_KEY);
    raw = text === null ? null : JSON.parse(text);
  } catch {
    raw = null;
  }
  return parseStoredSettings(raw);
}

/**
 * Puts a file the user opened or saved at the top of the recent list (shown, not
 * openable: a browser cannot open a file again without the picker). Same name → one
 * entry. Returns the new settings and the entry's id.
 */
export function addWebRecentFile(name: string, storage: Storage = window.localStorage): { settings: Settings; fileId: string } {
  const current = readWebSettings(storage);
  const fileId = globalThis.crypto.randomUUID();
  const others = current.recentFiles.filter((f) => f.name !== name);
  const entry = { fileId, name: name.slice(0, 512), openedAt: new Date().toISOString() };
  const next = settingsSchema.parse({ ...current, recentFiles: withRecentFile(others, entry) });
  storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(next));
  return { settings: next, fileId };
}

/** Validates a patch, merges it and writes the result; throws on an invalid patch. */
export function writeWebSettings(patch: SettingsPatch, storage: Storage = window.localStorage): Settings {
  const valid = settingsPatchSchema.parse(patch);
  const next = settingsSchema.parse({ ...readWebSettings(storage), ...valid });
  storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(next));
  return next;
}
