/** Every slide of the presentation for one scenario, one per landscape page, numbered – for the minutes. */
import { useTranslation } from 'react-i18next';
import type { ActionPlan, Strategy } from '@shared/domain';
import type { PresentationModel } from '../../slides/presentation-model';
import { SlideView } from '../../slides/SlideView';
import '../../slides/slides.css';

/** Props of SlidesPrint. */
export interface SlidesPrintProps {
  strategy: Strategy;
  plan: ActionPlan;
  model: PresentationModel;
}

/** The slides. */
export function SlidesPrint({ strategy, plan, model }: SlidesPrintProps) {
  const { t } = useTranslation();
  const count = model.slides.length;
  return (
    <article className="pt-slides" aria-labelledby="pt-slides-title">
      <h1 id="pt-slides-title" className="pt-visually-hidden">
        {t('print.slides.title', { year: plan.year, name: model.scenarioName })}
      </h1>
      {model.slides.map((spec, i) => (
        <SlideView key={spec.key} spec={spec} strategy={strategy} plan={plan} model={model} footer={t('presentation.position', { n: i + 1, m: count })} />
      ))}
    </article>
  );
}
