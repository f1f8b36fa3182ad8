/** The variant's key figures beside the basis, with the difference: what the choices below do. */
import { useTranslation } from 'react-i18next';
import { formatKroner, formatNumber } from '@shared/money/kroner';
import type { ScenarioSummary } from '@shared/scenarios';
import { MarginText } from './MarginText';
import { signedKroner } from './scenario-data';

/** Props of ScenarioFigures. */
export interface ScenarioFiguresProps {
  basis: ScenarioSummary;
  variant: ScenarioSummary;
}

/** The figures table. */
export function ScenarioFigures({ basis, variant }: ScenarioFiguresProps) {
  const { t } = useTranslation();
  const hours = (n: number) => t('scenarios.figures.hoursValue', { hours: formatNumber(n) });
  const signedNumber = (n: number) => (n > 0 ? `+${formatNumber(n)}` : n < 0 ? `−${formatNumber(-n)}` : '0');
  const rows: Array<{ key: string; label: string; basis: string; variant: string; diff: string }> = [
    { key: 'cost', label: t('scenarios.figures.cost'), basis: formatKroner(basis.totals.cost), variant: formatKroner(variant.totals.cost), diff: signedKroner(variant.totals.cost - basis.totals.cost, formatKroner) },
    { key: 'own', label: t('scenarios.figures.ownFunds'), basis: formatKroner(basis.totals.ownFunds), variant: formatKroner(variant.totals.ownFunds), diff: signedKroner(variant.totals.ownFunds - basis.totals.ownFunds, formatKroner) },
    { key: 'frame', label: t('scenarios.figures.frame'), basis: formatKroner(basis.totals.frameOwnFunds), variant: formatKroner(variant.totals.frameOwnFunds), diff: signedKroner(variant.totals.frameOwnFunds - basis.totals.frameOwnFunds, formatKroner) },
    { key: 'hours', label: t('scenarios.figures.hours'), basis: hours(basis.totals.hours), variant: hours(variant.totals.hours), diff: signedNumber(variant.totals.hours - basis.totals.hours) },
    { key: 'active', label: t('scenarios.figures.activeActions'), basis: formatNumber(basis.totals.activeActions), variant: formatNumber(variant.totals.activeActions), diff: signedNumber(variant.totals.activeActions - basis.totals.activeActions) },
    { key: 'errors', label: t('scenarios.figures.errors'), basis: formatNumber(basis.findingCounts.error), variant: formatNumber(variant.findingCounts.error), diff: signedNumber(variant.findingCounts.error - basis.findingCounts.error) },
  ];
  return (
    <section className="ec-card" aria-labelledby="sc-figures-h">
      <h2 id="sc-figures-h">{t('scenarios.figures.heading')}</h2>
      <table className="chart-table sc-figures">
        <caption className="pl-visually-hidden">{t('scenarios.figures.caption', { name: variant.name })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scenarios.compare.figure')}</th>
            <th scope="col" className="is-numeric">
              {basis.name}
            </th>
            <th scope="col" className="is-numeric">
              {variant.name}
            </th>
            <th scope="col" className="is-numeric">
              {t('scenarios.figures.difference')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td className="is-numeric">{r.basis}</td>
              <td className="is-numeric">{r.variant}</td>
              <td className="is-numeric">{r.diff}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('scenarios.figures.margin')}</th>
            <td className="is-numeric">
              <MarginText totals={basis.totals} />
            </td>
            <td className="is-numeric">
              <MarginText totals={variant.totals} />
            </td>
            <td className="is-numeric">{signedKroner(variant.totals.margin - basis.totals.margin, formatKroner)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
