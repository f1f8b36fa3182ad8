/** The title of a slide as announced («Lysbilde 3 av 8: Næringsutvikling»). */
import { useTranslation } from 'react-i18next';
import type { Strategy } from '@shared/domain';
import type { SlideSpec } from '../../slides/slide-model';

/** The slide's title in the UI language ('' without a slide). */
export function useSlideTitle(spec: SlideSpec | undefined, strategy: Strategy, year: number): string {
  const { t } = useTranslation();
  if (!spec) return '';
  if (spec.kind === 'title') return t('presentation.title.heading', { year });
  if (spec.kind === 'vision') return strategy.overallGoal.trim() ? t('presentation.vision.heading') : t('presentation.vision.headingVisionOnly');
  if (spec.kind === 'fundament') return t('presentation.fundament.heading');
  if (spec.kind === 'focusArea') {
    if (spec.groupKey === 'unlinked') return t('plan.table.groupUnlinked');
    return spec.focusAreaId === null
      ? t('presentation.focus.projects')
      : (strategy.focusAreas.find((f) => f.id === spec.focusAreaId)?.name ?? '');
  }
  if (spec.kind === 'ambition') return t('presentation.ambition.heading');
  if (spec.kind === 'comparison') return t('presentation.comparison.heading');
  if (spec.kind === 'followUpProgress') return t('followUpScreen.nav');
  if (spec.kind === 'followUpAttention') return t('followUpScreen.attention.heading');
  return t('presentation.findings.heading');
}
