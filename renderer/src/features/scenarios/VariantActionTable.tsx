/**
 * The plan's tiltak as one variant has them: per tiltak «Med» (counts this year),
 * «Utsett til neste år», the variant's cost and own funds, what differs from the basis,
 * conflicts, and «Tilbakestill». Plain table controls: Tab moves between them, Space
 * toggles a checkbox, Enter stores an amount. Filter to changed tiltak or by text.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '@shared/domain';
import type { KontrollInput } from '@shared/rules';
import type { RunEdit } from '../../ui/use-edit';
import { VariantActionRow } from './VariantActionRow';
import type { VariantRow } from './scenario-data';
import { TableScroller } from './TableScroller';
import { ErrorText } from '../../ui/ErrorText';

/** Props of VariantActionTable. */
export interface VariantActionTableProps {
  input: KontrollInput;
  scenario: Scenario;
  rows: readonly VariantRow[];
  runEdit: RunEdit;
}

/** The variant's tiltak table. */
export function VariantActionTable({ input, scenario, rows, runEdit }: VariantActionTableProps) {
  const { t } = useTranslation();
  const id = useId();
  const [isOnlyChanged, setOnlyChanged] = useState(false);
  const [query, setQuery] = useState('');
  const [error, setError] = useState<string | null>(null);
  const q = query.trim().toLocaleLowerCase('nb');
  const shown = rows.filter(
    (r) => (!isOnlyChanged || r.isChanged || r.conflicts.length > 0) && (q === '' || `${r.action.number} ${r.action.title}`.toLocaleLowerCase('nb').includes(q)),
  );
  const changedCount = rows.filter((r) => r.isChanged).length;

  return (
    <section className="ec-card" aria-labelledby="sc-actions-h">
      <h2 id="sc-actions-h" tabIndex={-1}>
        {t('scenarios.actions.heading', { count: rows.length, changed: changedCount })}
      </h2>
      <p className="pl-help">{t('scenarios.actions.help')}</p>
      <div className="pl-toolbar-row">
        <label htmlFor={`${id}-q`}>{t('scenarios.actions.search')}</label>
        <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        <label className="sc-check">
          <input type="checkbox" checked={isOnlyChanged} onChange={(e) => setOnlyChanged(e.target.checked)} />
          {t('scenarios.actions.onlyChanged')}
        </label>
        <span className="pl-count" aria-live="polite">
          {t('scenarios.actions.shown', { shown: shown.length, total: rows.length })}
        </span>
      </div>
      <ErrorText>{error}</ErrorText>
      <TableScroller label={t('scenarios.actions.caption', { name: scenario.name })}>
        <table className="chart-table sc-actions">
          <caption className="pl-visually-hidden">{t('scenarios.actions.caption', { name: scenario.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scenarios.actions.number')}</th>
              <th scope="col">{t('scenarios.actions.title')}</th>
              <th scope="col">{t('scenarios.actions.basisStatus')}</th>
              <th scope="col">{t('scenarios.actions.included')}</th>
              <th scope="col">{t('scenarios.actions.postponed')}</th>
              <th scope="col" className="is-numeric">
                {t('scenarios.actions.cost')}
              </th>
              <th scope="col" className="is-numeric">
                {t('scenarios.actions.ownFunds')}
              </th>
              <th scope="col">{t('scenarios.actions.change')}</th>
              <th scope="col">
                <span className="pl-visually-hidden">{t('scenarios.actions.tools')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <VariantActionRow key={r.action.id} input={input} scenario={scenario} row={r} runEdit={runEdit} onError={setError} />
            ))}
          </tbody>
        </table>
      </TableScroller>
      {shown.length === 0 ? <p className="pl-empty">{t('scenarios.actions.none')}</p> : null}
    </section>
  );
}
