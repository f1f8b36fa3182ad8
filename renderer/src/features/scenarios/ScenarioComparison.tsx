/**
 * Sammenligning side om side (2–4 scenarier): key figures (totals, own funds against the
 * frame with the margin, capacity, financing by status, findings, conflicts), cost per
 * innsatsområde, grouped bar charts with table equivalents, and per variant the tiltak
 * that differ from the basis with their amounts.
 */
import { useTranslation } from 'react-i18next';
import type { Strategy } from '@shared/domain';
import type { ScenarioSummary } from '@shared/scenarios';
import { CHART_COLORS } from '../../charts/palette';
import { CompareChart } from './CompareChart';
import { ComparisonTable } from './ComparisonTable';
import { DifferencesTable } from './DifferencesTable';
import { focusAreaComparison, perScenarioData, SCENARIO_COLORS } from './comparison-data';
import { summaryKey } from './scenario-data';
import { useFormat } from '../../ui/format';

/** Props of ScenarioComparison. */
export interface ScenarioComparisonProps {
  strategy: Strategy;
  summaries: readonly ScenarioSummary[];
}

/** The comparison. */
export function ScenarioComparison({ strategy, summaries }: ScenarioComparisonProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = summaries.map((s) => s.name);
  const scenarioSeries = summaries.map((s, i) => ({ key: `s${i}`, label: s.name, color: SCENARIO_COLORS[i] ?? CHART_COLORS.frame }));
  const areas = focusAreaComparison(strategy, summaries, { projects: t('plan.table.groupProjects'), unlinked: t('plan.table.groupUnlinked') });
  const hours = (n: number) => t('scenarios.figures.hoursValue', { hours: format.hours(n) });
  const byName = (s: ScenarioSummary) => s.name;
  const lowest = [...summaries].sort((a, b) => a.totals.ownFunds - b.totals.ownFunds)[0];
  const fitting = summaries.filter((s) => s.totals.margin >= 0).map(byName);

  return (
    <div className="sc-comparison">
      <p className="pl-help">{t('scenarios.compare.comparing', { names: names.join(' · ') })}</p>
      <ComparisonTable summaries={summaries} areas={areas} />

      <div className="ec-charts">
        <CompareChart
          title={t('scenarios.compare.ownFundsTitle')}
          summary={
            fitting.length > 0
              ? t('scenarios.compare.ownFundsSummary', { fits: fitting.join(', '), lowest: lowest?.name ?? '' })
              : t('scenarios.compare.ownFundsSummaryNone')
          }
          data={summaries.map((s) => ({ label: s.name, own: s.totals.ownFunds, frame: s.totals.frameOwnFunds }))}
          series={[
            { key: 'own', label: t('scenarios.figures.ownFunds'), color: CHART_COLORS.own },
            { key: 'frame', label: t('scenarios.figures.frame'), color: CHART_COLORS.frame },
          ]}
          formatValue={format.kroner}
          rows={summaries}
          rowKey={(s: ScenarioSummary) => summaryKey(s)}
          columns={[
            { key: 'name', header: t('scenarios.compare.scenario'), value: byName },
            { key: 'own', header: t('scenarios.figures.ownFunds'), value: (s) => format.kroner(s.totals.ownFunds), isNumeric: true },
            { key: 'frame', header: t('scenarios.figures.frame'), value: (s) => format.kroner(s.totals.frameOwnFunds), isNumeric: true },
            { key: 'margin', header: t('scenarios.figures.marginSigned'), value: (s) => format.kroner(s.totals.margin), isNumeric: true },
          ]}
        />
        <CompareChart
          title={t('scenarios.compare.capacityTitle')}
          summary={t('scenarios.compare.capacitySummary', {
            list: summaries.map((s) => `${s.name}: ${hours(s.totals.hours)} / ${hours(s.totals.capacityHours)}`).join('; '),
          })}
          data={summaries.map((s) => ({ label: s.name, hours: s.totals.hours, capacity: s.totals.capacityHours }))}
          series={[
            { key: 'hours', label: t('scenarios.figures.hours'), color: CHART_COLORS.hours },
            { key: 'capacity', label: t('scenarios.figures.capacity'), color: CHART_COLORS.frame },
          ]}
          formatValue={format.number}
          rows={summaries}
          rowKey={(s: ScenarioSummary) => summaryKey(s)}
          columns={[
            { key: 'name', header: t('scenarios.compare.scenario'), value: byName },
            { key: 'hours', header: t('scenarios.figures.hours'), value: (s) => hours(s.totals.hours), isNumeric: true },
            { key: 'capacity', header: t('scenarios.figures.capacity'), value: (s) => hours(s.totals.capacityHours), isNumeric: true },
            { key: 'free', header: t('scenarios.figures.capacityMarginSigned'), value: (s) => hours(s.totals.capacityMargin), isNumeric: true },
          ]}
        />
        <CompareChart
          title={t('scenarios.compare.focusTitle')}
          summary={t('scenarios.compare.focusSummary', { count: areas.length })}
          isHorizontal
          data={perScenarioData(areas.map((a) => ({ name: a.name, values: a.cost })))}
          series={scenarioSeries}
          formatValue={format.kroner}
          rows={areas}
          rowKey={(a) => a.key}
          columns={[
            { key: 'name', header: t('scenarios.compare.focusArea'), value: (a) => a.name },
            ...summaries.map((s, i) => ({
              key: `c${i}`,
              header: t('scenarios.compare.costIn', { name: s.name }),
              value: (a: (typeof areas)[number]) => format.kroner(a.cost[i] ?? 0),
              isNumeric: true,
            })),
            ...summaries.map((s, i) => ({
              key: `o${i}`,
              header: t('scenarios.compare.ownFundsIn', { name: s.name }),
              value: (a: (typeof areas)[number]) => format.kroner(a.ownFunds[i] ?? 0),
              isNumeric: true,
            })),
          ]}
        />
        <CompareChart
          title={t('scenarios.compare.fundingTitle')}
          summary={t('scenarios.compare.fundingSummary')}
          data={summaries.map((s) => ({ label: s.name, ...s.fundingByStatus }))}
          series={[
            { key: 'confirmed', label: t('plan.fundingStatus.confirmed'), color: CHART_COLORS.confirmed },
            { key: 'applied', label: t('plan.fundingStatus.applied'), color: CHART_COLORS.applied },
            { key: 'planned', label: t('plan.fundingStatus.planned'), color: CHART_COLORS.planned },
          ]}
          formatValue={format.kroner}
          rows={summaries}
          rowKey={(s: ScenarioSummary) => summaryKey(s)}
          columns={[
            { key: 'name', header: t('scenarios.compare.scenario'), value: byName },
            { key: 'confirmed', header: t('plan.fundingStatus.confirmed'), value: (s) => format.kroner(s.fundingByStatus.confirmed), isNumeric: true },
            { key: 'applied', header: t('plan.fundingStatus.applied'), value: (s) => format.kroner(s.fundingByStatus.applied), isNumeric: true },
            { key: 'planned', header: t('plan.fundingStatus.planned'), value: (s) => format.kroner(s.fundingByStatus.planned), isNumeric: true },
          ]}
        />
      </div>

      <h3>{t('scenarios.compare.differencesHeading')}</h3>
      {summaries.filter((s) => s.scenarioId !== null).length === 0 ? (
        <p className="pl-help">{t('scenarios.compare.onlyBasis')}</p>
      ) : (
        summaries.filter((s) => s.scenarioId !== null).map((s) => <DifferencesTable key={summaryKey(s)} summary={s} />)
      )}
    </div>
  );
}
