/** Kostnad per innsatsområde og år: one row per focus area, one column per year, with sums. */
import { useTranslation } from 'react-i18next';
import type { OverviewYear } from '@shared/rules';
import { useFormat } from '../../ui/format';

/** Props of AreaYearTable. */
export interface AreaYearTableProps {
  years: readonly OverviewYear[];
}

/** The area × year table. */
export function AreaYearTable({ years }: AreaYearTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  // Every area in the order of the first year that lists it (the unlinked group last).
  const areas = new Map<string, string | null>();
  for (const y of years) for (const g of y.byFocusArea) if (!areas.has(g.focusAreaId ?? '')) areas.set(g.focusAreaId ?? '', g.focusAreaId === null ? null : g.name);
  const ordered = [...areas.entries()].sort(([a], [b]) => Number(a === '') - Number(b === ''));
  const costOf = (y: OverviewYear, id: string) => y.byFocusArea.find((g) => (g.focusAreaId ?? '') === id)?.cost ?? 0;
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
          {ordered.map(([id, name]) => (
            <tr key={id}>
              <th scope="row">{name ?? t('finding.group.unlinked')}</th>
              {years.map((y) => (
                <td key={y.year} className="is-numeric">
                  {y.planId === null ? '–' : format.kroner(costOf(y, id))}
                </td>
              ))}
              <td className="is-numeric">{format.kroner(years.reduce((s, y) => s + costOf(y, id), 0))}</td>
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
            <td className="is-numeric">{format.kroner(years.reduce((s, y) => s + y.cost, 0))}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
