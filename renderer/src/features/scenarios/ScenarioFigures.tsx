/** The variant's key figures beside the basis, with the difference: what the choices below do. */
import { useTranslation } from 'react-i18next';
import type { ScenarioSummary } from '@shared/scenarios';
import { MarginText } from './MarginText';
import { signedKroner } from './scenario-data';
import { useFormat } from '../../ui/format';

/** Props of ScenarioFigures. */
export interface ScenarioFiguresProps {
  basis: ScenarioSummary;
  variant: ScenarioSummary;
}

/** The figures table. */
export function ScenarioFigures({ basis, variant }: ScenarioFiguresProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const hours = (n: number) => t('scenarios.figures.hoursValue', { hours: format.hours(n) });
  const signedNumber = (n: number) => (n > 0 ? `+${format.number(n)}` : n < 0 ? `−${format.number(-n)}` : '0');
  const rows: Array<{ key: string; label: string; basis: string; variant: string; diff: string }> = [
    { key: 'cost', label: t('scenarios.figures.cost'), basis: format.kroner(basis.totals.cost), variant: format.kroner(variant.totals.cost), diff: signedKroner(variant.totals.cost - basis.totals.cost, format.kroner) },
    { key: 'own', label: t('scenarios.figures.ownFunds'), basis: format.kroner(basis.totals.ownFunds), variant: format.kroner(variant.totals.ownFunds), diff: signedKroner(variant.totals.ownFunds - basis.totals.ownFunds, format.kroner) },
    { key: 'frame', label: t('scenarios.figures.frame'), basis: format.kroner(basis.totals.frameOwnFunds), variant: format.kroner(variant.totals.frameOwnFunds), diff: signedKroner(variant.totals.frameOwnFunds - basis.totals.frameOwnFunds, format.kroner) },
    { key: 'hours', label: t('scenarios.figures.hours'), basis: hours(basis.totals.hours), variant: hours(variant.totals.hours), diff: signedNumber(variant.totals.hours - basis.totals.hours) },
    { key: 'active', label: t('scenarios.figures.activeActions'), basis: format.number(basis.totals.activeActions), variant: format.number(variant.totals.activeActions), diff: signedNumber(variant.totals.activeActions - basis.totals.activeActions) },
    { key: 'errors', label: t('scenarios.figures.errors'), basis: format.number(basis.findingCounts.error), variant: format.number(variant.findingCounts.error), diff: signedNumber(variant.findingCounts.error - basis.findingCounts.error) },
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
            <td className="is-numeric">{signedKroner(variant.totals.margin - basis.totals.margin, format.kroner)}</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
