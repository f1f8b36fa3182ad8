/** Fordeling per innsatsområde: cost split into egne, partner, eksterne and udekket, with share vs target. */
import { groupLabel } from '../../ui/group-label';
import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/ChartFigure';
import { DataTable } from '../../charts/DataTable';
import { CHART_COLORS } from '../../charts/palette';
import { StackedBarChart } from '../../charts/StackedBarChart';
import type { FocusAreaTotals } from '@shared/rules';
import { useFormat } from '../../ui/format';

/** Props of FocusAreaChart. */
export interface FocusAreaChartProps {
  groups: readonly FocusAreaTotals[];
}

/** The focus area chart. */
export function FocusAreaChart({ groups }: FocusAreaChartProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const named = groups.map((g) => ({ ...g, label: groupLabel(t, g) }));
  const largest = [...named].sort((a, b) => b.cost - a.cost)[0];
  const pct = (v: number | null) => (v === null ? '–' : format.percent(v));
  return (
    <ChartFigure
      title={t('economy.charts.focusTitle')}
      summary={
        largest && largest.cost > 0
          ? t('economy.charts.focusSummary', { name: largest.label, amount: format.kroner(largest.cost) })
          : t('economy.charts.focusSummaryEmpty')
      }
      tableToggle={t('economy.charts.showTable')}
      chart={
        <StackedBarChart
          isHorizontal
          height={Math.max(180, 48 * named.length + 60)}
          categoryKey="label"
          formatValue={format.kroner}
          data={named.map((g) => ({ label: g.label, own: g.ownFunds, partner: g.partnerFunds, external: g.externalFunds, uncovered: g.uncovered }))}
          series={[
            { key: 'own', label: t('economy.totals.ownFunds'), color: CHART_COLORS.own },
            { key: 'partner', label: t('economy.totals.partnerFunds'), color: CHART_COLORS.partner },
            { key: 'external', label: t('economy.totals.externalFunds'), color: CHART_COLORS.external },
            { key: 'uncovered', label: t('economy.totals.uncovered'), color: CHART_COLORS.uncovered },
          ]}
        />
      }
      table={
        <DataTable
          caption={t('economy.charts.focusTitle')}
          rows={named}
          rowKey={(g) => g.key}
          columns={[
            { key: 'name', header: t('plan.toolbar.focusArea'), value: (g) => g.label },
            { key: 'count', header: t('economy.charts.activeCount'), value: (g) => format.number(g.actionCount), isNumeric: true },
            { key: 'cost', header: t('economy.totals.cost'), value: (g) => format.kroner(g.cost), isNumeric: true },
            { key: 'own', header: t('economy.totals.ownFunds'), value: (g) => format.kroner(g.ownFunds), isNumeric: true },
            { key: 'partner', header: t('economy.totals.partnerFunds'), value: (g) => format.kroner(g.partnerFunds), isNumeric: true },
            { key: 'external', header: t('economy.totals.externalFunds'), value: (g) => format.kroner(g.externalFunds), isNumeric: true },
            { key: 'uncovered', header: t('economy.totals.uncovered'), value: (g) => format.kroner(g.uncovered), isNumeric: true },
            { key: 'share', header: t('economy.charts.share'), value: (g) => pct(g.share), isNumeric: true },
            { key: 'target', header: t('economy.charts.target'), value: (g) => pct(g.targetShare), isNumeric: true },
          ]}
        />
      }
    />
  );
}
