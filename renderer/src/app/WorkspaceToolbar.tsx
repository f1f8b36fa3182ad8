/**
 * File and edit commands of an open strategy: Åpne, Lagre, Lagre som, Angre, Gjør om,
 * plus the autosave status. The same commands come from the menu / keyboard.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { getDesktopApi } from '../platform';
import { useDocumentStore } from '../state/document-context';
import { useFlushDocument } from '../state/save-point-context';
import { useAppContext } from './app-context';
import { navigate, strategyHref } from './hash-route';
import { findRoute } from './routes';
import { PRESENTATION_SECTION } from './sections';
import { savePlanFileFlow } from './plan-file-actions';
import { useMenuCommand } from './use-menu-command';
import { useOpenPlanFile } from './use-open-plan-file';


/** The toolbar in the header of an open strategy. */
export function WorkspaceToolbar() {
  const { t } = useTranslation();
  const store = useDocumentStore();
  const flush = useFlushDocument();
  const { setNotice } = useAppContext();
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
        setNotice({ kind: 'error', message: t('shell.fileErrors.saveFailed', { message: e instanceof Error ? e.message : String(e) }) });
      }
    },
    [doc, flush, setNotice, t],
  );

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
      <button type="button" className="button" onClick={() => void open(null)}>
        {t('shell.openFile')}
      </button>
      <button type="button" className="button" onClick={() => void save(false)}>
        {t('shell.save')}
      </button>
      <button type="button" className="button" onClick={() => void save(true)}>
        {t('shell.saveAs')}
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
      <span className="save-status" aria-live="polite">
        {store.isSaving ? t('shell.status.saving') : t('shell.status.saved')}
      </span>
    </div>
  );
}
