/** The start screen: templates, example, open file, stored strategies and recent files. */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMenuCommand } from '../../app/use-menu-command';
import { useFocusMainOnNavigation } from '../../app/use-focus-main-on-navigation';
import { useOpenPlanFile } from '../../app/use-open-plan-file';
import { RecentFileList } from './RecentFileList';
import { StoredStrategyList } from './StoredStrategyList';
import { TemplateList } from './TemplateList';
import { TrashList } from './TrashList';
import { JoinTeamSection } from '../../sync/JoinTeamSection';

/** The start screen. */
export function StartScreen() {
  const { t } = useTranslation();
  const open = useOpenPlanFile();
  useFocusMainOnNavigation('start');
  const appName = t('common.appName');
  useEffect(() => {
    document.title = appName;
  }, [appName]);
  useMenuCommand((command) => {
    if (command === 'file:open') void open(null);
  });
  return (
    <div className="start">
      <h1>{t('start.title')}</h1>
      <p className="lead">{t('start.lead')}</p>
      <div className="start-grid">
        <div className="start-column">
          <StoredStrategyList />
          <TemplateList />
        </div>
        <div className="start-column">
          <section className="start-section" aria-labelledby="start-open">
            <h2 id="start-open">{t('start.open.heading')}</h2>
            <p className="muted">{t('start.open.hint')}</p>
            <button type="button" className="button button-primary" onClick={() => void open(null)}>
              {t('start.open.button')}
            </button>
          </section>
          <JoinTeamSection />
          <RecentFileList onOpen={(fileId) => void open(fileId)} />
          <TrashList />
        </div>
      </div>
    </div>
  );
}
