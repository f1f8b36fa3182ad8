/** Kostnad per innsatsområde og år: one row per focus area, one column per year, with sums. */
import { useTranslation } from 'react-i18next';
import type { MultiYearOverview, OverviewYear } from '@shared/rules';
import { groupLabel } from '../../ui/group-label';
import { useFormat } from '../../ui/format';

/** Props of AreaYearTable. */
export interface AreaYearTableProps {
  overview: MultiYearOverview;
}

/** The area × year table. */
export function AreaYearTable({ overview }: AreaYearTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const years = overview.years;
  // The rule's groups and sums (shared/rules multiYearOverview); a year without the group shows 0.
  const costOf = (y: OverviewYear, key: string) => y.byFocusArea.find((g) => g.key === key)?.cost ?? 0;
  return (
    <div className="my-table-wrap" role="region" aria-labelledby="my-areas-c" tabIndex={0}>
      <table className="chart-table my-table">
        <caption id="my-areas-c">{t('board.multiYear.areasCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.multiYear.area')}</th>
            {years.map((y) => (
              <th key={y.year} scope="col" className="is-numeric">
                {y.year}
              </th>
            ))}
            <th scope="col" className="is-numeric">{t('board.multiYear.sum')}</th>
          </tr>
        </thead>
        <tbody>
          {overview.areas.map((area) => (
            <tr key={area.key}>
              <th scope="row">{groupLabel(t, area)}</th>
              {years.map((y) => (
                <td key={y.year} className="is-numeric">
                  {y.planId === null ? '–' : format.kroner(costOf(y, area.key))}
                </td>
              ))}
              <td className="is-numeric">{format.kroner(area.cost)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('board.multiYear.sum')}</th>
            {years.map((y) => (
              <td key={y.year} className="is-numeric">
                {y.planId === null ? '–' : format.kroner(y.cost)}
              </td>
            ))}
            <td className="is-numeric">{format.kroner(overview.cost)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
