/**
 * How the open document's session stands next to the document store: whether this window
 * may edit (the writer lock, see writer-lock.ts) and whether saving in the app fails.
 */
import { createContext, useContext } from 'react';
import type { Message } from '@shared/i18n/message';

/** The session state of the open document. */
export interface DocumentSession {
  /** True when another window edits the strategy: this one only shows it. */
  readOnly: boolean;
  /** Asks the other window to let go; this window becomes the editor. */
  takeOver(): void;
  /** Why saving in the app fails right now (in words), or null when it works. */
  saveFailure: Message | null;
}

const WRITABLE: DocumentSession = { readOnly: false, takeOver: () => undefined, saveFailure: null };

/** React context carrying the session state. */
export const DocumentSessionContext = createContext<DocumentSession>(WRITABLE);

/** The session state of the open document (outside a provider: writable, no failure). */
export function useDocumentSession(): DocumentSession {
  return useContext(DocumentSessionContext);
}
