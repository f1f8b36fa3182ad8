/**
 * The app: settings and notices for everyone, hash routing between the start screen and
 * an open strategy.
 */
import { Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings, SettingsPatch } from '@shared/ipc';
import type { AppContextValue, Notice } from './app/app-context';
import { AppContext } from './app/app-context';
import { AppHeader } from './app/AppHeader';
import { useHashRoute } from './app/hash-route';
import { NoticeArea } from './app/NoticeArea';
import { MAIN_CONTENT_ID, SkipLink } from './app/SkipLink';
import { keepHeldMenuCommandsFor } from './app/held-menu-commands';
import { LazyStrategyWorkspace } from './app/workspace-loader';
import { WorkspaceCodeLoading } from './app/WorkspaceCodeLoading';
import { OpenFileRequests } from './app/OpenFileRequests';
import { ExcelMenuNoDocument } from './features/excel/ExcelMenuNoDocument';
import { StartScreen } from './features/start/StartScreen';
import { getDesktopApi } from './platform';
import { ConfirmProvider } from './ui/ConfirmProvider';
import { ErrorBoundary } from './ui/ErrorBoundary';
// In the first load, not with the (lazy) workspace or presentation: their hashchange
// listeners must be registered before the router's (useHashRoute), so they still see the
// control that opened the presentation or print view focused when the hash changes.
import './app/presentation-return';
import './app/print-return';

/** Props of App. */
export interface AppProps {
  initialSettings: Settings;
}

/** The root component. */
export function App({ initialSettings }: AppProps) {
  const { i18n } = useTranslation();
  const [settings, setSettings] = useState(initialSettings);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [documentRevision, setDocumentRevision] = useState(0);
  const route = useHashRoute();

  useEffect(() => getDesktopApi().onSettingsChanged(setSettings), []);

  // Menu commands held while a strategy opens are for that strategy only.
  const openingStrategy = route.kind === 'strategy' ? route.strategyId : null;
  useEffect(() => keepHeldMenuCommandsFor(openingStrategy), [openingStrategy]);

  useEffect(() => {
    if (i18n.language !== settings.language) void i18n.changeLanguage(settings.language);
  }, [i18n, settings.language]);

  const updateSettings = useCallback(async (patch: SettingsPatch) => {
    const res = await getDesktopApi().updateSettings(patch);
    if (res.ok) setSettings(res.value);
    else setNotice({ kind: 'error', message: res.error.message });
  }, []);

  const bumpDocumentRevision = useCallback(() => setDocumentRevision((n) => n + 1), []);

  // A notice belongs to the screen it was raised on, except the one raised by navigating.
  const routeKey = route.kind === 'start' ? 'start' : route.strategyId;
  const [noticeRoute, setNoticeRoute] = useState(routeKey);
  if (noticeRoute !== routeKey) {
    setNoticeRoute(routeKey);
    if (notice?.kind !== 'status') setNotice(null);
  }

  const value = useMemo<AppContextValue>(
    () => ({ settings, updateSettings, notice, setNotice, documentRevision, bumpDocumentRevision }),
    [settings, updateSettings, notice, documentRevision, bumpDocumentRevision],
  );

  return (
    <AppContext.Provider value={value}>
      <ConfirmProvider>
        <SkipLink />
        <OpenFileRequests />
        {route.kind === 'strategy' ? (
          // Last resort if the workspace itself (header, menu, loading) crashes; each screen has its own.
          <ErrorBoundary screenLabelKey="common.appName" resetKey={route.strategyId}>
            <Suspense fallback={<WorkspaceCodeLoading strategyId={route.strategyId} />}>
              <LazyStrategyWorkspace strategyId={route.strategyId} section={route.section} params={route.params} />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <div className="app-frame">
            <AppHeader />
            <main id={MAIN_CONTENT_ID} tabIndex={-1} className="app-main app-main-single">
              <NoticeArea />
              <ErrorBoundary screenLabelKey="shell.nav.start">
                <StartScreen />
              </ErrorBoundary>
              <ExcelMenuNoDocument />
            </main>
          </div>
        )}
      </ConfirmProvider>
    </AppContext.Provider>
  );
}
