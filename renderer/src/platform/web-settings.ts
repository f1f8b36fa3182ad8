/**
 * Settings for the web build: localStorage, validated with the shared schema and filled
 * with the shared defaults, so a hand-edited or outdated entry never breaks the app.
 */
import type { Settings, SettingsPatch } from '@shared/ipc';
import { DEFAULT_SETTINGS, settingsPatchSchema, settingsSchema } from '@shared/ipc';

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
  const whole = settingsSchema.safeParse(raw);
  if (whole.success) return whole.data;
  // Keep the valid fields one by one.
  const out: Settings = { ...DEFAULT_SETTINGS };
  if (typeof raw === 'object' && raw !== null) {
    const shape = settingsSchema.shape;
    const record: Record<string, unknown> = { ...raw };
    const lang = shape.language.safeParse(record.language);
    if (lang.success) out.language = lang.data;
    const recent = shape.recentFiles.safeParse(record.recentFiles);
    if (recent.success) out.recentFiles = recent.data;
    const bounds = shape.windowBounds.safeParse(record.windowBounds);
    if (bounds.success) out.windowBounds = bounds.data;
    const folder = shape.backupFolder.safeParse(record.backupFolder);
    if (folder.success) out.backupFolder = folder.data;
  }
  return out;
}

/** Validates a patch, merges it and writes the result; throws on an invalid patch. */
export function writeWebSettings(patch: SettingsPatch, storage: Storage = window.localStorage): Settings {
  const valid = settingsPatchSchema.parse(patch);
  const next = settingsSchema.parse({ ...readWebSettings(storage), ...valid });
  storage.setItem(SETTINGS_STORAGE_KEY, JSON.stringify(next));
  return next;
}
