/**
 * File and edit commands of an open strategy: Åpne, Lagre, Lagre som, Angre, Gjør om,
 * plus the autosave status. The same commands come from the menu / keyboard.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { serializePlanFile } from '@shared/domain/plan-file';
import { getDesktopApi } from '../platform';
import { useDocumentStore } from '../state/document-context';
import { useFlushDocument } from '../state/save-point-context';
import { useDocumentSession } from '../state/session-context';
import { storageErrorMessage } from '../state/storage-error';
import { useRenderMessage } from '../ui/messages';
import { useAppContext } from './app-context';
import { HeaderMore } from './HeaderMore';
import { LanguageSwitch } from './LanguageSwitch';
import { navigate, strategyHref } from './hash-route';
import { findRoute } from './routes';
import { PRESENTATION_SECTION } from './sections';
import { savePlanFileFlow, suggestedFileName } from './plan-file-actions';
import { useMenuCommand } from './use-menu-command';
import { useOpenPlanFile } from './use-open-plan-file';


/** The toolbar in the header of an open strategy. */
export function WorkspaceToolbar() {
  const { t } = useTranslation();
  const store = useDocumentStore();
  const flush = useFlushDocument();
  const { notice, setNotice } = useAppContext();
  const session = useDocumentSession();
  const render = useRenderMessage();
  const open = useOpenPlanFile(flush);
  const { doc } = store;

  const save = useCallback(
    async (isSaveAs: boolean) => {
      try {
        await flush(true);
        const outcome = await savePlanFileFlow({ api: getDesktopApi(), doc, isSaveAs });
        if (outcome.kind === 'saved') setNotice({ kind: 'status', message: t('shell.status.savedToFile', { name: outcome.fileName }) });
        if (outcome.kind === 'platform-error') setNotice({ kind: 'error', message: t('shell.fileErrors.saveFailed', { message: outcome.error.message }) });
      } catch (e) {
        // A failing write to the app's store: in words, never the raw error name.
        setNotice({ kind: 'error', message: render(storageErrorMessage(e)) });
      }
    },
    [doc, flush, render, setNotice, t],
  );

  // «Lagre til fil» from the autosave notice: straight to a new file, without writing to
  // the app's store (which is what fails).
  const docRef = useRef(doc);
  useEffect(() => {
    docRef.current = doc;
  }, [doc]);
  const saveToFile = useCallback(async () => {
    const doc = docRef.current;
    const res = await getDesktopApi().savePlanFile({ text: serializePlanFile(doc, new Date().toISOString()), fileId: null, suggestedName: suggestedFileName(doc) });
    if (res.ok) setNotice({ kind: 'status', message: t('shell.status.savedToFile', { name: res.value.name }) });
  }, [setNotice, t]);

  // One notice at a time: the autosave error replaces any status, and goes once saving works.
  const failure = session.saveFailure;
  const failureText = failure ? render(failure) : null;
  const showsFailure = notice?.kind === 'error' && notice.source === 'autosave';
  const shownText = showsFailure ? notice.message : null;
  useEffect(() => {
    if (failureText && shownText !== failureText) {
      setNotice({
        kind: 'error',
        source: 'autosave',
        message: failureText,
        detail: t('storage.keptHere'),
        action: { label: t('storage.saveToFile'), run: () => void saveToFile() },
      });
    }
    if (!failureText && showsFailure) setNotice(null);
  }, [failureText, saveToFile, setNotice, showsFailure, shownText, t]);

  useMenuCommand((command) => {
    if (command === 'file:open') void open(null);
    if (command === 'file:save') void save(false);
    if (command === 'file:save-as') void save(true);
    if (command === 'file:new') navigate('#/');
    // F5 / Vis → Presenter: to the presentation, once that route is registered.
    if (command === 'view:present' && findRoute(PRESENTATION_SECTION)) navigate(strategyHref(doc.strategy.id, PRESENTATION_SECTION));
  });

  return (
    <div className="toolbar" role="toolbar" aria-label={t('shell.fileToolbar')}>
      <span className="save-status" aria-live="polite">
        {session.readOnly
          ? t('storage.readOnlyStatus')
          : failure
            ? t('storage.unsaved')
            : store.isSaving
              ? t('shell.status.saving')
              : t('shell.status.saved')}
      </span>
      <button type="button" className="button" onClick={() => void save(false)}>
        {t('shell.save')}
      </button>
      <button
        type="button"
        className="button"
        onClick={store.undo}
        disabled={!store.canUndo}
        title={store.undoLabel ? t('shell.undoStep', { label: store.undoLabel }) : t('shell.nothingToUndo')}
      >
        {t('shell.undo')}
      </button>
      <button
        type="button"
        className="button"
        onClick={store.redo}
        disabled={!store.canRedo}
        title={store.redoLabel ? t('shell.redoStep', { label: store.redoLabel }) : t('shell.nothingToRedo')}
      >
        {t('shell.redo')}
      </button>
      {/* The rest: in the row on a wide window, behind «Mer» on a narrow one. */}
      <HeaderMore>
        <button type="button" className="button" onClick={() => void open(null)}>
          {t('shell.openFile')}
        </button>
        <button type="button" className="button" onClick={() => void save(true)}>
          {t('shell.saveAs')}
        </button>
        <LanguageSwitch />
      </HeaderMore>
    </div>
  );
}
