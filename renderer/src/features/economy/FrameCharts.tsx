/** Egne midler mot rammen and timeverk mot kapasiteten: planned vs available, with margin or overrun. */
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/ChartFigure';
import { DataTable } from '../../charts/DataTable';
import { CHART_COLORS } from '../../charts/palette';
import { StackedBarChart } from '../../charts/StackedBarChart';
import type { PlanTotals } from '@shared/rules';
import { useFormat } from '../../ui/format';

/** Props of FrameCharts. */
export interface FrameChartsProps {
  totals: PlanTotals;
}

interface Row {
  key: string;
  name: string;
  planned: number;
  available: number;
  margin: number;
}

/** The two frame charts. */
export function FrameCharts({ totals }: FrameChartsProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const money: Row = {
    key: 'own',
    name: t('economy.charts.ownFundsRow'),
    planned: totals.ownFunds,
    available: totals.frameOwnFunds,
    margin: totals.margin,
  };
  const hours: Row = {
    key: 'hours',
    name: t('economy.charts.hoursRow'),
    planned: totals.hours,
    available: totals.capacityHours,
    margin: totals.capacityMargin,
  };
  const chart = (row: Row, format: (v: number) => string, plannedColor: string) => (
    <StackedBarChart
      isHorizontal
      height={170}
      categoryKey="name"
      formatValue={format}
      data={[
        { name: t('economy.charts.planned'), within: Math.min(row.planned, row.available), overrun: Math.max(0, row.planned - row.available) },
        { name: t('economy.charts.frameBar'), frame: row.available },
      ]}
      series={[
        { key: 'within', label: t('economy.charts.planned'), color: plannedColor },
        { key: 'overrun', label: t('economy.charts.overrunBar'), color: CHART_COLORS.uncovered },
        { key: 'frame', label: t('economy.charts.frameBar'), color: CHART_COLORS.frame },
      ]}
    />
  );
  const table = (row: Row, format: (v: number) => string) => (
    <DataTable<Row>
      caption={row.name}
      rows={[row]}
      rowKey={(r) => r.key}
      columns={[
        { key: 'name', header: t('economy.charts.category'), value: (r) => r.name },
        { key: 'planned', header: t('economy.charts.planned'), value: (r) => format(r.planned), isNumeric: true },
        { key: 'available', header: t('economy.charts.frameBar'), value: (r) => format(r.available), isNumeric: true },
        {
          key: 'margin',
          header: row.margin < 0 ? t('economy.charts.overrunBar') : t('economy.charts.marginBar'),
          value: (r) => format(Math.abs(r.margin)),
          isNumeric: true,
        },
      ]}
    />
  );
  const hoursFormat = (v: number) => format.number(v);
  return (
    <>
      <ChartFigure
        title={t('economy.charts.frameTitle')}
        summary={t(money.margin < 0 ? 'economy.charts.frameSummaryOver' : 'economy.charts.frameSummaryOk', {
          planned: format.kroner(money.planned),
          frame: format.kroner(money.available),
          amount: format.kroner(Math.abs(money.margin)),
        })}
        tableToggle={t('economy.charts.showTable')}
        chart={chart(money, format.kroner, CHART_COLORS.own)}
        table={table(money, format.kroner)}
      />
      <ChartFigure
        title={t('economy.charts.capacityTitle')}
        summary={t(hours.margin < 0 ? 'economy.charts.capacitySummaryOver' : 'economy.charts.capacitySummaryOk', {
          hours: format.number(hours.planned),
          capacity: format.number(hours.available),
          amount: format.number(Math.abs(hours.margin)),
        })}
        tableToggle={t('economy.charts.showTable')}
        chart={chart(hours, hoursFormat, CHART_COLORS.hours)}
        table={table(hours, hoursFormat)}
      />
    </>
  );
}
