/**
 * Ambisjon mot rammen: the verdict in one sentence (over / within the frame by how much),
 * own funds against the frame as big numbers and bars, capacity, and financing that is
 * only søkt or planlagt.
 */
import { useTranslation } from 'react-i18next';
import { CHART_COLORS } from '../../charts/palette';
import { SlideBarChart } from './SlideBarChart';
import type { SlideProps } from './slide-props';
import { useFormat } from '../../ui/format';

/** The ambition slide. */
export function AmbitionSlide({ model, headingId }: SlideProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const totals = model.kontroll.totals;
  const isOver = totals.margin < 0;
  const percent = totals.marginPercent === null ? '–' : format.percentNumber(Math.abs(totals.marginPercent));
  const verdict =
    totals.frameOwnFunds === 0
      ? t('presentation.ambition.noFrame')
      : isOver
        ? t('presentation.ambition.over', { amount: format.kroner(-totals.margin), percent })
        : t('presentation.ambition.within', { amount: format.kroner(totals.margin), percent });
  const hours = (n: number) => format.number(n);
  return (
    <div className="pr-ambition">
      <h2 id={headingId}>{t('presentation.ambition.heading')}</h2>
      <p className={`pr-verdict${isOver ? ' is-over' : ''}`}>{verdict}</p>
      <div className="pr-columns">
        <dl className="pr-figures">
          <div>
            <dt>{t('presentation.figures.ownFunds')}</dt>
            <dd>{format.kroner(totals.ownFunds)}</dd>
          </div>
          <div>
            <dt>{t('presentation.figures.frame')}</dt>
            <dd>{format.kroner(totals.frameOwnFunds)}</dd>
          </div>
          <div>
            <dt>{isOver ? t('presentation.figures.overrun') : t('presentation.figures.margin')}</dt>
            <dd className={isOver ? 'is-over' : undefined}>{format.kroner(Math.abs(totals.margin))}</dd>
          </div>
        </dl>
        <div className="pr-main-col">
          <SlideBarChart
            isHorizontal
            categoryKey="label"
            formatValue={format.kroner}
            data={[
              { label: t('presentation.figures.ownFunds'), value: totals.ownFunds },
              { label: t('presentation.figures.frame'), value: totals.frameOwnFunds },
            ]}
            series={[
              {
                key: 'value',
                label: t('presentation.figures.ownFunds'),
                color: CHART_COLORS.own,
                colors: [isOver ? CHART_COLORS.uncovered : CHART_COLORS.own, CHART_COLORS.frame],
              },
            ]}
          />
        </div>
      </div>
      <p className="pr-line">
        {totals.capacityMargin < 0
          ? t('presentation.ambition.capacityOver', { hours: hours(totals.hours), capacity: hours(totals.capacityHours), amount: hours(-totals.capacityMargin) })
          : t('presentation.ambition.capacityOk', { hours: hours(totals.hours), capacity: hours(totals.capacityHours), amount: hours(totals.capacityMargin) })}
      </p>
      <p className="pr-line">
        {t('presentation.ambition.risk', { applied: format.kroner(totals.appliedFunds), planned: format.kroner(totals.plannedFunds), count: totals.activeActions })}
      </p>
    </div>
  );
}
