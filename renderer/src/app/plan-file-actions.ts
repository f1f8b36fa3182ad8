/**
 * Opening and saving plan files: DesktopApi for the file, parsePlanFile /
 * serializePlanFile for the format, Dexie for the store. A file that does not parse
 * changes nothing: it is validated completely before anything is written.
 */
import type { PlanDocument } from '@shared/domain';
import { parsePlanFile, serializePlanFile } from '@shared/domain/plan-file';
import type { DesktopApi, IpcError } from '@shared/ipc';
import { PLAN_EXTENSION } from '@shared/domain/plan-file-limits';
import { getStrictDb } from '../db/database';
import type { StoredDocument } from '../db/repositories';
import { getLinkedFile, hasStrategy, saveDocument, setLinkedFile } from '../db/repositories';
import type { FileProblem } from './app-context';

/** Result of «open plan file». */
export type OpenOutcome =
  | { kind: 'opened'; strategyId: string; fileName: string; stored: StoredDocument }
  | { kind: 'cancelled' }
  | { kind: 'platform-error'; error: IpcError }
  | { kind: 'invalid'; fileName: string; problems: FileProblem[] };

/** Result of «save plan file». */
export type SaveOutcome = { kind: 'saved'; fileName: string } | { kind: 'cancelled' } | { kind: 'platform-error'; error: IpcError };

/** Options of openPlanFileFlow. */
export interface OpenOptions {
  api: DesktopApi;
  /** A granted file's id (recent list, operating system), or null for the dialog / file picker. */
  fileId: string | null;
  /** Asks before replacing a stored strategy with the same id; false keeps it. */
  confirmReplace(strategyName: string, fileName: string): Promise<boolean>;
  /** Runs before the store is written (e.g. flush the open document). */
  beforeWrite?: () => Promise<void>;
}

/** Opens a plan file, validates it, and stores it in Dexie (one transaction). */
export async function openPlanFileFlow(options: OpenOptions): Promise<OpenOutcome> {
  const { api, fileId } = options;
  const res = await api.openPlanFile(fileId);
  if (!res.ok) return res.error.code === 'cancelled' ? { kind: 'cancelled' } : { kind: 'platform-error', error: res.error };
  const file = res.value;
  const parsed = parsePlanFile(file.text);
  if (!parsed.ok) return { kind: 'invalid', fileName: file.name, problems: parsed.errors };
  const doc = parsed.doc;
  if ((await hasStrategy(doc.strategy.id)) && !(await options.confirmReplace(doc.strategy.name, file.name))) return { kind: 'cancelled' };
  await options.beforeWrite?.();
  const stored = await saveDocument(doc, getStrictDb());
  // The recent list is kept by the platform (main, or the web build's settings).
  await setLinkedFile(doc.strategy.id, { fileId: file.fileId, name: file.name });
  return { kind: 'opened', strategyId: doc.strategy.id, fileName: file.name, stored };
}

/** A file name for a strategy: its name in safe characters plus the extension. */
export function suggestedFileName(doc: PlanDocument): string {
  const base = doc.strategy.name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return `${base || 'plan'}${PLAN_EXTENSION}`;
}

/** Options of savePlanFileFlow. */
export interface SaveOptions {
  api: DesktopApi;
  doc: PlanDocument;
  /** Lagre som: always ask where. */
  isSaveAs: boolean;
}

/**
 * Writes the document as a plan file: to its linked file (by the id main granted), or
 * through the dialog. When the platform no longer grants the linked file (it left the
 * recent list), the dialog asks where.
 */
export async function savePlanFileFlow({ api, doc, isSaveAs }: SaveOptions): Promise<SaveOutcome> {
  const linked = await getLinkedFile(doc.strategy.id);
  const text = serializePlanFile(doc, new Date().toISOString());
  const suggestedName = linked?.name ?? suggestedFileName(doc);
  const fileId = isSaveAs ? null : (linked?.fileId ?? null);
  let res = await api.savePlanFile({ text, fileId, suggestedName });
  if (!res.ok && res.error.code === 'not-granted' && fileId !== null) res = await api.savePlanFile({ text, fileId: null, suggestedName });
  if (!res.ok) return res.error.code === 'cancelled' ? { kind: 'cancelled' } : { kind: 'platform-error', error: res.error };
  await setLinkedFile(doc.strategy.id, res.value);
  return { kind: 'saved', fileName: res.value.name };
}
