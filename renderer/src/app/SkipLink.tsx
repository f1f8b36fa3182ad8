/** «Hopp til hovedinnholdet»: the first tab stop, visible when focused. */
import { useTranslation } from 'react-i18next';

/** Id of the main content element the skip link jumps to. */
export const MAIN_CONTENT_ID = 'main-content';

/** The skip link. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href={`#${MAIN_CONTENT_ID}`} onClick={(e) => {
      // The hash is the router's: move focus instead of navigating.
      e.preventDefault();
      document.getElementById(MAIN_CONTENT_ID)?.focus();
    }}>
      {t('shell.skipToContent')}
    </a>
  );
}
