/**
 * An open strategy: takes the strategy's writer lock (another window may already edit it:
 * then this one is read-only), loads it from Dexie (the writer first replays any recovery
 * journal left by a reload mid-edit or by failing writes; a plan file opened just now is
 * taken as handed over) and hands it to the DocumentProvider. A team strategy (team
 * settings saved for it) opens its sync session first: the document then comes from the
 * strategy's Y.Doc, and the DocumentProvider edits through it.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '@shared/domain';
import type { Message } from '@shared/i18n/message';
import type { StoredDocument } from '../db/repositories';
import { loadDocument, recoverLocalJournal, recoverPendingJournal, saveDocument } from '../db/repositories';
import { DocumentProvider } from '../state/DocumentProvider';
import { storageErrorMessage } from '../state/storage-error';
import type { WriterLock } from '../state/writer-lock';
import { openWriterLock } from '../state/writer-lock';
import { useRenderMessage } from '../ui/messages';
import { useAppContext } from './app-context';
import { AppHeader } from './AppHeader';
import { takeStoredDocument } from './opened-document';
import { MAIN_CONTENT_ID } from './SkipLink';
import { parseHash } from './hash-route';
import { screenCodeReady } from './screen-code';
import { bootMark } from './boot-marks';
import { readStoredDocument, takeBootRead } from './boot-read';
import { StrategyLoadingStatus } from './StrategyLoadingStatus';
import { useAfterFirstPaint } from './use-after-first-paint';
import { WorkspaceLayout } from './WorkspaceLayout';
import { readTeamConfig } from '../sync/team-config';
import type { TeamSession } from '../sync/team-session';
import { TeamSyncProvider } from '../sync/TeamSyncProvider';

/** Props of StrategyWorkspace. */
export interface StrategyWorkspaceProps {
  strategyId: string;
  section: string | null;
  params: string[];
}

type LoadState =
  | { status: 'loading' }
  | { status: 'missing' }
  | { status: 'error'; message: Message }
  | {
      status: 'ready';
      doc: PlanDocument;
      key: string;
      lock: WriterLock;
      team: TeamSession | null;
      teamError: Message | null;
      initialWrite?: Promise<void>;
      /** Starts `initialWrite`: once the document is painted. */
      startWrite?: () => void;
    };

/** Loads and shows one strategy. */
export function StrategyWorkspace({ strategyId, section, params }: StrategyWorkspaceProps) {
  const { t } = useTranslation();
  const { documentRevision, bumpDocumentRevision } = useAppContext();
  const render = useRenderMessage();
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const loadKey = `${strategyId}#${documentRevision}`;

  useEffect(() => {
    let isCurrent = true;
    let lock: WriterLock | null = null;
    let team: TeamSession | null = null;
    // A plan file opened just now is handed over as stored (no need to read it back).
    bootMark('workspace-effect');
    const handedOver = takeStoredDocument(strategyId);
    // Otherwise the rows are read while the lock is asked for; after the lock (and any
    // journal replayed) loadDocument takes them as read unless a write came in between.
    // A reload started that read at boot (boot-read.ts).
    const early: Promise<StoredDocument | null> | null = handedOver ? null : (takeBootRead(strategyId) ?? readStoredDocument(strategyId));
    (async () => {
      lock = await openWriterLock(strategyId);
      bootMark('lock');
      if (!isCurrent) {
        lock.dispose();
        return;
      }
      // A plan file opened just now and still being stored: shown as read (no journal of it
      // can exist yet); its store writes nothing before that write commits. A team strategy
      // waits for the write and opens as always.
      const written = handedOver?.written;
      if (handedOver && written && !(lock.isWriter() && readTeamConfig(strategyId))) {
        if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark('handlingsrom:strategy:loaded');
        setState({ status: 'ready', doc: handedOver.doc, key: loadKey, lock, team: null, teamError: null, initialWrite: written, startWrite: handedOver.startWrite });
        return;
      }
      if (written) {
        handedOver.startWrite?.();
        await written;
      }
      // Only the writer replays journals: a reader must not write.
      if (lock.isWriter()) {
        await recoverPendingJournal(strategyId);
        await recoverLocalJournal(strategyId);
        bootMark('journals');
      }
      const known = handedOver ?? (await early) ?? undefined;
      const doc = await loadDocument(strategyId, undefined, known);
      // For the benchmark: the strategy is read (after a reload: boot + lock + IndexedDB).
      if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark('handlingsrom:strategy:loaded');
      if (!isCurrent) return;
      // Only the writer syncs: a reader follows the writer's commits as before.
      const config = doc && lock.isWriter() ? readTeamConfig(strategyId) : null;
      let shown = doc;
      let teamError: Message | null = null;
      if (doc && config) {
        // Loaded only for a team strategy: a local one never fetches the sync code.
        const { openTeamSession } = await import('../sync/team-session');
        const opened = await openTeamSession({ strategyId, config, localDoc: doc });
        if (opened.ok) {
          team = opened.session;
          shown = opened.doc;
          // The team's copy may be newer: the local store (and its autosave) starts from it.
          if (shown !== doc) await saveDocument(shown);
        } else teamError = opened.message;
        if (!isCurrent) {
          team?.dispose();
          return;
        }
      }
      // The code of the screen in the URL (fetched since boot) if it is a moment away: shown
      // without it, the screen's Suspense fallback would hold the screen back 300 ms.
      const route = parseHash(window.location.hash);
      if (shown && route.kind === 'strategy') await screenCodeReady(route.section);
      if (!isCurrent) return;
      bootMark('ready');
      setState(shown ? { status: 'ready', doc: shown, key: loadKey, lock, team, teamError } : { status: 'missing' });
    })().catch((e: unknown) => {
      console.error('Kunne ikke åpne strategien', e);
      if (isCurrent) setState({ status: 'error', message: storageErrorMessage(e) });
    });
    return () => {
      isCurrent = false;
      // Leaving before the document was shown: its write need not wait any longer.
      handedOver?.startWrite?.();
      team?.dispose();
      lock?.dispose();
    };
  }, [strategyId, loadKey]);

  // A plan file just opened: its write (in a worker) starts once the plan is painted, so the
  // first render does not share the cores with it; leaving before that starts it at once.
  useAfterFirstPaint(state.status === 'ready' ? state.startWrite : undefined);

  if (state.status === 'ready' && state.key === loadKey) {
    return (
      <DocumentProvider
        key={state.key}
        initialDoc={state.doc}
        writerLock={state.lock}
        sync={state.team?.sync}
        initialWrite={state.initialWrite}
      >
        <TeamSyncProvider strategyId={strategyId} session={state.team} openError={state.teamError} reload={bumpDocumentRevision}>
          <WorkspaceLayout strategyId={strategyId} section={section} params={params} />
        </TeamSyncProvider>
      </DocumentProvider>
    );
  }

  return (
    <>
      <AppHeader />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="app-main app-main-single">
        {state.status === 'missing' || state.status === 'error' ? (
          <div role="alert" className="notice notice-error">
            <p>{state.status === 'missing' ? t('shell.notFound') : render(state.message)}</p>
            <a className="button" href="#/">
              {t('shell.backToStart')}
            </a>
          </div>
        ) : (
          <StrategyLoadingStatus strategyId={strategyId} />
        )}
      </main>
    </>
  );
}
