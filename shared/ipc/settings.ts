/**
 * Settings that live in main (electron-store) — or localStorage in the web build — with
 * their schema and defaults, shared by both.
 */
import { z } from 'zod';
import { DEFAULT_BACKUP_POLICY } from '../backup/retention';

/** Language of the UI: bokmål or English. */
export const languageSchema = z.enum(['nb', 'en']);
/** UI language. */
export type Language = z.infer<typeof languageSchema>;

/** A recently opened or saved plan file. */
export const recentFileSchema = z.object({
  path: z.string().min(1).max(4096),
  name: z.string().max(512),
  openedAt: z.string().max(40),
});
/** Nylig brukt fil. */
export type RecentFile = z.infer<typeof recentFileSchema>;

/** Window position and size. */
export const windowBoundsSchema = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(400).max(20000),
  height: z.number().int().min(300).max(20000),
  isMaximized: z.boolean(),
});
/** Window bounds. */
export type WindowBounds = z.infer<typeof windowBoundsSchema>;

/** Oppbevaring av sikkerhetskopier: the last N, plus one a day for D days. */
export const backupPolicySchema = z.object({
  keepRecent: z.number().int().min(1).max(100),
  keepDays: z.number().int().min(0).max(365),
});

/** Innstillinger. */
export const settingsSchema = z.object({
  language: languageSchema,
  recentFiles: z.array(recentFileSchema).max(10),
  windowBounds: windowBoundsSchema,
  /** Folder for automatic backups (null = none chosen). */
  backupFolder: z.string().max(4096).nullable(),
  /** How many automatic backups to keep. */
  backupPolicy: backupPolicySchema,
});
/** Innstillinger. */
export type Settings = z.infer<typeof settingsSchema>;

/** A partial update of the settings, as the renderer may send it. */
export const settingsPatchSchema = settingsSchema.partial().strict();
/** Partial settings update. */
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Default settings for a first start. */
export const DEFAULT_SETTINGS: Settings = {
  language: 'nb',
  recentFiles: [],
  windowBounds: { width: 1280, height: 820, isMaximized: false },
  backupFolder: null,
  backupPolicy: { ...DEFAULT_BACKUP_POLICY },
};

/** The recent files that parse, without duplicate paths, at most 10. */
function keepValidRecentFiles(entries: readonly unknown[]): RecentFile[] {
  const valid: RecentFile[] = [];
  for (const entry of entries) {
    const parsed = recentFileSchema.safeParse(entry);
    if (parsed.success && !valid.some((f) => f.path === parsed.data.path)) valid.push(parsed.data);
  }
  return valid.slice(0, 10);
}

/** Fresh default settings (no object shared with DEFAULT_SETTINGS). */
function defaultSettings(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    recentFiles: [],
    windowBounds: { ...DEFAULT_SETTINGS.windowBounds },
    backupPolicy: { ...DEFAULT_SETTINGS.backupPolicy },
  };
}

/**
 * Lenient reading of stored settings (innstillinger): each field that does not parse
 * falls back to its default on its own (`.catch()` per field), recent files keep the
 * entries that parse, unknown fields are dropped, and anything that is not an object
 * gives the defaults. Used by main's settings file and the web build's localStorage.
 */
export const storedSettingsSchema = z
  .object({
    language: languageSchema.catch(() => DEFAULT_SETTINGS.language),
    recentFiles: z
      .array(z.unknown())
      .catch(() => [])
      .transform(keepValidRecentFiles),
    windowBounds: windowBoundsSchema.catch(() => ({ ...DEFAULT_SETTINGS.windowBounds })),
    backupFolder: settingsSchema.shape.backupFolder.catch(() => DEFAULT_SETTINGS.backupFolder),
    backupPolicy: backupPolicySchema.catch(() => ({ ...DEFAULT_SETTINGS.backupPolicy })),
  })
  .catch(defaultSettings);

/** Settings from whatever was stored (see storedSettingsSchema); never throws. */
export function parseStoredSettings(raw: unknown): Settings {
  return storedSettingsSchema.parse(raw);
}

/** Adds a file to the top of the recent list (max 10, no duplicates by path). */
export function withRecentFile(list: readonly RecentFile[], file: RecentFile): RecentFile[] {
  return [file, ...list.filter((f) => f.path !== file.path)].slice(0, 10);
}
