/**
 * Turns a failed write to the app's storage (IndexedDB through Dexie) into a Message in
 * words: the raw error names (QuotaExceededError, DatabaseClosedError …) never reach the
 * user. Dexie wraps the browser's error (AbortError with `inner`), so the chain is read
 * from the inside out.
 */
import type { Message } from '@shared/i18n/message';
import { msg } from '@shared/i18n/message';

const CODE_BY_NAME: Readonly<Record<string, string>> = {
  QuotaExceededError: 'storage.error.quotaExceeded',
  DatabaseClosedError: 'storage.error.databaseClosed',
  OpenFailedError: 'storage.error.databaseClosed',
  VersionChangeError: 'storage.error.databaseClosed',
  InvalidStateError: 'storage.error.invalidState',
  TransactionInactiveError: 'storage.error.aborted',
  AbortError: 'storage.error.aborted',
  TimeoutError: 'storage.error.aborted',
  UnknownError: 'storage.error.unknown',
  ReadOnlyError: 'storage.error.readOnly',
};

function nameOf(e: unknown): string | null {
  if (typeof e !== 'object' || e === null || !('name' in e)) return null;
  return typeof e.name === 'string' ? e.name : null;
}

function innerOf(e: unknown): unknown {
  if (typeof e !== 'object' || e === null) return undefined;
  if ('inner' in e && e.inner) return e.inner;
  if ('cause' in e && e.cause) return e.cause;
  return undefined;
}

/** The names in an error's chain, innermost first (at most a few levels). */
function errorNames(e: unknown): string[] {
  const names: string[] = [];
  let current: unknown = e;
  for (let depth = 0; depth < 5 && current !== undefined; depth++) {
    const name = nameOf(current);
    if (name) names.unshift(name);
    current = innerOf(current);
  }
  return names;
}

/** A storage error as a Message (storage.error.*); an unknown error becomes «unknown». */
export function storageErrorMessage(e: unknown): Message {
  for (const name of errorNames(e)) {
    const code = CODE_BY_NAME[name];
    if (code) return msg(code);
  }
  return msg('storage.error.unknown');
}

/** Thrown when a tab without the writer lock tries to write (see writer-lock.ts). */
export class ReadOnlyError extends Error {
  override name = 'ReadOnlyError';
  constructor() {
    super('This window does not hold the writer lock');
  }
}
