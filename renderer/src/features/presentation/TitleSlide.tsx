/** Title slide: organisation, «Handlingsplan <år>», the strategy, status and date, and the scenario shown. */
import { useTranslation } from 'react-i18next';
import type { SlideProps } from './slide-props';
import { BASIS_CHOICE } from './presentation-model';
import { todayIso } from './today';
import { useFormat } from '../../ui/format';

/** The title slide. */
export function TitleSlide({ strategy, plan, model, headingId }: SlideProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="pr-title-slide">
      <p className="pr-eyebrow">{strategy.organisation}</p>
      <h2 id={headingId} className="pr-h-big">
        {t('presentation.title.heading', { year: plan.year })}
      </h2>
      <p className="pr-lead">{strategy.name}</p>
      <p className="pr-meta">
        {t('presentation.title.status', { status: t(`plan.planStatus.${plan.status}`) })}
        {plan.adoptedDate ? ` · ${t('presentation.title.adopted', { date: format.date(plan.adoptedDate) })}` : ''}
        {' · '}
        {format.date(todayIso())}
      </p>
      {model.scenarioKey !== BASIS_CHOICE ? <p className="pr-scenario-tag">{t('presentation.scenarioTag', { name: model.scenarioName })}</p> : null}
    </div>
  );
}
