/** A grouped bar chart of the comparison with its table equivalent (ChartFigure + DataTable). */
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/ChartFigure';
import { DataTable } from '../../charts/DataTable';
import type { DataColumn } from '../../charts/DataTable';
import { StackedBarChart } from '../../charts/StackedBarChart';
import type { ChartSeries } from '../../charts/StackedBarChart';

/** Props of CompareChart. */
export interface CompareChartProps<Row> {
  title: string;
  summary: string;
  data: readonly Record<string, string | number>[];
  series: readonly ChartSeries[];
  formatValue(value: number): string;
  isHorizontal?: boolean;
  /** The same numbers as a table. */
  rows: readonly Row[];
  columns: readonly DataColumn<Row>[];
  rowKey(row: Row): string;
}

/** The chart with its table. */
export function CompareChart<Row>({ title, summary, data, series, formatValue, isHorizontal, rows, columns, rowKey }: CompareChartProps<Row>) {
  const { t } = useTranslation();
  const height = isHorizontal ? Math.max(200, data.length * series.length * 18 + 90) : 280;
  return (
    <ChartFigure
      title={title}
      summary={summary}
      tableToggle={t('scenarios.compare.showTable')}
      chart={
        <StackedBarChart
          data={data}
          categoryKey="label"
          series={series}
          isStacked={false}
          isHorizontal={isHorizontal}
          formatValue={formatValue}
          height={height}
        />
      }
      table={<DataTable caption={title} columns={columns} rows={rows} rowKey={rowKey} />}
    />
  );
}
