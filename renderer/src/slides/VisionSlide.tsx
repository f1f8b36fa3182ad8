/** Visjon og overordnet mål, with the overordnede strategier («ved å …») when there are a few. */
import { useTranslation } from 'react-i18next';
import type { SlideProps } from './slide-props';

const MAX_STRATEGIES = 6;

/** The vision slide. */
export function VisionSlide({ strategy, headingId }: SlideProps) {
  const { t } = useTranslation();
  const strategies = strategy.guidingStrategies.slice(0, MAX_STRATEGIES);
  return (
    <div className="pr-vision">
      <h2 id={headingId}>{strategy.overallGoal.trim() ? t('presentation.vision.heading') : t('presentation.vision.headingVisionOnly')}</h2>
      {strategy.vision.trim() ? (
        <>
          <p className="pr-label">{t('presentation.vision.vision')}</p>
          <p className="pr-quote">{strategy.vision}</p>
        </>
      ) : null}
      {strategy.overallGoal ? (
        <>
          <p className="pr-label">{t('presentation.vision.goal')}</p>
          <p className="pr-goal">{strategy.overallGoal}</p>
        </>
      ) : null}
      {strategies.length > 0 ? (
        <>
          <p className="pr-label">{t('presentation.vision.strategies')}</p>
          <ul className="pr-strategies">
            {strategies.map((s) => (
              <li key={s.id}>{s.text}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
