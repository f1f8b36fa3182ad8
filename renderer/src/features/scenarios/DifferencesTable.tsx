/** Tiltak som skiller seg fra basis: added, left out, postponed or changed, with the amounts and the sum. */
import { useTranslation } from 'react-i18next';
import type { ActionSide, ScenarioSummary } from '@shared/scenarios';
import { signedKroner } from './scenario-data';
import { TableScroller } from './TableScroller';
import { useFormat } from '../../ui/format';

/** Props of DifferencesTable. */
export interface DifferencesTableProps {
  summary: ScenarioSummary;
}

/** The differences of one variant. */
export function DifferencesTable({ summary }: DifferencesTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const cost = (side: ActionSide | null) => (side === null ? '–' : format.kroner(side.cost));
  const own = (side: ActionSide | null) => (side === null ? '–' : format.kroner(side.ownFunds));
  const costSum = summary.differences.reduce((s, d) => s + d.costDelta, 0);
  const ownSum = summary.differences.reduce((s, d) => s + d.ownFundsDelta, 0);
  const caption = t('scenarios.compare.differences', { name: summary.name });
  if (summary.differences.length === 0) {
    return (
      <p>
        <strong>{caption}:</strong> {t('scenarios.compare.noDifferences')}
      </p>
    );
  }
  return (
    <TableScroller label={caption}>
      <table className="chart-table sc-differences">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scenarios.actions.number')}</th>
            <th scope="col">{t('scenarios.actions.title')}</th>
            <th scope="col">{t('scenarios.compare.kind')}</th>
            <th scope="col" className="is-numeric">
              {t('scenarios.compare.costBasis')}
            </th>
            <th scope="col" className="is-numeric">
              {t('scenarios.compare.costVariant')}
            </th>
            <th scope="col" className="is-numeric">
              {t('scenarios.compare.ownBasis')}
            </th>
            <th scope="col" className="is-numeric">
              {t('scenarios.compare.ownVariant')}
            </th>
            <th scope="col" className="is-numeric">
              {t('scenarios.compare.ownDelta')}
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.differences.map((d) => (
            <tr key={d.actionId}>
              <td>{d.number}</td>
              <th scope="row">{d.title}</th>
              <td>{t(`scenarios.compare.kinds.${d.kind}`)}</td>
              <td className="is-numeric">{cost(d.basis)}</td>
              <td className="is-numeric">{cost(d.scenario)}</td>
              <td className="is-numeric">{own(d.basis)}</td>
              <td className="is-numeric">{own(d.scenario)}</td>
              <td className="is-numeric">{signedKroner(d.ownFundsDelta, format.kroner)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              {t('scenarios.compare.sumDelta', { cost: signedKroner(costSum, format.kroner) })}
            </th>
            <td colSpan={4} />
            <td className="is-numeric">{signedKroner(ownSum, format.kroner)}</td>
          </tr>
        </tfoot>
      </table>
    </TableScroller>
  );
}
