/**
 * Settings in main: electron-store holds the JSON file, zod decides what of it is
 * usable. A broken store never stops the app — each setting that does not parse falls
 * back to its default (recent files keep the entries that do parse).
 */
import Store from 'electron-store';
import { DEFAULT_SETTINGS, recentFileSchema, settingsSchema } from '@shared/ipc/settings';
import type { RecentFile, Settings } from '@shared/ipc/settings';

/** Where settings are read and written. */
export interface SettingsStore {
  read(): Settings;
  /** Validates and writes the whole settings object; throws when it is invalid or the write fails. */
  write(settings: Settings): void;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseRecentFiles(raw: unknown): RecentFile[] {
  if (!Array.isArray(raw)) return [...DEFAULT_SETTINGS.recentFiles];
  const valid: RecentFile[] = [];
  for (const entry of raw) {
    const parsed = recentFileSchema.safeParse(entry);
    if (parsed.success && !valid.some((f) => f.path === parsed.data.path)) valid.push(parsed.data);
  }
  return valid.slice(0, 10);
}

/**
 * Settings from whatever the store file held: each field is parsed on its own and
 * replaced by its default when it does not parse; unknown fields are dropped.
 */
export function parseStoredSettings(raw: unknown): Settings {
  const whole = settingsSchema.safeParse(raw);
  if (whole.success) return whole.data;
  const record = isRecord(raw) ? raw : {};
  const shape = settingsSchema.shape;
  const language = shape.language.safeParse(record.language);
  const windowBounds = shape.windowBounds.safeParse(record.windowBounds);
  const backupFolder = shape.backupFolder.safeParse(record.backupFolder);
  return {
    language: language.success ? language.data : DEFAULT_SETTINGS.language,
    recentFiles: parseRecentFiles(record.recentFiles),
    windowBounds: windowBounds.success ? windowBounds.data : { ...DEFAULT_SETTINGS.windowBounds },
    backupFolder: backupFolder.success ? backupFolder.data : DEFAULT_SETTINGS.backupFolder,
  };
}

/** The minimal store surface used here (electron-store / conf). */
export interface RawStore {
  store: Record<string, unknown>;
}

/** A SettingsStore over a raw key-value store; reading never throws. */
export function settingsStoreOver(raw: RawStore, onReadError: (error: unknown) => void = () => undefined): SettingsStore {
  return {
    read() {
      try {
        return parseStoredSettings(raw.store);
      } catch (error) {
        onReadError(error);
        return parseStoredSettings(undefined);
      }
    },
    write(settings) {
      raw.store = settingsSchema.parse(settings);
    },
  };
}

/**
 * The app's settings file (`settings.json` in userData, or in `cwd` when given).
 * A file that is not valid JSON is cleared by electron-store and read as defaults.
 */
export function createElectronSettingsStore(options: { cwd?: string } = {}): SettingsStore {
  const store = new Store<Record<string, unknown>>({
    name: 'settings',
    clearInvalidConfig: true,
    ...(options.cwd ? { cwd: options.cwd } : {}),
  });
  return settingsStoreOver(store, (error) => console.error('[settings] could not read the settings file:', error));
}
