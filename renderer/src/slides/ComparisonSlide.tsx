/**
 * Scenarier side om side for the board: own funds against the frame with the margin,
 * active and postponed tiltak, and errors per scenario (the chosen one highlighted), with
 * grouped bars for own funds and frame below.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '@shared/scenarios';
import { CHART_COLORS } from '../charts/palette';
import { BASIS_CHOICE } from './presentation-model';
import { SlideBarChart } from './SlideBarChart';
import type { SlideProps } from './slide-props';
import { useFormat } from '../ui/format';

/** The comparison slide. */
export function ComparisonSlide({ model, headingId }: SlideProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const comparison = model.comparison;
  if (!comparison) return <h2 id={headingId}>{t('presentation.comparison.heading')}</h2>;
  const columns = [comparison.basis, ...comparison.scenarios];
  const keyOf = (s: ScenarioSummary) => s.scenarioId ?? BASIS_CHOICE;
  const margin = (s: ScenarioSummary): ReactNode =>
    s.totals.margin < 0 ? (
      <span className="is-over">{`−${format.kroner(-s.totals.margin)}`}</span>
    ) : (
      format.kroner(s.totals.margin)
    );
  const rows: Array<{ key: string; label: string; cell(s: ScenarioSummary): ReactNode }> = [
    { key: 'own', label: t('presentation.figures.ownFunds'), cell: (s) => format.kroner(s.totals.ownFunds) },
    { key: 'frame', label: t('presentation.figures.frame'), cell: (s) => format.kroner(s.totals.frameOwnFunds) },
    { key: 'margin', label: t('presentation.comparison.margin'), cell: margin },
    { key: 'active', label: t('presentation.comparison.active'), cell: (s) => format.number(s.totals.activeActions) },
    { key: 'postponed', label: t('presentation.comparison.postponed'), cell: (s) => format.number(s.postponedIds.length) },
    { key: 'errors', label: t('presentation.comparison.errors'), cell: (s) => format.number(s.findingCounts.error) },
  ];
  return (
    <div className="pr-comparison">
      <h2 id={headingId}>{t('presentation.comparison.heading')}</h2>
      <div className="pr-stack">
        <table className={`pr-table pr-compare-table${columns.length > 3 ? ' is-wide' : ''}`}>
          <caption className="pr-visually-hidden">{t('presentation.comparison.caption')}</caption>
          <thead>
            <tr>
              <td className="pr-corner" />
              {columns.map((s) => (
                <th key={keyOf(s)} scope="col" className={`is-numeric${keyOf(s) === model.scenarioKey ? ' is-chosen' : ''}`}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                {columns.map((s) => (
                  <td key={keyOf(s)} className={`is-numeric${keyOf(s) === model.scenarioKey ? ' is-chosen' : ''}`}>
                    {r.cell(s)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <div className="pr-main-col pr-compare-chart">
          <p className="pr-chart-unit">{t('presentation.comparison.unit')}</p>
          <SlideBarChart
            categoryKey="label"
            formatValue={(v) => format.number(Math.round(v / 1000))}
            data={columns.map((s) => ({ label: s.name, own: s.totals.ownFunds, frame: s.totals.frameOwnFunds }))}
            series={[
              { key: 'own', label: t('presentation.figures.ownFunds'), color: CHART_COLORS.own },
              { key: 'frame', label: t('presentation.figures.frame'), color: CHART_COLORS.frame },
            ]}
          />
        </div>
      </div>
    </div>
  );
}
