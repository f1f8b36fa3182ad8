/** The plan's totals in one glance: the verdict (over / under the frame by how much), then every sum. */
import { useTranslation } from 'react-i18next';
import type { PlanTotals } from '@shared/rules';
import { useFormat } from '../../ui/format';

/** Props of TotalsSummary. */
export interface TotalsSummaryProps {
  totals: PlanTotals;
}

/** The totals. */
export function TotalsSummary({ totals }: TotalsSummaryProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const over = totals.margin < 0;
  const percent = totals.marginPercent === null ? '–' : format.percentNumber(Math.abs(totals.marginPercent));
  const verdict =
    totals.frameOwnFunds === 0
      ? t('economy.totals.verdictNoFrame')
      : over
        ? t('economy.totals.verdictOver', { amount: format.kroner(-totals.margin), percent })
        : t('economy.totals.verdictOk', { amount: format.kroner(totals.margin), percent });
  const capacityOver = totals.capacityMargin < 0;
  const item = (label: string, value: string, className?: string) => (
    <div className={className}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <section className="ec-card" aria-labelledby="ec-totals-heading">
      <h2 id="ec-totals-heading">{t('economy.totals.heading')}</h2>
      <p className={`ec-verdict${over ? ' is-over' : ''}`} role="status">
        {verdict}
      </p>
      <dl className="ec-totals">
        {item(t('economy.totals.cost'), format.kroner(totals.cost))}
        {item(t('economy.totals.ownFunds'), format.kroner(totals.ownFunds))}
        {item(t('economy.totals.partnerFunds'), format.kroner(totals.partnerFunds))}
        {item(t('economy.totals.externalFunds'), format.kroner(totals.externalFunds))}
        {item(t('economy.totals.uncovered'), format.kroner(totals.uncovered), totals.uncovered > 0 ? 'is-warn' : undefined)}
        {item(t('economy.totals.frame'), format.kroner(totals.frameOwnFunds))}
        {item(
          over ? t('economy.totals.overrun') : t('economy.totals.margin'),
          t('economy.totals.marginValue', { amount: format.kroner(Math.abs(totals.margin)), percent }),
          over ? 'is-warn' : undefined,
        )}
        {item(t('economy.totals.hours'), t('economy.totals.hoursValue', { hours: format.hours(totals.hours) }))}
        {item(t('economy.totals.capacity'), t('economy.totals.hoursValue', { hours: format.hours(totals.capacityHours) }))}
        {item(
          capacityOver ? t('economy.totals.capacityOverrun') : t('economy.totals.capacityMargin'),
          t('economy.totals.hoursValue', { hours: format.hours(Math.abs(totals.capacityMargin)) }),
          capacityOver ? 'is-warn' : undefined,
        )}
      </dl>
      <p className="pl-hint">
        {t('economy.totals.activeActions', { count: totals.activeActions })} ·{' '}
        {t('economy.totals.risk', { applied: format.kroner(totals.appliedFunds), planned: format.kroner(totals.plannedFunds) })}
      </p>
    </section>
  );
}
