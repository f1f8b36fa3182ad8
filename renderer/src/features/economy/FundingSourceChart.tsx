/** Finansiering etter kilde og status: egne / partner / eksterne, each split into bekreftet, søkt, planlagt. */
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/ChartFigure';
import { DataTable } from '../../charts/DataTable';
import { CHART_COLORS } from '../../charts/palette';
import { StackedBarChart } from '../../charts/StackedBarChart';
import { formatKroner } from '@shared/money/kroner';
import type { PlanTotals, SourceFundingTotals } from '@shared/rules';

/** Props of FundingSourceChart. */
export interface FundingSourceChartProps {
  rows: readonly SourceFundingTotals[];
  totals: PlanTotals;
}

/** The financing chart. */
export function FundingSourceChart({ rows, totals }: FundingSourceChartProps) {
  const { t } = useTranslation();
  const named = rows.map((r) => ({ ...r, label: t(`plan.fundingSource.${r.source}`) }));
  return (
    <ChartFigure
      title={t('economy.charts.sourceTitle')}
      summary={t('economy.charts.sourceSummary', {
        confirmed: formatKroner(totals.confirmedFunds),
        applied: formatKroner(totals.appliedFunds),
        planned: formatKroner(totals.plannedFunds),
      })}
      tableToggle={t('economy.charts.showTable')}
      chart={
        <StackedBarChart
          isHorizontal
          height={220}
          categoryKey="label"
          formatValue={formatKroner}
          data={named.map((r) => ({ label: r.label, confirmed: r.confirmed, applied: r.applied, planned: r.planned }))}
          series={[
            { key: 'confirmed', label: t('plan.fundingStatus.confirmed'), color: CHART_COLORS.confirmed },
            { key: 'applied', label: t('plan.fundingStatus.applied'), color: CHART_COLORS.applied },
            { key: 'planned', label: t('plan.fundingStatus.planned'), color: CHART_COLORS.planned },
          ]}
        />
      }
      table={
        <DataTable
          caption={t('economy.charts.sourceTitle')}
          rows={named}
          rowKey={(r) => r.source}
          columns={[
            { key: 'source', header: t('plan.detail.fundingSource'), value: (r) => r.label },
            { key: 'confirmed', header: t('plan.fundingStatus.confirmed'), value: (r) => formatKroner(r.confirmed), isNumeric: true },
            { key: 'applied', header: t('plan.fundingStatus.applied'), value: (r) => formatKroner(r.applied), isNumeric: true },
            { key: 'planned', header: t('plan.fundingStatus.planned'), value: (r) => formatKroner(r.planned), isNumeric: true },
            { key: 'total', header: t('economy.charts.sum'), value: (r) => formatKroner(r.total), isNumeric: true },
          ]}
        />
      }
    />
  );
}
