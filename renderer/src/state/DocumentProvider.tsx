/**
 * The document store (see document-context.ts): holds the open PlanDocument, applies
 * pure edits as undo steps, and autosaves every change to Dexie (journal at once, rows
 * after ~300 ms, everything on page hide / unload). Undo/redo also come from the menu
 * (desktop) or the keyboard (web) through the platform layer.
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { PlanDocument } from '@shared/domain';
import type { HandlingsromDb } from '../db/database';
import { getDb, getStrictDb } from '../db/database';
import { getDesktopApi, isTextField } from '../platform';
import type { Autosaver } from './autosaver';
import { createAutosaver } from './autosaver';
import type { DocumentEdit, DocumentStore } from './document-context';
import { DocumentContext } from './document-context';
import { historyReducer, initialHistory } from './undo-history';
import type { FlushDocument } from './save-point-context';
import { SavePointContext } from './save-point-context';
import { createBackupScheduler } from './backup-scheduler';
import type { BackupScheduler } from './backup-scheduler';
import { BackupContext } from './backup-context';
import type { BackupControls } from './backup-context';

/** Props of DocumentProvider. */
export interface DocumentProviderProps {
  /** The document as it is stored in Dexie right now. */
  initialDoc: PlanDocument;
  children: ReactNode;
  /** Database (tests pass their own). */
  db?: HandlingsromDb;
  /** Connection for strict save points (defaults to `db` when `db` is given). */
  strictDb?: HandlingsromDb;
  autosaveDelayMs?: number;
  /** Called when an autosave fails. */
  onSaveError?: (error: unknown) => void;
}

/** Provides the document store of one open strategy. Remount (key) for another strategy. */
export function DocumentProvider({ initialDoc, children, db, strictDb, autosaveDelayMs = 300, onSaveError }: DocumentProviderProps) {
  const [history, dispatch] = useReducer(historyReducer, initialDoc, initialHistory);
  const [isSaving, setIsSaving] = useState(false);
  const errorRef = useRef(onSaveError);
  useEffect(() => {
    errorRef.current = onSaveError;
  }, [onSaveError]);

  const [autosaver] = useState<Autosaver>(() => {
    const database = db ?? getDb();
    return createAutosaver({
      db: database,
      strictDb: strictDb ?? (db ? db : getStrictDb()),
      stored: initialDoc,
      delayMs: autosaveDelayMs,
      onPendingChange: setIsSaving,
      onError: (e) => {
        console.error('Autolagring feilet', e);
        errorRef.current?.(e);
      },
    });
  });

  useEffect(() => {
    autosaver.update(history.doc);
  }, [autosaver, history.doc]);

  const [backups] = useState<BackupScheduler>(() =>
    createBackupScheduler({ initial: initialDoc, api: getDesktopApi(), onError: (m) => console.error('Sikkerhetskopi feilet', m) }),
  );
  useEffect(() => {
    backups.update(history.doc);
  }, [backups, history.doc]);
  useEffect(() => () => backups.dispose(), [backups]);
  const backupControls = useMemo<BackupControls>(() => ({ backupNow: (reason) => backups.backupNow(reason) }), [backups]);

  // Nothing typed may be lost on reload or close: write at once when the page goes away.
  useEffect(() => {
    const flush = () => void autosaver.flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    window.addEventListener('beforeunload', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      window.removeEventListener('beforeunload', flush);
      document.removeEventListener('visibilitychange', onVisibility);
      void autosaver.flush().finally(() => autosaver.dispose());
    };
  }, [autosaver]);

  useEffect(() => {
    return getDesktopApi().onMenuCommand((command) => {
      if (command !== 'edit:undo' && command !== 'edit:redo') return;
      // In a text field the field's own undo applies (the desktop menu sends the command
      // regardless of focus).
      if (isTextField(document.activeElement)) return;
      dispatch({ type: command === 'edit:undo' ? 'undo' : 'redo' });
    });
  }, []);

  const store = useMemo<DocumentStore>(
    () => ({
      doc: history.doc,
      apply: (label: string, edit: DocumentEdit) => dispatch({ type: 'apply', label, edit }),
      undo: () => dispatch({ type: 'undo' }),
      redo: () => dispatch({ type: 'redo' }),
      canUndo: history.past.length > 0,
      canRedo: history.future.length > 0,
      undoLabel: history.past.at(-1)?.label ?? null,
      redoLabel: history.future[0]?.label ?? null,
      isSaving,
    }),
    [history, isSaving],
  );

  const flush = useMemo<FlushDocument>(
    () => async (strict?: boolean) => {
      await autosaver.flush(strict);
      // An explicit save point is also a backup point.
      if (strict) backups.savePoint();
    },
    [autosaver, backups],
  );

  return (
    <SavePointContext.Provider value={flush}>
      <DocumentContext.Provider value={store}>
        <BackupContext.Provider value={backupControls}>{children}</BackupContext.Provider>
      </DocumentContext.Provider>
    </SavePointContext.Provider>
  );
}
