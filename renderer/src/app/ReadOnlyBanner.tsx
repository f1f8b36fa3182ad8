/** The banner of a window that only shows a strategy another window edits, with «Ta over redigering». */
import { useTranslation } from 'react-i18next';
import { useDocumentSession } from '../state/session-context';

/** Shown above the screen while this window is read-only. */
export function ReadOnlyBanner() {
  const { t } = useTranslation();
  const { readOnly, takeOver } = useDocumentSession();
  if (!readOnly) return null;
  return (
    <div role="status" className="notice read-only-banner">
      <p className="notice-title">{t('storage.readOnlyBanner')}</p>
      <button type="button" className="button" onClick={takeOver}>
        {t('storage.takeOver')}
      </button>
    </div>
  );
}
