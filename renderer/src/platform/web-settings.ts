/**
 * Settings for the web build: localStorage, read with the same lenient parse as main's
 * settings file (parseStoredSettings), so a hand-edited or outdated entry never breaks
 * the app.
 */
import type { Settings, SettingsPatch } from '@shared/ipc';
import { parseStoredSettings, settingsPatchSchema, settingsSchema } from '@shared/ipc';

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

/** Validates a patch, merges it and writes the result; throws on an invalid patch. */
export function writeWebSettings(patch: SettingsPatch, storage: Storage = window.localStorage): Settings {
  const valid = settingsPatchSchema.parse(patch);
  const next = settingsSchema.parse({ ...readWebSettings(storage), ...valid });
  storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(next));
  return next;
}
