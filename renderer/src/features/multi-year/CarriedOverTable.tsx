/** Videreførte tiltak: each tiltak that runs over several years once, with its part per year. */
import { useTranslation } from 'react-i18next';
import type { LineageOverview } from '@shared/rules';
import { useFormat } from '../../ui/format';

/** Props of CarriedOverTable. */
export interface CarriedOverTableProps {
  lineages: readonly LineageOverview[];
  years: readonly number[];
}

/** The carried-over table. */
export function CarriedOverTable({ lineages, years }: CarriedOverTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  if (lineages.length === 0) return <p className="pl-muted">{t('board.multiYear.carriedNone')}</p>;
  return (
    <div className="my-table-wrap" role="region" aria-labelledby="my-carried-c" tabIndex={0}>
      <table className="chart-table my-table">
        <caption id="my-carried-c">{t('board.multiYear.carriedCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('board.multiYear.action')}</th>
            {years.map((y) => (
              <th key={y} scope="col" className="is-numeric">
                {y}
              </th>
            ))}
            <th scope="col" className="is-numeric">{t('board.multiYear.sum')}</th>
          </tr>
        </thead>
        <tbody>
          {lineages.map((l) => (
            <tr key={l.lineageId}>
              <th scope="row">{t('board.multiYear.actionName', { number: l.number, title: l.title })}</th>
              {years.map((y) => {
                const part = l.parts.find((p) => p.year === y);
                return (
                  <td key={y} className="is-numeric">
                    {part ? format.kroner(part.cost) : '–'}
                  </td>
                );
              })}
              <td className="is-numeric">{format.kroner(l.cost)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
