/** What a crashed screen shows instead of a white page: what happened and the ways back. */
import { useTranslation } from 'react-i18next';
import { isMessageError } from '@shared/i18n/message';
import { navigate } from '../app/hash-route';
import { useRenderMessage } from './messages';

/** Props of ScreenCrash. */
export interface ScreenCrashProps {
  /** The error the screen threw. */
  error: unknown;
  /** i18n key of the screen's name, e.g. `shell.nav.handlingsplan`. */
  screenLabelKey: string;
  /** Renders the screen again. */
  onRetry: () => void;
}

/** Feilside for én skjerm, with «Prøv igjen», «Tilbake til start» and «Last inn på nytt». */
export function ScreenCrash({ error, screenLabelKey, onRetry }: ScreenCrashProps) {
  const { t } = useTranslation();
  const renderMessage = useRenderMessage();
  const detail = isMessageError(error)
    ? renderMessage(error.detail)
    : error instanceof Error
      ? `${error.name}: ${error.message}`
      : String(error);
  return (
    <section role="alert" aria-labelledby="screen-crash-title" className="notice screen-crash">
      <h1 id="screen-crash-title" className="notice-title">{t('crash.title')}</h1>
      <p>{t('crash.body', { screen: t(screenLabelKey) })}</p>
      <details>
        <summary>{t('crash.detail')}</summary>
        <pre>{detail.slice(0, 2000)}</pre>
      </details>
      <p className="screen-crash-actions">
        <button type="button" onClick={onRetry}>
          {t('crash.retry')}
        </button>{' '}
        <button type="button" onClick={() => navigate({ kind: 'start' })}>
          {t('crash.home')}
        </button>{' '}
        <button type="button" onClick={() => window.location.reload()}>
          {t('crash.reload')}
        </button>
      </p>
    </section>
  );
}
