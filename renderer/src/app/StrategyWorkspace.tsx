/**
 * An open strategy: loads it from Dexie (first replaying any recovery journal left by a
 * reload mid-edit; a plan file opened just now is taken as handed over) and hands it to
 * the DocumentProvider.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanDocument } from '@shared/domain';
import { loadDocument, recoverPendingJournal } from '../db/repositories';
import { DocumentProvider } from '../state/DocumentProvider';
import { useAppContext } from './app-context';
import { AppHeader } from './AppHeader';
import { takeStoredDocument } from './opened-document';
import { MAIN_CONTENT_ID } from './SkipLink';
import { WorkspaceLayout } from './WorkspaceLayout';

/** Props of StrategyWorkspace. */
export interface StrategyWorkspaceProps {
  strategyId: string;
  section: string | null;
  params: string[];
}

type LoadState = { status: 'loading' } | { status: 'missing' } | { status: 'error'; message: string } | { status: 'ready'; doc: PlanDocument; key: string };

/** Loads and shows one strategy. */
export function StrategyWorkspace({ strategyId, section, params }: StrategyWorkspaceProps) {
  const { t } = useTranslation();
  const { documentRevision, setNotice } = useAppContext();
  const [state, setState] = useState<LoadState>({ status: 'loading' });
  const loadKey = `${strategyId}#${documentRevision}`;

  useEffect(() => {
    let isCurrent = true;
    // A plan file opened just now is handed over as stored (no need to read it back).
    const known = takeStoredDocument(strategyId) ?? undefined;
    (async () => {
      await recoverPendingJournal(strategyId);
      const doc = await loadDocument(strategyId, undefined, known);
      if (!isCurrent) return;
      setState(doc ? { status: 'ready', doc, key: loadKey } : { status: 'missing' });
    })().catch((e: unknown) => {
      if (isCurrent) setState({ status: 'error', message: e instanceof Error ? e.message : String(e) });
    });
    return () => {
      isCurrent = false;
    };
  }, [strategyId, loadKey]);

  if (state.status === 'ready' && state.key === loadKey) {
    return (
      <DocumentProvider
        key={state.key}
        initialDoc={state.doc}
        onSaveError={() => setNotice({ kind: 'error', message: t('shell.status.autosaveFailed') })}
      >
        <WorkspaceLayout strategyId={strategyId} section={section} params={params} />
      </DocumentProvider>
    );
  }

  return (
    <>
      <AppHeader />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="app-main app-main-single">
        {state.status === 'missing' || state.status === 'error' ? (
          <div role="alert" className="notice notice-error">
            <p>{state.status === 'missing' ? t('shell.notFound') : t('shell.fileErrors.storeFailed', { message: state.message })}</p>
            <a className="button" href="#/">
              {t('shell.backToStart')}
            </a>
          </div>
        ) : (
          <p role="status">{t('shell.loadingStrategy')}</p>
        )}
      </main>
    </>
  );
}
