/**
 * Settings that live in main (electron-store) — or localStorage in the web build — with
 * their schema and defaults, shared by both.
 */
import { z } from 'zod';
import { DEFAULT_BACKUP_POLICY } from '../backup/retention';
import { isTeamServerOrigin } from '../security/content-security-policy';

/** Language of the UI: bokmål or English. */
export const languageSchema = z.enum(['nb', 'en']);
/** UI language. */
export type Language = z.infer<typeof languageSchema>;

/**
 * The opaque id by which the renderer refers to a plan file that main may touch (chosen
 * in a dialog, handed over by the operating system, or on the recent list): random,
 * never a path.
 */
export const fileIdSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

/**
 * A recently opened or saved plan file. `path` is kept by main only (its settings
 * file); what the renderer gets has the id and the name, never the path.
 */
export const recentFileSchema = z.object({
  fileId: fileIdSchema,
  name: z.string().max(512),
  openedAt: z.string().max(40),
  path: z.string().min(1).max(4096).optional(),
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
  /** Teamservere: the origins of the configured team servers — the only network the app may reach. */
  teamServers: z.array(z.string().max(300).refine(isTeamServerOrigin)).max(20),
});
/** Innstillinger. */
export type Settings = z.infer<typeof settingsSchema>;

/**
 * A partial update of the settings, as the renderer may send it. The recent list is not
 * part of it: main keeps it (a path on it may be read and written), the renderer cannot.
 */
export const settingsPatchSchema = settingsSchema.omit({ recentFiles: true, backupFolder: true }).partial().strict();
/** Partial settings update. */
export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

/** Default settings for a first start. */
export const DEFAULT_SETTINGS: Settings = {
  language: 'nb',
  recentFiles: [],
  windowBounds: { width: 1280, height: 820, isMaximized: false },
  backupFolder: null,
  backupPolicy: { ...DEFAULT_BACKUP_POLICY },
  teamServers: [],
};

/** The recent files that parse, without duplicate ids or paths, at most 10. */
function keepValidRecentFiles(entries: readonly unknown[]): RecentFile[] {
  const valid: RecentFile[] = [];
  for (const entry of entries) {
    const parsed = recentFileSchema.safeParse(entry);
    if (!parsed.success) continue;
    const file = parsed.data;
    if (!valid.some((f) => f.fileId === file.fileId || (file.path !== undefined && f.path === file.path))) valid.push(file);
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
    teamServers: [],
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
    teamServers: settingsSchema.shape.teamServers.catch(() => []),
  })
  .catch(defaultSettings);

/** Settings from whatever was stored (see storedSettingsSchema); never throws. */
export function parseStoredSettings(raw: unknown): Settings {
  return storedSettingsSchema.parse(raw);
}

/** Adds a file to the top of the recent list (max 10, no duplicates by id or path). */
export function withRecentFile(list: readonly RecentFile[], file: RecentFile): RecentFile[] {
  return [file, ...list.filter((f) => f.fileId !== file.fileId && (file.path === undefined || f.path !== file.path))].slice(0, 10);
}

/** The recent list as the renderer sees it: ids and names, no paths. */
export function withoutPaths(settings: Settings): Settings {
  return { ...settings, recentFiles: settings.recentFiles.map(({ fileId, name, openedAt }) => ({ fileId, name, openedAt })) };
}
