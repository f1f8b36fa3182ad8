/**
 * App-wide state next to the router: the settings (from DesktopApi), the notice area
 * (file errors and status messages) and a way to reload an open strategy after it was
 * replaced by an opened file.
 */
import { createContext, useContext } from 'react';
import type { Settings, SettingsPatch } from '@shared/ipc';
import type { Message } from '@shared/i18n/message';

/** An error found in a plan file: a message with where it points (path, or line and column). */
export type FileProblem = Message;

/** What the notice area shows. */
export type Notice =
  | { kind: 'status'; message: string }
  | {
      kind: 'error';
      message: string;
      /** A second line, e.g. where the unsaved changes are kept. */
      detail?: string;
      /** A button next to the message (e.g. «Lagre til fil»). */
      action?: { label: string; run: () => void };
      /** Set by the autosave notice, so it can be replaced when saving works again. */
      source?: 'autosave';
    }
  | { kind: 'file-errors'; fileName: string; problems: FileProblem[] };

/** The app context's value. */
export interface AppContextValue {
  settings: Settings;
  updateSettings(patch: SettingsPatch): Promise<void>;
  notice: Notice | null;
  setNotice(notice: Notice | null): void;
  /** Counts replacements of open strategies, so the workspace reloads its document. */
  documentRevision: number;
  /** Call after a strategy in Dexie was replaced from outside the document store. */
  bumpDocumentRevision(): void;
}

/** React context of the app state. */
export const AppContext = createContext<AppContextValue | null>(null);

/** The app state; throws outside <App>. */
export function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useAppContext must be used inside <App>');
  return value;
}
