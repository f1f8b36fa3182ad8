/**
 * Settings that live in main (electron-store) — or localStorage in the web build — with
 * their schema and defaults, shared by both.
 */
import { z } from 'zod';

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

/** Innstillinger. */
export const settingsSchema = z.object({
  language: languageSchema,
  recentFiles: z.array(recentFileSchema).max(10),
  windowBounds: windowBoundsSchema,
  /** Folder for automatic backups (null = none chosen). */
  backupFolder: z.string().max(4096).nullable(),
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
};

/** Adds a file to the top of the recent list (max 10, no duplicates by path). */
export function withRecentFile(list: readonly RecentFile[], file: RecentFile): RecentFile[] {
  return [file, ...list.filter((f) => f.path !== file.path)].slice(0, 10);
}
