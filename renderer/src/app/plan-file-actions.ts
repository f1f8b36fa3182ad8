/**
 * Opening and saving plan files: DesktopApi for the file, parsePlanFile /
 * serializePlanFile for the format, Dexie for the store. A file that does not parse
 * changes nothing: it is validated completely before anything is written. «Åpne fil …»
 * stores the document in a worker (plan-file-store.ts) and shows it meanwhile; the
 * workspace's store says «saving» until that write has committed.
 */
import type { PlanDocument } from '@shared/domain';
import type * as PlanFileFormat from '@shared/domain/plan-file';
import type { DesktopApi, IpcError } from '@shared/ipc';
import { PLAN_EXTENSION } from '@shared/domain/plan-file-limits';
import { getStrictDb } from '../db/database';
import type { StoredDocument } from '../db/repositories';
import { getLinkedFile, hasStrategy, newWriteStamp, saveDocument, setLinkedFile } from '../db/repositories';
import type { FileProblem } from './app-context';
import { startPlanFileStore, type PlanFileStore } from './plan-file-store';

/**
 * The plan-file format (reader with its jsonc parser and checks, writer) loads when a file
 * is first opened or saved, not with the start screen (issue 13, first load).
 */
function loadPlanFileFormat(): Promise<typeof PlanFileFormat> {
  return import('@shared/domain/plan-file');
}

/** Result of «open plan file». */
export type OpenOutcome =
  | {
      kind: 'opened';
      strategyId: string;
      fileName: string;
      stored: StoredDocument;
      /** With `storeInBackground`: resolves when the document is in the store, rejects when that failed. */
      written?: Promise<void>;
      /**
       * With `storeInBackground`: starts that write (once the opened plan is painted); it
       * starts by itself after `writeStartLatestMs` when nothing calls this.
       */
      startWrite?: () => void;
    }
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
  /**
   * Told when a stage of opening starts, so a big file shows progress; the flow awaits it,
   * so it can let the page paint before the long synchronous validation.
   */
  onProgress?: (progress: OpenProgress) => Promise<void> | void;
  /**
   * Store the document in a worker (plan-file-store.ts) that reads the file beside the page,
   * and return as soon as it is found valid, with the write in `written`: the page can show
   * the plan while it is stored. Without it the document is stored before the flow returns.
   */
  storeInBackground?: boolean;
  /**
   * With `storeInBackground`: the longest the write waits for `startWrite` (default
   * WRITE_START_LATEST_MS) — a plan that never shows (the user went elsewhere, an error)
   * is stored all the same.
   */
  writeStartLatestMs?: number;
}

/**
 * The longest a background write waits for the opened plan's first paint (`startWrite`)
 * before it starts anyway.
 */
export const WRITE_START_LATEST_MS = 1000;

/** A stage of opening a plan file after it was read: validating it, storing it (with the file's name and size). */
export type OpenProgress = { stage: 'validate'; fileName: string; bytes: number } | { stage: 'store'; fileName: string; bytes: number };

/**
 * Performance marks of opening a plan file (the benchmark reads them): the text read, the
 * file validated, the document handed to the workspace (with the write in a worker still
 * under way), the document stored.
 */
export const OPEN_MARKS = {
  read: 'handlingsrom:open:read',
  validated: 'handlingsrom:open:validated',
  handedOver: 'handlingsrom:open:handed-over',
  stored: 'handlingsrom:open:stored',
} as const;

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

/** Opens a plan file, validates it, and stores it in Dexie (one transaction). */
export async function openPlanFileFlow(options: OpenOptions): Promise<OpenOutcome> {
  const { api, fileId, onProgress } = options;
  // Fetched while the user picks the file, as is the worker that will store it.
  const format = loadPlanFileFormat();
  format.catch(() => undefined);
  const background: PlanFileStore | null = options.storeInBackground ? startPlanFileStore() : null;
  try {
    const res = await api.openPlanFile(fileId);
    if (!res.ok) {
      background?.cancel();
      return res.error.code === 'cancelled' ? { kind: 'cancelled' } : { kind: 'platform-error', error: res.error };
    }
    const file = res.value;
    mark(OPEN_MARKS.read);
    // Characters, not bytes, but close enough for a progress notice (the text is mostly ASCII).
    const bytes = file.text.length;
    await onProgress?.({ stage: 'validate', fileName: file.name, bytes });
    const parsed = (await format).parsePlanFile(file.text);
    mark(OPEN_MARKS.validated);
    if (!parsed.ok) {
      background?.cancel();
      return { kind: 'invalid', fileName: file.name, problems: parsed.errors };
    }
    const doc = parsed.doc;
    if ((await hasStrategy(doc.strategy.id)) && !(await options.confirmReplace(doc.strategy.name, file.name))) {
      background?.cancel();
      return { kind: 'cancelled' };
    }
    await options.beforeWrite?.();
    // The recent list is kept by the platform (main, or the web build's settings).
    const link = () => setLinkedFile(doc.strategy.id, { fileId: file.fileId, name: file.name });
    if (background) {
      // The worker gets the text, and the write starts, only once the plan is painted
      // (`startWrite`): its parse and IndexedDB write beside the page's check or its first
      // render of the plan slow those down (the critical path) wherever the cores are few
      // and busy. Until then (and until the write commits) the store says «saving» and
      // writes nothing (DocumentProvider's initialWrite).
      let startWrite: () => void = () => undefined;
      const started = new Promise<void>((resolve) => (startWrite = resolve));
      const latest = setTimeout(startWrite, options.writeStartLatestMs ?? WRITE_START_LATEST_MS);
      const stamp = newWriteStamp();
      const gate = started.then(() => {
        clearTimeout(latest);
        background.read(file.text);
      });
      const written = background.store(doc, stamp, gate).then(() => mark(OPEN_MARKS.stored));
      // The link once the strategy is there; a failed link leaves the file out of the recent list, nothing more.
      written.then(link).catch(() => undefined);
      mark(OPEN_MARKS.handedOver);
      return { kind: 'opened', strategyId: doc.strategy.id, fileName: file.name, stored: { doc, stamp }, written, startWrite };
    }
    await onProgress?.({ stage: 'store', fileName: file.name, bytes });
    const stored = await saveDocument(doc, getStrictDb());
    mark(OPEN_MARKS.stored);
    await link();
    mark(OPEN_MARKS.handedOver);
    return { kind: 'opened', strategyId: doc.strategy.id, fileName: file.name, stored };
  } catch (e) {
    background?.cancel();
    throw e;
  }
}

/** Characters no file system accepts in a name (Windows is the strictest), and control characters. */
const UNSAFE_IN_NAME = /[\\/:*?"<>|\p{Cc}]+/gu;
/** Windows refuses these as names whatever the extension. */
const RESERVED_NAME = /^(con|prn|aux|nul|com\d|lpt\d)$/i;
const MAX_ORGANISATION = 48;
const MAX_STRATEGY = 80;

/** A part of a file name in safe characters, cut at a word boundary when longer than `max`. */
function safePart(text: string, max: number): string {
  const clean = text.normalize('NFC').replace(UNSAFE_IN_NAME, ' ').replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trim()}…`;
}

/** The plan years the file holds: «2024», «2024–2026», or '' without plans. */
function planYears(doc: PlanDocument): string {
  const years = doc.plans.map((p) => p.year);
  if (years.length === 0) return '';
  const from = Math.min(...years);
  const to = Math.max(...years);
  return from === to ? String(from) : `${from}–${to}`;
}

/**
 * A file name for a plan document: «organisasjon – føringer – planår», e.g.
 * «Partnerskap for næringsutvikling i Østfold – Strategisk plattform 2024–27 – 2024.handlingsrom».
 * The organisation is left out when the strategy's name already says it; the years are those
 * of the plans the file holds (none: left out). Safe on every file system: none of / \ : * ? " < > |,
 * no control characters, no trailing dot or space, no reserved Windows name; long parts are cut.
 */
export function suggestedFileName(doc: PlanDocument): string {
  const strategy = safePart(doc.strategy.name, MAX_STRATEGY);
  const organisation = safePart(doc.strategy.organisation, MAX_ORGANISATION);
  const hasOrganisation = organisation !== '' && !strategy.toLocaleLowerCase('nb').includes(organisation.toLocaleLowerCase('nb'));
  const parts = [hasOrganisation ? organisation : '', strategy, planYears(doc)].filter((p) => p !== '');
  const base = parts.join(' – ').replace(/[. ]+$/, '');
  return `${base === '' || RESERVED_NAME.test(base) ? 'plan' : base}${PLAN_EXTENSION}`;
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
  const [linked, { serializePlanFile }] = await Promise.all([getLinkedFile(doc.strategy.id), loadPlanFileFormat()]);
  const text = serializePlanFile(doc, new Date().toISOString());
  const suggestedName = linked?.name ?? suggestedFileName(doc);
  const fileId = isSaveAs ? null : (linked?.fileId ?? null);
  let res = await api.savePlanFile({ text, fileId, suggestedName });
  if (!res.ok && res.error.code === 'not-granted' && fileId !== null) res = await api.savePlanFile({ text, fileId: null, suggestedName });
  if (!res.ok) return res.error.code === 'cancelled' ? { kind: 'cancelled' } : { kind: 'platform-error', error: res.error };
  await setLinkedFile(doc.strategy.id, res.value);
  return { kind: 'saved', fileName: res.value.name };
}
