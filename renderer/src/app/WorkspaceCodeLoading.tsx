/**
 * What the window shows while the workspace code loads: the same header and «Åpner
 * strategien …» status as while the strategy itself loads, so the two steps look like one.
 */
import { useTranslation } from 'react-i18next';
import { AppHeader } from './AppHeader';
import { MAIN_CONTENT_ID } from './SkipLink';

/** Placeholder for StrategyWorkspace until its code is here. */
export function WorkspaceCodeLoading() {
  const { t } = useTranslation();
  return (
    <>
      <AppHeader />
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="app-main app-main-single">
        <p role="status">{t('shell.loadingStrategy')}</p>
      </main>
    </>
  );
}
