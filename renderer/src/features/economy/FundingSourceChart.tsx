/** Finansiering etter kilde og status: egne / partner / eksterne, each split into bekreftet, søkt, planlagt. */
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/ChartFigure';
import { DataTable } from '../../charts/DataTable';
import { CHART_COLORS } from '../../charts/palette';
import { StackedBarChart } from '../../charts/StackedBarChart';
import type { PlanTotals } from '@shared/rules';
import type { SourceStatusRow } from './economy-data';
import { useFormat } from '../../ui/format';

/** Props of FundingSourceChart. */
export interface FundingSourceChartProps {
  rows: readonly SourceStatusRow[];
  totals: PlanTotals;
}

/** The financing chart. */
export function FundingSourceChart({ rows, totals }: FundingSourceChartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const named = rows.map((r) => ({ ...r, label: t(`plan.fundingSource.${r.source}`) }));
  return (
    <ChartFigure
      title={t('economy.charts.sourceTitle')}
      summary={t('economy.charts.sourceSummary', {
        confirmed: format.kroner(totals.confirmedFunds),
        applied: format.kroner(totals.appliedFunds),
        planned: format.kroner(totals.plannedFunds),
      })}
      tableToggle={t('economy.charts.showTable')}
      chart={
        <StackedBarChart
          isHorizontal
          height={220}
          categoryKey="label"
          formatValue={format.kroner}
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
            { key: 'confirmed', header: t('plan.fundingStatus.confirmed'), value: (r) => format.kroner(r.confirmed), isNumeric: true },
            { key: 'applied', header: t('plan.fundingStatus.applied'), value: (r) => format.kroner(r.applied), isNumeric: true },
            { key: 'planned', header: t('plan.fundingStatus.planned'), value: (r) => format.kroner(r.planned), isNumeric: true },
            { key: 'total', header: t('economy.charts.sum'), value: (r) => format.kroner(r.total), isNumeric: true },
          ]}
        />
      }
    />
  );
}
