/**
 * Flerårsoversikt: the strategy period year by year — cost, egne midler against each
 * year's ramme, timeverk against capacity — then cost per innsatsområde and year, and the
 * tiltak carried over between years, each once with its yearly parts.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { multiYearOverview } from '@shared/rules';
import type { OverviewYear } from '@shared/rules';
import { useDocumentStore } from '../../state/document-context';
import { ChartFigure } from '../../charts/ChartFigure';
import { DataTable } from '../../charts/DataTable';
import { CHART_COLORS } from '../../charts/palette';
import { StackedBarChart } from '../../charts/StackedBarChart';
import { useFormat } from '../../ui/format';
import { AreaYearTable } from './AreaYearTable';
import { CarriedOverTable } from './CarriedOverTable';
import './multi-year.css';

/** The Flerårsoversikt screen. */
export function MultiYearScreen() {
  const { t } = useTranslation();
  const format = useFormat();
  const { doc } = useDocumentStore();
  const overview = useMemo(() => multiYearOverview(doc), [doc]);
  const over = overview.years.filter((y) => y.planId !== null && y.margin < 0);
  const summary = [
    t('board.multiYear.chartSummary', { cost: format.kroner(overview.cost), ownFunds: format.kroner(overview.ownFunds) }),
    over.length > 0 ? t('board.multiYear.chartSummaryOver', { count: over.length, years: over.map((y) => y.year).join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  const cell = (y: OverviewYear, value: string) => (y.planId === null ? t('board.multiYear.noPlan') : value);

  return (
    <div className="my-screen">
      <header className="pl-head">
        <h1 className="pl-title">{t('board.multiYear.heading', { from: doc.strategy.periodFrom, to: doc.strategy.periodTo })}</h1>
      </header>
      <p>{t('board.multiYear.intro')}</p>
      <section aria-labelledby="my-years-h" className="my-section">
        <h2 id="my-years-h">{t('board.multiYear.yearsHeading')}</h2>
        <ChartFigure
          title={t('board.multiYear.chartTitle')}
          summary={summary}
          tableToggle={t('board.multiYear.showTable')}
          chart={
            <StackedBarChart
              isStacked={false}
              categoryKey="label"
              formatValue={format.kroner}
              data={overview.years.map((y) => ({ label: String(y.year), own: y.ownFunds, frame: y.frameOwnFunds }))}
              series={[
                { key: 'own', label: t('board.multiYear.ownFunds'), color: CHART_COLORS.own },
                { key: 'frame', label: t('board.multiYear.frame'), color: CHART_COLORS.frame },
              ]}
            />
          }
          table={
            <DataTable
              caption={t('board.multiYear.chartTitle')}
              rows={overview.years}
              rowKey={(y) => String(y.year)}
              columns={[
                { key: 'year', header: t('board.multiYear.year'), value: (y) => String(y.year) },
                { key: 'own', header: t('board.multiYear.ownFunds'), value: (y) => cell(y, format.kroner(y.ownFunds)), isNumeric: true },
                { key: 'frame', header: t('board.multiYear.frame'), value: (y) => cell(y, format.kroner(y.frameOwnFunds)), isNumeric: true },
                { key: 'margin', header: t('board.multiYear.margin'), value: (y) => cell(y, format.kroner(y.margin)), isNumeric: true },
              ]}
            />
          }
        />
        <div className="my-table-wrap" role="region" aria-labelledby="my-years-table-c" tabIndex={0}>
          <table className="chart-table my-table">
            <caption id="my-years-table-c">{t('board.multiYear.yearsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('board.multiYear.year')}</th>
                <th scope="col" className="is-numeric">{t('board.multiYear.actions')}</th>
                <th scope="col" className="is-numeric">{t('board.multiYear.cost')}</th>
                <th scope="col" className="is-numeric">{t('board.multiYear.ownFunds')}</th>
                <th scope="col" className="is-numeric">{t('board.multiYear.frame')}</th>
                <th scope="col" className="is-numeric">{t('board.multiYear.margin')}</th>
                <th scope="col" className="is-numeric">{t('board.multiYear.hours')}</th>
                <th scope="col" className="is-numeric">{t('board.multiYear.capacity')}</th>
                <th scope="col" className="is-numeric">{t('board.multiYear.capacityMargin')}</th>
              </tr>
            </thead>
            <tbody>
              {overview.years.map((y) => (
                <tr key={y.year}>
                  <th scope="row">{y.year}</th>
                  {y.planId === null ? (
                    <td colSpan={8} className="pl-muted">{t('board.multiYear.noPlan')}</td>
                  ) : (
                    <>
                      <td className="is-numeric">{y.actionCount}</td>
                      <td className="is-numeric">{format.kroner(y.cost)}</td>
                      <td className="is-numeric">{format.kroner(y.ownFunds)}</td>
                      <td className="is-numeric">{format.kroner(y.frameOwnFunds)}</td>
                      <td className={y.margin < 0 ? 'is-numeric my-over' : 'is-numeric'}>{format.kroner(y.margin)}</td>
                      <td className="is-numeric">{format.hours(y.hours)}</td>
                      <td className="is-numeric">{format.hours(y.capacityHours)}</td>
                      <td className={y.capacityMargin < 0 ? 'is-numeric my-over' : 'is-numeric'}>{format.hours(y.capacityMargin)}</td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('board.multiYear.total')}</th>
                <td />
                <td className="is-numeric">{format.kroner(overview.cost)}</td>
                <td className="is-numeric">{format.kroner(overview.ownFunds)}</td>
                <td colSpan={2} />
                <td className="is-numeric">{format.hours(overview.hours)}</td>
                <td colSpan={2} />
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
      <section aria-labelledby="my-areas-h" className="my-section">
        <h2 id="my-areas-h">{t('board.multiYear.areasHeading')}</h2>
        <AreaYearTable overview={overview} />
      </section>
      <section aria-labelledby="my-carried-h" className="my-section">
        <h2 id="my-carried-h">{t('board.multiYear.carriedHeading')}</h2>
        <p>{t('board.multiYear.carriedIntro')}</p>
        <CarriedOverTable lineages={overview.carriedOver} years={overview.years.map((y) => y.year)} />
      </section>
    </div>
  );
}
