/** Header, navigation and the current route's screen of an open strategy. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ExcelMenuExport } from '../features/excel/ExcelMenuExport';
import { useDocumentStore } from '../state/document-context';
import { AppHeader } from './AppHeader';
import { NoticeArea } from './NoticeArea';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { findRoute } from './routes';
import { MAIN_CONTENT_ID } from './SkipLink';
import { WorkspaceNav } from './WorkspaceNav';
import { WorkspaceToolbar } from './WorkspaceToolbar';
import { useFocusMainOnNavigation } from './use-focus-main-on-navigation';
import { SyncStatus } from '../sync/SyncStatus';
import { ConflictNotices } from '../sync/ConflictNotices';

/** Props of WorkspaceLayout. */
export interface WorkspaceLayoutProps {
  strategyId: string;
  section: string | null;
  params: string[];
}

/** The workspace of an open strategy. */
export function WorkspaceLayout({ strategyId, section, params }: WorkspaceLayoutProps) {
  const { t } = useTranslation();
  const { doc } = useDocumentStore();
  const route = findRoute(section);
  const strategyName = doc.strategy.name;
  const appName = t('common.appName');
  useEffect(() => {
    document.title = `${strategyName} – ${appName}`;
  }, [strategyName, appName]);
  useFocusMainOnNavigation(`${strategyId}/${section ?? ''}/${params.join('/')}`);

  if (route?.layout === 'fullscreen') {
    return (
      <main id={MAIN_CONTENT_ID} tabIndex={-1} className="app-fullscreen">
        {route.render({ strategyId, params })}
        <ExcelMenuExport section={section} params={params} />
      </main>
    );
  }

  const { strategy } = doc;
  return (
    <div className="app-frame">
      <AppHeader title={strategy.name} subtitle={`${strategy.organisation} · ${strategy.periodFrom}–${strategy.periodTo}`}>
        <WorkspaceToolbar />
        <SyncStatus />
      </AppHeader>
      <div className="app-body">
        <WorkspaceNav strategyId={strategyId} section={section} />
        {/* tabIndex 0: the main area scrolls on its own, and a read-only screen has nothing
            else focusable, so keyboard users must be able to focus it to scroll. */}
        <main id={MAIN_CONTENT_ID} tabIndex={0} className="app-main">
          <ReadOnlyBanner />
          <NoticeArea />
          <ConflictNotices />
          {route ? route.render({ strategyId, params }) : <p role="alert">{t('shell.unknownSection')}</p>}
          {/* Fil → Eksporter til Excel… / Ctrl+E: the year on screen, progress in a floating panel. */}
          <ExcelMenuExport section={section} params={params} />
        </main>
      </div>
    </div>
  );
}
