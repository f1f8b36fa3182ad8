/** Header, navigation and the current route's screen of an open strategy. */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExcelMenuExport } from '../features/excel/ExcelMenuExport';
import { useDocumentStore } from '../state/document-context';
import { AppHeader } from './AppHeader';
import { NavToggle } from './NavToggle';
import { NoticeArea } from './NoticeArea';
import { ReadOnlyBanner } from './ReadOnlyBanner';
import { findRoute } from './routes';
import { MAIN_CONTENT_ID } from './SkipLink';
import { WorkspaceNav } from './WorkspaceNav';
import { WorkspaceToolbar } from './WorkspaceToolbar';
import { useDisclosure } from './use-disclosure';
import { useFocusMainOnNavigation } from './use-focus-main-on-navigation';
import { useRunHeldMenuCommands } from './held-menu-commands';
import { SyncStatus } from '../sync/SyncStatus';
import { ConflictNotices } from '../sync/ConflictNotices';

const NAV_LABELS_KEY = 'handlingsrom.nav.labels';

/** Whether the planner wants the menu's labels on laptop widths (remembered on this machine). */
function readNavLabels(): boolean {
  try {
    return localStorage.getItem(NAV_LABELS_KEY) === 'shown';
  } catch {
    return false;
  }
}

function storeNavLabels(isShown: boolean): void {
  try {
    localStorage.setItem(NAV_LABELS_KEY, isShown ? 'shown' : 'icons');
  } catch {
    // Blocked storage only loses the preference.
  }
}

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
  // Menu commands given while the strategy opened run now that its handlers are subscribed.
  useRunHeldMenuCommands(strategyId);
  const screenKey = `${strategyId}/${section ?? ''}/${params.join('/')}`;
  useFocusMainOnNavigation(screenKey);
  // The navigation drawer (narrow windows) closes when the screen changes.
  const navId = useId();
  const drawer = useDisclosure();
  const { setOpen: setDrawerOpen } = drawer;
  useEffect(() => setDrawerOpen(false), [screenKey, setDrawerOpen]);
  const [showNavLabels, setShowNavLabels] = useState(readNavLabels);
  useEffect(() => storeNavLabels(showNavLabels), [showNavLabels]);

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
      <AppHeader
        title={strategy.name}
        subtitle={`${strategy.organisation} · ${strategy.periodFrom}–${strategy.periodTo}`}
        navToggle={<NavToggle disclosure={drawer} controls={navId} />}
      >
        <WorkspaceToolbar />
        <SyncStatus />
      </AppHeader>
      <div className="app-body" data-nav-labels={showNavLabels ? '' : undefined}>
        <WorkspaceNav
          strategyId={strategyId}
          section={section}
          id={navId}
          drawer={drawer}
          showLabels={showNavLabels}
          onShowLabelsChange={setShowNavLabels}
        />
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
