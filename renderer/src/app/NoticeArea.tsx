/** Shows the current notice: a status line, an error, or the list of a plan file's errors. */
import { useTranslation } from 'react-i18next';
import { useAppContext } from './app-context';

/** The notice area at the top of the main content. */
export function NoticeArea() {
  const { notice, setNotice } = useAppContext();
  const { t } = useTranslation();
  return (
    <div className="notice-area">
      <div role="status" aria-live="polite" className="notice-status">
        {notice?.kind === 'status' ? notice.message : null}
      </div>
      {notice && notice.kind !== 'status' ? (
        <div role="alert" className="notice notice-error">
          {notice.kind === 'file-errors' ? (
            <>
              <h2 className="notice-title">{t('shell.fileErrors.title', { name: notice.fileName })}</h2>
              <p>{t('shell.fileErrors.nothingChanged')}</p>
              <p>{t('shell.fileErrors.listIntro')}</p>
              <ul className="file-problems">
                {notice.problems.map((p, i) => (
                  <li key={`${p.path}-${i}`}>
                    <code>{p.path || t('shell.fileErrors.wholeFile')}</code>: {p.message}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="notice-title">{notice.message}</p>
          )}
          <button type="button" className="button" onClick={() => setNotice(null)}>
            {t('shell.fileErrors.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
