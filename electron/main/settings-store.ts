/**
 * Settings in main: electron-store holds the JSON file, zod decides what of it is
 * usable. A broken store never stops the app — parseStoredSettings (shared with the web
 * build) lets each setting that does not parse fall back to its default.
 */
import Store from 'electron-store';
import { parseStoredSettings, settingsSchema } from '@shared/ipc/settings';
import type { Settings } from '@shared/ipc/settings';

/** Where settings are read and written. */
export interface SettingsStore {
  read(): Settings;
  /** Validates and writes the whole settings object; throws when it is invalid or the write fails. */
  write(settings: Settings): void;
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
