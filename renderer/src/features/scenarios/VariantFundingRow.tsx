/** The funding lines of one tiltak in a variant: amount and status per line (kilde and aktør as in the basis). */
import { useTranslation } from 'react-i18next';
import { FUNDING_STATUSES_UI } from '../plan/options';
import type { FundingStatus, PlanDocument, Scenario } from '@shared/domain';
import { setScenarioFundingLine } from '@shared/edits';
import type { KontrollInput } from '@shared/rules';
import { KronerField } from './KronerField';
import type { VariantRow } from './scenario-data';
import { useFormat } from '../../ui/format';

/** Props of VariantFundingRow. */
export interface VariantFundingRowProps {
  input: KontrollInput;
  scenario: Scenario;
  row: VariantRow;
  run(edit: (d: PlanDocument) => PlanDocument): string | null;
}

/** The funding lines. */
export function VariantFundingRow({ input, scenario, row, run }: VariantFundingRowProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { action } = row;
  const actorName = (id: string | null) => (id === null ? '' : (input.strategy.actors.find((a) => a.id === id)?.name ?? ''));
  const total = row.funding.reduce((s, l) => s + l.amount, 0);
  if (row.funding.length === 0) return <p className="pl-empty">{t('scenarios.actions.noFunding', { number: action.number })}</p>;
  return (
    <table className="chart-table sc-funding">
      <caption>{t('scenarios.actions.fundingCaption', { number: action.number, title: action.title })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scenarios.actions.source')}</th>
          <th scope="col" className="is-numeric">
            {t('scenarios.actions.amount')}
          </th>
          <th scope="col">{t('scenarios.actions.fundingStatus')}</th>
        </tr>
      </thead>
      <tbody>
        {row.funding.map((line, i) => {
          const what = [t(`plan.fundingSource.${line.source}`), actorName(line.actorId)].filter(Boolean).join(' – ');
          const names = { number: action.number, line: i + 1, what };
          return (
            <tr key={line.id}>
              <th scope="row">{what}</th>
              <td className="is-numeric">
                <KronerField
                  label={t('scenarios.actions.amountOne', names)}
                  value={line.amount}
                  onCommit={(amount) => run((d) => setScenarioFundingLine(d, input.plan.id, scenario.id, action.id, line.id, { amount }))}
                />
              </td>
              <td>
                <select
                  aria-label={t('scenarios.actions.statusOne', names)}
                  value={line.status}
                  onChange={(e) =>
                    run((d) =>
                      setScenarioFundingLine(d, input.plan.id, scenario.id, action.id, line.id, {
                        status: FUNDING_STATUSES_UI.find((s) => s === e.target.value) ?? line.status,
                      }),
                    )
                  }
                >
                  {FUNDING_STATUSES_UI.map((s: FundingStatus) => (
                    <option key={s} value={s}>
                      {t(`plan.fundingStatus.${s}`)}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          );
        })}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('scenarios.actions.fundingTotal')}</th>
          <td className="is-numeric">{format.kroner(total)}</td>
          <td>{total < row.cost ? t('scenarios.actions.uncovered', { amount: format.kroner(row.cost - total) }) : ''}</td>
        </tr>
      </tfoot>
    </table>
  );
}
