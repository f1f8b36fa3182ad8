/** Oppfølging per innsatsområde: tiltak per status (text with the numbers), KPI-måloppnåelse and forbruk against kostnad. */
import { useTranslation } from 'react-i18next';
import { FOLLOW_UP_STATUSES } from '@shared/domain/follow-up';
import { useFormat } from '../ui/format';
import type { SlideProps } from './slide-props';

const STATUS_KEYS = [...FOLLOW_UP_STATUSES, 'none'] as const;

/** The follow-up progress slide. */
export function FollowUpProgressSlide({ strategy, plan, model, headingId }: SlideProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const followUp = model.followUp;
  if (!followUp) return null;
  const { period, rollUp } = followUp;
  const groups = rollUp.groups.filter((g) => (g.kind === 'area' || g.kind === 'projects' || g.kind === 'unlinked') && g.counts.total > 0);
  const name = (kind: string, id: string | null) => {
    if (kind === 'projects') return t('plan.table.groupProjects');
    if (kind === 'unlinked') return t('plan.table.groupUnlinked');
    return strategy.focusAreas.find((f) => f.id === id)?.name ?? '';
  };
  return (
    <div className="pr-followup">
      <h2 id={headingId}>{t('followUpScreen.slides.progressTitle', { period: period.shortName, year: plan.year })}</h2>
      <table className="pr-followup-table">
        <thead>
          <tr>
            <th scope="col">{t('followUpScreen.rollUp.col.group')}</th>
            {STATUS_KEYS.map((s) => (
              <th scope="col" key={s}>
                {t(`followUp.status.${s}`)}
              </th>
            ))}
            <th scope="col">{t('followUpScreen.rollUp.col.kpi')}</th>
            <th scope="col">{t('followUpScreen.rollUp.col.spentOfCost')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.key}>
              <th scope="row">{name(g.kind, g.id)}</th>
              {STATUS_KEYS.map((s) => (
                <td key={s}>{format.number(g.counts[s])}</td>
              ))}
              <td>{g.kpiProgress === null ? '–' : format.percent(g.kpiProgress)}</td>
              <td>{g.spentOfCostPercent === null ? '–' : format.percent(g.spentOfCostPercent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
