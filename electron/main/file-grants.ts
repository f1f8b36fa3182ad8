/**
 * The plan files main may touch, by opaque id. The renderer never sends a path: it
 * names a file by the id main gave it. A path gets an id only when
 * - the user chose it in an open or save dialog,
 * - the operating system handed it over (file association, second instance, macOS
 *   open-file), or
 * - it is on the recent list (main's settings file keeps each entry's id next to its
 *   path, so «Lagre» still finds the file after a restart).
 * An id that is neither granted in this session nor on the recent list resolves to
 * nothing, and the handlers refuse it.
 */
import { randomBytes } from 'node:crypto';
import type { RecentFile } from '@shared/ipc/settings';

/** Why a path was granted (for the log and the tests). */
export type GrantReason = 'dialog' | 'os' | 'recent';

/** A new random file id (128 bits, URL-safe). */
export function newFileId(): string {
  return randomBytes(16).toString('base64url');
}

/** The registry of granted files. */
export interface FileGrants {
  /**
   * Grants `filePath` and returns its id: the id it already has (this session or on the
   * recent list) or a new random one.
   */
  grant(filePath: string, reason: GrantReason): string;
  /** The absolute path of a granted id, or null when the id was never granted. */
  resolve(fileId: string): string | null;
}

/**
 * A registry over the recent list (read when needed: it changes as files are opened and
 * saved, and may be edited by the settings file).
 */
export function createFileGrants(recentFiles: () => readonly RecentFile[], makeId: () => string = newFileId): FileGrants {
  const pathById = new Map<string, string>();
  const idByPath = new Map<string, string>();
  const recentWithPath = (): RecentFile[] => {
    try {
      return recentFiles().filter((f) => f.path !== undefined);
    } catch {
      return [];
    }
  };

  return {
    grant(filePath) {
      const known = idByPath.get(filePath) ?? recentWithPath().find((f) => f.path === filePath)?.fileId;
      let id = known;
      // A fresh id must not be one the recent list already uses for another file.
      while (id === undefined || (pathById.has(id) && pathById.get(id) !== filePath)) id = makeId();
      pathById.set(id, filePath);
      idByPath.set(filePath, id);
      return id;
    },
    resolve(fileId) {
      const granted = pathById.get(fileId);
      if (granted !== undefined) return granted;
      return recentWithPath().find((f) => f.fileId === fileId)?.path ?? null;
    },
  };
}
