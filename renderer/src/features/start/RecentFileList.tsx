/** Recently used plan files (from the settings). */
import { useTranslation } from 'react-i18next';
import { useAppContext } from '../../app/app-context';
import { isDesktopShell } from '../../platform';
import { formatTimestamp } from './format-date';

/** Props of RecentFileList. */
export interface RecentFileListProps {
  /** Opens a recent file by its id (null = pick one). */
  onOpen(fileId: string | null): void;
}

/** The recent files; in the browser they are shown but must be picked again. */
export function RecentFileList({ onOpen }: RecentFileListProps) {
  const { t, i18n } = useTranslation();
  const { settings } = useAppContext();
  const isDesktop = isDesktopShell();
  const files = settings.recentFiles;
  return (
    <section className="start-section" aria-labelledby="start-recent">
      <h2 id="start-recent">{t('start.recent.heading')}</h2>
      {files.length === 0 ? (
        <p className="muted">{t('start.recent.empty')}</p>
      ) : (
        <>
          {isDesktop ? null : <p className="muted">{t('start.recent.webHint')}</p>}
          <ul className="row-list">
            {files.map((file) => (
              <li key={file.fileId} className="row">
                <div className="row-main">
                  {isDesktop ? (
                    <button type="button" className="link-button" onClick={() => onOpen(file.fileId)} aria-label={t('start.recent.reopen', { name: file.name })}>
                      {file.name}
                    </button>
                  ) : (
                    <span>{file.name}</span>
                  )}
                  <span className="muted">
                    {t('start.recent.openedAt', { date: formatTimestamp(file.openedAt, i18n.language) })}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
