/** Shows the current notice: a status line, an error, or the list of a plan file's errors. */
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useRenderMessage } from '../ui/messages';
import { useAppContext, type FileProblem } from './app-context';

/** Where a plan-file problem is: its path, or line and column for a syntax error, or the whole file. */
function problemPlace(p: FileProblem, t: TFunction): string {
  if (p.where?.path) return p.where.path;
  if (p.where?.line !== undefined) return t('message.where.lineCol', { line: p.where.line, col: p.where.col ?? 1 });
  return t('shell.fileErrors.wholeFile');
}

/** The notice area at the top of the main content. */
export function NoticeArea() {
  const { notice, setNotice } = useAppContext();
  const { t } = useTranslation();
  const render = useRenderMessage();
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
                  <li key={`${p.code}-${i}`}>
                    <code>{problemPlace(p, t)}</code>: {render(p)}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <>
              <p className="notice-title">{notice.message}</p>
              {notice.detail ? <p>{notice.detail}</p> : null}
              {notice.action ? (
                <button type="button" className="button" onClick={notice.action.run}>
                  {notice.action.label}
                </button>
              ) : null}
            </>
          )}
          <button type="button" className="button" onClick={() => setNotice(null)}>
            {t('shell.fileErrors.dismiss')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
