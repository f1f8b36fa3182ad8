/**
 * The document store (see document-context.ts): holds the open PlanDocument, applies
 * pure edits as undo steps, and autosaves every change to Dexie (journal at once, rows
 * after ~300 ms, everything on page hide / unload). Undo/redo also come from the menu
 * (desktop) or the keyboard (web) through the platform layer. With a writer lock (two
 * windows on one strategy) only the writer edits; a reader follows the writer's commits
 * and has no undo. While saving fails, leaving the page asks first. A team strategy passes
 * its Y.Doc binding (`sync`): edits then go through it, remote changes come back as new
 * documents, and undo is the binding's per-user undo.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '@shared/domain';
import type { Message } from '@shared/i18n/message';
import { loadDocument, recoverLocalJournal, recoverPendingJournal } from '../db/repositories';
import type { HandlingsromDb } from '../db/database';
import { getDb, getStrictDb } from '../db/database';
import { getDesktopApi, isTextField } from '../platform';
import type { Autosaver } from './autosaver';
import { createAutosaver } from './autosaver';
import { createAfterPaint } from './after-paint';
import type { DocumentEdit, DocumentStore } from './document-context';
import { DocumentContext } from './document-context';
import { WhenStoredContext } from './when-stored-context';
import { historyReducer, initialHistory } from './undo-history';
import type { FlushDocument } from './save-point-context';
import { SavePointContext } from './save-point-context';
import { createBackupScheduler } from './backup-scheduler';
import type { BackupScheduler } from './backup-scheduler';
import { BackupContext } from './backup-context';
import type { BackupControls } from './backup-context';
import type { DocumentSession } from './session-context';
import { DocumentSessionContext } from './session-context';
import { storageErrorMessage } from './storage-error';
import type { WriterLock } from './writer-lock';
import type { PlanSync } from '../sync/plan-sync';

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
  /** The writer lock of this strategy (none: this window always writes). */
  writerLock?: WriterLock;
  /** Team sync binding of a shared strategy (none: a local strategy). */
  sync?: PlanSync;
  /**
   * The write of `initialDoc` when it is still under way (a plan file just opened): saving
   * until it commits, nothing written before it (see the autosaver's `storedAfter`).
   */
  initialWrite?: Promise<void>;
}

/** Provides the document store of one open strategy. Remount (key) for another strategy. */
export function DocumentProvider({ initialDoc, children, db, strictDb, autosaveDelayMs = 300, onSaveError, writerLock, sync, initialWrite }: DocumentProviderProps) {
  const [history, dispatch] = useReducer(historyReducer, initialDoc, initialHistory);
  // A team strategy: the binding's document replaces the store's (local and remote
  // changes alike); the tick redraws for its undo stacks.
  const [syncTick, setSyncTick] = useState(0);
  useEffect(() => {
    if (!sync) return undefined;
    return sync.subscribe(() => {
      dispatch({ type: 'reset', doc: sync.current() });
      setSyncTick((n) => n + 1);
    });
  }, [sync]);
  const [isSaving, setIsSaving] = useState(initialWrite !== undefined);
  const [isWriter, setIsWriter] = useState(() => writerLock?.isWriter() ?? true);
  const [saveFailure, setSaveFailure] = useState<Message | null>(null);
  const writerRef = useRef(isWriter);
  const docRef = useRef(history.doc);
  docRef.current = history.doc;
  const errorRef = useRef(onSaveError);
  useEffect(() => {
    errorRef.current = onSaveError;
  }, [onSaveError]);

  const [database] = useState(() => db ?? getDb());
  // The last save of an unmounted provider still runs (flush on unmount); what it reports
  // then has no screen to reach.
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const [autosaver] = useState<Autosaver>(() =>
    createAutosaver({
      db: database,
      // Made when the first save point needs it, not on the way to the first paint.
      strictDb: strictDb ?? db ?? getStrictDb,
      stored: initialDoc,
      delayMs: autosaveDelayMs,
      onPendingChange: (pending) => {
        if (mounted.current) setIsSaving(pending);
      },
      canWrite: () => writerLock?.isWriter() ?? true,
      onSaved: () => writerLock?.notifyCommitted(),
      onFailingChange: (failing) => {
        if (!failing) setSaveFailure(null);
      },
      storedAfter: initialWrite,
      onError: (e) => {
        console.error('Autolagring feilet', e);
        setSaveFailure(storageErrorMessage(e));
        errorRef.current?.(e);
      },
    }),
  );

  // The autosave journal and the backup clock hear of a change after it is painted: the
  // frame that shows an edit is not spent on them. Everything that must see the latest
  // change (page hide, save point, writer hand-over, unmount) delivers it first.
  const committedDoc = useRef(history.doc);
  // The document the autosaver has been given: until a change is delivered the store counts
  // as saving, so «Alle endringer er lagret» never shows for a change still waiting for the
  // paint (set in the same task as the autosaver's own report: one render).
  const [deliveredDoc, setDeliveredDoc] = useState(history.doc);
  const [delivery] = useState(() =>
    createAfterPaint(() => {
      autosaver.update(committedDoc.current);
      backups.update(committedDoc.current);
      if (mounted.current) setDeliveredDoc(committedDoc.current);
    }),
  );

  // Reload from the tables (another window wrote, or this one just became the writer):
  // one at a time, the last one reads the newest rows. The reload starts a fresh history,
  // so an undo can never put back rows another window has changed since.
  const reloadChain = useRef<Promise<void>>(initialWrite ? initialWrite.catch(() => undefined) : Promise.resolve());
  const reload = useCallback(
    (recover: boolean) => {
      const id = initialDoc.strategy.id;
      reloadChain.current = reloadChain.current
        .then(async () => {
          if (recover) {
            await recoverPendingJournal(id, database);
            await recoverLocalJournal(id, database);
          }
          const doc = await loadDocument(id, database);
          if (!doc) return;
          // An edit not yet handed to the autosaver is forgotten like its pending save.
          delivery.cancel();
          autosaver.reset(doc);
          dispatch({ type: 'reset', doc });
        })
        .catch((e: unknown) => {
          console.error('Kunne ikke lese planen på nytt', e);
          setSaveFailure(storageErrorMessage(e));
        });
      return reloadChain.current;
    },
    [autosaver, database, delivery, initialDoc.strategy.id],
  );

  useEffect(() => {
    if (!writerLock) return undefined;
    writerLock.setBeforeRelease(() => {
      delivery.flush();
      return autosaver.flush(true);
    });
    const offRole = writerLock.onRoleChange((writer) => {
      if (writer) {
        // Edits only once the newest rows are loaded: an edit before would be forgotten
        // by the reload.
        void reload(true).then(() => {
          if (!writerLock.isWriter()) return;
          writerRef.current = true;
          setIsWriter(true);
        });
      } else {
        writerRef.current = false;
        setIsWriter(false);
        dispatch({ type: 'reset', doc: docRef.current });
      }
    });
    const offCommit = writerLock.onRemoteCommit(() => void reload(false));
    return () => {
      offRole();
      offCommit();
    };
  }, [autosaver, delivery, reload, writerLock]);

  const { t } = useTranslation();
  const tRef = useRef(t);
  tRef.current = t;
  // A read-only window (another tab holds the writer lock) takes no backups: the writer does.
  const [backups] = useState<BackupScheduler>(() =>
    createBackupScheduler({
      initial: initialDoc,
      api: getDesktopApi(),
      isWriter: () => writerRef.current,
      readOnlyMessage: () => tRef.current('backup.readOnly'),
      onError: (m) => console.error('Sikkerhetskopi feilet', m),
    }),
  );
  // Before paint (a layout effect): a change the user can see is one a page hide delivers,
  // even when the page goes before the passive effects of that render have run.
  useLayoutEffect(() => {
    committedDoc.current = history.doc;
    delivery.schedule();
  }, [delivery, history.doc]);
  useEffect(() => () => backups.dispose(), [backups]);
  const backupControls = useMemo<BackupControls>(() => ({ backupNow: (reason) => backups.backupNow(reason) }), [backups]);

  // Nothing typed may be lost on reload or close: write at once when the page goes away.
  useEffect(() => {
    const flush = () => {
      delivery.flush();
      void autosaver.flush();
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    // The page goes: the writes the flush starts may be cut off with it, so what is not
    // yet committed is also kept in the local journal (synchronous; the next start applies it).
    const onPageHide = () => {
      flush();
      autosaver.keepForNextStart();
    };
    // While writes fail, the browser asks before the page goes (the changes are also kept
    // in the local journal, but the user should know they are not in the app's store).
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      flush();
      autosaver.keepForNextStart();
      if (autosaver.isFailing()) {
        event.preventDefault();
        event.returnValue = '';
      }
    };
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('visibilitychange', onVisibility);
      delivery.flush();
      void autosaver.flush().finally(() => autosaver.dispose());
    };
  }, [autosaver, delivery]);

  useEffect(() => {
    return getDesktopApi().onMenuCommand((command) => {
      if (command !== 'edit:undo' && command !== 'edit:redo') return;
      // In a text field the field's own undo applies (the desktop menu sends the command
      // regardless of focus).
      if (isTextField(document.activeElement) || !writerRef.current) return;
      if (sync) {
        if (command === 'edit:undo') sync.undo();
        else sync.redo();
        return;
      }
      dispatch({ type: command === 'edit:undo' ? 'undo' : 'redo' });
    });
  }, [sync]);

  const store = useMemo<DocumentStore>(
    () => ({
      doc: history.doc,
      // The guard: a read-only window (no writer lock) changes nothing.
      apply: (label: string, edit: DocumentEdit) => {
        if (!writerRef.current) return;
        if (sync) sync.applyLocal(label, edit);
        else dispatch({ type: 'apply', label, edit });
      },
      undo: () => {
        if (!writerRef.current) return;
        if (sync) sync.undo();
        else dispatch({ type: 'undo' });
      },
      redo: () => {
        if (!writerRef.current) return;
        if (sync) sync.redo();
        else dispatch({ type: 'redo' });
      },
      canUndo: isWriter && (sync ? sync.canUndo() : history.past.length > 0),
      canRedo: isWriter && (sync ? sync.canRedo() : history.future.length > 0),
      undoLabel: sync ? sync.undoLabel() : (history.past.at(-1)?.label ?? null),
      redoLabel: sync ? sync.redoLabel() : (history.future[0]?.label ?? null),
      isSaving: isSaving || deliveredDoc !== history.doc,
    }),
    // syncTick: the binding's undo stacks changed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [history, isSaving, deliveredDoc, isWriter, sync, syncTick],
  );

  const session = useMemo<DocumentSession>(
    () => ({ readOnly: !isWriter, takeOver: () => writerLock?.requestTakeover(), saveFailure }),
    [isWriter, saveFailure, writerLock],
  );

  const flush = useMemo<FlushDocument>(
    () => async (strict?: boolean) => {
      delivery.flush();
      await autosaver.flush(strict);
      // An explicit save point is also a backup point.
      if (strict) backups.savePoint();
    },
    [autosaver, backups, delivery],
  );

  // «When stored» (restored drafts): a callback waits until the render that holds the edits
  // applied before it; then it runs at once when they changed nothing, else once saved.
  const storedWaits = useRef<{ run(): void; before: PlanDocument; tick: number; changed: boolean | null }[]>([]);
  const waitCounter = useRef(0);
  const [waitTick, setWaitTick] = useState(0);
  const whenStored = useCallback((run: () => void) => {
    waitCounter.current += 1;
    storedWaits.current.push({ run, before: docRef.current, tick: waitCounter.current, changed: null });
    setWaitTick(waitCounter.current);
  }, []);
  const isStoring = isSaving || deliveredDoc !== history.doc;
  useEffect(() => {
    if (storedWaits.current.length === 0) return;
    storedWaits.current = storedWaits.current.filter((w) => {
      if (waitTick < w.tick) return true;
      w.changed ??= history.doc !== w.before;
      if (w.changed && isStoring) return true;
      w.run();
      return false;
    });
  }, [history.doc, isStoring, waitTick]);

  return (
    <SavePointContext.Provider value={flush}>
      <DocumentSessionContext.Provider value={session}>
        <DocumentContext.Provider value={store}>
          <WhenStoredContext.Provider value={whenStored}>
            <BackupContext.Provider value={backupControls}>{children}</BackupContext.Provider>
          </WhenStoredContext.Provider>
        </DocumentContext.Provider>
      </DocumentSessionContext.Provider>
    </SavePointContext.Provider>
  );
}
