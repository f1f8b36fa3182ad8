/** Strategisk fundament: formål, oppdrag, roller and verdier — only the parts the strategy has. */
import { useTranslation } from 'react-i18next';
import type { SlideProps } from './slide-props';

/** The fundament slide. */
export function FundamentSlide({ strategy, headingId }: SlideProps) {
  const { t } = useTranslation();
  const items = (list: readonly { id: string; name: string; description: string }[]) => (
    <ul className="pr-fundament-list">
      {list.map((r) => (
        <li key={r.id}>
          <strong>{r.name}</strong>
          {r.description.trim() ? <span>{r.description}</span> : null}
        </li>
      ))}
    </ul>
  );
  return (
    <div className="pr-fundament">
      <h2 id={headingId}>{t('presentation.fundament.heading')}</h2>
      <div className="pr-fundament-grid">
        <div>
          {strategy.purpose.trim() ? (
            <>
              <p className="pr-label">{t('presentation.fundament.purpose')}</p>
              <p className="pr-fundament-text">{strategy.purpose}</p>
            </>
          ) : null}
          {strategy.mission.trim() ? (
            <>
              <p className="pr-label">{t('presentation.fundament.mission')}</p>
              <p className="pr-fundament-text">{strategy.mission}</p>
            </>
          ) : null}
          {strategy.values.length > 0 ? (
            <>
              <p className="pr-label">{t('presentation.fundament.values')}</p>
              {items(strategy.values)}
            </>
          ) : null}
        </div>
        <div>
          {strategy.roles.length > 0 ? (
            <>
              <p className="pr-label">{t('presentation.fundament.roles')}</p>
              {items(strategy.roles)}
            </>
          ) : null}
        </div>
      </div>
    </div>
  );
}
