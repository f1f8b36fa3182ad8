/** What a screen shows while its code loads (screens load when first opened). */
import { useTranslation } from 'react-i18next';

/** A polite status line; screen readers hear «Laster …» once. */
export function ScreenLoading() {
  const { t } = useTranslation();
  return (
    <p className="muted" role="status">
      {t('common.loading')}
    </p>
  );
}
